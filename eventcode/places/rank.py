"""Choosing among gazetteer entries that share a name.

Order of the rules: what the sentence says the place lies in (hard: never another country);
what the cue asks for ("province" -> admin1); countries before everything else; a city before
the admin1 division it names ("Idlib"); then a score: log10 population, +2 when the name is
the entry's own (not an alternate), +5 more when the supplement gives it ("White House" is
also an alternate name of Casablanca), +1.5 in a context country, +1.5 in an admin1 named
nearby.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import attrs

from eventcode.places.gazetteer import Entry, Gazetteer

__all__ = ["Context", "best", "score"]

OWN_NAME = 2.0
CURATED = 5.0
CONTEXT_COUNTRY = 1.5
CONTEXT_ADMIN1 = 1.5
PLACE_OVER_ADMIN1 = 0.25
NAMESAKE_SHARE = 0.05


@attrs.frozen(slots=True)
class Context:
    """Soft context (``countries``, ``admin1s``: preferred) and hard containment
    (``country``, ``admin1``: the sentence says the name lies there)."""

    countries: frozenset[str] = frozenset()
    admin1s: frozenset[tuple[str, str]] = frozenset()
    country: str | None = None
    admin1: tuple[str, str] | None = None


def best(gazetteer: Gazetteer, key: str, candidates: Sequence[Entry],
         context: Context = Context(), kind: str = "") -> Entry | None:
    """The most likely entry for the name ``key`` among ``candidates``, or None."""
    pool = _narrow(candidates, context, kind)
    if not pool:
        return None
    country = _country_first(gazetteer, key, pool, context)
    if country is not None:
        return country
    if kind != "admin1":
        pool = _drop_namesake_admin1(pool)
    return max(pool, key=lambda e: (score(gazetteer, key, e, context), -e.row))


def score(gazetteer: Gazetteer, key: str, entry: Entry, context: Context) -> float:
    """Higher is likelier (see the module docstring)."""
    value = math.log10(entry.population + 1)
    value += OWN_NAME * gazetteer.is_primary(entry, key)
    value += CURATED * gazetteer.is_curated(entry, key)
    value += CONTEXT_COUNTRY * (entry.country in context.countries)
    value += CONTEXT_ADMIN1 * (entry.feature != "country" and entry.admin1_key in context.admin1s)
    return value + PLACE_OVER_ADMIN1 * (entry.feature in ("place", "landmark"))


def _narrow(candidates: Sequence[Entry], context: Context, kind: str) -> list[Entry]:
    """Hard containment first (admin1, falling back to country), then the feature asked."""
    pool = list(candidates)
    if context.admin1 is not None:
        inside = [e for e in pool if e.admin1_key == context.admin1]
        pool = inside or [e for e in pool if e.country == context.admin1[0]]
    if context.country is not None:
        pool = [e for e in pool if e.country == context.country]
    if kind:
        pool = [e for e in pool if e.feature == kind] or pool
    return pool


def _country_first(gazetteer: Gazetteer, key: str, pool: list[Entry],
                   context: Context) -> Entry | None:
    """The country of that name, unless an admin1 of that very name lies in a context
    country and the country does not ("Georgia" in a story about the United States)."""
    countries = [e for e in pool if e.feature == "country"]
    if not countries:
        return None
    country = max(countries, key=lambda e: e.population)
    if country.country in context.countries:
        return country
    rival = any(e.feature == "admin1" and e.country in context.countries
                and gazetteer.is_primary(e, key) for e in pool)
    return None if rival else country


def _drop_namesake_admin1(pool: list[Entry]) -> list[Entry]:
    """Drop admin1 divisions that share the name with a major city of theirs ("Aleppo")."""
    places = [e for e in pool if e.feature == "place"]

    def namesake(admin1: Entry) -> bool:
        return any(p.country == admin1.country
                   and p.population >= NAMESAKE_SHARE * admin1.population for p in places)

    return [e for e in pool if e.feature != "admin1" or not namesake(e)] or pool
