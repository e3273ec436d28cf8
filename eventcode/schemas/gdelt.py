"""Our events as GDELT 2.0 event-table rows (BigQuery column names, in GDELT's order).

Actor country codes are CAMEO (ISO3-like), as in GDELT; geography country codes are FIPS 10-4,
as in GDELT, with our ISO3 kept in ``ActionGeo_CountryISO3``. See docs/schemas.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from eventcode.schemas.actors import actor_parts
from eventcode.schemas.geo import country_name, fips, place_facts
from eventcode.schemas.rows import (
    event_id,
    frame,
    mentions,
    missing,
    optional_columns,
    text,
)

__all__ = ["GDELT_COLUMNS", "to_gdelt"]


def _actor_spec(n: int) -> list[tuple[str, str]]:
    names = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
    return [(f"Actor{n}{name}", "str") for name in names]


def _geo_spec(prefix: str) -> list[tuple[str, str]]:
    return [(f"{prefix}_Type", "Int64"), (f"{prefix}_FullName", "str"), (f"{prefix}_CountryCode", "str"),
            (f"{prefix}_ADM1Code", "str"), (f"{prefix}_ADM2Code", "str"), (f"{prefix}_Lat", "float64"),
            (f"{prefix}_Long", "float64"), (f"{prefix}_FeatureID", "str")]


SPEC = (
    [("GLOBALEVENTID", "int64"), ("SQLDATE", "Int64"), ("MonthYear", "Int64"), ("Year", "Int64"),
     ("FractionDate", "float64")] + _actor_spec(1) + _actor_spec(2)
    + [("IsRootEvent", "Int64"), ("EventCode", "str"), ("EventBaseCode", "str"), ("EventRootCode", "str"),
       ("QuadClass", "Int64"), ("GoldsteinScale", "float64"), ("NumMentions", "Int64"),
       ("NumSources", "Int64"), ("NumArticles", "Int64"), ("AvgTone", "float64")]
    + _geo_spec("Actor1Geo") + _geo_spec("Actor2Geo") + _geo_spec("ActionGeo")
    + [("DATEADDED", "Int64"), ("SOURCEURL", "str")]
)
EXTRA = [("ActionGeo_CountryISO3", "str"), ("SentenceID", "Int64"), ("Sentence", "str")]
GDELT_COLUMNS = tuple(name for name, _ in SPEC)
GEO_TYPES = {"country": 1, "admin1": 5, "place": 4, "landmark": 4}  # US: admin1 2, places 3


def to_gdelt(df: pd.DataFrame) -> pd.DataFrame:
    """``code_corpus`` output -> GDELT columns (``GDELT_COLUMNS``, then our extras)."""
    extra = optional_columns(df)
    return frame((gdelt_row(r) for r in df.to_dict("records")), SPEC + EXTRA + extra)


def gdelt_row(row: dict[str, Any]) -> dict[str, Any]:
    """One GDELT row from one of ours; fields we cannot know stay empty."""
    code = text(row["event_code"])
    count, docs = mentions(row)
    out = {"GLOBALEVENTID": event_id(row), **_dates(text(row["date"])),
           **_actor(1, row["source_code"], row["source_name"], row["source_country"]),
           **_actor(2, row["target_code"], row["target_name"], row["target_country"]),
           "IsRootEvent": _is_root(row["sentence_id"]), "EventCode": code,
           "EventBaseCode": code[:3] if code else None, "EventRootCode": code[:2] if code else None,
           "QuadClass": row["quad_class"], "GoldsteinScale": row["goldstein"],
           "NumMentions": count, "NumArticles": docs, **_action_geo(row),
           "SOURCEURL": text(row["doc_id"]), "SentenceID": row["sentence_id"],
           "Sentence": text(row["sentence"])}
    out.update({k: row[k] for k in ("mentions", "mention_ids") if k in row})
    return out


def _is_root(sentence_id: Any) -> int:
    """1 for the document's first sentence (our stand-in for GDELT's lead paragraph)."""
    return int(not missing(sentence_id) and int(sentence_id) == 0)


def _dates(iso: str | None) -> dict[str, Any]:
    if iso is None:
        return {}
    day = dt.date.fromisoformat(iso)
    fraction = day.year + round((day.timetuple().tm_yday - 1) / 365, 4)
    return {"SQLDATE": int(day.strftime("%Y%m%d")), "MonthYear": day.year * 100 + day.month,
            "Year": day.year, "FractionDate": fraction}


def _actor(n: int, code: Any, name: Any, country: Any) -> dict[str, Any]:
    parts = actor_parts(text(code), text(country))
    if parts is None:
        return {}
    out = {f"Actor{n}Code": parts.code, f"Actor{n}Name": (text(name) or "").upper() or None,
           f"Actor{n}CountryCode": parts.country, f"Actor{n}KnownGroupCode": parts.group}
    for i, rel in enumerate(parts.religions[:2], 1):
        out[f"Actor{n}Religion{i}Code"] = rel
    for i, role in enumerate(parts.types[:3], 1):
        out[f"Actor{n}Type{i}Code"] = role
    return out


def _action_geo(row: dict[str, Any]) -> dict[str, Any]:
    facts = place_facts(row["geonameid"], precision=row["geo_precision"], name=row["location_name"],
                        admin1=row["location_admin1"])
    if facts is None:
        return {"ActionGeo_Type": 0}
    iso3 = text(row["location_country"])
    code = fips(iso3)
    kind = GEO_TYPES[facts.feature]
    if iso3 == "USA" and kind != 1:
        kind = 2 if kind == 5 else 3
    return {"ActionGeo_Type": kind, "ActionGeo_FullName": _full_name(row, facts.feature, iso3),
            "ActionGeo_CountryCode": code or None,
            "ActionGeo_ADM1Code": (code + facts.admin1_code) or None,
            "ActionGeo_Lat": row["latitude"], "ActionGeo_Long": row["longitude"],
            "ActionGeo_FeatureID": None if missing(row["geonameid"]) else str(row["geonameid"]),
            "ActionGeo_CountryISO3": iso3}


def _full_name(row: dict[str, Any], feature: str, iso3: str | None) -> str:
    """"Place, Admin1, Country" as GDELT writes it ("Idlib, Idlib, Syria")."""
    parts = [text(row["location_name"])]
    if feature in ("place", "landmark"):
        parts.append(text(row["location_admin1"]))
    if feature != "country":
        parts.append(country_name(iso3))
    return ", ".join(p for p in parts if p)
