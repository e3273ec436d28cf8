"""A governor's event gives way to the embedded intent that refines it (default engine)."""

from __future__ import annotations

import pytest

import eventcode


@pytest.fixture(scope="module")
def coder() -> eventcode.Coder:
    return eventcode.Coder()


def _triples(coder: eventcode.Coder, text: str) -> set[tuple]:
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in coder.code(text, date="2020-01-01")}


def test_the_embedded_intent_replaces_the_vaguer_governor(coder: eventcode.Coder) -> None:
    assert _triples(coder, "Iran offered to release the British sailors.") == {("IRN", "0353", "GBRMIL")}


def test_a_governor_code_the_embedded_one_does_not_refine_stays(coder: eventcode.Coder) -> None:
    codes = {code for _, code, _ in _triples(coder, "India and China pledged to settle their border dispute peacefully.")}
    assert "037" in codes
