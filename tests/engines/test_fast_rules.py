"""Deterministic corrections after the fast parser, on hand-built parses."""

from __future__ import annotations

from eventcode.engines.fast.rules import lift_verb_conjuncts

# Police arrested ten protesters and detained them .
UPOS = ["NOUN", "VERB", "NUM", "NOUN", "CCONJ", "VERB", "PRON", "PUNCT"]
XPOS = ["NNS", "VBD", "CD", "NNS", "CC", "VBD", "PRP", "."]


def test_a_finite_verb_coordinated_with_an_object_joins_the_earlier_verb() -> None:
    heads = [2, 0, 4, 2, 6, 4, 6, 2]
    labels = ["nsubj", "root", "nummod", "obj", "cc", "conj", "obj", "punct"]
    assert lift_verb_conjuncts(heads, labels, UPOS, XPOS)[5] == 2


def test_a_coordinated_noun_stays_with_the_noun() -> None:
    # Police arrested ten protesters and students .
    upos = ["NOUN", "VERB", "NUM", "NOUN", "CCONJ", "NOUN", "PUNCT"]
    xpos = ["NNS", "VBD", "CD", "NNS", "CC", "NNS", "."]
    heads = [2, 0, 4, 2, 6, 4, 2]
    labels = ["nsubj", "root", "nummod", "obj", "cc", "conj", "punct"]
    assert lift_verb_conjuncts(heads, labels, upos, xpos) == heads


def test_a_verb_coordinated_with_a_subject_is_left_alone() -> None:
    # Protesters and police clashed : the parser's conj on a subject is not an object's
    heads = [2, 0, 4, 2, 6, 4, 6, 2]
    labels = ["nsubj", "root", "nummod", "nsubj", "cc", "conj", "obj", "punct"]
    assert lift_verb_conjuncts(heads, labels, UPOS, XPOS)[5] == 4
