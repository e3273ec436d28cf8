"""Appeals, demands and threats made specific by the act they embed."""

from __future__ import annotations

import pytest

from eventcode.codebook import default_codebook
from eventcode.coding.embedding import APPEAL, asked_for_code


@pytest.mark.parametrize("governor, act, expected", [
    ("020", "084", "0253"),   # urged X to release prisoners
    ("100", "084", "1053"),   # demanded that X release prisoners
    ("020", "0871", "0256"),  # called on X to declare a ceasefire
    ("025", "0871", "0256"),  # a general yield appeal refined
    ("020", "046", "026"),    # urged X to resume talks
    ("100", "0831", "1041"),  # demanded that the leader step down
    ("130", "195", "1384"),   # threatened to bomb
    ("023", "084", None),     # an aid appeal is not re-read as another appeal
    ("020", "190", None),     # no appeal code for an attack
    ("0253", "084", None),    # already that specific
    ("1244", "0811", "1241"), # refused to lift X: the object of the act decides the sibling
    ("120", "0871", "1246"),  # refused to declare a ceasefire
    ("111", "084", None),     # criticism is not refined
])
def test_asked_for_code(governor: str, act: str, expected: str | None) -> None:
    assert asked_for_code(governor, act) == expected


def test_every_mapped_code_exists_for_appeals_and_demands() -> None:
    codebook = default_codebook()
    for appeal in APPEAL.values():
        assert codebook.is_valid(appeal), appeal
        assert codebook.is_valid("10" + appeal[2:]), "10" + appeal[2:]
