"""Frozen records of the actor dictionaries: entries with dated roles, and agents."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, NewType

import attrs

__all__ = ["ACTOR_KINDS", "ActorEntry", "AgentEntry", "Code", "Role", "check_code", "split_code"]

ACTOR_KINDS = ("country", "person", "organisation", "group", "metonym")
_CODE = re.compile(r"(?:[A-Z]{3})+")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")
Code = NewType("Code", str)  # a CAMEO-style code; the loader checks it where it is read


def split_code(code: str) -> tuple[str, ...]:
    """``"SYRGOVMIL"`` -> ``("SYR", "GOV", "MIL")``."""
    return tuple(code[i:i + 3] for i in range(0, len(code), 3))


def check_code(value: str) -> str:
    """``value`` if it is 3-letter uppercase blocks, else ValueError."""
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise ValueError(f"{value!r} is not a code of 3-letter uppercase blocks (SYRGOV)")
    return value


def _code(_: Any, attribute: attrs.Attribute, value: str) -> None:
    try:
        check_code(value)
    except ValueError as exc:
        raise ValueError(f"{attribute.name} {exc}") from None


def _ident(_: Any, attribute: attrs.Attribute, value: str) -> None:
    if not _ID.fullmatch(value):
        raise ValueError(f"{attribute.name} {value!r} must be letters, digits, '.', '_', ':' or '-'")


def _words(_: Any, attribute: attrs.Attribute, value: tuple[str, ...]) -> None:
    for word in value:
        if not word.strip():
            raise ValueError(f"{attribute.name} holds an empty string")


def _nonempty(_: Any, attribute: attrs.Attribute, value: str) -> None:
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be empty")


@attrs.frozen(slots=True)
class Role:
    """A code held between two dates (inclusive; ``None`` = open-ended)."""

    code: Code = attrs.field(validator=_code)
    from_: _dt.date | None = None
    to: _dt.date | None = None

    def __attrs_post_init__(self) -> None:
        if self.from_ and self.to and self.from_ > self.to:
            raise ValueError(f"role {self.code}: 'from' {self.from_} is after 'to' {self.to}")

    def holds_on(self, date: _dt.date) -> bool:
        """True when ``date`` lies inside this role."""
        return (self.from_ is None or self.from_ <= date) and (self.to is None or date <= self.to)


def _latest_first(role: Role) -> _dt.date:
    return role.from_ or _dt.date.min


@attrs.frozen(slots=True)
class ActorEntry:
    """A named actor: country, person, organisation, group or metonym."""

    id: str = attrs.field(validator=_ident)
    name: str = attrs.field(validator=_nonempty)
    code: Code = attrs.field(validator=_code)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_words)
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = attrs.field(default=(), validator=_words)
    metonyms: tuple[str, ...] = attrs.field(default=(), validator=_words)
    comment: str | None = None
    kind: str = ""
    source: str = ""

    def code_on(self, date: _dt.date | None) -> str:
        """The code on ``date``: the latest-starting role that holds then, else ``code``.

        With ``date=None`` the latest-starting role counts, whether or not it has ended.
        """
        if not self.roles:
            return self.code
        if date is None:
            return max(self.roles, key=_latest_first).code
        holding = [r for r in self.roles if r.holds_on(date)]
        return max(holding, key=_latest_first).code if holding else self.code

    def active_on(self, date: _dt.date | None) -> bool:
        """True when some dated role holds on ``date`` (``None``: when it has roles)."""
        if date is None:
            return bool(self.roles)
        return any(r.holds_on(date) for r in self.roles)


@attrs.frozen(slots=True)
class AgentEntry:
    """A generic noun ("police", "troops") standing for role blocks (COP, MIL)."""

    id: str = attrs.field(validator=_ident)
    role: Code = attrs.field(validator=_code)
    words: tuple[str, ...] = attrs.field(validator=_words)
    comment: str | None = None
    source: str = ""
