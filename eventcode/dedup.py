"""Opt-in deduplication of coded events, in one go or streaming chunk by chunk.

- ``story``: one event per (date, source, code, target, location) per document, as PETRARCH's
  story filter does. Stateless: each chunk must hold whole documents (the CLI's chunks do).
- ``daily``: one event per (date, source, code, target, location) per day across documents, as
  Phoenix's one-a-day filter does. The first mention's row is kept; it is written once no
  later mention can arrive: at the end (exact), or, with ``window_days``, once the newest date
  seen is more than that many days past the event's date (later mentions of a closed day
  are then dropped and counted in ``late``; only an 8-byte hash per closed key is kept).

The kept row gets ``mentions`` (how many rows it stands for) and ``mention_ids``
(``doc_id:sentence_id`` of each, ``;``-separated, in input order).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pandas as pd

from eventcode.errors import InputError
from eventcode.export import events_to_frame

__all__ = ["DEDUP_MODES", "Deduplicator", "dedup"]

DEDUP_MODES = ("none", "story", "daily")
KEY_COLUMNS = ("date", "source_code", "event_code", "target_code", "geonameid", "location_name")

Key = tuple[Any, ...]


def dedup(df: pd.DataFrame, mode: str) -> pd.DataFrame:
    """``code_corpus`` output with duplicates merged (``mode``: one of ``DEDUP_MODES``)."""
    d = Deduplicator(mode)
    out = pd.concat([d.feed(df), d.flush()], ignore_index=True)
    out.attrs = dict(df.attrs)
    return out


class Deduplicator:
    """Feed event frames (whole documents per chunk), write what comes back, then ``flush()``.

    >>> d = Deduplicator("daily")                        # doctest: +SKIP
    >>> for chunk in chunks: write(d.feed(chunk))        # doctest: +SKIP
    >>> write(d.flush())                                 # doctest: +SKIP
    """

    def __init__(self, mode: str, *, window_days: int | None = None) -> None:
        if mode not in DEDUP_MODES:
            raise InputError(f"unknown dedup mode '{mode}'; choose one of {', '.join(DEDUP_MODES)}")
        self.mode = mode
        self.window_days = window_days
        self.late = 0
        self._mentions: dict[Key, list[str]] = {}  # open daily keys -> mention ids
        self._pending: list[tuple[pd.DataFrame, list[Key]]] = []  # first rows, their keys
        self._closed: set[int] = set()
        self._newest: str | None = None
        self._columns = _with_mentions(events_to_frame([]).iloc[:0])

    @property
    def open_events(self) -> int:
        """Daily events held in memory until their day closes."""
        return len(self._mentions)

    def feed(self, df: pd.DataFrame) -> pd.DataFrame:
        """Rows ready to write for this chunk (story: the chunk deduplicated)."""
        if self.mode == "none":
            return df
        self._columns = _with_mentions(df.iloc[:0])
        if self.mode == "story":
            return _story(df)
        self._hold(df)
        return self._close_days()

    def flush(self) -> pd.DataFrame:
        """Whatever is still held (daily), with its mentions complete."""
        if self.mode == "none":
            return self._columns.drop(columns=["mentions", "mention_ids"])
        rows = [self._finish(frame, keys) for frame, keys in self._pending]
        self._pending, self._mentions = [], {}
        return _concat(rows, self._columns)

    def _hold(self, df: pd.DataFrame) -> None:
        keep, keys = [], []
        for pos, (key, mention) in enumerate(zip(_keys(df, per_document=False), _mention_ids(df))):
            if key in self._mentions:
                self._mentions[key].append(mention)
            elif _hash(key) in self._closed:
                self.late += 1
            else:
                self._mentions[key] = [mention]
                keep.append(pos)
                keys.append(key)
        if keep:
            self._pending.append((df.iloc[keep], keys))
        dates = [k[0] for k in keys if k[0]]
        if dates:
            self._newest = max([*dates, self._newest or ""])

    def _close_days(self) -> pd.DataFrame:
        if self.window_days is None or self._newest is None:
            return self._columns
        horizon = (dt.date.fromisoformat(self._newest) - dt.timedelta(days=self.window_days)).isoformat()
        out, still = [], []
        for frame, keys in self._pending:
            done = [bool(k[0]) and k[0] < horizon for k in keys]
            if any(done):
                out.append(self._finish(frame[done], [k for k, d in zip(keys, done) if d]))
                self._closed.update(_hash(k) for k, d in zip(keys, done) if d)
            if not all(done):
                still.append((frame[[not d for d in done]], [k for k, d in zip(keys, done) if not d]))
        self._pending = still
        return _concat(out, self._columns)

    def _finish(self, frame: pd.DataFrame, keys: list[Key]) -> pd.DataFrame:
        ids = [self._mentions.pop(k) for k in keys]
        return _add_mentions(frame, ids)


def _story(df: pd.DataFrame) -> pd.DataFrame:
    slots: dict[Key, int] = {}
    positions: list[int] = []
    ids: list[list[str]] = []
    for pos, (key, mention) in enumerate(zip(_keys(df, per_document=True), _mention_ids(df))):
        slot = slots.get(key)
        if slot is None:
            slots[key] = len(ids)
            positions.append(pos)
            ids.append([mention])
        else:
            ids[slot].append(mention)
    return _add_mentions(df.iloc[positions], ids)


def _keys(df: pd.DataFrame, *, per_document: bool) -> list[Key]:
    cols = [df[c].tolist() for c in KEY_COLUMNS]
    if per_document:
        cols.insert(0, df["doc_id"].tolist())
    return [tuple(None if _na(v) else v for v in values) for values in zip(*cols)]


def _na(value: Any) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _mention_ids(df: pd.DataFrame) -> list[str]:
    return [f"{d}:{s}" for d, s in zip(df["doc_id"].tolist(), df["sentence_id"].tolist())]


def _hash(key: Key) -> int:
    return int.from_bytes(hashlib.blake2b(repr(key).encode(), digest_size=8).digest(), "big")


def _add_mentions(frame: pd.DataFrame, ids: list[list[str]]) -> pd.DataFrame:
    out = frame.reset_index(drop=True)
    out["mentions"] = pd.array([len(i) for i in ids], dtype="Int64")
    out["mention_ids"] = pd.Series([";".join(i) for i in ids], dtype="object")
    return out


def _with_mentions(empty: pd.DataFrame) -> pd.DataFrame:
    return _add_mentions(empty.drop(columns=["mentions", "mention_ids"], errors="ignore"), [])


def _concat(frames: list[pd.DataFrame], empty: pd.DataFrame) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty
