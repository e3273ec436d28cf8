"""Dated roles and codes of actor entries."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcode.actors import ActorEntry, Role
from eventcode.actors.entries import split_code

D = dt.date


def _entry(*roles: Role) -> ActorEntry:
    return ActorEntry(id="x", name="X", code="XYZELI", roles=roles, kind="person")


def test_entries_code_on_picks_the_role_holding_on_the_date() -> None:
    e = _entry(Role("XYZGOV", D(2000, 1, 1), D(2010, 1, 1)), Role("XYZOPP", D(2012, 1, 1), None))
    assert e.code_on(D(2005, 6, 1)) == "XYZGOV"
    assert e.code_on(D(2010, 1, 1)) == "XYZGOV"  # 'to' is inclusive
    assert e.code_on(D(2011, 1, 1)) == "XYZELI"  # between roles: the default code
    assert e.code_on(D(2020, 1, 1)) == "XYZOPP"  # open-ended role


def test_entries_code_on_without_date_takes_the_latest_role() -> None:
    e = _entry(Role("XYZOPP", D(2012, 1, 1), D(2013, 1, 1)), Role("XYZGOV", D(2000, 1, 1), None))
    assert e.code_on(None) == "XYZOPP"
    assert _entry().code_on(None) == "XYZELI"


def test_entries_overlapping_roles_latest_start_wins() -> None:
    e = _entry(Role("XYZMIL", D(2000, 1, 1), None), Role("XYZGOV", D(2019, 1, 1), D(2021, 1, 1)))
    assert e.code_on(D(2020, 1, 1)) == "XYZGOV"
    assert e.code_on(D(2022, 1, 1)) == "XYZMIL"


def test_entries_reject_inverted_dates_and_bad_codes() -> None:
    with pytest.raises(ValueError, match="after"):
        Role("XYZGOV", D(2010, 1, 1), D(2000, 1, 1))
    with pytest.raises(ValueError, match="3-letter"):
        ActorEntry(id="x", name="X", code="SYRgov")


def test_entries_split_code_in_blocks() -> None:
    assert split_code("SYRGOVMIL") == ("SYR", "GOV", "MIL")
