"""PETRARCH dated codes: ``[CODE]``, ``[CODE <yymmdd]``, ``[CODE >yymmdd]``, ``[CODE d1-d2]``."""

from __future__ import annotations

import datetime as dt
import re

import attrs

__all__ = ["DatedCode", "read_dated_code"]

_CODE = re.compile(r"(?:[A-Z]{3})+")
_BLOCK = re.compile(r"[A-Z]{3}")


@attrs.frozen(slots=True)
class DatedCode:
    """A code with optional limits (inclusive), or the ``reason`` it cannot be used."""

    code: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    dated: bool = False
    reason: str = ""
    note: str = ""


def read_dated_code(text: str) -> DatedCode:
    """``"AFGGOV 331108-730717"`` -> code AFGGOV from 1933-11-08 to 1973-07-17."""
    code, _, limits = text.strip().partition(" ")
    limits = limits.replace(" ", "")
    note = ""
    if code and code != code.upper():
        code, note = code.upper(), f"code '{code}' upper-cased"
    if code == "---":
        return DatedCode(None, dated=bool(limits), reason="null code '---'")
    if not _CODE.fullmatch(code):
        kept = _leading_blocks(code)
        if not kept:
            return DatedCode(None, dated=bool(limits),
                             reason=f"code '{code}' is not made of 3-letter blocks (SYRGOV)")
        code, note = kept, f"code '{code}' cut to its leading 3-letter blocks '{kept}'"
    if not limits:
        return DatedCode(code, note=note)
    return _with_limits(code, limits, note)


def _leading_blocks(code: str) -> str:
    """``"NGOHINDEN211DEV"`` -> ``"NGOHINDEN"``: whole 3-letter blocks from the start."""
    n = 0
    while n + 3 <= len(code) and _BLOCK.fullmatch(code[n:n + 3]):
        n += 3
    return code[:n]


def _with_limits(code: str, limits: str, note: str) -> DatedCode:
    if limits[0] in "<>":
        day = _date(limits[1:])
        if day is None:
            return DatedCode(None, dated=True, reason=f"bad date '{limits[1:]}' (YYMMDD or YYYYMMDD)")
        start, end = (None, day) if limits[0] == "<" else (day, None)
        return DatedCode(code, start, end, dated=True, note=note)
    first, sep, last = limits.partition("-")
    start, end = _date(first), _date(last)
    if not sep or start is None or end is None:
        return DatedCode(None, dated=True, reason=f"bad date range '{limits}' (d1-d2, <d or >d)")
    if start > end:
        return DatedCode(None, dated=True, reason=f"date range '{limits}' ends before it starts")
    return DatedCode(code, start, end, dated=True, note=note)


def _date(text: str) -> dt.date | None:
    """YYMMDD (00-30 -> 20YY, else 19YY) or YYYYMMDD; None when not a calendar date."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), text[2:]
    else:
        year, rest = int(text[:4]), text[4:]
    month, day = int(rest[:2]), int(rest[2:])
    if not (1 <= month <= 12 and 1 <= day <= 31) or year < 1:
        return None
    return _valid(year, month, day)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if day > 28:
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        if day > (nxt - dt.timedelta(days=1)).day:
            return None
    return dt.date(year, month, day)
