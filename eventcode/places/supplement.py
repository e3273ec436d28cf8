"""The hand-kept supplement (``dictionaries/places/supplement.yaml``): places GeoNames lists
without population or under other spellings, extra names for GeoNames entries, landmarks used
as place metonyms, and capitalised words that are never places ("May", "March")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import attrs
import cattrs

from eventcode.errors import DictionaryError
from eventcode.places.gazetteer import Entry, Gazetteer
from eventcode.places.normalize import name_key
from eventcode.yamlio import line_of, read_yaml, structure

__all__ = ["Supplement", "SupplementAlias", "SupplementPlace", "apply_supplement",
           "read_supplement"]


@attrs.frozen(slots=True)
class SupplementPlace:
    """A place, or a landmark that may take its coordinates from the place named ``at``
    (a gazetteer name in ``country``; ``at_geonameid`` picks one where several share it)."""

    name: str
    country: str = ""
    admin1: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int = 0
    population: int = 0
    feature: str = attrs.field(default="place", validator=attrs.validators.in_(("place", "landmark")))
    at: str | None = None
    at_geonameid: int | None = None
    aliases: tuple[str, ...] = ()


@attrs.frozen(slots=True)
class SupplementAlias:
    """Extra names for the gazetteer entry called ``name`` with GeoNames id ``geonameid``."""

    name: str
    geonameid: int
    names: tuple[str, ...]


@attrs.frozen(slots=True)
class Supplement:
    """The parsed file; ``source`` is its path (for error messages)."""

    places: tuple[SupplementPlace, ...] = ()
    aliases: tuple[SupplementAlias, ...] = ()
    not_places: tuple[str, ...] = ()
    source: Path | None = None


def read_supplement(path: Path) -> Supplement:
    """Parse and type-check ``path``; errors name the file and line."""
    data = read_yaml(path, label=str(path)) or {}
    converter = cattrs.Converter(forbid_extra_keys=True)
    if not isinstance(data, dict):
        raise DictionaryError("expected a mapping with places, aliases, not_places",
                              source=f"{path}:1")
    parsed = structure(converter, data, Supplement, path=path, label=str(path))
    return attrs.evolve(parsed, source=path)


def apply_supplement(gazetteer: Gazetteer, supplement: Supplement) -> frozenset[str]:
    """Add the supplement's names and entries to ``gazetteer``; returns the not-place keys."""
    for i, alias in enumerate(supplement.aliases):
        entry = _find(gazetteer, alias.name, lambda e, a=alias: e.geonameid == a.geonameid)
        if entry is None:
            _fail(supplement, f"$.aliases[{i}]", f"no entry {alias.name!r} with GeoNames id "
                                                 f"{alias.geonameid} in the gazetteer")
        gazetteer.alias(entry.row, _keys(alias.names))
    for i, place in enumerate(supplement.places):
        entry = _entry(gazetteer, place, supplement, f"$.places[{i}]")
        gazetteer.append(entry, _keys((place.name, *place.aliases)))
    return frozenset(name_key(word) for word in supplement.not_places)


def _keys(names: tuple[str, ...]) -> list[str]:
    return [k for k in dict.fromkeys(name_key(n) for n in names) if k]


def _find(gazetteer: Gazetteer, name: str, test: Callable[[Entry], bool]) -> Entry | None:
    return next((e for e in gazetteer.candidates(name_key(name)) if test(e)), None)


def _anchor(gazetteer: Gazetteer, place: SupplementPlace, sup: Supplement,
            where: str) -> Entry | None:
    """The place a landmark stands in (its ``at``), or None when it has none."""
    if place.at is None:
        return None
    found = _find(gazetteer, place.at, lambda e: e.feature == "place" and (
        e.geonameid == place.at_geonameid if place.at_geonameid else
        e.country == place.country or not place.country))
    if found is None:
        _fail(sup, f"{where}.at", f"no place {place.at!r} (country {place.country or 'any'})")
    return found


def _entry(gazetteer: Gazetteer, place: SupplementPlace, sup: Supplement, where: str) -> Entry:
    """The gazetteer entry for a supplement place, checked against the gazetteer."""
    anchor = _anchor(gazetteer, place, sup, where)
    if place.geonameid and any(_find(gazetteer, n, lambda e: e.geonameid == place.geonameid)
                               for n in (place.name, *place.aliases)):
        _fail(sup, f"{where}.geonameid", f"{place.geonameid} is already in the gazetteer; "
                                         "list extra names under aliases instead")
    lat, lon = _coordinates(place, anchor, sup, where)
    country = place.country or (anchor.country if anchor else "")
    if gazetteer.country(country) is None:
        _fail(sup, f"{where}.country", f"unknown ISO3 country {country!r}")
    admin1 = place.admin1 or (anchor.admin1 if anchor else "")
    if admin1 and gazetteer.admin1(country, admin1) is None:
        _fail(sup, f"{where}.admin1", f"no admin1 {admin1!r} in {country}")
    return Entry(0, place.feature, place.geonameid, place.name, country, admin1, lat, lon,
                 place.population)


def _coordinates(place: SupplementPlace, anchor: Entry | None, sup: Supplement,
                 where: str) -> tuple[float, float]:
    lat = place.latitude if place.latitude is not None else (anchor.latitude if anchor else None)
    lon = place.longitude if place.longitude is not None else (anchor.longitude if anchor else None)
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        _fail(sup, where, "needs latitude and longitude in range (or a landmark's 'at')")
    return lat, lon


def _fail(sup: Supplement, where: str, message: str) -> NoReturn:
    path = sup.source
    line = line_of(path, where) if path else None
    label = f"{path}:{line}" if line else str(path or "supplement")
    raise DictionaryError(f"{where}: {message}", source=label)
