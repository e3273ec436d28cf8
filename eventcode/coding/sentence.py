"""Code one parsed sentence: triggers, mood, roles and actors -> candidate events."""

from __future__ import annotations

import itertools

import attrs

from eventcode.codebook import Codebook
from eventcode.coding.actors_in_doc import DocumentActors, same_actor
from eventcode.coding.aims import complement_targets, purpose_addressee
from eventcode.coding.background import accidental, anchoring, background, describing
from eventcode.coding.claims import claims
from eventcode.coding.embedding import (
    asked_for_code,
    attempted_code,
    embedded_acts,
    protest_codes,
    refines,
    riot_code,
    specialised_codes,
)
from eventcode.coding.finishing import dedupe, drop_speech_acts
from eventcode.coding.implied import domestic, implied_target
from eventcode.coding.instruments import (
    VIOLENT_ROOTS,
    instrument_agents,
    instrument_nouns,
    weapon_subjects,
)
from eventcode.coding.modality import intent_code, mood_of, refusal_code
from eventcode.coding.roles import (
    RECIPROCAL_VERBS,
    phrases,
    roles_for,
)
from eventcode.coding.tree import Tree, phrase_heads
from eventcode.coding.triggers import TriggerMatch, find_triggers
from eventcode.records import Actor, Token
from eventcode.verbs.records import VerbDictionary

__all__ = ["Candidate", "code_sentence"]

SKIP_MOODS = frozenset({"negated", "hypothetical", "embedded", "background", "accident"})
OBLIGATION = frozenset({"must", "should", "ought"})
DEMAND_CODE = "100"
# Roots where "X and Y did it" without a target means with each other: "Turkey and Russia agreed",
# "held talks", "signed a deal", "held joint exercises"; elsewhere only reciprocal verbs do
# ("X and Y clashed"), not "Britain and France condemned the attack".
MUTUAL_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
INSTRUMENTS = frozenset({"bomb", "blast", "explosion", "attack", "strike", "airstrike", "shell",
                         "rocket", "missile", "mortar", "drone", "mine", "landmine", "grenade",
                         "gunfire", "shooting", "raid", "ambush", "assault", "bombing", "shelling",
                         "bomber", "device", "ied", "barrage", "salvo", "artillery", "fire",
                         "attempt", "plot", "bid"})  # "an attempt to assassinate X was thwarted"
MUTUAL_WORDS = frozenset({"joint", "jointly", "mutual", "mutually", "bilateral", "other", "another",
                          "together", "consensus", "agreement", "accord", "deal", "truce", "ceasefire",
                          "cease-fire", "treaty", "pact", "understanding", "tie", "relation"})
ONE_SIDED = frozenset({"ratify", "endorse", "approve", "accede", "adopt"})
"""Verbs of one party's own step in a symmetric act ("Ukraine ratified an agreement with the
EU": the EU did not ratify anything)."""
EXERCISE_CODE, JOINT_EXERCISE_CODE = "150", "062"
"""Military exercises (150) held by the forces of several states are military cooperation."""
UNPLACED_ROOTS = frozenset({"01"})
EMPATHY_CODE = "018"
"""Sympathy for what happened at a place goes to that place's country, one's own included."""
"""Statements are made somewhere, not at it: "made his remarks in Doha" has no target."""
ADDRESSED_ROOTS = frozenset({"10", "11", "12"})
"""Demands, complaints and rejections made "to" someone summoned or met are addressed to them."""
AIMED_ROOTS = frozenset({"02", "03", "10", "12", "13", "14"})
"""Appeals, intents, demands, refusals and threats take the target of the act they embed;
protests that of the demand they carry."""


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
    demanded: set[int] = set()
    matches = find_triggers(tree, verbs)
    moods = [_mood(tree, m) for m in matches]
    embedded = [m for m, mood in zip(matches, moods) if mood == "embedded"]
    asked = specialised_codes(tree, embedded, matches)
    inner = embedded_acts(tree, embedded, matches)
    coded = {m.token.id: (m, attempted_code(tree, m, asked.get(m.token.id, m.pattern.code)))
             for m, mood in zip(matches, moods) if mood not in SKIP_MOODS}
    recoded, consumed = protest_codes(tree, coded)  # trigger id -> code taken from another trigger
    weapons = weapon_subjects(tree, matches, coded)
    consumed.update({noun: verb for verb, noun in weapons.items()})
    consumed.update(instrument_nouns(tree, matches, coded))
    recoded.update({verb: coded[noun][1] for verb, noun in weapons.items()})
    inner.update({taker: coded[taken][0] for taken, taker in consumed.items()})
    for m, mood in zip(matches, moods):
        if m.token.id not in coded or m.token.id in consumed:
            continue
        code = _moody_code(recoded.get(m.token.id, coded[m.token.id][1]), mood, codebook)
        if code is None:
            continue
        events = _events(tree, m, code, mood, codebook, actors, inner.get(m.token.id))
        found.extend(events)
        if m.pattern.reverse and code == m.pattern.code:
            found.extend(_reversed(events, m.pattern.reverse))
        found.extend(_obligations(tree, m, codebook, actors, matches, demanded))
    found = [c for c in found if c.match.token.id not in demanded]
    intents = [m for m, mood in zip(matches, moods) if mood == "intent"]
    found = claims(tree, _drop_governors(found, embedded_acts(tree, intents, matches)))
    return dedupe(drop_speech_acts(tree, found))


def _drop_governors(found: list[Candidate], governed: dict[int, TriggerMatch]) -> list[Candidate]:
    """ "agreed to lift embargoes on Iran": the embedded intent (0354, USALEG -> IRN) says all
    that the governor's event (035, no target) says; the governor's is dropped when the
    embedded code is the same or refines it and the source is the same ("pledged to settle the
    dispute", 037, keeps its own code beside the embedded 032)."""
    by_token: dict[int, list[Candidate]] = {}
    for c in found:
        by_token.setdefault(c.match.token.id, []).append(c)
    dropped: set[int] = set()
    for gov_id, m in governed.items():
        under = by_token.get(m.token.id, [])
        dropped |= {id(c) for c in by_token.get(gov_id, [])
                    if any((e.code == c.code or refines(c.code, e.code) or _bare_generic(c))
                           and same_actor(e.source, c.source)
                           and (c.target is None or same_actor(e.target, c.target)) for e in under)}
    return [c for c in found if id(c) not in dropped]


def _bare_generic(c: Candidate) -> bool:
    """ "Qatar pledged to expel the leaders": a root's generic code (030), with no target or the
    pledged act's, says nothing the pledged act (137 against them) does not."""
    return len(c.code) == 3 and c.code.endswith("0")


def _mood(tree: Tree, m: TriggerMatch) -> str:
    if m.pattern.code[:2] in VIOLENT_ROOTS and accidental(tree, m.token):
        return "accident"
    if background(tree, m.token) or anchoring(tree, m.token) \
            or (m.pattern.code[:2] not in VIOLENT_ROOTS and describing(tree, m.token)):
        return "background"
    mood = mood_of(tree, m.token)
    if mood in ("negated", "refused") and m.pattern.negates:
        return "asserted"  # "did not clash" matched by a pattern that spells out the negation
    return mood


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


def _obligations(tree: Tree, m: TriggerMatch, codebook: Codebook, actors: DocumentActors,
                 matches: list[TriggerMatch], demanded: set[int]) -> list[Candidate]:
    """ "X said Y must withdraw": a statement that someone must act is a demand (100) on them,
    made specific by the act demanded ("must release the sailors": 1053), whose trigger id is
    added to ``demanded`` (a demanded act is not itself an event)."""
    if not m.pattern.code.startswith("01"):
        return []
    out = []
    for clause in tree.exact_children(m.token, "ccomp"):
        auxes = {a.lemma.lower() for a in tree.exact_children(clause, "aux")}
        subject = next(iter(tree.exact_children(clause, "nsubj", "nsubj:pass")), None)
        if auxes & OBLIGATION and subject is not None:
            code, act = _demanded(tree, clause, matches, codebook)
            demanded.update([act] if act is not None else [])
            demand = attrs.evolve(m, pattern=attrs.evolve(m.pattern, code=code, target="none"))
            out += [attrs.evolve(c, target=t) for c in _events(tree, demand, code, "asserted",
                                                                codebook, actors)
                    for t in [actors.resolve(tuple(tree.phrase(subject)), remember=False)] if t]
    return out


def _demanded(tree: Tree, clause: Token, matches: list[TriggerMatch],
              codebook: Codebook) -> tuple[str, int | None]:
    """The demand code for the act at ``clause`` or its xcomp ("must be ready to mediate"), and
    the act's trigger token id."""
    acts = [x for x in matches if x.token.id == clause.id] + [
        x for x in matches if x.token.deprel == "xcomp" and x.token.head == clause.id]
    for act in acts:
        code = asked_for_code(DEMAND_CODE, act.pattern.code)
        if code is not None and codebook.is_valid(code):
            return code, act.token.id
    return DEMAND_CODE, None


def _events(tree: Tree, m: TriggerMatch, code: str, mood: str, codebook: Codebook,
            actors: DocumentActors, inner: TriggerMatch | None = None) -> list[Candidate]:
    """Events of one trigger; ``inner``: the act embedded under it, whose target it may take."""
    roles = roles_for(tree, m)
    sources, src_ids = _resolved(actors, roles.sources)
    instrument = _instrument(roles, code)
    if instrument:  # "killed by a bomb outside the Somali city of Kismayo": where, not who
        sources = [s for s in sources if s.match != "place"]
        if not sources:  # "by a missile fired by rebels"
            sources, src_ids = _resolved(actors, [p for k in instrument_agents(tree, roles.sources)
                                                  for p in phrases(tree, k)])
    if not sources and roles.apposed:
        sources, src_ids = _resolved(actors, roles.apposed)
    code = riot_code(code, roles.sources)
    if code == EXERCISE_CODE and len({s.country for s in sources if s.country}) > 1:
        code = JOINT_EXERCISE_CODE  # "Kenyan and Ugandan troops launched war games": together
    info = codebook.info(code) if codebook.is_valid(code) else None
    targets, tgt_ids = _targets(tree, m, code, info, roles, sources, actors, inner)
    targets = [_not_the_source(actors, t, sources) for t in targets] or implied_target(code, sources)
    sources = [domestic(s, targets) for s in sources]
    if not sources and not ((roles.passive or instrument) and targets):
        return []
    pairs = _pairs(tree, m, code, info, sources, targets)
    return [Candidate(code, s, t, m, mood, src_ids | tgt_ids) for s, t in pairs if not same_actor(s, t)]


def _not_the_source(actors: DocumentActors, target: Actor, sources: list[Actor]) -> Actor:
    """An object pronoun that came back as the clause's own source refers further back."""
    if target.match != "pronoun" or not any(same_actor(s, target) for s in sources):
        return target
    return actors.refer_past(target.matched_text.lower(), target) or target


def _targets(tree: Tree, m: TriggerMatch, code: str, info, roles, sources: list[Actor],
             actors: DocumentActors, inner: TriggerMatch | None) -> tuple[list[Actor], frozenset[int]]:
    """The pattern's target, else a partner ("cooperation with X"), else the embedded act's
    ("threatened to impose restrictions against German goods"), else a fallback phrase."""
    targets, ids = _resolved(actors, roles.targets, remember=False)
    if m.pattern.target == "addressee":
        return targets, ids  # "wants Uganda to release ...": the one asked, or no event
    if not targets and roles.partners:
        targets, ids = _resolved(actors, roles.partners, remember=False)
    if inner is not None and code[:2] in AIMED_ROOTS and all(t.match == "place" for t in targets):
        inner_roles = roles_for(tree, inner)  # a place ("rioted at a jail in Dili") gives way
        aimed = _resolved(actors, inner_roles.targets, remember=False)
        targets, ids = aimed if aimed[0] else (targets, ids)
        if not targets and inner.token.deprel == "xcomp":  # "threatened to resume attacks in Israel"
            targets, ids = _fallback_targets(actors, inner_roles, sources, venues_only=True)
    if not targets and inner is None and code[:2] in AIMED_ROOTS:
        targets, ids = _resolved(actors, complement_targets(tree, m.token), remember=False)
        targets = _not_sources(targets, sources)
    if not targets and code[:2] in ADDRESSED_ROOTS:  # "summoned the ambassador to complain"
        targets, ids = _resolved(actors, purpose_addressee(tree, m.token), remember=False)
        targets = [t for t in targets if t.country and all(s.country != t.country for s in sources)]
    several = len(sources) > 1  # several sources act on each other, or on someone at the venue
    if not targets and not (several and _mutual(tree, m, code, info)):
        targets, ids = _fallback_targets(actors, roles, sources, venues_only=several,
                                         venues=code[:2] not in UNPLACED_ROOTS)
    if several and targets and all(t.match == "place" for t in targets):
        targets = []  # "Turkey and Russia agreed on a ceasefire in Syria": the parties, not the place
    # "Journalists protested in Istanbul": the place is where, not whom, when it is the source's own
    targets = [t for t in targets if not (t.match == "place" and any(s.country == t.country for s in sources))]
    if not targets and code.startswith(EMPATHY_CODE):  # "sorrow for the shootings in South Carolina"
        targets, ids = _first_venue(actors, roles.venues)
    return targets, ids


def _pairs(tree: Tree, m: TriggerMatch, code: str, info, sources: list[Actor],
           targets: list[Actor]) -> list[tuple[Actor | None, Actor | None]]:
    """(source, target) pairs: mutual acts both ways, symmetric codes back too, a target-less
    event only where the code allows it."""
    if not targets and len(sources) > 1 and _mutual(tree, m, code, info):
        return list(itertools.permutations(sources, 2))  # "Turkey and Russia held talks"
    if targets:
        pairs = list(itertools.product(sources or [None], targets))
        if info and info.symmetric and m.token.lemma.lower() not in ONE_SIDED:  # "X telephoned Y"
            pairs += [(t, s) for s, t in pairs if s is not None]
        return pairs
    if info and info.target_optional and m.pattern.target != "addressee":
        return [(s, None) for s in sources]
    return []


def _instrument(roles, code: str) -> bool:
    """ "A roadside bomb killed three soldiers": a weapon or attack as the subject of a violent
    act leaves the perpetrator unknown, as a passive without agent does."""
    if code[:2] not in VIOLENT_ROOTS:
        return False
    for phrase in roles.sources:
        heads = phrase_heads(phrase)
        if heads and heads[0].upos == "NOUN" and heads[0].lemma.lower() in INSTRUMENTS:
            return True
    return False


def _mutual(tree: Tree, m: TriggerMatch, code: str, info) -> bool:
    """Whether coordinated subjects without a target acted on each other: a cooperative root,
    a reciprocal verb, or a mutual word on the act ("held joint exercises", "reached a consensus",
    "violated the truce", "met each other")."""
    if code[:2] in MUTUAL_ROOTS or (info and (info.symmetric or not info.target_optional)) \
            or m.token.lemma.lower() in RECIPROCAL_VERBS:
        return True
    words = {k.lemma.lower() for k in tree.children(m.token, "advmod", "obj", "obl")}
    for held in (m.obj, m.prep_obj):
        if held is not None:
            words |= {held.lemma.lower()} | {k.lemma.lower() for k in tree.children(held, "amod", "compound")}
    return not MUTUAL_WORDS.isdisjoint(words)


def _resolved(actors: DocumentActors, phrases, *, remember: bool = True
              ) -> tuple[list[Actor], frozenset[int]]:
    out, ids = [], set()
    for phrase in phrases:
        found = actors.resolve_all(phrase, remember=remember)
        out += [a for a in found if a not in out]
        if found:
            ids.update(t.id for t in phrase)
    if remember:
        actors.remember_group(out)
    return out, frozenset(ids)


def _fallback_targets(actors: DocumentActors, roles, sources: list[Actor], *, venues_only: bool = False,
                      venues: bool = True) -> tuple[list[Actor], frozenset[int]]:
    """Targets from the trigger's other phrases, else from an *in* phrase that does not name the
    source's own country ("declared a curfew in Colombo": where, not whom; "US and British
    activists staged a protest in Beijing": CHN). A bare role takes none from there: the
    place is where it acts ("Hundreds protested in Tbilisi")."""
    targets, ids = ([], frozenset()) if venues_only else _first_resolved(actors, roles.fallback)
    targets = _not_sources(targets, sources)
    if targets or not sources or not venues or any(s.match == "agent" and not s.country for s in sources):
        return targets, ids  # a bare role ("Hundreds", "police") takes its country from there
    targets, ids = _first_venue(actors, (*roles.targets, *roles.venues))
    own = {s.country for s in sources}
    return [t for t in targets if t.country not in own and not any(same_actor(s, t) for s in sources)], ids


def _not_sources(targets: list[Actor], sources: list[Actor]) -> list[Actor]:
    return [t for t in targets if not any(same_actor(s, t) for s in sources)]


def _first_venue(actors: DocumentActors, phrases) -> tuple[list[Actor], frozenset[int]]:
    """The first *in* phrase that names an actor or a place of the gazetteer."""
    for phrase in phrases:
        found = actors.venue(phrase)
        if found is not None:
            return [found], frozenset(t.id for t in phrase)
    return [], frozenset()


def _first_resolved(actors: DocumentActors, phrases) -> tuple[list[Actor], frozenset[int]]:
    """The first phrase (with its coordinated members) that names an actor."""
    for phrase in phrases:
        found, ids = _resolved(actors, [phrase], remember=False)
        if found:
            return found, ids
    return [], frozenset()


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
