"""Events -> rows and DataFrames in our schema (design.md's columns, in that order)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from eventcode.records import Actor, Event

__all__ = ["COLUMNS", "EXTRA_COLUMNS", "event_row", "events_to_frame"]

COLUMNS = (
    "doc_id", "sentence_id", "date", "source_code", "source_name", "source_country",
    "event_code", "event_root", "quad_class", "goldstein", "target_code", "target_name",
    "target_country", "location_name", "location_country", "location_admin1", "latitude",
    "longitude", "geonameid", "trigger", "pattern_id", "sentence",
)
EXTRA_COLUMNS = (
    "geo_precision", "date_precision", "confidence", "modality", "trigger_start", "trigger_end",
    "source_entry", "source_match", "source_text", "target_entry", "target_match", "target_text",
)
_STRING_COLS = ("doc_id", "date", "source_code", "source_name", "source_country", "event_code",
                "event_root", "target_code", "target_name", "target_country", "location_name",
                "location_country", "location_admin1", "trigger", "pattern_id", "sentence",
                "date_precision", "modality", "source_entry", "source_match", "source_text",
                "target_entry", "target_match", "target_text")


def event_row(e: Event) -> dict[str, Any]:
    """One flat row of ``COLUMNS`` + ``EXTRA_COLUMNS`` for an event."""
    loc = e.location
    row = {"doc_id": e.doc_id, "sentence_id": e.sentence_id,
           "date": e.date.isoformat() if e.date else None,
           **_actor("source", e.source), "event_code": e.code, "event_root": e.root,
           "quad_class": e.quad_class, "goldstein": e.goldstein, **_actor("target", e.target),
           "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
           "location_admin1": loc.admin1 if loc else None, "latitude": loc.latitude if loc else None,
           "longitude": loc.longitude if loc else None, "geonameid": loc.geonameid if loc else None,
           "trigger": e.trigger, "pattern_id": e.pattern_id, "sentence": e.sentence,
           "geo_precision": loc.precision if loc else None, "date_precision": e.date_precision,
           "confidence": e.confidence, "modality": e.modality, "trigger_start": e.trigger_start,
           "trigger_end": e.trigger_end}
    row.update(_provenance("source", e.source))
    row.update(_provenance("target", e.target))
    return row


def _actor(prefix: str, a: Actor | None) -> dict[str, Any]:
    return {f"{prefix}_code": a.code if a else None, f"{prefix}_name": a.name if a else None,
            f"{prefix}_country": a.country if a else None}


def _provenance(prefix: str, a: Actor | None) -> dict[str, Any]:
    return {f"{prefix}_entry": a.entry_id if a else None, f"{prefix}_match": a.match if a else None,
            f"{prefix}_text": a.matched_text if a else None}


def events_to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """A DataFrame with ``COLUMNS`` then ``EXTRA_COLUMNS``; codes stay strings."""
    rows = [event_row(e) for e in events]
    df = pd.DataFrame(rows, columns=list(COLUMNS + EXTRA_COLUMNS))
    for col in _STRING_COLS:  # object dtype with None for missing (pandas 3 would make NaN)
        values = df[col].astype("object")
        df[col] = values.where(values.notna(), None)
    for col in ("sentence_id", "quad_class", "geonameid", "geo_precision", "trigger_start", "trigger_end"):
        df[col] = df[col].astype("Int64")
    for col in ("goldstein", "latitude", "longitude", "confidence"):
        df[col] = df[col].astype("float64")
    return df
