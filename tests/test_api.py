"""The public API end to end with the default engine and dictionaries."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import eventcode


def _triples(events) -> set[tuple]:
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in events}


def test_api_code_returns_events_with_provenance() -> None:
    events = eventcode.code("Turkish troops shelled Syrian army positions.", date="2020-02-03", doc_id="a")
    assert events, "expected an event"
    e = events[0]
    assert e.source.code.startswith("TUR") and "MIL" in e.source.code
    assert e.root == "19" and e.pattern_id and e.trigger == "shelled"
    assert e.date == dt.date(2020, 2, 3) and e.doc_id == "a"


def test_api_code_rejects_non_text() -> None:
    with pytest.raises(eventcode.InputError):
        eventcode.code(42)  # type: ignore[arg-type]


def test_api_code_rejects_bad_date() -> None:
    with pytest.raises(eventcode.InputError, match="ISO"):
        eventcode.code("Turkey attacked Syria.", date="yesterday-ish")


def test_api_code_corpus_columns_and_string_codes() -> None:
    docs = pd.DataFrame({"id": ["d1", "d2"], "date": ["2020-03-05", "2020-03-05"],
                         "text": ["Turkish troops shelled Syrian army positions.", "Nothing happened here."]})
    df = eventcode.code_corpus(docs)
    assert list(df.columns[: len(eventcode.COLUMNS)]) == list(eventcode.COLUMNS)
    assert set(df["doc_id"]) == {"d1"}
    assert all(isinstance(c, str) for c in df["event_code"])
    assert df.attrs["errors"] == []


def test_api_code_corpus_records_bad_documents() -> None:
    docs = pd.DataFrame({"id": [1, 2, 3], "text": ["Turkey attacked Syria.", None, "   "], "date": [None] * 3})
    df = eventcode.code_corpus(docs)
    assert {e["doc_id"] for e in df.attrs["errors"]} == {"2", "3"}


def test_api_code_corpus_missing_text_column_fails_before_work() -> None:
    with pytest.raises(eventcode.InputError, match="text_col"):
        eventcode.code_corpus(pd.DataFrame({"id": [1], "body": ["x"]}))


def test_api_dated_roles_follow_the_document_date() -> None:
    text = "Cavusoglu condemned the attack on the convoy by Syrian forces."
    then = eventcode.code(text, date="2020-02-10")
    later = eventcode.code(text, date="2025-06-01")
    assert any(e.source and e.source.code.startswith("TURGOV") for e in then)
    assert not any(e.source and e.source.code.startswith("TURGOV") for e in later)
