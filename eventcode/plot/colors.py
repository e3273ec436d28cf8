"""Colours and labels: each quad class has a palette family; its CAMEO roots take its shades."""

from __future__ import annotations

from typing import Any

from eventcode.codebook import QUAD_NAMES, default_codebook

__all__ = ["label", "quad_color", "root_color"]

_FAMILIES = {1: "Greens", 2: "Blues", 3: "Oranges", 4: "Reds"}


def quad_color(quad: Any) -> Any:
    """A mid shade of the quad class's family (grey when unknown)."""
    return _cmap(quad)(0.65) if quad in _FAMILIES else "0.6"


def root_color(root: str) -> Any:
    """A shade of the root's quad-class family, darker for higher roots (grey when unknown)."""
    book = default_codebook()
    if not book.is_valid(root) or book.quad_class(root) not in _FAMILIES:
        return "0.6"
    quad = book.quad_class(root)
    siblings = sorted(c.code for c in book if len(c.code) == 2 and c.quad_class == quad)
    return _cmap(quad)(0.4 + 0.5 * siblings.index(root) / max(1, len(siblings) - 1))


def label(by: str, key: Any) -> str:
    """Legend text: ``"4 material conflict"``, ``"19 Fight"``."""
    if by == "quad_class":
        return f"{key} {QUAD_NAMES.get(key, 'unknown')}"
    book = default_codebook()
    return f"{key} {book.name(key) if book.is_valid(key) else 'unknown'}"


def _cmap(quad: int) -> Any:
    from matplotlib import colormaps

    return colormaps[_FAMILIES[quad]]
