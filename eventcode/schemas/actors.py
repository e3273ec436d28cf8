"""Actor codes taken apart into the blocks other schemas name separately."""

from __future__ import annotations

import attrs

from eventcode.schemas.tables import roles

__all__ = ["ActorParts", "acled_inter", "actor_parts"]


@attrs.frozen(slots=True)
class ActorParts:
    """``SYRGOVMIL`` -> country SYR, types (GOV, MIL); ``IGOUNO`` -> types (IGO,), group UNO."""

    code: str
    country: str | None = None
    types: tuple[str, ...] = ()
    religions: tuple[str, ...] = ()
    group: str | None = None


def actor_parts(code: str | None, country: str | None) -> ActorParts | None:
    """Blocks of ``code``: its country (given by the coder), role types, religions, and the
    first other block as a known group ("UNO", "HAM")."""
    if not code:
        return None
    known = roles()
    rest = code[3:] if country and code.startswith(country) else code
    blocks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    types = tuple(b for b in blocks if b in known and known[b].kind == "type")
    religions = tuple(b for b in blocks if b in known and known[b].kind == "religion")
    groups = [b for b in blocks if b not in known]
    return ActorParts(code, country or None, types, religions, groups[0] if groups else None)


def acled_inter(parts: ActorParts | None, *, place_country: str | None = None,
                violent_target: bool = False) -> int:
    """ACLED's inter code from the blocks (``roles.csv`` order); 0 for no actor.

    State forces (1) acting outside the event's country become external forces (8)."""
    if parts is None:
        return 0
    inter = _first_role_inter(parts, violent_target)
    if inter is None:
        inter = 1 if parts.country and not parts.group else 7
    if inter == 1 and parts.country and place_country and parts.country != place_country:
        return 8
    return inter


def _first_role_inter(parts: ActorParts, violent_target: bool) -> int | None:
    blocks = set(parts.types) | set(parts.religions)
    for role in roles().values():
        if role.code in blocks and role.acled_inter is not None:
            if violent_target and role.acled_inter_target is not None:
                return role.acled_inter_target
            return role.acled_inter
    return None
