"""Readings of the surface word order where a parser broke a phrase apart."""

from __future__ import annotations

from eventcode.coding.tree import Tree
from eventcode.records import Token

__all__ = ["listed_subjects"]

LIST_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "CCONJ", "PUNCT"})
SKIP_POS = frozenset({"AUX", "ADV", "PART"})
OPENERS = frozenset({"VERB", "AUX", "SCONJ", "PRON"})
LIST_WORDS = frozenset({"and", "or", "nor", "neither", "either", "both"})
Phrase = tuple[Token, ...]


def listed_subjects(tree: Tree, verb: Token) -> tuple[Phrase, ...]:
    """ "Mordor, Rohan, Fornost and Bree welcomed", "Fornost and the evil awful Gondor welcomed":
    the words right before the verb, when they are only a list of noun phrases (names, nouns,
    adjectives, determiners, commas, 'and') that opens the clause, split at commas and 'and';
    () when they are not, or make fewer than two members."""
    if tree.infinitive(verb):
        return ()  # "visit Togo and Benin to mediate": an infinitive has no subject before it
    span = _span(tree, verb)
    if not span or not any(t.upos == "CCONJ" and t.lemma.lower() in LIST_WORDS for t in span):
        return ()
    members, cur = [], []
    for t in span + [None]:
        if t is None or t.upos == "CCONJ" or t.text == ",":
            if cur:
                members.append(tuple(cur))
            cur = []
        elif t.upos != "PUNCT":
            cur.append(t)
    if len(members) < 2 or not all(_nominal(m) for m in members):
        return ()
    return _shared_head(members)


def _shared_head(members: list[Phrase]) -> tuple[Phrase, ...]:
    """ "US and British troops": modifiers listed before one head noun each take it ("US troops")."""
    head = members[-1][-1]
    mods = [tuple(t for t in m if t.upos != "DET") for m in members[:-1]]  # "The Kenyan and ..."
    if len(members[-1]) < 2 or head.upos != "NOUN" or not all(
            m and all(t.deprel in ("compound", "amod") or (len(m) == 1 and t.upos in ("ADJ", "PROPN"))
                      for t in m) for m in mods):
        return tuple(members)
    return (*((*m, head) for m in mods), members[-1])


def _span(tree: Tree, verb: Token) -> list[Token]:
    i = verb.id - 1
    while i >= 1 and tree.token(i).upos in SKIP_POS:
        i -= 1
    end = i
    while i >= 1 and tree.token(i).upos in LIST_POS and (tree.token(i).upos != "PUNCT" or tree.token(i).text == ","):
        i -= 1
    if i >= 1 and tree.token(i).upos not in OPENERS:
        return []
    return list(tree.tokens[i:end])


def _nominal(member: Phrase) -> bool:
    """A member ends in a noun or name ("the evil awful Gondor"), not an adjective ("Turkish")."""
    return any(t.upos in ("NOUN", "PROPN") for t in member) and member[-1].upos in ("NOUN", "PROPN")
