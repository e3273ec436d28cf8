"""Weight tables addressed by hashed feature rows: a trainer and a compact read-only scorer."""

from __future__ import annotations

import numpy as np

__all__ = ["HashedTrainer", "HashedWeights", "gather_sum"]


def gather_sum(table: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``table[rows].sum(axis=1)`` for 2-D ``rows``, computed the faster way for the table's width."""
    count, width = rows.shape
    if not count or not width:
        return np.zeros((count, table.shape[1]), dtype=table.dtype)
    if table.shape[1] <= 8:
        flat = table.take(rows.ravel(), axis=0)
        return np.add.reduceat(flat, np.arange(0, count * width, width), axis=0)
    out = table.take(rows[:, 0], axis=0)
    for j in range(1, width):
        out += table.take(rows[:, j], axis=0)
    return out


_DENSE_CLASSES = 4


class HashedWeights:
    """Kept rows of a ``2**bits``-row table: ``index`` maps a hashed row to a compact row (0 = zeros).

    With few classes the full table is held instead (one gather per lookup instead of two).
    """

    def __init__(self, bits: int, kept: np.ndarray, values: np.ndarray, padded: bool = False) -> None:
        """``values`` has one row per kept row, or, if ``padded``, the zero row first."""
        self.bits = bits
        self.kept = kept.astype(np.uint32)
        if not padded:
            values = np.vstack([np.zeros((1, values.shape[1]), dtype=np.float32), values])
        self.matrix = np.asarray(values, dtype=np.float32)
        self.dense: np.ndarray | None = None
        if self.matrix.shape[1] <= _DENSE_CLASSES:
            self.dense = np.zeros((1 << bits, self.matrix.shape[1]), dtype=np.float32)
            self.dense[self.kept] = self.matrix[1:]
        else:
            self.index = np.zeros(1 << bits, dtype=np.int32)
            self.index[self.kept] = np.arange(1, len(kept) + 1, dtype=np.int32)

    @property
    def n_classes(self) -> int:
        return int(self.matrix.shape[1])

    def scores(self, rows: np.ndarray) -> np.ndarray:
        """Summed weights of each row of ``rows``: (B, T) -> (B, classes)."""
        if self.dense is not None:
            return gather_sum(self.dense, rows)
        return gather_sum(self.matrix, self.index.take(rows))


class HashedTrainer:
    """Averaged perceptron over a dense hashed table (Daumé's trick: ``avg = W - U / step``)."""

    def __init__(self, bits: int, n_classes: int) -> None:
        self.bits = bits
        self.w = np.zeros((1 << bits, n_classes), dtype=np.float32)
        self.u = np.zeros((1 << bits, n_classes), dtype=np.float64)
        self.step = 1

    def scores(self, rows: np.ndarray) -> np.ndarray:
        return self.w[rows].sum(axis=-2)

    def update(self, rows: np.ndarray, truth: np.ndarray, guess: np.ndarray) -> None:
        """For each instance k: +1 to ``truth[k]`` and -1 to ``guess[k]`` on its rows ``rows[k]``."""
        if not len(rows):
            return
        width = rows.shape[1]
        flat = rows.ravel()
        for classes, sign in ((truth, 1.0), (guess, -1.0)):
            cols = np.repeat(classes, width)
            np.add.at(self.w, (flat, cols), sign)
            np.add.at(self.u, (flat, cols), sign * self.step)

    def tick(self, n: int = 1) -> None:
        """Count ``n`` training instances."""
        self.step += n

    def export(self, threshold: float = 0.0, keep: float = 1.0) -> HashedWeights:
        """Averaged weights; entries with ``|w| <= threshold`` dropped, then the strongest ``keep`` rows."""
        avg = (self.w - self.u / self.step).astype(np.float32)
        avg[np.abs(avg) <= threshold] = 0.0
        strength = np.abs(avg).sum(axis=1)
        alive = np.flatnonzero(strength > 0)
        order = alive[np.argsort(-strength[alive], kind="stable")]
        kept = np.sort(order[: int(len(order) * keep)])
        return HashedWeights(self.bits, kept, avg[kept])
