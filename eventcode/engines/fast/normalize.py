"""Word forms as the tagger and parser see them: ASCII punctuation, digits folded, shapes."""

from __future__ import annotations

import re

__all__ = ["norm", "shape"]

_PUNCT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                        "–": "-", "—": "--", "‐": "-", "‑": "-", "…": "..."})
_DIGITS = re.compile(r"\d")
_SHAPE_RUNS = re.compile(r"(.)\1{2,}")


def norm(word: str) -> str:
    """Lowercase with typographic punctuation made ASCII and every digit written ``0``."""
    low = word.translate(_PUNCT).lower()
    if any(c.isdigit() for c in low):
        return _DIGITS.sub("0", low)
    return low


def _char_class(c: str) -> str:
    if c.isupper():
        return "X"
    if c.islower():
        return "x"
    if c.isdigit():
        return "d"
    return c if c.isascii() else "o"


def shape(word: str) -> str:
    """``Assad`` -> ``Xxx``, ``U.S.`` -> ``X.X.``, ``1,000`` -> ``d,ddd`` (runs cut to three)."""
    classes = "".join(_char_class(c) for c in word[:12])
    return _SHAPE_RUNS.sub(r"\1\1\1", classes)
