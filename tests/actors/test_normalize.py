"""Token pieces: ASCII folding, punctuation, possessives, case demands."""

from __future__ import annotations

import pytest

from eventcode.actors.normalize import (ANY, CAPITALISED, UPPER, case_flags, flags_allow, split_phrase,
                                        split_token)


@pytest.mark.parametrize("token, folded, possessive", [
    ("al-Qaeda", ("al", "qaeda"), False),
    ("Çavuşoğlu", ("cavusoglu",), False),
    ("U.S.", ("u", "s"), False),
    ("Assad's", ("assad",), True),
    ("Russia\u2019s", ("russia",), True),
    ("'s", (), True),
    ("rebels'", ("rebels",), True),
    ("Hay'at", ("hayat",), False),
    ("-", (), False),
])
def test_normalize_split_token(token: str, folded: tuple, possessive: bool) -> None:
    split = split_token(token)
    assert split.folded == folded and split.possessive is possessive


def test_normalize_phrase_and_tokens_agree_on_hyphens() -> None:
    assert split_phrase("al-Qaeda").folded == split_phrase("al - Qaeda").folded


def test_normalize_case_flags_and_checks() -> None:
    flags = case_flags(split_phrase("WHO al-Qaeda").cased)
    assert flags == (UPPER, ANY, CAPITALISED)
    assert flags_allow(flags, ("WHO", "Al", "Qaeda"))
    assert not flags_allow(flags, ("who", "al", "Qaeda"))
    assert flags_allow(flags, ("WHO", "al", "qaeda"))  # a name in the wrong case, no English word
    assert flags_allow(flags, ("WHO", "al", "qAEDA"))
    assert not flags_allow(case_flags(split_phrase("Bush").cased), ("bush",))  # an English word
