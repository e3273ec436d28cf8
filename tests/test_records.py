import datetime as dt

import attrs
import pytest

from eventcode.records import Actor, Event, Location
from tests.helpers import parse


def test_records_are_frozen() -> None:
    actor = Actor(code="SYRMIL")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        actor.code = "TUR"  # type: ignore[misc]


def test_records_event_to_dict_flattens_nested_records() -> None:
    e = Event(code="194", source=Actor("TURMIL", country="TUR"), target=None,
              date=dt.date(2019, 10, 10), location=Location("Tal Abyad", country="SYR"))
    d = e.to_dict()
    assert d["root"] == "19" and d["date"] == "2019-10-10"
    assert d["source"]["code"] == "TURMIL" and d["location"]["country"] == "SYR"
    assert d["target"] is None


def test_records_sentence_tree_queries() -> None:
    s = parse("Turkish/turkish/ADJ/2/amod troops/troop/NOUN/3/nsubj shelled/shell/VERB/0/root towns/town/NOUN/3/obj")
    assert [t.text for t in s.children(3)] == ["troops", "towns"]
    assert [t.text for t in s.subtree(2)] == ["Turkish", "troops"]
    assert s.token(3).lemma == "shell" and len(s) == 4
