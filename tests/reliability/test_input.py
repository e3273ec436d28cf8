"""Bad input: every kind of cell has a defined result, and wrong arguments fail before any work."""

from __future__ import annotations

import datetime as dt
import logging
import math

import numpy as np
import pandas as pd
import pytest

import eventcode
from eventcode.api import DocResult, Limits
from eventcode.errors import InputError
from tests.reliability.hostile import Unprintable

NEWS = "Israeli jets struck Hamas targets in Gaza. Police arrested protesters in Tehran."


def one(coder: eventcode.Coder, text, date=None, doc_id="d") -> DocResult:
    return next(coder.code_documents([(doc_id, text, date)]))


def triples(events) -> list[tuple]:
    return [(e.source.code if e.source else None, e.code, e.target.code if e.target else None,
             e.sentence_id) for e in events]


SKIPPED = [
    ("", "empty text"), (" \n\t\u00a0 ", "empty text"), ("\x00\x01\x7f", "empty text"),
    (None, "missing text"), (math.nan, "missing text"), (pd.NA, "missing text"), (pd.NaT, "missing text"),
    (42, "text is int, not a string"), (4.2, "text is float, not a string"),
    (["a list"], "text is list, not a string"), ({"text": "x"}, "text is dict, not a string"),
    (Unprintable(), "text is Unprintable, not a string"), (np.array(["x"]), "text is ndarray, not a string"),
]


@pytest.mark.parametrize("text,reason", SKIPPED, ids=[r + f"-{i}" for i, (_, r) in enumerate(SKIPPED)])
def test_unusable_cells_are_skipped_with_a_reason(null_coder, text, reason: str) -> None:
    result = one(null_coder, text)
    assert result.error == reason and result.events == () and result.doc_id == "d"


@pytest.mark.parametrize("text", [
    "Les troupes turques ont bombardé des positions kurdes.", "دمشق تعرضت لقصف عنيف", "北京宣布新措施",
    '"Israeli jets struck \'Hamas (targets « in Gaza', "!?.,;:-()" * 30, "\u200b\u202e\ufeff",
    "troops shelled positions and " * 300, "A. B! C? " * 200, "http://x.org/" + "a/" * 400,
])
def test_odd_text_is_coded_not_skipped(coder, text: str) -> None:
    result = one(coder, text)
    assert result.error is None


def test_bytes_are_decoded_as_utf8(coder) -> None:
    assert triples(one(coder, NEWS.encode()).events) == triples(one(coder, NEWS).events)
    bad = one(coder, b"\xff\xfe" + NEWS.encode())
    assert bad.error is None and any("invalid UTF-8" in w for w in bad.warnings)


def test_html_tags_and_entities_are_removed(coder) -> None:
    html = "<p class='lead'>Israeli jets struck Hamas targets in Gaza.</p><br/>&nbsp;<b>Police</b> " \
           "arrested protesters in Tehran.<!-- ad -->"
    result = one(coder, html)
    assert triples(result.events) == triples(one(coder, NEWS).events)
    assert not any("<" in e.sentence for e in result.events)
    assert result.warnings == ()


def test_html_can_be_kept(null_coder) -> None:
    from eventcode.textprep import prepare_text

    assert prepare_text("a <b>b</b> &amp;", Limits(), strip_html=False).text == "a <b>b</b> &amp;"
    assert prepare_text("AT&T said x < y and R&D;", Limits()).text == "AT&T said x < y and R&D;"


def test_control_characters_and_surrogates_keep_offsets(coder) -> None:
    dirty = NEWS.replace("jets", "jets\x00").replace("Gaza.", "Gaza.\ud800")
    result = one(coder, dirty)
    assert result.error is None and "control characters" in result.warnings[0]
    for e in result.events:
        e.sentence.encode("utf-8")  # writable: no surrogates left
        assert dirty[e.trigger_start:e.trigger_end] == e.trigger  # offsets index the text as given


@pytest.mark.parametrize("date", ["2020-13-45", "yesterday", 12345, "0001-01-01", "9999-12-31", b"2020",
                                  np.array([1, 2]), Unprintable(), "9" * 500])
def test_invalid_dates_code_without_a_date_and_warn(coder, date) -> None:
    result = one(coder, "Yesterday " + NEWS, date)
    assert result.error is None and result.events
    assert all(e.date is None for e in result.events)
    assert len(result.warnings) == 1 and "coded without a date" in result.warnings[0]
    assert len(result.warnings[0]) < 200


@pytest.mark.parametrize("date", [None, math.nan, pd.NA, pd.NaT, "", "  "])
def test_missing_dates_are_not_warnings(null_coder, date) -> None:
    assert one(null_coder, NEWS, date).warnings == ()


@pytest.mark.parametrize("date", ["2020-02-10", "2020-02-10T23:59:00Z", dt.date(2020, 2, 10),
                                  dt.datetime(2020, 2, 10, 8), pd.Timestamp("2020-02-10"),
                                  np.datetime64("2020-02-10")])
def test_good_dates_in_many_types(coder, date) -> None:
    result = one(coder, "Yesterday " + NEWS, date)
    assert result.warnings == () and result.events
    assert {e.date for e in result.events} <= {dt.date(2020, 2, 9), dt.date(2020, 2, 10)}


def test_code_rejects_bad_arguments_but_cleans_text(coder, caplog) -> None:
    with pytest.raises(InputError, match="ISO date"):
        coder.code(NEWS, date="0001-01-01")
    with pytest.raises(InputError, match="must be a str"):
        coder.code(b"bytes")  # type: ignore[arg-type]
    assert coder.code("   ") == []
    small = eventcode.Coder(engine=coder.engine, dictionaries=coder.dictionaries, places=False,
                            max_doc_chars=20)
    with caplog.at_level(logging.WARNING, logger="eventcode.api"):
        small.code(NEWS, doc_id="long")
    assert "document long: text cut from" in caplog.text


def test_missing_and_repeated_ids(null_coder) -> None:
    docs = pd.DataFrame({"id": ["a", None, "a", 3.0, math.nan, ""], "text": [NEWS] * 6})
    results = list(eventcode.iter_corpus(docs, coder=null_coder))
    assert [r.doc_id for r in results] == ["a", "#1", "a", "3", "#4", "#5"]
    assert results[0].warnings == () and "used by an earlier document" in results[2].warnings[0]
    assert "has no id" in results[1].warnings[0]


def test_renamed_documents_rename_their_events(coder) -> None:
    results = list(eventcode.iter_corpus([{"id": None, "text": NEWS}], coder=coder))
    assert results[0].doc_id == "#0" and results[0].events
    assert {e.doc_id for e in results[0].events} == {"#0"}


def test_unusual_ids_become_strings(null_coder) -> None:
    ids = [np.int64(7), 8.0, b"bytes-id", "id\ud800x", Unprintable(), ("a", 1)]
    results = list(eventcode.iter_corpus([{"id": i, "text": NEWS} for i in ids], coder=null_coder))
    assert [r.doc_id for r in results] == ["7", "8", "bytes-id", "id\ufffdx", "#4", "('a', 1)"]


BAD_CALLS = [
    ({"docs": "one text"}, "use code"), ({"docs": b"bytes"}, "not bytes"), ({"docs": None}, "not NoneType"),
    ({"docs": 5}, "not int"), ({"docs": {"text": ["a"]}}, "not dict"),
    ({"n_jobs": "x"}, "n_jobs"), ({"n_jobs": 1.5}, "n_jobs"), ({"n_jobs": True}, "n_jobs"),
    ({"chunksize": 0}, "chunksize"), ({"chunksize": "64"}, "chunksize"), ({"coder": "fast"}, "coder"),
    ({"docs": pd.DataFrame({"id": [1], "body": ["x"]})}, "text_col"),
    ({"docs": pd.DataFrame({"text": ["x"]}), "id_col": "doc"}, "no 'doc' column"),
    ({"docs": pd.DataFrame({"text": ["x"]}), "date_col": "published"}, "no 'published' column"),
    ({"docs": pd.DataFrame([["a", "b"]], columns=["text", "text"])}, "names 2 columns"),
]


@pytest.mark.parametrize("kwargs,needle", BAD_CALLS, ids=[n for _, n in BAD_CALLS])
def test_wrong_arguments_fail_at_once(null_coder, kwargs: dict, needle: str) -> None:
    args = {"docs": [NEWS], "coder": null_coder, **kwargs}
    docs = args.pop("docs")
    with pytest.raises(InputError, match=needle):
        eventcode.iter_corpus(docs, **args)  # no iteration: the call itself raises
    with pytest.raises(InputError, match=needle):
        eventcode.code_corpus(docs, **args)


@pytest.mark.parametrize("kwargs", [{"limits": "x"}, {"max_doc_chars": 0}, {"dictionaries": "dir"},
                                    {"engine": "nope"}, {"engine": object()}])
def test_wrong_coder_options_fail_at_once(kwargs: dict) -> None:
    with pytest.raises(InputError):
        eventcode.Coder(**kwargs)


@pytest.mark.parametrize("field", ["max_doc_chars", "max_doc_tokens", "max_run_chars", "max_sentence_tokens"])
@pytest.mark.parametrize("value", [0, -1, 1.5, "10", True])
def test_limits_must_be_positive_whole_numbers(field: str, value) -> None:
    with pytest.raises(InputError, match=field):
        Limits(**{field: value})


def test_code_corpus_accounts_for_every_document(null_coder) -> None:
    docs = pd.DataFrame({"id": ["a", "b", "c", "b"], "text": [NEWS, None, 5, NEWS],
                         "date": ["2020-01-01", "2020-99-01", None, None]})
    df = eventcode.code_corpus(docs, coder=null_coder)
    counts = df.attrs["counts"]
    assert counts["documents"] == 4 and counts["coded"] + counts["no_event"] + counts["skipped"] == 4
    assert counts["reasons"] == {"missing text": 1, "text is int, not a string": 1}
    assert df.attrs["errors"] == [{"doc_id": "b", "error": "missing text"},
                                  {"doc_id": "c", "error": "text is int, not a string"}]
    assert {w["doc_id"] for w in df.attrs["warnings"]} == {"b"}
    assert len(df.attrs["warnings"]) == 2  # the bad date, then the repeated id


def test_series_index_gives_ids(null_coder) -> None:
    results = list(eventcode.iter_corpus(pd.Series([NEWS, None], index=["x", "y"]), coder=null_coder))
    assert [(r.doc_id, r.error) for r in results] == [("x", None), ("y", "missing text")]


@pytest.mark.parametrize("column", [
    pd.Series([NEWS, None], dtype="string"), pd.Series([NEWS, NEWS], dtype="category"),
    pd.Series([1, 2], dtype="Int64"), pd.Series([NEWS, np.nan], dtype=object),
    pd.Series([pd.Timestamp("2020-01-01"), pd.NaT]),
])
def test_odd_dtypes_in_text_column(null_coder, column: pd.Series) -> None:
    docs = pd.DataFrame({"text": column, "date": pd.Series(["2020-01-01", None], dtype="string")})
    results = list(eventcode.iter_corpus(docs, coder=null_coder))
    assert len(results) == 2 and all(r.error is None or r.error for r in results)


def test_empty_inputs(null_coder) -> None:
    assert list(eventcode.iter_corpus([], coder=null_coder)) == []
    df = eventcode.code_corpus(pd.DataFrame({"text": []}), coder=null_coder)
    assert len(df) == 0 and df.attrs["counts"]["documents"] == 0
