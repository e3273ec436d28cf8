"""Golden phrases (tests/actors/golden_actors.csv) resolved with the shipped dictionaries.

``expected``: a code, ``!CODE`` (anything but that code, or nothing), or ``-`` (no actor).
Rows whose ``needs`` entry is not in the dictionaries (people files still growing) are skipped.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from eventcode.actors import ActorDictionary, ActorResolver

ROWS = list(csv.DictReader((Path(__file__).parent / "golden_actors.csv").open(encoding="utf-8")))


def _check(expected: str, code: str | None) -> bool:
    if expected == "-":
        return code is None
    if expected.startswith("!"):
        return code != expected[1:]
    return code == expected


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['phrase']}@{r['date'] or 'undated'}" for r in ROWS])
def test_golden_phrase_resolves_to_expected_code(row: dict, actor_resolver: ActorResolver,
                                                 actor_dictionary: ActorDictionary) -> None:
    if row["needs"] and row["needs"] not in actor_dictionary:
        pytest.skip(f"entry {row['needs']!r} is not in the dictionaries yet")
    date = dt.date.fromisoformat(row["date"]) if row["date"] else None
    actor = actor_resolver.resolve(row["phrase"].split(), date=date)
    code = actor.code if actor else None
    assert _check(row["expected"], code), f"{row['phrase']!r} on {date}: got {actor}"


def test_golden_table_has_enough_rows() -> None:
    assert len(ROWS) >= 80
