"""Averaged perceptron: a growable trainer and a compact, read-only scorer (numpy rows)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

__all__ = ["Trainer", "Weights"]


class Weights:
    """Read-only averaged weights: ``rows`` maps a feature key to a row of ``matrix``.

    Row 0 is all zeros and stands for every unknown feature.
    """

    def __init__(self, keys: Sequence[Hashable], matrix: np.ndarray, padded: bool = False) -> None:
        """``matrix`` has one row per key, or, if ``padded``, the zero row first."""
        self.keys = list(keys)
        self.rows: dict[Hashable, int] = dict(zip(self.keys, range(1, len(self.keys) + 1)))
        if not padded:
            matrix = np.vstack([np.zeros((1, matrix.shape[1]), dtype=np.float32), matrix])
        self.matrix = np.asarray(matrix, dtype=np.float32)

    @property
    def n_classes(self) -> int:
        return int(self.matrix.shape[1])

    def lookup(self, keys: Sequence[Hashable]) -> list[int]:
        """Row numbers of ``keys`` (0 for unknown ones)."""
        get = self.rows.get
        return [get(k, 0) for k in keys]

    def scores(self, keys: Sequence[Hashable]) -> np.ndarray:
        """Summed weight rows of ``keys``: one score per class."""
        return self.matrix[self.lookup(keys)].sum(axis=0)


class Trainer:
    """Perceptron with Daumé's averaging trick (``avg = W - U / c``); rows grow as keys appear."""

    def __init__(self, n_classes: int, capacity: int = 1 << 16) -> None:
        self.rows: dict[Hashable, int] = {}
        self.w = np.zeros((capacity, n_classes), dtype=np.float32)
        self.u = np.zeros((capacity, n_classes), dtype=np.float64)
        self.step = 1

    def _grow(self) -> None:
        extra = self.w.shape[0]
        self.w = np.vstack([self.w, np.zeros_like(self.w[:extra])])
        self.u = np.vstack([self.u, np.zeros_like(self.u[:extra])])

    def ids(self, keys: Sequence[Hashable]) -> np.ndarray:
        """Row numbers of ``keys``, adding unseen keys (duplicates removed)."""
        rows = self.rows
        out = []
        for key in keys:
            row = rows.get(key)
            if row is None:
                row = rows[key] = len(rows)
                if row >= self.w.shape[0]:
                    self._grow()
            out.append(row)
        return np.unique(np.asarray(out, dtype=np.int64))

    def scores(self, ids: np.ndarray) -> np.ndarray:
        return self.w[ids].sum(axis=0)

    def update(self, ids: np.ndarray, truth: int, guess: int) -> None:
        """Move weights toward ``truth`` and away from ``guess`` (no-op when equal)."""
        if truth == guess:
            return
        self.w[ids, truth] += 1.0
        self.u[ids, truth] += self.step
        self.w[ids, guess] -= 1.0
        self.u[ids, guess] -= self.step

    def tick(self) -> None:
        """Count one training instance (call once per instance)."""
        self.step += 1

    def export(self, threshold: float = 0.0) -> tuple[list[Hashable], np.ndarray]:
        """Averaged weights, entries with ``|w| <= threshold`` zeroed, all-zero rows dropped."""
        n = len(self.rows)
        avg = (self.w[:n] - self.u[:n] / self.step).astype(np.float32)
        avg[np.abs(avg) <= max(threshold, 1e-6)] = 0.0
        chosen = np.flatnonzero(np.abs(avg).sum(axis=1) > 0)
        keys = list(self.rows)
        return [keys[i] for i in chosen], avg[chosen]
