"""Shared fixtures: the shipped resolver, loaded once for the whole test session."""

from __future__ import annotations

import pytest

from eventcode.places import PlaceResolver


@pytest.fixture(scope="session")
def resolver() -> PlaceResolver:
    return PlaceResolver.default()
