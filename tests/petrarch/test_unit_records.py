"""PETRARCH's unit-test records: reading them, judging results, and the pass-count floor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventcode.errors import InputError, ModelNotFoundError
from eventcode.petrarch.unit_records import (
    load_unit_records,
    run_unit_records,
    summarise,
    unit_test_coder,
    validation_codebook,
)
from eventcode.records import Actor, Event

DATA = Path(__file__).resolve().parents[1] / "data" / "petrarch"
MINI = DATA / "mini.records.xml"
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "petrarch2"
RECORDS = REFERENCE / "PETR.UnitTest.records.xml"
FLOOR = Path(__file__).with_name("unit_records_floor.txt")


class FakeCoder:
    """Answers from a table instead of parsing."""

    def __init__(self, answers: dict[str, list[tuple]]) -> None:
        self.answers = answers

    def code(self, text: str, *, date=None, doc_id=None) -> list[Event]:
        return [Event(code=c, source=Actor(s) if s else None, target=Actor(t) if t else None)
                for s, c, t in self.answers.get(doc_id, [])]


def test_unit_records_read_expected_triples_and_environment() -> None:
    records, files = load_unit_records(MINI)
    assert [f.name for f in files] == ["mini.verbs.txt", "mini.actors.txt", "mini.agents.txt",
                                       "mini.discards.txt"]
    first, police, discard = records
    assert first.text == "Gondor shelled Osgiliath on Monday." and first.date == dt.date(2005, 6, 1)
    assert first.expected == {("GON", "194", "OSG")}
    assert police.expected == {("COP", "190", None)}  # "---COP" / "---": no country, no target
    assert discard.expected == frozenset()


def test_unit_records_pass_only_on_exactly_the_expected_events() -> None:
    coder = FakeCoder({"MINI-01": [("GON", "194", "OSG"), ("GON", "010", None)],
                       "MINI-02": [("COP", "190", None)]})
    results = {r.record.id: r for r in run_unit_records(MINI, coder=coder)}
    assert not results["MINI-01"].passed and results["MINI-01"].extra == {("GON", "010", None)}
    assert results["MINI-02"].passed and results["MINI-03"].passed
    assert summarise(list(results.values())).startswith("passed 2 of 3 records")


def test_unit_records_codebook_accepts_validation_codes() -> None:
    records, _ = load_unit_records(MINI)
    verbs = DATA / "mini.verbs.txt"
    codebook = validation_codebook(verbs, records)
    assert codebook.is_valid("999") and codebook.is_valid("194")
    assert codebook.info("999").quad_class == 0


def test_unit_records_bad_file() -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_unit_records(DATA / "mini.verbs.txt")


def _fast_coder_or_skip(files, records):
    coder = unit_test_coder(files, records)
    try:
        coder.code("Gondor shelled Osgiliath.")
    except ModelNotFoundError as exc:
        pytest.skip(f"fast engine models missing: {exc}")
    return coder


@pytest.mark.skipif(not RECORDS.is_file(), reason="../shared/reference/petrarch2 not present")
def test_unit_records_pass_count_does_not_fall_below_the_floor() -> None:
    records, files = load_unit_records(RECORDS)
    assert len(records) == 284
    results = run_unit_records(RECORDS, coder=_fast_coder_or_skip(files, records))
    passed = sum(r.passed for r in results)
    floor = int(FLOOR.read_text(encoding="utf-8").split()[0])
    assert passed >= floor, summarise(results)
