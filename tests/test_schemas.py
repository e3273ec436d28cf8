"""GDELT, ACLED and PLOVER output from hand-built events (no engine needed)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from eventcode.codebook import default_codebook
from eventcode.dedup import dedup
from eventcode.errors import InputError
from eventcode.export import events_to_frame
from eventcode.records import Actor, Event, Location
from eventcode.schemas import (
    ACLED_COLUMNS,
    GDELT_COLUMNS,
    PLOVER_COLUMNS,
    SCHEMAS,
    to_schema,
)
from eventcode.schemas.actors import acled_inter, actor_parts
from eventcode.schemas.tables import code_table, countries, roles

ROOT = Path(__file__).resolve().parents[1]
DAY = dt.date(2020, 2, 3)
IDLIB = Location("Idlib", "SYR", "Idlib", 35.93062, 36.63393, 169389, "place", 1)
HOUSTON = Location("Houston", "USA", "Texas", 29.76328, -95.36327, 4699066, "place", 1)
SYRIA = Location("Syria", "SYR", None, 34.82202, 36.69613, 163843, "country", 3)


def actor(code: str, name: str, country: str | None) -> Actor:
    return Actor(code=code, name=name, country=country)


TURMIL, SYRMIL = actor("TURMIL", "Turkish troops", "TUR"), actor("SYRMIL", "Syrian army", "SYR")
RUSMIL, SYRCVL = actor("RUSMIL", "Russian jets", "RUS"), actor("SYRCVL", "civilians", "SYR")
PROTESTERS, UN = actor("SYROPP", "protesters", "SYR"), actor("IGOUNO", "United Nations", None)


def event(code: str, source: Actor | None, target: Actor | None, *, doc: str = "d1", sent: int = 0,
          loc: Location | None = None, start: int = 10) -> Event:
    info = default_codebook().info(code)
    return Event(code, source, target, info.quad_class, info.goldstein, f"sentence {doc}:{sent}",
                 doc, sent, DAY, location=loc, trigger="x", trigger_start=start)


def frame(*events: Event) -> pd.DataFrame:
    return events_to_frame(events)


def test_schemas_to_schema_rejects_unknown_names() -> None:
    with pytest.raises(InputError, match="gdelt"):
        to_schema(frame(), "icews")


@pytest.mark.parametrize("name", SCHEMAS)
def test_schemas_empty_input_gives_empty_frame_with_columns(name: str) -> None:
    out = to_schema(frame(), name)
    assert len(out) == 0 and len(out.columns) > 10


def test_schemas_tables_load_and_cover_every_gazetteer_country() -> None:
    assert code_table("cameo_acled.csv").lookup("1823").values["event_type"] == "Violence against civilians"
    assert code_table("cameo_plover.csv").lookup("0871").values["mode"] == "ceasefire"
    assert countries()["DEU"].fips == "GM" and countries()["IRQ"].fips == "IZ"
    assert {"MIL", "GOV", "REB", "CVL"} <= set(roles())


@pytest.mark.parametrize(("code", "expected"), [("SYRGOVMIL", ("SYR", ("GOV", "MIL"), None)),
                                                ("IGOUNO", (None, ("IGO",), "UNO")),
                                                ("SYRSUNREB", ("SYR", ("REB",), None))])
def test_schemas_actor_parts(code: str, expected: tuple) -> None:
    country = code[:3] if code.startswith("SYR") else None
    parts = actor_parts(code, country)
    assert (parts.country, parts.types, parts.group) == expected


@pytest.mark.parametrize(("code", "country", "place", "target", "inter"), [
    ("SYRMIL", "SYR", "SYR", False, 1), ("TURMIL", "TUR", "SYR", False, 8), ("SYRREB", "SYR", "SYR", False, 2),
    ("SYRUAF", "SYR", "SYR", False, 3), ("SYRCVL", "SYR", "SYR", False, 7), ("SYRGOV", "SYR", "SYR", True, 7),
    ("SYRGOV", "SYR", "SYR", False, 1), ("IGOUNO", None, "SYR", False, 8), ("SYR", "SYR", None, False, 1)])
def test_schemas_acled_inter_rule(code: str, country: str | None, place: str | None, target: bool,
                                  inter: int) -> None:
    assert acled_inter(actor_parts(code, country), place_country=place, violent_target=target) == inter


def test_schemas_gdelt_columns_codes_and_geography() -> None:
    out = to_schema(frame(event("194", TURMIL, SYRMIL, loc=IDLIB), event("0871", UN, None, sent=1)), "gdelt")
    assert tuple(out.columns[: len(GDELT_COLUMNS)]) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    first, second = out.iloc[0], out.iloc[1]
    assert (first["SQLDATE"], first["MonthYear"], first["Year"]) == (20200203, 202002, 2020)
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == ("194", "194", "19")
    assert (second["EventCode"], second["EventBaseCode"], second["EventRootCode"]) == ("0871", "087", "08")
    assert (first["Actor1Code"], first["Actor1CountryCode"], first["Actor1Type1Code"]) == ("TURMIL", "TUR", "MIL")
    assert (second["Actor1KnownGroupCode"], second["Actor1Type1Code"]) == ("UNO", "IGO")
    assert (first["IsRootEvent"], second["IsRootEvent"]) == (1, 0)
    assert first["ActionGeo_CountryCode"] == "SY" and first["ActionGeo_ADM1Code"] == "SY12"
    assert first["ActionGeo_Type"] == 4 and first["ActionGeo_FullName"] == "Idlib, Idlib, Syria"
    assert first["ActionGeo_CountryISO3"] == "SYR" and first["ActionGeo_FeatureID"] == "169389"
    assert second["ActionGeo_Type"] == 0 and pd.isna(second["ActionGeo_CountryCode"])
    assert first["NumMentions"] == 1 and first["SOURCEURL"] == "d1"


def test_schemas_gdelt_us_places_and_countries() -> None:
    out = to_schema(frame(event("141", PROTESTERS, None, loc=HOUSTON), event("190", SYRMIL, None, loc=SYRIA)),
                    "gdelt")
    assert out["ActionGeo_Type"].tolist() == [3, 1]
    assert out["ActionGeo_ADM1Code"].tolist() == ["USTX", "SY"]


def test_schemas_gdelt_ids_are_stable_and_distinct() -> None:
    events = frame(event("194", TURMIL, SYRMIL), event("195", RUSMIL, SYRCVL))
    ids = to_schema(events, "gdelt")["GLOBALEVENTID"]
    assert ids.tolist() == to_schema(events, "gdelt")["GLOBALEVENTID"].tolist() and ids.is_unique
    assert (ids > 0).all()


def test_schemas_acled_types_actors_and_dropped_codes() -> None:
    out = to_schema(frame(event("194", TURMIL, SYRMIL, loc=IDLIB), event("195", RUSMIL, SYRCVL, sent=1),
                          event("193", SYRMIL, SYRCVL, sent=2), event("141", PROTESTERS, None, sent=3, loc=IDLIB),
                          event("173", SYRMIL, PROTESTERS, sent=4), event("010", TURMIL, None, sent=5)), "acled")
    assert tuple(out.columns[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert out["sub_event_type"].tolist() == ["Shelling/artillery/missile attack", "Air/drone strike", "Attack",
                                              "Peaceful protest", "Arrests"]
    assert out["event_type"].tolist()[2] == "Violence against civilians"
    assert out["inter1"].tolist() == [8, 1, 1, 6, 1] and out["inter2"].tolist() == [1, 7, 7, 0, 6]
    assert out["interaction"].tolist() == [18, 17, 17, 60, 16]
    protest = out.iloc[3]
    assert protest["actor1"] == "Protesters (Syria)" and protest["assoc_actor_1"] == "protesters"
    assert out.iloc[0]["country"] == "Syria" and out.iloc[0]["iso"] == 760 and out.iloc[0]["geo_precision"] == 1
    assert out.iloc[1]["civilian_targeting"] == "Civilian targeting"
    assert out.iloc[0]["notes"] == "sentence d1:0" and out.iloc[0]["time_precision"] == 1


def test_schemas_acled_repression_of_protesters_and_attacks_on_them() -> None:
    out = to_schema(frame(event("175", actor("SYRCOP", "police", "SYR"), PROTESTERS),
                          event("190", SYRMIL, PROTESTERS, sent=1)), "acled")
    assert out["sub_event_type"].tolist() == ["Excessive force against protesters", "Attack"]
    assert out["inter2"].tolist() == [6, 7] and out["civilian_targeting"].tolist() == [None, "Civilian targeting"]


def test_schemas_acled_territory_depends_on_who_takes_it() -> None:
    out = to_schema(frame(event("192", SYRMIL, None), event("192", actor("SYRREB", "rebels", "SYR"), None, sent=1)),
                    "acled")
    assert out["sub_event_type"].tolist() == ["Government regains territory", "Non-state actor overtakes territory"]


def test_schemas_plover_types_modes_and_actor_lists() -> None:
    out = to_schema(frame(event("195", RUSMIL, SYRCVL), event("195", SYRMIL, SYRCVL),
                          event("0871", TURMIL, None, sent=1), event("010", TURMIL, None, sent=2)), "plover")
    assert tuple(out.columns) == PLOVER_COLUMNS
    assert out["event_type"].tolist() == ["ASSAULT", "RETREAT"]
    assert out["event_mode"].tolist() == ["aerial", "ceasefire"]
    assert out.iloc[0]["actor_code"] == "RUSMIL;SYRMIL" and out.iloc[0]["recipient_code"] == "SYRCVL"
    assert out.iloc[0]["actor_sector"] == "Military;Military"


@pytest.mark.parametrize("name", ["gdelt", "acled", "plover"])
def test_schemas_carry_deduplicated_mentions(name: str) -> None:
    events = frame(event("194", TURMIL, SYRMIL, loc=IDLIB), event("194", TURMIL, SYRMIL, sent=3, loc=IDLIB))
    out = to_schema(dedup(events, "story"), name)
    assert len(out) == 1 and out["mentions"].tolist() == [2] and out["mention_ids"].tolist() == ["d1:0;d1:3"]
    if name == "gdelt":
        assert out["NumMentions"].tolist() == [2] and out["NumArticles"].tolist() == [1]


@pytest.mark.parametrize("name", ["gdelt", "acled", "plover"])
def test_schemas_write_to_parquet(tmp_path, name: str) -> None:
    pytest.importorskip("pyarrow")
    from eventcode.sinks import TableWriter

    with TableWriter(tmp_path / "out.parquet") as writer:
        writer.write(to_schema(frame(event("194", TURMIL, SYRMIL, loc=IDLIB)), name))
        writer.write(to_schema(frame(), name))
    back = pd.read_parquet(tmp_path / "out.parquet")
    assert len(back) == 1


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventcode", "code", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=600, check=False)


def test_schemas_cli_needs_an_output_file() -> None:
    out = _cli("examples/news.jsonl", "--schema", "gdelt")
    assert out.returncode == 2 and "-o" in out.stderr


def test_schemas_cli_writes_a_schema_after_deduplication(tmp_path) -> None:
    target = tmp_path / "events.csv"
    out = _cli("examples/news.jsonl", "-o", str(target), "--schema", "gdelt", "--dedup", "daily", "--jobs", "1")
    assert out.returncode == 0, out.stderr
    df = pd.read_csv(target, dtype=str)
    assert tuple(df.columns[: len(GDELT_COLUMNS)]) == GDELT_COLUMNS and len(df) > 0
    assert df["EventCode"].str.len().ge(2).all() and "mention_ids" in df.columns
    assert "after daily deduplication" in out.stderr
