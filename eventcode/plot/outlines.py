"""Country outlines shipped with eventcode (Natural Earth 1:110m, public domain)."""

from __future__ import annotations

import functools
import gzip
import json
from pathlib import Path

import numpy as np

from eventcode.errors import DictionaryError
from eventcode.resources import dictionaries_dir

__all__ = ["outlines_path", "world_rings"]


def outlines_path() -> Path:
    """``dictionaries/geo/countries_110m.geojson.gz`` (see its ATTRIBUTION.md)."""
    return dictionaries_dir() / "geo" / "countries_110m.geojson.gz"


@functools.lru_cache(maxsize=1)
def world_rings() -> tuple[np.ndarray, ...]:
    """Every ring (outer and hole) of every country as an (n, 2) lon/lat array, loaded once."""
    path = outlines_path()
    try:
        doc = json.loads(gzip.decompress(path.read_bytes()))
        polygons = [p for f in doc["features"] for p in _polygons(f["geometry"])]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DictionaryError(f"unreadable country outlines: {exc}", source=str(path)) from exc
    return tuple(np.asarray(ring, dtype=float) for polygon in polygons for ring in polygon)


def _polygons(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise ValueError(f"geometry type {geometry['type']!r} is not a polygon")
