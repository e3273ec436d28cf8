"""``Codebook.unidentified_attackers``: an attack with no named perpetrator is given an
unidentified armed group of the country where it happened, or, turned off, no source."""

from __future__ import annotations

import attrs
import pytest

import eventcode
from eventcode.api import default_dictionaries

TEXT = "A roadside bomb near the town of Baiji killed two soldiers on Sunday."


@pytest.mark.parametrize(("on", "source"), [(True, "IRQUAF"), (False, None)])
def test_unnamed_attacker_follows_the_codebook(on: bool, source: str | None) -> None:
    base = default_dictionaries()
    dictionaries = attrs.evolve(base, codebook=attrs.evolve(base.codebook, unidentified_attackers=on))
    (event,) = eventcode.Coder(dictionaries=dictionaries).code(TEXT, date="2006-05-01")
    assert (event.source.code if event.source else None, event.code[:2]) == (source, "18")
    if on:
        assert event.source.match == "implied"


def test_a_named_attacker_is_kept() -> None:
    (event,) = eventcode.Coder().code("Insurgents killed two soldiers near Baiji on Sunday.", date="2006-05-01")
    assert event.source.code == "IRQREB"
