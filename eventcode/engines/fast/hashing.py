"""Hashed feature templates: whole batches of feature rows from an atom matrix, in numpy.

A template names up to four atom columns; its key is ``offset + sum(atom * multiplier)``
over 64-bit wrap-around arithmetic, and its row is the key's top ``bits`` bits
(vector multiply-shift hashing).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["Hasher", "compile_templates"]

WIDTH = 4


def compile_templates(templates: Sequence[Sequence[str]], columns: Sequence[str]) -> np.ndarray:
    """Templates as a (T, 4) array of column numbers; unused slots point at the ``zero`` column."""
    index = {name: i for i, name in enumerate(columns)}
    zero = index["zero"]
    out = np.full((len(templates), WIDTH), zero, dtype=np.intp)
    for t, names in enumerate(templates):
        out[t, : len(names)] = [index[name] for name in names]
    return out


class Hasher:
    """Maps atom rows to feature rows of a ``2**bits``-row weight table."""

    def __init__(self, cols: np.ndarray, multipliers: np.ndarray, offsets: np.ndarray,
                 bits: int) -> None:
        self.cols = cols
        self.multipliers = multipliers.astype(np.uint64)
        self.offsets = offsets.astype(np.uint64)
        self.shift = np.uint64(64 - bits)
        self.bits = bits

    @classmethod
    def seeded(cls, cols: np.ndarray, bits: int, seed: int) -> Hasher:
        """A hasher with random odd multipliers drawn from ``seed``."""
        rng = np.random.default_rng(seed)
        mult = rng.integers(0, 2**63, size=cols.shape, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        offsets = rng.integers(0, 2**63, size=cols.shape[0], dtype=np.uint64) * np.uint64(2)
        return cls(cols, mult, offsets, bits)

    def rows(self, atoms: np.ndarray) -> np.ndarray:
        """(B, T) row numbers for a (B, columns) uint64 atom matrix."""
        keys = (atoms[:, self.cols] * self.multipliers).sum(axis=2, dtype=np.uint64)
        return ((keys + self.offsets) >> self.shift).astype(np.intp)
