"""Code one parsed sentence: triggers, mood, roles and actors -> candidate events."""

from __future__ import annotations

import itertools

import attrs

from eventcode.codebook import Codebook
from eventcode.coding.actors_in_doc import DocumentActors
from eventcode.coding.modality import intent_code, mood_of, refusal_code
from eventcode.coding.roles import roles_for
from eventcode.coding.tree import Tree
from eventcode.coding.triggers import TriggerMatch, find_triggers
from eventcode.records import Actor
from eventcode.verbs.records import VerbDictionary

__all__ = ["Candidate", "code_sentence"]

SKIP_MOODS = frozenset({"negated", "hypothetical", "embedded"})
OBLIGATION = frozenset({"must", "should", "ought"})
DEMAND_CODE = "100"
SPEECH_CODE = "010"


@attrs.frozen(slots=True)
class Candidate:
    """An event before dates, places and provenance are attached."""

    code: str
    source: Actor | None
    target: Actor | None
    match: TriggerMatch
    mood: str
    actor_tokens: frozenset[int] = frozenset()  # token ids of the phrases resolved as actors


def code_sentence(tree: Tree, verbs: VerbDictionary, codebook: Codebook,
                  actors: DocumentActors) -> list[Candidate]:
    """All events of one sentence, de-duplicated by (source, code, target)."""
    if _discarded(tree, verbs):
        return []
    found: list[Candidate] = []
    for m in find_triggers(tree, verbs):
        mood = mood_of(tree, m.token)
        if mood in ("negated", "refused") and m.pattern.negates:
            mood = "asserted"  # "did not clash" matched by a pattern that spells out the negation
        if mood in SKIP_MOODS:
            continue
        code = _moody_code(m.pattern.code, mood, codebook)
        if code is None:
            continue
        events = _events(tree, m, code, mood, codebook, actors)
        found.extend(events)
        if m.pattern.reverse and code == m.pattern.code:
            found.extend(_reversed(events, m.pattern.reverse))
        found.extend(_obligations(tree, m, codebook, actors))
    return _dedupe(_drop_speech_acts(found))


def _moody_code(code: str, mood: str, codebook: Codebook) -> str | None:
    if mood == "refused":
        return refusal_code(code)
    if mood == "intent" and codebook.future_as_intent:
        return intent_code(code) or code
    return code


def _reversed(events: list[Candidate], code: str) -> list[Candidate]:
    """ "X visited Y" with ``reverse: "043"``: Y hosted X as well."""
    return [attrs.evolve(c, code=code, source=c.target, target=c.source) for c in events
            if c.source is not None and c.target is not None]


def _obligations(tree: Tree, m: TriggerMatch, codebook: Codebook,
                 actors: DocumentActors) -> list[Candidate]:
    """ "X said Y must withdraw": a statement that someone must act is a demand (100) on them."""
    if not m.pattern.code.startswith("01"):
        return []
    out = []
    for clause in tree.exact_children(m.token, "ccomp"):
        auxes = {a.lemma.lower() for a in tree.exact_children(clause, "aux")}
        subject = next(iter(tree.exact_children(clause, "nsubj", "nsubj:pass")), None)
        if auxes & OBLIGATION and subject is not None:
            demand = attrs.evolve(m, pattern=attrs.evolve(m.pattern, code=DEMAND_CODE, target="none"))
            out += [attrs.evolve(c, target=t) for c in _events(tree, demand, DEMAND_CODE, "asserted",
                                                                codebook, actors)
                    for t in [actors.resolve(tuple(tree.phrase(subject)), remember=False)] if t]
    return out


def _events(tree: Tree, m: TriggerMatch, code: str, mood: str, codebook: Codebook,
            actors: DocumentActors) -> list[Candidate]:
    roles = roles_for(tree, m)
    sources, src_ids = _resolved(actors, roles.sources)
    targets, tgt_ids = _resolved(actors, roles.targets, remember=False)
    if not targets and roles.fallback and len(sources) < 2:  # several sources: a mutual act
        targets, tgt_ids = _first_resolved(actors, roles.fallback)
    info = codebook.info(code) if codebook.is_valid(code) else None
    optional = info.target_optional if info else False
    if not sources and not (roles.passive and targets):
        return []
    if len(sources) > 1 and targets and all(t.match == "place" for t in targets):
        targets = []  # "Turkey and Russia agreed on a ceasefire in Syria": the parties, not the place
    if not targets and len(sources) > 1:
        pairs = list(itertools.permutations(sources, 2))  # "Turkey and Russia held talks"
    elif targets:
        pairs = list(itertools.product(sources or [None], targets))
        if info and info.symmetric:  # "X telephoned Y": a mutual act
            pairs += [(t, s) for s, t in pairs if s is not None]
    elif optional:
        pairs = [(s, None) for s in sources]
    else:
        return []
    ids = src_ids | tgt_ids
    return [Candidate(code, s, t, m, mood, ids) for s, t in pairs if not _same(s, t)]


def _resolved(actors: DocumentActors, phrases, *, remember: bool = True
              ) -> tuple[list[Actor], frozenset[int]]:
    out, ids = [], set()
    for phrase in phrases:
        actor = actors.resolve(phrase, remember=remember)
        if actor is not None:
            out.append(actor)
            ids.update(t.id for t in phrase)
    return out, frozenset(ids)


def _first_resolved(actors: DocumentActors, phrases) -> tuple[list[Actor], frozenset[int]]:
    """The first phrase (with its coordinated members) that names an actor."""
    for phrase in phrases:
        found, ids = _resolved(actors, [phrase], remember=False)
        if found:
            return found, ids
    return [], frozenset()


def _same(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and a.code == b.code


def _drop_speech_acts(found: list[Candidate]) -> list[Candidate]:
    """ "X said Y attacked Z": the statement is coded only when nothing else is."""
    if all(c.code == SPEECH_CODE for c in found):
        return found
    return [c for c in found if c.code != SPEECH_CODE]


def _dedupe(found: list[Candidate]) -> list[Candidate]:
    seen, out = set(), []
    for c in found:
        key = (c.source.code if c.source else None, c.code, c.target.code if c.target else None)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _discarded(tree: Tree, verbs: VerbDictionary) -> bool:
    index = verbs.discards_by_word
    if not index:
        return False
    words = [t.text.lower() for t in tree.tokens]
    lemmas = [t.lemma.lower() for t in tree.tokens]
    firsts = (set(words) | set(lemmas)) & index.keys()
    return any(_contains(words, d.words) or _contains(lemmas, d.words)
               for w in firsts for d in index[w])


def _contains(seq: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    first = phrase[0]
    return any(seq[i] == first and tuple(seq[i:i + n]) == phrase for i in range(len(seq) - n + 1))
