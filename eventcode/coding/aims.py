"""Parties an act aims at beyond its own arguments: those its complement names and the one its
purpose addresses."""

from __future__ import annotations

from eventcode.coding.roles import Phrase, phrases
from eventcode.coding.tree import Tree, is_temporal, phrase_heads
from eventcode.records import Token

__all__ = ["complement_targets", "purpose_addressee"]

COMPLEMENT_PREPS = frozenset({"to", "against", "toward", "towards"})


def complement_targets(tree: Tree, verb: Token) -> tuple[Phrase, ...]:
    """ "promised to continue aid to Malawi", "offered to hand over to Chile three citizens": the
    parties an infinitive complement names (its *to/against* phrases, then its object),
    for a governor whose complement no trigger codes."""
    out: list[Phrase] = []
    for comp in (c for c in tree.exact_children(verb, "xcomp") if c.upos == "VERB"):
        objects = list(tree.exact_children(comp, "obj"))
        preps = [k for h in (comp, *objects) for k in tree.children(h, "obl", "nmod")
                 if tree.case_of(k) in COMPLEMENT_PREPS and not is_temporal(k)]
        out += [p for k in preps for p in phrases(tree, k)]
        out += [_without_nmods(tree, p) for k in objects for p in phrases(tree, k)]
    return tuple(out)


def purpose_addressee(tree: Tree, tok: Token) -> tuple[Phrase, ...]:
    """ "summoned Niger's ambassador to complain": the object of the verb whose purpose the
    infinitive at ``tok`` states (the one the complaint was made to)."""
    head = tree.head_of(tok)
    if head is None or tok.deprel not in ("advcl", "xcomp") or not tree.infinitive(tok):
        return ()
    return tuple(p for k in tree.exact_children(head, "obj") for p in phrases(tree, k))


def _without_nmods(tree: Tree, phrase: Phrase) -> Phrase:
    """A phrase without its head's prepositional modifiers but *of* ("the issue", not "the issue
    with X"; "leaders of the party" stays whole)."""
    cut = {i for h in phrase_heads(phrase)[:1] for k in tree.children(h, "nmod") if tree.case_of(k) != "of"
           for i in tree.subtree_ids(k)}
    return tuple(t for t in phrase if t.id not in cut)
