"""Actors the text implies but does not name.

- A protest that names no one is aimed at the government of the protesters' country; a
  curfew, state of emergency or ban at its people (``implied_target``).
- A bare domestic role acting on one state's institutions is of that state (``domestic``).
- An attack that names no perpetrator is an unidentified armed group's of the country where
  it happened (``unidentified_attacker``), as ACLED codes it.
"""

from __future__ import annotations

import attrs

from eventcode.records import Actor, Location

__all__ = ["IMPLIED_TARGETS", "domestic", "implied_target", "people_where", "unidentified_attacker"]

IMPLIED_TARGETS = {"14": "GOV", "172": "CVL", "132": "CVL"}
"""Whom an act that names no one is aimed at, by code prefix (see ``implied_target``)."""
DOMESTIC_ACTORS = frozenset({"REB", "OPP", "JUD", "LEG", "GOV", "PTY", "LAB", "EDU", "CVL"})
STATE_ROLES = frozenset({"GOV", "LEG", "JUD"})


def domestic(source: Actor, targets: list[Actor]) -> Actor:
    """ "Rebels demanded that Burundi's government ...", "A judge opened investigations against
    Chilean officials": a bare domestic role acting on a state's institutions is of that state."""
    if source.country or source.match != "agent" or not DOMESTIC_ACTORS.issuperset(source.roles):
        return source
    countries = {t.country for t in targets if t.country and STATE_ROLES.intersection(t.roles)}
    if len(countries) != 1 or len({t.country for t in targets}) != 1:
        return source
    (country,) = countries
    return attrs.evolve(source, code=country + source.code, country=country, match="composed")


def implied_target(code: str, sources: list[Actor]) -> list[Actor]:
    """ "Tens of thousands of Indonesian students staged demonstrations": a protest that names
    no one is aimed at the government of the protesters' country (IDNEDU 141 IDNGOV); a curfew,
    state of emergency or ban (172x, threatened: 132x) that names no one, at its people
    (TURGOV 1723 TURCVL)."""
    role = next((r for prefix, r in IMPLIED_TARGETS.items() if code.startswith(prefix)), None)
    countries = {s.country for s in sources if s.country and role not in s.roles}
    if role is None or len(countries) != 1:
        return []
    (country,) = countries
    return [_implied(country, role, f"{role} of {country}")]


def people_where(target: Actor | None, where: Location | None) -> Actor | None:
    """An implied target that is a people ("threatened to ban voting in East Jerusalem") is the
    people of the place where the act happens."""
    if target is None or target.match != "implied" or target.roles != ("CVL",) \
            or where is None or not where.country or where.country == target.country:
        return target
    return _implied(where.country, "CVL", f"CVL of {where.country}")


def unidentified_attacker(country: str) -> Actor:
    """An attack the text names no perpetrator of: an unidentified armed group of the country
    where it happened (ACLED's "Unidentified Armed Group (Iraq)"), marked ``implied``."""
    return _implied(country, "UAF", f"unidentified armed group of {country}")


def _implied(country: str, role: str, name: str) -> Actor:
    return Actor(code=country + role, name=name, country=country, roles=(role,), match="implied", score=50.0)
