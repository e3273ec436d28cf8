"""Shared fixtures: one default ``Coder`` for the session (dictionaries and models load once)."""

from __future__ import annotations

import pytest

import eventcode


@pytest.fixture(scope="session")
def coder() -> eventcode.Coder:
    return eventcode.Coder()


@pytest.fixture(scope="session")
def null_coder() -> eventcode.Coder:
    """A coder whose engine finds no sentences: for tests of the plumbing around the engine."""
    return eventcode.Coder(engine=NullEngine(), places=False)


class NullEngine:
    """Parses every text into no sentences and remembers nothing."""

    name = "null"

    def parse(self, text: str) -> list:
        return []

    def parse_many(self, texts):
        for _ in texts:
            yield []
