"""Our events as ACLED rows: event and sub-event types from ``data/cameo_acled.csv``, inter codes
from the actors' role blocks (``data/roles.csv``). Events with no ACLED type are left out."""

from __future__ import annotations

from typing import Any

import pandas as pd

from eventcode.schemas.actors import acled_inter, actor_parts
from eventcode.schemas.geo import country_name
from eventcode.schemas.rows import event_id, frame, missing, optional_columns, text
from eventcode.schemas.tables import CodeRule, code_table, countries

__all__ = ["ACLED_COLUMNS", "to_acled"]

SPEC = [
    ("event_id_cnty", "str"), ("event_date", "str"), ("year", "Int64"), ("time_precision", "Int64"),
    ("disorder_type", "str"), ("event_type", "str"), ("sub_event_type", "str"), ("actor1", "str"),
    ("assoc_actor_1", "str"), ("inter1", "Int64"), ("actor2", "str"), ("assoc_actor_2", "str"),
    ("inter2", "Int64"), ("interaction", "Int64"), ("civilian_targeting", "str"), ("iso", "Int64"),
    ("region", "str"), ("country", "str"), ("admin1", "str"), ("admin2", "str"), ("admin3", "str"),
    ("location", "str"), ("latitude", "float64"), ("longitude", "float64"), ("geo_precision", "Int64"),
    ("source", "str"), ("source_scale", "str"), ("notes", "str"), ("fatalities", "Int64"),
    ("tags", "str"), ("timestamp", "Int64"),
]
EXTRA = [("iso3", "str"), ("cameo_code", "str"), ("source_code", "str"), ("target_code", "str"),
         ("doc_id", "str"), ("sentence_id", "Int64")]
ACLED_COLUMNS = tuple(name for name, _ in SPEC)
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
CROWD = {5: "Rioters", 6: "Protesters"}
VIOLENT_ROOTS = ("18", "19", "20")


def to_acled(df: pd.DataFrame) -> pd.DataFrame:
    """``code_corpus`` output -> ACLED columns (``ACLED_COLUMNS``, then our extras)."""
    rows = (acled_row(r) for r in df.to_dict("records"))
    return frame((r for r in rows if r is not None), SPEC + EXTRA + optional_columns(df))


def acled_row(row: dict[str, Any]) -> dict[str, Any] | None:
    """One ACLED row, or None when the CAMEO code has no ACLED event type."""
    code, place = text(row["event_code"]) or "", text(row["location_country"])
    source = actor_parts(text(row["source_code"]), text(row["source_country"]))
    target = actor_parts(text(row["target_code"]), text(row["target_country"]))
    inter1 = acled_inter(source, place_country=place)
    inter2 = acled_inter(target, place_country=place, violent_target=code[:2] in VIOLENT_ROOTS)
    rule = code_table("cameo_acled.csv").lookup(code, inter1, inter2)
    if rule is None or rule.values["event_type"] == "-":
        return None
    inter1 = int(rule.values["actor1_inter"] or inter1)
    return {**_ids(row, place), **_types(rule, inter2), **_actors(row, inter1, inter2, place),
            **_place(row, place), "source": text(row["doc_id"]), "notes": text(row["sentence"]),
            "cameo_code": code, "source_code": text(row["source_code"]),
            "target_code": text(row["target_code"]), "doc_id": text(row["doc_id"]),
            "sentence_id": row["sentence_id"],
            **{k: row[k] for k in ("mentions", "mention_ids") if k in row}}


def _ids(row: dict[str, Any], iso3: str | None) -> dict[str, Any]:
    date = text(row["date"])
    prefix = iso3 or text(row["source_country"]) or text(row["target_country"]) or "XXX"
    return {"event_id_cnty": f"{prefix}{event_id(row) % 10**12}", "event_date": date,
            "year": int(date[:4]) if date else None,
            "time_precision": TIME_PRECISION.get(text(row["date_precision"]) or "day", 1)}


def _types(rule: CodeRule, inter2: int) -> dict[str, Any]:
    disorder = rule.values["disorder_type"]
    targeting = inter2 == 7 and "Political violence" in disorder
    return {"disorder_type": disorder, "event_type": rule.values["event_type"],
            "sub_event_type": rule.values["sub_event_type"] or None,
            "civilian_targeting": "Civilian targeting" if targeting else None}


def _actors(row: dict[str, Any], inter1: int, inter2: int, place: str | None) -> dict[str, Any]:
    actor1, assoc1 = text(row["source_name"]), None
    if inter1 in CROWD:  # ACLED names crowds generically and keeps who they are as associates
        where = country_name(text(row["source_country"]) or place)
        actor1, assoc1 = f"{CROWD[inter1]} ({where})" if where else CROWD[inter1], actor1
    low, high = sorted((inter1, inter2))
    return {"actor1": actor1, "assoc_actor_1": assoc1, "inter1": inter1,
            "actor2": text(row["target_name"]), "inter2": inter2,
            "interaction": high * 10 if low == 0 else low * 10 + high}


def _place(row: dict[str, Any], iso3: str | None) -> dict[str, Any]:
    found = countries().get(iso3 or "")
    return {"iso": int(found.numeric) if found and found.numeric else None, "iso3": iso3,
            "country": country_name(iso3), "admin1": text(row["location_admin1"]),
            "location": text(row["location_name"]), "latitude": row["latitude"],
            "longitude": row["longitude"],
            "geo_precision": None if missing(row["geo_precision"]) else row["geo_precision"]}
