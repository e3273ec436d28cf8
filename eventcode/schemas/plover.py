"""Our events as PLOVER records: event type and mode from ``data/cameo_plover.csv``; the
sources and targets of one event (same sentence, code, trigger, place) become actor and
recipient lists, ``;``-separated. Events with no PLOVER type (CAMEO 01) are left out."""

from __future__ import annotations

from typing import Any

import pandas as pd

from eventcode.schemas.actors import actor_parts
from eventcode.schemas.rows import event_id, frame, missing, optional_columns, text
from eventcode.schemas.tables import code_table, roles

__all__ = ["PLOVER_COLUMNS", "to_plover"]

SEP = ";"


def _party_spec(prefix: str) -> list[tuple[str, str]]:
    return [(prefix, "str"), (f"{prefix}_code", "str"), (f"{prefix}_country", "str"),
            (f"{prefix}_sector", "str")]


SPEC = ([("event_id", "int64"), ("event_date", "str"), ("event_type", "str"), ("event_mode", "str"),
         ("event_context", "str"), ("quad_code", "Int64"), ("goldstein", "float64")]
        + _party_spec("actor") + _party_spec("recipient")
        + [("placename", "str"), ("province", "str"), ("country", "str"), ("latitude", "float64"),
           ("longitude", "float64"), ("geonames_id", "Int64"), ("geo_precision", "Int64"),
           ("source", "str"), ("sentence_id", "Int64"), ("text", "str"), ("cameo_code", "str")])
PLOVER_COLUMNS = tuple(name for name, _ in SPEC)
PARTY_FIELDS = ("", "_code", "_country", "_sector")


def to_plover(df: pd.DataFrame) -> pd.DataFrame:
    """``code_corpus`` output -> PLOVER columns (``PLOVER_COLUMNS``), one row per event."""
    groups: dict[tuple, dict[str, Any]] = {}
    for row in df.to_dict("records"):
        rule = code_table("cameo_plover.csv").lookup(text(row["event_code"]) or "")
        if rule is None:
            continue
        key = tuple(text(row[k]) for k in ("doc_id", "sentence_id", "event_code", "trigger_start",
                                             "geonameid", "location_name", "date"))
        if key in groups:
            _merge(groups[key], row)
        else:
            groups[key] = plover_row(row, rule.values["event_type"], rule.values["mode"])
    return frame((_joined(r) for r in groups.values()), SPEC + optional_columns(df))


def plover_row(row: dict[str, Any], event_type: str, mode: str) -> dict[str, Any]:
    """One PLOVER record (actor fields as lists until joined)."""
    return {"event_id": event_id(row), "event_date": text(row["date"]), "event_type": event_type,
            "event_mode": mode or None, "quad_code": row["quad_class"], "goldstein": row["goldstein"],
            **_party("actor", row, "source"), **_party("recipient", row, "target"),
            "placename": text(row["location_name"]), "province": text(row["location_admin1"]),
            "country": text(row["location_country"]), "latitude": row["latitude"],
            "longitude": row["longitude"], "geonames_id": row["geonameid"],
            "geo_precision": row["geo_precision"], "source": text(row["doc_id"]),
            "sentence_id": row["sentence_id"], "text": text(row["sentence"]),
            "cameo_code": text(row["event_code"]),
            **{k: row[k] for k in ("mentions", "mention_ids") if k in row}}


def _party(prefix: str, row: dict[str, Any], ours: str) -> dict[str, list[str]]:
    code, country = text(row[f"{ours}_code"]), text(row[f"{ours}_country"])
    parts = actor_parts(code, country)
    if parts is None:
        return {prefix + f: [] for f in PARTY_FIELDS}
    sector = "/".join(roles()[t].name for t in parts.types) or ("State" if country else "")
    return {prefix: [text(row[f"{ours}_name"]) or code], f"{prefix}_code": [code],
            f"{prefix}_country": [country or ""], f"{prefix}_sector": [sector]}


def _merge(into: dict[str, Any], row: dict[str, Any]) -> None:
    """Add the row's source and target to the actor and recipient lists (each once)."""
    for prefix, ours in (("actor", "source"), ("recipient", "target")):
        found = _party(prefix, row, ours)
        if found[prefix] and found[f"{prefix}_code"][0] not in into[f"{prefix}_code"]:
            for field in PARTY_FIELDS:
                into[prefix + field] += found[prefix + field]
    if "mentions" in into and not missing(row.get("mentions")):  # the same mentions, mostly
        into["mentions"] = max(into["mentions"], row["mentions"])
        ids = into["mention_ids"].split(SEP) + str(row["mention_ids"]).split(SEP)
        into["mention_ids"] = SEP.join(dict.fromkeys(ids))


def _joined(record: dict[str, Any]) -> dict[str, Any]:
    for prefix in ("actor", "recipient"):
        for field in PARTY_FIELDS:
            values = record[prefix + field]
            record[prefix + field] = SEP.join(values) if values else None
    return record
