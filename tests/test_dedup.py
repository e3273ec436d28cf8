"""Story and daily deduplication, whole-frame and streaming."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from eventcode.dedup import DEDUP_MODES, Deduplicator, dedup
from eventcode.errors import InputError
from eventcode.export import COLUMNS, events_to_frame
from eventcode.records import Actor, Event, Location

TUR, SYR = Actor("TURMIL", "Turkish troops", "TUR"), Actor("SYRMIL", "Syrian army", "SYR")
IDLIB = Location("Idlib", "SYR", "Idlib", 35.9, 36.6, 169389, "place", 1)


def ev(doc: str, sent: int, day: int, code: str = "194", loc: Location | None = None,
       target: Actor | None = SYR) -> Event:
    return Event(code, TUR, target, 4, -9.0, "s", doc, sent, dt.date(2020, 2, day), location=loc)


EVENTS = [ev("a", 0, 1), ev("a", 2, 1), ev("a", 3, 1, "190"), ev("a", 4, 1, loc=IDLIB), ev("b", 0, 1),
          ev("b", 1, 2), ev("c", 0, 2), ev("d", 0, 5), ev("e", 0, 1), ev("e", 1, 1, target=None)]


def ids(df: pd.DataFrame) -> list[tuple[str, int, str]]:
    return list(zip(df["doc_id"], df["sentence_id"], df["mention_ids"]))


def test_dedup_none_is_identity() -> None:
    df = events_to_frame(EVENTS)
    pd.testing.assert_frame_equal(dedup(df, "none"), df)


def test_dedup_story_merges_within_documents_only() -> None:
    out = dedup(events_to_frame(EVENTS), "story")
    assert list(out.columns[: len(COLUMNS)]) == list(COLUMNS)
    assert ids(out)[0] == ("a", 0, "a:0;a:2") and out["mentions"].tolist()[0] == 2
    assert len(out) == len(EVENTS) - 1  # place and code and target keep their own events


def test_dedup_daily_merges_across_documents_per_day() -> None:
    out = dedup(events_to_frame(EVENTS), "daily")
    assert ids(out)[0] == ("a", 0, "a:0;a:2;b:0;e:0") and out["mentions"].tolist()[0] == 4
    assert ("b", 1, "b:1;c:0") in ids(out)
    assert out["mentions"].sum() == len(EVENTS)


@pytest.mark.parametrize("mode", ["story", "daily"])
def test_dedup_streaming_equals_whole_frame(mode: str) -> None:
    df = events_to_frame(EVENTS)
    d = Deduplicator(mode)
    chunks = [df.iloc[:4], df.iloc[4:6], df.iloc[6:8], df.iloc[8:]]  # whole documents per chunk
    streamed = pd.concat([d.feed(c) for c in chunks] + [d.flush()], ignore_index=True)
    pd.testing.assert_frame_equal(streamed, dedup(df, mode))


def test_dedup_daily_window_writes_closed_days_early_and_counts_late_mentions() -> None:
    df = events_to_frame(EVENTS)
    d = Deduplicator("daily", window_days=1)
    early = d.feed(df.iloc[:8])  # up to d (day 5): days 1 and 2 close
    assert set(early["date"]) == {"2020-02-01", "2020-02-02"} and d.open_events == 1
    late = d.feed(df.iloc[8:9])  # e:0 repeats a day-1 event that was already written
    assert len(late) == 0 and d.late == 1
    assert d.flush()["doc_id"].tolist() == ["d"]


def test_dedup_empty_and_bad_mode() -> None:
    assert len(dedup(events_to_frame([]), "daily")) == 0
    with pytest.raises(InputError, match="story"):
        Deduplicator("weekly")
    assert DEDUP_MODES == ("none", "story", "daily")
