"""Golden table of coding rules on hand-written parses (no parser involved)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventcode.codebook import default_codebook
from eventcode.coding import DocumentCoder
from eventcode.verbs import load_verb_dictionary
from tests.helpers import StubActors, parse

HERE = Path(__file__).parent
CASES = yaml.safe_load((HERE / "golden_logic.yaml").read_text(encoding="utf-8"))
MINIDICT = HERE.parent / "data" / "minidict" / "verbs"


@pytest.fixture(scope="module")
def coder() -> DocumentCoder:
    return DocumentCoder(load_verb_dictionary([MINIDICT]), default_codebook(), StubActors())


def _triples(events) -> set[str]:
    return {f"{e.source.code if e.source else '-'} {e.code} {e.target.code if e.target else '-'}"
            for e in events}


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_coding_rule(coder: DocumentCoder, case: dict) -> None:
    events = coder.code([parse(case["parse"])], doc_id="t")
    assert _triples(events) == set(case["expect"])


def test_coding_events_carry_provenance(coder: DocumentCoder) -> None:
    s = parse(CASES[0]["parse"])
    (event,) = coder.code([s], doc_id="d1")
    assert event.pattern_id == "t19.shell"
    assert event.trigger == "shelled"
    assert s.text[event.trigger_start:event.trigger_end] == "shelled"
    assert event.doc_id == "d1" and event.quad_class == 4 and event.goldstein < 0
    assert 0 < event.confidence <= 1


def test_coding_pronoun_refers_to_previous_actor(coder: DocumentCoder) -> None:
    first = parse("Turkey/Turkey/PROPN/2/nsubj condemned/condemn/VERB/0/root Russia/Russia/PROPN/2/obj ././PUNCT/2/punct")
    second = parse("It/it/PRON/2/nsubj attacked/attack/VERB/0/root Syria/Syria/PROPN/2/obj ././PUNCT/2/punct")
    events = coder.code([first, second])
    assert _triples(events) == {"TUR 111 RUS", "TUR 190 SYR"}
    assert [e.source.match for e in events] == ["exact", "pronoun"]


def test_coding_pronoun_never_crosses_documents(coder: DocumentCoder) -> None:
    coder.code([parse("Turkey/Turkey/PROPN/2/nsubj condemned/condemn/VERB/0/root Russia/Russia/PROPN/2/obj")])
    events = coder.code([parse("It/it/PRON/2/nsubj attacked/attack/VERB/0/root Syria/Syria/PROPN/2/obj")])
    assert events == []


def test_coding_date_moves_with_yesterday(coder: DocumentCoder) -> None:
    import datetime as dt
    s = parse("Turkey/Turkey/PROPN/2/nsubj attacked/attack/VERB/0/root Syria/Syria/PROPN/2/obj yesterday/yesterday/NOUN/2/obl:tmod")
    (event,) = coder.code([s], date=dt.date(2020, 3, 5))
    assert event.date == dt.date(2020, 3, 4) and event.date_precision == "day"
