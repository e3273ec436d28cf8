"""Engine-independent repairs of labelling errors before the coder reads a tree.

A statistical labeller unsure of a verb's object may call it anything else: "rejected the
order" as ``obl``, "investigated former President Alberto Fujimori" as ``obl:agent``,
"demanded United Nations mediation" as ``obl:unmarked``, "has taken in four million
refugees" as a second ``nsubj``, "accused the United States of ..." as a ``conj`` with no
conjunction, "telephoned ... Andrei Kozyrev" as a ``ccomp`` with no verb. A noun right of a
verb with no preposition and no other object is that verb's object, whatever the label said.
Before that, time words lose the subjects and clauses a parser gave them, and a passive
subject in a sentence with no auxiliary becomes active (see each function).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from eventcode.coding.time_words import (
    DAY_WORDS,
    MEASURE_WORDS,
    QUANTITY_WORDS,
    TIME_WORDS,
)
from eventcode.records import Token

__all__ = ["bare_objects"]

_RELABELLED = frozenset({"obl", "obl:agent", "nmod", "obl:unmarked", "nsubj", "conj"})
_OBJECTS = frozenset({"obj", "ccomp", "xcomp", "iobj"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_TIME = TIME_WORDS | MEASURE_WORDS
_ARTICLES = frozenset({"the", "a", "an"})


def bare_objects(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """``tokens`` with the object of each verb that lacks one relabelled ``obj`` (see module)."""
    tokens = _past_tense_roots(_reported_clauses(_that_roots(tokens)))
    tokens = _of_phrases(_actives(_clauses_of_time_words(_subjects_of_time_words(tokens))))
    tokens = _infinitives_of_nouns(_fronted_subjects(_names_before_days(_determiner_arguments(tokens))))
    kids = _children(tokens)
    out = list(tokens)
    for verb in tokens:
        if verb.upos != "VERB":
            continue
        found = _bare_object(verb, kids)
        if found is not None:
            out[found.id - 1] = attrs.evolve(found, deprel="obj")
    return tuple(out)


def _head(tokens: Sequence[Token], t: Token) -> Token | None:
    return tokens[t.head - 1] if 0 < t.head <= len(tokens) else None


def _children(tokens: Sequence[Token]) -> dict[int, list[Token]]:
    kids: dict[int, list[Token]] = {}
    for t in tokens:
        kids.setdefault(t.head, []).append(t)
    return kids


def _bare_object(verb: Token, kids: dict[int, list[Token]]) -> Token | None:
    children = kids.get(verb.id, [])
    if any(k.deprel in _OBJECTS and not _bare_noun_clause(k, kids) for k in children):
        return None
    subject_before = any(k.deprel.startswith("nsubj") and k.id < verb.id for k in children)
    for k in children:
        if k.id < verb.id or k.upos not in _NOUNS:
            continue
        if k.deprel not in _RELABELLED and not (_bare_noun_clause(k, kids) and (
                k.deprel == "ccomp" or k.upos == "PROPN")):  # a name is no predicate ("became president")
            continue
        if k.deprel == "nsubj" and not subject_before:
            continue  # "said the minister": an inverted subject
        if k.deprel == "conj" and any(c.deprel in ("cc", "punct") for c in kids.get(k.id, [])):
            continue  # a real conjunct: "attacked and Russia ..."
        if k.lemma.lower() in _TIME or _has_case(k, kids):
            continue
        return k
    return None


def _bare_noun_clause(k: Token, kids: dict[int, list[Token]]) -> bool:
    """A "clause" (ccomp/xcomp) that is only a noun: no subject, copula or marker of its own
    ("telephoned Russian Foreign Minister Andrei Kozyrev" with the name as a ccomp)."""
    return k.deprel in ("ccomp", "xcomp") and k.upos in _NOUNS and not any(
        c.deprel.startswith(("nsubj", "cop", "mark", "aux")) for c in kids.get(k.id, []))


def _has_case(tok: Token, kids: dict[int, list[Token]]) -> bool:
    """A preposition governs ``tok``; "up to 4,000 troops" is a number, not a to-phrase."""
    own = kids.get(tok.id, [])
    markers = [k for k in own if k.deprel in ("case", "mark") or k.upos == "ADP"]
    if markers and all(k.lemma.lower() in QUANTITY_WORDS for k in markers) \
            and any(k.deprel == "nummod" for k in own):
        return False
    return bool(markers)


def _reported_clauses(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "Zambia extradited the militant, an official said" with both *Zambia* and *official* as
    subjects of *said* and *extradited* as a relative clause of *Zambia*: a past verb form
    hung on the first of two subjects is the clause the second subject's verb reports, with
    the first as its subject."""
    kids = _children(tokens)
    out = list(tokens)
    for verb in tokens:
        subjects = [k for k in kids.get(verb.id, []) if k.deprel == "nsubj" and k.id < verb.id]
        if len(subjects) < 2:
            continue
        first, second = subjects[0], subjects[-1]
        clause = next((k for k in kids.get(first.id, []) if k.deprel == "acl" and k.xpos in ("VBD", "VBN")
                       and first.id < k.id < second.id), None)
        if clause is not None:
            out[clause.id - 1] = attrs.evolve(clause, head=verb.id, deprel="ccomp")
            out[first.id - 1] = attrs.evolve(first, head=clause.id, deprel="nsubj")
    return out


def _that_roots(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "Officials agreed on Wednesday that their countries should cooperate" with *cooperate*
    as the root and *agreed* as a relative clause of *officials*: a root marked "that" is a
    complement clause; the verb hung on a noun before the marker heads the sentence, with
    that noun as its subject and the clause as its complement."""
    root = next((t for t in tokens if t.head == 0), None)
    kids = _children(tokens)
    mark = next((k for k in kids.get(root.id, []) if k.deprel == "mark" and k.lemma.lower() == "that"
                 and k.id < root.id), None) if root is not None and root.upos == "VERB" else None
    if mark is None:
        return tokens
    verb = next((t for t in reversed(tokens[: mark.id - 1]) if t.upos == "VERB"), None)
    noun = _head(tokens, verb) if verb is not None else None
    if noun is None or verb.deprel != "acl" or noun.upos not in _NOUNS or noun.head != root.id:
        return tokens
    out = list(tokens)
    out[verb.id - 1] = attrs.evolve(verb, head=0, deprel="root")
    out[root.id - 1] = attrs.evolve(root, head=verb.id, deprel="ccomp")
    out[noun.id - 1] = attrs.evolve(noun, head=verb.id, deprel="nsubj")
    for k in kids.get(root.id, []):
        if k.id > root.id and k.deprel == "punct":
            out[k.id - 1] = attrs.evolve(k, head=verb.id)
    return out


def _past_tense_roots(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "Riot police used tear gas" with *used* as a reduced relative of a root *police*: a
    past-tense verb (VBD, not a participle) right of a root noun, with no subject of its own,
    heads the sentence and the noun is its subject; the noun's dependents right of the verb
    go with the verb."""
    root = next((t for t in tokens if t.head == 0), None)
    if root is None or root.upos not in _NOUNS:
        return tokens
    kids = _children(tokens)
    verb = next((k for k in kids.get(root.id, []) if k.deprel == "acl" and k.xpos == "VBD"
                 and k.id > root.id and not any(c.deprel.startswith("nsubj") for c in kids.get(k.id, []))), None)
    if verb is None:
        return tokens
    out = list(tokens)
    out[verb.id - 1] = attrs.evolve(verb, head=0, deprel="root")
    out[root.id - 1] = attrs.evolve(root, head=verb.id, deprel="nsubj")
    for k in kids.get(root.id, []):
        if k.id > verb.id:
            out[k.id - 1] = attrs.evolve(k, head=verb.id)
    return out


def _fronted_subjects(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "In an unprecedented move, Palestinian police confiscated weapons" with *police* as a
    conjunct of *move*: the last noun after a comma that closes a fronted prepositional phrase,
    joined to it with no conjunction, is the subject of a verb that has none ("In the port
    district, Mombasa, riot police dispersed ...": the police)."""
    kids = _children(tokens)
    out = list(tokens)
    chosen: dict[int, Token] = {}
    for t in tokens:
        head = _head(tokens, t)
        verb = _head(tokens, head) if head is not None else None
        if t.deprel != "conj" or t.upos not in _NOUNS or head is None or verb is None or verb.upos != "VERB" \
                or head.deprel != "obl" or not (head.id < t.id < verb.id) or not _has_case(head, kids):
            continue
        own = kids.get(t.id, [])
        if any(c.deprel == "cc" for c in own) or tokens[_first_word(t, kids) - 2].text != ",":
            continue
        if not any(c.deprel.startswith("nsubj") for c in kids.get(verb.id, [])):
            chosen[verb.id] = t  # the last such noun before the verb wins
    for verb_id, t in chosen.items():
        out[t.id - 1] = attrs.evolve(t, head=verb_id, deprel="nsubj")
    return out


def _first_word(t: Token, kids: dict[int, list[Token]]) -> int:
    """The id of the first word (not punctuation) of the phrase ``t`` heads."""
    first, todo = t.id, list(kids.get(t.id, []))
    while todo:
        k = todo.pop()
        if k.upos != "PUNCT":
            first = min(first, k.id)
        todo.extend(kids.get(k.id, []))
    return first


def _subjects_of_time_words(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "arrested Russian students in Moscow today" with *students* as the subject of *today*
    ("forced out on Wednesday more than 1,000 refugees": a conjunct of *Wednesday* with no
    conjunction): a time word has no subject, so the noun goes back to the verb before it (as
    an oblique, which ``bare_objects`` then reads as the object when the verb has none)."""
    kids = _children(tokens)
    out = list(tokens)
    for k, t in enumerate(tokens):
        head = _head(tokens, t)
        if head is None or head.lemma.lower() not in _TIME or not (t.deprel.startswith("nsubj") or (
                t.deprel == "conj" and t.upos in ("NOUN", "PROPN")
                and not any(c.deprel == "cc" for c in kids.get(t.id, [])))):
            continue  # "forced out on Wednesday more than 1,000 refugees": no list of days
        verb = next((v for v in reversed(tokens[:k]) if v.upos == "VERB"), None)
        if verb is not None:
            out[k] = attrs.evolve(t, head=verb.id, deprel="obl")
    return out


_TIME_CASES = frozenset({"on", "in", "during", "by", "until", "since", "before", "after", "from"})
_NOUN_PARTS = frozenset({"ADJ", "PROPN", "NOUN", "NUM"})


def _determiner_arguments(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "blocked the Europe Bridge spanning the Rhine" with *the* as the object and *Bridge* as
    the subject of *spanning*: an article is never a verb's argument, so the noun it opens is,
    and a verb that noun was made the subject of describes it."""
    out = list(tokens)
    for k, det in enumerate(tokens):
        if det.upos != "DET" or det.deprel not in ("obj", "obl", "nsubj") or det.lemma.lower() not in _ARTICLES:
            continue
        j = k + 1
        while j + 1 < len(tokens) and tokens[j].upos in _NOUN_PARTS and tokens[j + 1].upos in _NOUN_PARTS:
            j += 1
        noun = tokens[j] if j < len(tokens) and tokens[j].upos in ("NOUN", "PROPN") else None
        if noun is None:
            continue
        old = _head(tokens, noun)
        out[noun.id - 1] = attrs.evolve(noun, head=det.head, deprel=det.deprel)
        out[k] = attrs.evolve(det, head=noun.id, deprel="det")
        if old is not None and old.upos == "VERB" and old.id > noun.id and noun.deprel.startswith("nsubj"):
            out[old.id - 1] = attrs.evolve(out[old.id - 1], head=noun.id, deprel="acl")
    return out


def _names_before_days(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "met with Syrian President Bashar Assad Tuesday" with *Tuesday* heading the with-phrase:
    a day takes no preposition but *on* (and the like), so the name before it heads the phrase
    and the day hangs on the verb as a time."""
    kids = _children(tokens)
    out = list(tokens)
    for k, day in enumerate(tokens):
        own = kids.get(day.id, [])
        case = next((c for c in own if c.deprel == "case" and c.id < day.id), None)
        names = [c for c in own if c.upos == "PROPN" and c.id < day.id and case is not None and c.id > case.id]
        if day.lemma.lower() not in DAY_WORDS or case is None or case.lemma.lower() in _TIME_CASES or not names:
            continue
        name = names[-1]
        out[name.id - 1] = attrs.evolve(name, head=day.head, deprel=day.deprel)
        out[case.id - 1] = attrs.evolve(case, head=name.id)
        out[k] = attrs.evolve(day, deprel="obl:tmod")
        for c in own:
            if c.id < name.id and c.id != case.id:
                out[c.id - 1] = attrs.evolve(c, head=name.id)
    return out


def _actives(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "The African Union called for talks" tagged as a headline passive ("Three killed in
    attack"): a passive subject with an article, of the main verb of a sentence with no
    auxiliary at all, is the active subject of a full sentence."""
    kids = _children(tokens)
    out = list(tokens)
    if any(t.upos == "AUX" for t in tokens):
        return out  # "The soldiers killed in the attack were buried": a reduced relative
    for k, t in enumerate(tokens):
        if t.deprel != "nsubj:pass" or t.id > t.head or tokens[t.head - 1].deprel != "root":
            continue
        if any(c.deprel == "det" and c.lemma.lower() in _ARTICLES for c in kids.get(t.id, [])):
            out[k] = attrs.evolve(t, deprel="nsubj")
    return out


def _clauses_of_time_words(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "said on Tuesday that Sudan must return ..." with the clause as a relative clause of
    *Tuesday*: a time word takes no clause with a subject and "that" of its own, so the
    clause goes to the time word's head as its complement."""
    kids = _children(tokens)
    out = list(tokens)
    for k, t in enumerate(tokens):
        head = _head(tokens, t)
        if head is None or not t.deprel.startswith("acl") or head.lemma.lower() not in _TIME \
                or head.head == 0:
            continue
        own = kids.get(t.id, [])
        if any(c.deprel.startswith("nsubj") for c in own) and any(
                c.lemma.lower() == "that" and c.id < t.id for c in own):
            out[k] = attrs.evolve(t, head=head.head, deprel="ccomp")
    return out


def _of_phrases(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "expel exiled leaders of Egypt's Muslim Brotherhood" with the *of* phrase on the verb:
    an *of* phrase right after a verb's object belongs to the object."""
    kids = _children(tokens)
    out = list(tokens)
    for k, t in enumerate(tokens):
        head = _head(tokens, t)
        if head is None or t.deprel != "obl" or head.upos != "VERB":
            continue
        case = next((c for c in kids.get(t.id, []) if c.deprel == "case"), None)
        if case is None or case.lemma.lower() != "of":
            continue
        obj = next((o for o in kids.get(head.id, []) if o.deprel == "obj" and o.id == case.id - 1), None)
        if obj is not None:
            out[k] = attrs.evolve(t, head=obj.id, deprel="nmod")
    return out


def _infinitives_of_nouns(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "urged Israel and the Palestinians to resume talks" with the infinitive as an xcomp of
    *Palestinians*: a noun takes no xcomp, so it goes to the verb that governs the noun."""
    kids = _children(tokens)
    out = list(tokens)
    for k, t in enumerate(tokens):
        if t.deprel != "xcomp" or not any(c.lemma.lower() == "to" for c in kids.get(t.id, [])):
            continue
        head = _head(tokens, t)
        for _ in range(3):  # up through conjuncts and objects to their verb
            if head is None or head.upos not in _NOUNS or head.head == 0:
                break
            head = _head(tokens, head)
        if head is not None and head.upos == "VERB" and head.id != t.head:
            out[k] = attrs.evolve(t, head=head.id)
    return out

