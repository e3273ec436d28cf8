"""Find trigger words and the most specific verb pattern that fits each one."""

from __future__ import annotations

import attrs

from eventcode.coding.tree import Tree, is_temporal
from eventcode.records import Token
from eventcode.verbs.records import VerbDictionary, VerbPattern

__all__ = ["TriggerMatch", "find_triggers"]

PREP_RELS = ("obl", "nmod", "advcl", "xcomp", "ccomp", "acl")
VERBAL = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"NOUN", "PROPN"})
PREP_VARIANTS = {"upon": "on", "amongst": "among", "amidst": "amid", "unto": "to", "towards": "toward"}
"""Prepositions that a pattern naming their plain form also accepts ("agreed upon a pact")."""
QUANTITY_NOUNS = frozenset({"million", "thousand", "hundred", "dozen", "number", "group", "lot",
                            "couple", "batch", "wave", "series", "score", "handful", "ton", "tonne",
                            "part", "portion", "half", "share", "bulk", "rest", "most", "some",
                            "all", "much", "remainder", "kg", "kilogram", "tonnes", "tons", "billion",
                            "worth", "shipment", "consignment", "load", "supply",
                            # "a contingent of peacekeepers", "ten days of war games", "a round of talks"
                            "contingent", "patch", "deployment", "detachment", "day", "week",
                            "month", "round"})
ANNOUNCING = frozenset({"announce", "unveil", "confirm", "report", "proclaim", "order"})
"""Verbs whose event-noun object is the event ("announced a suspension of flights")."""
# "reimposed a blockade", "re-opened the border": re- + a verb with patterns means that verb again
RE_VERBS = frozenset({"impose", "open", "establish", "deploy", "occupy", "capture", "take", "arm",
                      "launch", "start", "enter", "join", "ignite", "introduce", "convene", "instate",
                      "activate", "elect", "negotiate", "build", "settle", "unite", "integrate",
                      "appoint", "affirm", "invade", "apply", "seal", "close", "arrest", "engage"})
NOUN_TRIGGER_RELS = frozenset({"root", "nsubj", "nsubj:pass", "parataxis", "appos", "list", "dep"})


@attrs.frozen(slots=True)
class TriggerMatch:
    """A pattern that fits at ``token``; ``obj``/``prep_obj`` are the tokens that satisfied it."""

    token: Token
    pattern: VerbPattern
    obj: Token | None = None
    prep_obj: Token | None = None
    particles: tuple[Token, ...] = ()
    words: int = 0  # words the object/prep-object constraints matched ("economic ties" = 2)


def find_triggers(tree: Tree, verbs: VerbDictionary) -> list[TriggerMatch]:
    """One match per trigger token: the most specific pattern whose constraints hold."""
    out = []
    words = tree.words()
    words |= {PREP_VARIANTS[w] for w in words & PREP_VARIANTS.keys()}
    for tok in tree.tokens:
        candidates = _candidates(verbs, tok)
        if candidates and _trigger_position(tree, tok, verbs):
            match = _best(tree, tok, candidates, words)
            if match:
                out.append(match)
    held = {m.obj.id for m in out if m.obj is not None}
    return [m for m in out if m.token.id not in held]  # "announced a curfew": the verb's pattern says it


def _candidates(verbs: VerbDictionary, tok: Token) -> tuple[VerbPattern, ...]:
    """Patterns of the lemma and of the word form ("met" as well as "meet"), most specific
    first; among equals the word form's first (the more specific entry)."""
    lemma, text = tok.lemma.lower(), tok.text.lower()
    base = _again(lemma) if tok.upos in VERBAL else lemma
    groups = [g for g in (verbs.by_trigger.get(text, ()) if text != lemma else (),
                          verbs.by_trigger.get(lemma, ()),
                          verbs.by_trigger.get(base, ()) if base != lemma else ()) if g]
    if len(groups) < 2:
        return groups[0] if groups else ()
    return tuple(sorted((p for g in groups for p in g), key=lambda p: -p.specificity))


def _again(lemma: str) -> str:
    """ "reimpose" -> "impose" for the verbs in ``RE_VERBS``; else the lemma unchanged."""
    base = lemma[3:] if lemma.startswith("re-") else lemma[2:] if lemma.startswith("re") else lemma
    return base if base in RE_VERBS else lemma


def _trigger_position(tree: Tree, tok: Token, verbs: VerbDictionary) -> bool:
    """Verbs trigger anywhere; event nouns only as a clause's subject or head, or as the object
    of a verb that has no patterns of its own ("air strikes hit ...", not "died in air strikes")
    or of an announcing verb ("announced a suspension of flights")."""
    if tok.upos not in NOMINAL:
        return True
    if tok.deprel in NOUN_TRIGGER_RELS:
        return True
    head = tree.head_of(tok)
    return tok.deprel == "obj" and head is not None and (
        head.lemma.lower() not in verbs.by_trigger or head.lemma.lower() in ANNOUNCING)


def _best(tree: Tree, tok: Token, candidates: tuple[VerbPattern, ...],
          words: frozenset[str]) -> TriggerMatch | None:
    # event nouns are common nouns: "Amnesty International" is an organisation, not an amnesty
    kind = "noun" if tok.upos == "NOUN" else "verb" if tok.upos in VERBAL else None
    if kind is None:
        return None
    best: TriggerMatch | None = None
    base = _again(tok.lemma.lower())
    if base != tok.lemma.lower():
        words = words | {base}  # "reimposed" needs what "impose" needs
    for p in candidates:  # most specific first; among equals, the later-loaded first
        if best is not None and p.specificity < best.pattern.specificity:
            break
        if p.kind == kind and all(not need.isdisjoint(words) for need in p.needs):
            m = _fit(tree, tok, p)
            if m and (best is None or m.words > best.words):
                best = m
    return best


def _fit(tree: Tree, tok: Token, p: VerbPattern) -> TriggerMatch | None:
    parts = _particles(tree, tok, p)
    if parts is None or (p.before and not _preceded(tree, tok, p.before)):
        return None
    if p.subject and not _subject_fits(tree, tok, p.subject):
        return None
    obj, n_obj = _object(tree, tok, p) if p.object else (None, 0)
    if p.object and obj is None:
        return None
    prep_obj, n_prep = None, 0
    if p.prep or p.prep_object:
        prep_obj, n_prep = _prep_object(tree, tok, obj, p)
        if prep_obj is None:
            return None
    return TriggerMatch(tok, p, obj, prep_obj, parts, n_obj + n_prep)


def _particles(tree: Tree, tok: Token, p: VerbPattern) -> tuple[Token, ...] | None:
    if not p.particles:
        return ()
    found = []
    if p.kind == "noun":
        mods = [k.lemma.lower() for k in tree.children(tok, "compound", "amod")]
        return () if all(w in mods for w in p.particles) else None
    for word in p.particles:
        hit = next((k for k in tree.children(tok) if k.lemma.lower() == word or k.text.lower() == word),
                   None)
        if hit is None:
            hit = _next_word(tree, tok, word)
        if hit is None or (hit.upos == "NOUN" and tree.children(hit, "det")):
            return None  # an idiom's noun takes no article: "took issue with", not "took up the issue"
        found.append(hit)
    return tuple(found)


def _subject_fits(tree: Tree, tok: Token, lemmas: frozenset[str]) -> bool:
    """ "Israeli warplanes struck ...": the subject (or, for a verb in a coordination or an
    infinitive, its governor's subject) matches one of ``lemmas``."""
    cur = tok
    for _ in range(3):
        subj = next(iter(tree.exact_children(cur, "nsubj")), None)
        if subj is not None:
            return any(c in lemmas for c in tree.compound_lemma(_through_quantity(tree, subj)))
        head = tree.head_of(cur)
        if head is None or cur.deprel.split(":")[0] not in ("conj", "xcomp", "advcl"):
            return False
        cur = head
    return False


def _preceded(tree: Tree, tok: Token, before: tuple[frozenset[str], ...]) -> bool:
    """Each ``before`` item (one of its phrases, word by word) occurs ahead of the trigger, in order."""
    words = [(t.text.lower(), t.lemma.lower()) for t in tree.tokens[: tok.id - 1]]
    pos = 0
    for group in before:
        pos = next((i + len(ph) for i in range(pos, len(words)) for ph in map(str.split, group)
                    if all(i + j < len(words) and w in words[i + j] for j, w in enumerate(ph))), -1)
        if pos < 0:
            return False
    return True


def _next_word(tree: Tree, tok: Token, word: str) -> Token | None:
    """Parsers often attach particles oddly: accept the word right after the verb (or its object)."""
    for t in tree.tokens[tok.id: tok.id + 4]:
        if t.text.lower() == word and t.upos in ("ADP", "ADV", "PART"):
            return t
    return None


def _object(tree: Tree, tok: Token, p: VerbPattern) -> tuple[Token | None, int]:
    rels = ("obj", "nsubj:pass", "iobj") if p.kind == "verb" else ("nmod", "compound")
    for k in tree.children(tok):
        predicate = k.deprel == "xcomp" and k.upos in NOMINAL
        if k.deprel in rels or (p.kind == "verb" and (predicate or _particle_object(tree, k, p))):
            hits = [c for c in tree.compound_lemma(_through_quantity(tree, k)) if c in p.object]
            if hits:
                return k, max(_words(h) for h in hits)
    return None, 0


def _particle_object(tree: Tree, k: Token, p: VerbPattern) -> bool:
    """ "handed over food aid to ...": the parser took the particle for a preposition and the
    object for its oblique."""
    return k.deprel == "obl" and bool(p.particles) and tree.case_of(k) in p.particles


def _prep_object(tree: Tree, tok: Token, obj: Token | None, p: VerbPattern) -> tuple[Token | None, int]:
    # the phrase may hang on the object: "accused Russia of war crimes", "charged X with spying"
    holders = [tok] + ([obj] if obj is not None else tree.exact_children(tok, "obj", "iobj"))
    for holder in holders:
        for k in tree.children(holder, *PREP_RELS):
            if is_temporal(k) and not p.prep_object:
                continue
            case = tree.case_of(k) or _bare_that(tree, k)
            if p.prep and case not in p.prep and PREP_VARIANTS.get(case or "") not in p.prep:
                continue
            if not p.prep and case is None:
                continue
            if not p.prep_object:
                return k, 0
            hits = [c for c in tree.compound_lemma(_through_quantity(tree, k)) if c in p.prep_object]
            if hits:
                return k, max(_words(h) for h in hits)
    return None, 0


def _bare_that(tree: Tree, clause: Token) -> str | None:
    """ "agreed there was a need", "demanded Moscow withdraw": a complement clause with a
    subject of its own and no *that* is a that-clause."""
    if clause.deprel == "ccomp" and tree.exact_children(clause, "nsubj", "nsubj:pass", "expl"):
        return "that"
    return None


def _words(phrase: str) -> int:
    """Words a matched phrase names ("air strike" 2, "artillery *" 1)."""
    return len(phrase.split()) - phrase.endswith(" *")


def _through_quantity(tree: Tree, tok: Token) -> Token:
    """ "millions of refugees", "dozens of protesters": the counted noun is what matters."""
    for _ in range(3):  # "hundreds of thousands of refugees", "part of a military aid programme"
        if tok.lemma.lower() not in QUANTITY_NOUNS:
            break
        inner = next((k for k in tree.children(tok, "nmod") if tree.case_of(k) in ("of", "in")), None)
        if inner is None:
            break
        tok = inner
    return tok
