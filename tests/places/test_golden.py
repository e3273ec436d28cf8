"""The golden table: news spellings resolve to the right country, within 10 km."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

GOLDEN = Path(__file__).with_name("golden_places.csv")
TOLERANCE_KM = 10.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def golden_rows() -> list[dict[str, str]]:
    with GOLDEN.open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def test_golden_table_is_complete():
    assert len(golden_rows()) >= 20


@pytest.mark.parametrize("row", golden_rows(), ids=lambda r: r["name"])
def test_golden_place(resolver, row):
    location = resolver.lookup(row["name"])
    assert location is not None, row["name"]
    assert location.country == row["country"]
    distance = haversine_km(location.latitude, location.longitude,
                            float(row["latitude"]), float(row["longitude"]))
    assert distance <= TOLERANCE_KM, f"{row['name']}: {distance:.1f} km from the reference"
    assert location.feature == "place" and location.precision == 1
