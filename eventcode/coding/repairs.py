"""Repairs for noun phrases and lists a statistical parser breaks apart.

Each function reads a pattern of misparse off the tree and says what the noun phrase really
is: "The US, Russia and Switzerland met" with the first names folded in as compounds, "The
Ivory Coast's Supreme Court" with the possessor hung elsewhere, "a member of parliament, Ali
Said, started" with the title set off by commas, "up to 1,000 Turks" read as a to-phrase.
``roles`` calls them; lists of subjects right before the verb are read by ``surface``.
"""

from __future__ import annotations

from eventcode.coding.time_words import QUANTITY_WORDS
from eventcode.coding.tree import Tree, is_temporal
from eventcode.records import Token

__all__ = ["apposed", "comma_list", "free", "nominal_top", "with_possessor"]

Phrase = tuple[Token, ...]


def apposed(tree: Tree, subj: Token | None, verb: Token) -> Token | None:
    """The other name of the subject: its apposition ("Ali Said, a member of parliament,"), a
    second subject the parser gave the verb ("Human rights organization Amnesty International
    demanded"), or the nominal set off by a comma before it ("a member of parliament, Ali
    Said, started")."""
    if subj is None or subj.upos == "PRON":
        return None
    if subj.deprel == "appos":
        return tree.head_of(subj)
    found = tree.exact_children(subj, "appos") or [
        k for k in tree.exact_children(verb, "nsubj") if k.id != subj.id and k.upos in ("NOUN", "PROPN")]
    if found:
        return found[0]  # an apposition, or a second subject: "Human rights organization Amnesty ..."
    start = min(t.id for t in tree.phrase(subj))
    if start < 3 or tree.token(start - 1).text != ",":
        return None
    top = nominal_top(tree, tree.token(start - 2), verb)
    top = top if top.upos in ("NOUN", "PROPN") else tree.head_of(top)
    while top is not None and top.deprel == "nmod" and top.head < start:
        top = tree.head_of(top)  # "member of the Syrian parliament": the head, not "parliament"
    if top is None or top.upos not in ("NOUN", "PROPN") or top.id >= start or tree.case_of(top):
        return None
    return top


def comma_list(tree: Tree, phrase: Phrase, head: Token) -> tuple[Phrase, ...]:
    """ "The US, Russia and Switzerland met": a parser may fold the first names of a list into
    the next one as compounds; a comma between two proper names before the head splits them."""
    cuts = [i for i in range(1, len(phrase)) if phrase[i].id <= head.id
            and any(t.text == "," for t in tree.tokens[phrase[i - 1].id: phrase[i].id - 1])]
    if not cuts or head.upos != "PROPN":
        return ()
    left, right = phrase[: cuts[-1]], phrase[cuts[-1]:]
    if not any(t.upos == "PROPN" and t.deprel in ("compound", "flat", "conj") for t in left):
        return ()
    if right[0].upos not in ("PROPN", "DET", "ADJ"):
        return ()
    return (comma_list(tree, left, left[-1]) or (left,)) + (right,)


def free(tree: Tree, t: Token) -> bool:
    """No preposition governs ``t``: "up to 1,000 Turks" and "about 300 delegates" are numbers."""
    if tree.case_of(t) is None:
        return True
    markers = {k.lemma.lower() for k in tree.children(t, "case", "mark") if k.id < t.id}
    return markers <= QUANTITY_WORDS and bool(tree.children(t, "nummod"))


def nominal_top(tree: Tree, t: Token, verb: Token) -> Token:
    head = tree.head_of(t)
    while head is not None and head.upos in ("NOUN", "PROPN") and head.id < verb.id and not is_temporal(head) \
            and t.deprel.split(":")[0] in ("compound", "flat", "amod", "nmod", "appos", "conj"):
        t, head = head, tree.head_of(head)
    return t


def with_possessor(tree: Tree, phrase: Phrase) -> Phrase:
    """ "The Ivory Coast's Supreme Court": a parser may hang the possessor elsewhere; the
    noun phrase ending in 's right before the phrase is still its possessor."""
    start = phrase[0].id if phrase else 0
    if start < 3:
        return phrase
    mark = tree.token(start - 1)
    owner = tree.head_of(mark)
    if mark.text.lower() not in ("'s", "'") or mark.upos != "PART" or owner is None \
            or owner.id != start - 2 or owner.upos not in ("NOUN", "PROPN"):
        return phrase
    ids = {t.id for t in phrase}
    extra = [t for t in tree.phrase(owner) if t.id not in ids and t.id < start]
    return tuple(extra) + (mark,) + phrase
