"""Place facts the schemas need beyond our columns: country names and codes, admin1 codes,
feature kinds (from the shipped gazetteer, by GeoNames id)."""

from __future__ import annotations

from typing import Any

import attrs

from eventcode.schemas.rows import missing as _missing
from eventcode.schemas.tables import countries

__all__ = ["PlaceFacts", "country_name", "fips", "place_facts"]


@attrs.frozen(slots=True)
class PlaceFacts:
    """``feature``: country | admin1 | place | landmark; ``admin1_code``: GeoNames' admin1 code."""

    feature: str
    admin1_code: str = ""


def _gazetteer() -> Any:
    from eventcode.places import PlaceResolver  # loaded on first use, once per process

    return PlaceResolver.default().gazetteer


def fips(iso3: str | None) -> str:
    """The FIPS 10-4 code of an ISO3 country ("" when unknown)."""
    found = countries().get(iso3 or "")
    return found.fips if found else ""


def country_name(iso3: str | None) -> str | None:
    """The gazetteer's English name of an ISO3 country."""
    if not iso3:
        return None
    entry = _gazetteer().country(iso3)
    return entry.name if entry else None


def place_facts(geonameid: Any, *, precision: Any = None, name: Any = None,
                admin1: Any = None) -> PlaceFacts | None:
    """Facts of a located event: from the gazetteer when the GeoNames id is known, else
    guessed from our columns (precision 3 and no admin1 -> country; name = admin1 -> admin1)."""
    if _missing(name):
        return None
    if not _missing(geonameid):
        entry = _gazetteer().by_geonameid(int(geonameid))
        if entry is not None:
            return PlaceFacts(entry.feature, entry.admin1 if entry.feature != "country" else "")
    if not _missing(precision) and int(precision) == 3:
        return PlaceFacts("country" if _missing(admin1) else "admin1")
    return PlaceFacts("place")


