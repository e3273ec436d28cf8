"""Helpers shared by the schema writers: missing values, stable ids, typed frames, mentions."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

__all__ = ["event_id", "frame", "mentions", "missing", "optional_columns", "text"]

ID_FIELDS = ("doc_id", "sentence_id", "source_code", "event_code", "target_code", "trigger_start")


def missing(value: Any) -> bool:
    """None, NaN, NA or an empty string."""
    if value is None or (isinstance(value, str) and not value):
        return True
    return not isinstance(value, str) and bool(pd.isna(value))


def text(value: Any) -> str | None:
    """``value`` as a string, None when missing."""
    return None if missing(value) else str(value)


def event_id(row: dict[str, Any]) -> int:
    """A stable positive 63-bit id of one event row (same row, same id, in any process)."""
    key = "\x1f".join("" if missing(row.get(k)) else str(row[k]) for k in ID_FIELDS)
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & 0x7FFF_FFFF_FFFF_FFFF


def mentions(row: dict[str, Any]) -> tuple[int, int]:
    """(mentions, distinct documents) of a row; 1, 1 unless deduplication merged mentions."""
    count = row.get("mentions")
    ids = row.get("mention_ids")
    if missing(count) or missing(ids):
        return 1, 1
    docs = {m.rsplit(":", 1)[0] for m in str(ids).split(";")}
    return int(count), len(docs)


def frame(rows: Iterable[dict[str, Any]], spec: Sequence[tuple[str, str]]) -> pd.DataFrame:
    """A DataFrame with ``spec``'s columns and dtypes ("str" columns hold Python strings)."""
    columns = [name for name, _ in spec]
    df = pd.DataFrame(list(rows), columns=columns)
    for name, dtype in spec:
        col = df[name]
        df[name] = col.astype(object).where(col.notna(), None) if dtype == "str" else col.astype(dtype)
    return df


def optional_columns(df: pd.DataFrame) -> list[tuple[str, str]]:
    """The deduplication columns, when ``df`` has them, to carry into any schema."""
    return [(c, t) for c, t in (("mentions", "Int64"), ("mention_ids", "str")) if c in df.columns]
