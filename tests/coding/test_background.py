"""Triggers that are no event of their own, on hand-built parses."""

from __future__ import annotations

from eventcode.coding.background import anchoring, background
from eventcode.coding.tree import Tree
from tests.helpers import parse


def test_a_dated_relative_is_background_whatever_the_label_of_its_dated_phrase() -> None:
    # "athletes killed at the 1972 Games", the parser calling the at-phrase an object
    tree = Tree(parse("athletes/athlete/NOUN/0/root killed/kill/VERB/1/acl at/at/ADP/6/case "
                      "the/the/DET/6/det 1972/1972/NUM/6/nummod Games/Games/PROPN/2/obj"))
    assert background(tree, tree.token(2))


def test_an_undated_relative_is_news() -> None:
    tree = Tree(parse("athletes/athlete/NOUN/0/root killed/kill/VERB/1/acl at/at/ADP/5/case "
                      "the/the/DET/5/det Games/Games/PROPN/2/obl"))
    assert not background(tree, tree.token(2))


def test_an_event_noun_that_only_dates_another_act_is_background() -> None:
    tree = Tree(parse("Kenya/Kenya/PROPN/2/nsubj closed/close/VERB/0/root after/after/ADP/5/case "
                      "the/the/DET/5/det shooting/shooting/NOUN/2/obl"))
    assert anchoring(tree, tree.token(5))
    assert not anchoring(tree, tree.token(2))
