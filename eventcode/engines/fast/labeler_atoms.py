"""The labeller's atoms for a whole batch of trees at once, in numpy.

Sibling facts come from grouping the tokens of all trees by head.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from eventcode.engines.fast.labeler_features import COLUMNS, TagClasses

__all__ = ["batch_atoms"]

_BIG = np.iinfo(np.int64).max


def _member(ids: np.ndarray, wanted: frozenset[int]) -> np.ndarray:
    return np.isin(ids, np.fromiter(wanted, dtype=np.int64, count=len(wanted)))


class _Groups:
    """Tokens sorted by (head, position): siblings are contiguous."""

    def __init__(self, heads: np.ndarray, deps: np.ndarray, size: int) -> None:
        self.order = np.lexsort((deps, heads))
        self.h, self.d = heads[self.order], deps[self.order]
        first = np.ones(len(self.h), dtype=bool)
        first[1:] = self.h[1:] != self.h[:-1]
        self.starts = np.flatnonzero(first)
        self.start_of = np.maximum.accumulate(np.where(first, np.arange(len(self.h)), 0))
        self.size = size

    def per_head(self, reduced: np.ndarray, fill: int) -> np.ndarray:
        """A per-group value spread over every position (``fill`` where a position has no dependents)."""
        out = np.full(self.size, fill, dtype=np.int64)
        out[self.h[self.starts]] = reduced
        return out

    def first(self, flags: np.ndarray) -> np.ndarray:
        """Per position: the first dependent (in order) whose sorted flag is set, else -1."""
        index = np.where(flags, self.d, _BIG)
        found = self.per_head(np.minimum.reduceat(index, self.starts), _BIG)
        return np.where(found == _BIG, -1, found)


def _layout(heads: Sequence[Sequence[int]]) -> tuple[np.ndarray, ...]:
    """Dependent positions, head positions, sentence lengths and root positions, per token."""
    deps, tops, lengths, offsets = [], [], [], []
    at = 0
    for h in heads:
        deps += range(at + 1, at + 1 + len(h))
        tops += (at + x for x in h)
        lengths += [len(h)] * len(h)
        offsets += [at] * len(h)
        at += len(h) + 1
    arr = np.asarray
    return (arr(deps, dtype=np.int64), arr(tops, dtype=np.int64), arr(lengths, dtype=np.int64),
            arr(offsets, dtype=np.int64))


def _child_atoms(a: dict, g: _Groups, W: np.ndarray, T: np.ndarray, D: np.ndarray,
                 tc: TagClasses) -> None:
    """Facts about the dependents of each token d."""
    ends = np.append(g.starts[1:], len(g.d)) - 1
    count = g.per_head(ends - g.starts + 1, 0)
    first, last = g.per_head(g.d[g.starts], -1), g.per_head(g.d[ends], -1)
    tags = T[g.d]
    det = g.per_head(np.maximum.reduceat(_member(tags, tc.det).astype(np.int64), g.starts), 0)
    case, mark = g.first(_member(tags, tc.case)), g.first(_member(tags, tc.mark))
    a["dkids"] = np.minimum(count[D], 5)
    a["ddet"] = det[D]
    a["dlt"] = np.where(first[D] >= 0, T[first[D]], 0)
    a["drt"] = np.where(last[D] >= 0, T[last[D]], 0)
    a["casew"] = np.where(case[D] >= 0, W[case[D]], 0)
    a["markw"] = np.where(mark[D] >= 0, W[mark[D]], 0)


def _sibling_atoms(a: dict, g: _Groups, T: np.ndarray, D: np.ndarray, tc: TagClasses) -> None:
    """Rank among siblings, the previous sibling's tag, nominal siblings between d and head."""
    idx = np.arange(len(g.d))
    at = idx - g.start_of
    group = np.cumsum(np.isin(idx, g.starts)) - 1
    left = np.add.reduceat((g.d < g.h).astype(np.int64), g.starts)[group]
    order = np.where(g.d > g.h, at, left - at - 1)
    nominal = np.cumsum(_member(T[g.d], tc.nominal))
    last_left = np.maximum(g.start_of + left - 1, 0)
    between = np.where(g.d < g.h, nominal[last_left] - nominal[idx], 0)
    values = {"order": np.minimum(order, 3), "sibt": np.where(at > 0, T[g.d[idx - 1]], 0),
              "hnom": (between > 0).astype(np.int64)}
    for name, sorted_values in values.items():
        a[name] = np.empty(len(D), dtype=np.int64)
        a[name][g.order] = sorted_values


def _head_atoms(a: dict, g: _Groups, W: np.ndarray, T: np.ndarray, H: np.ndarray,
                tc: TagClasses) -> None:
    """Nearest left auxiliary, copula and passive flags of each token's head."""
    aux = (g.d < g.h) & _member(T[g.d], tc.aux)
    nearest = g.per_head(np.maximum.reduceat(np.where(aux, g.d, -1), g.starts), -1)
    be = aux & _member(W[g.d], tc.be_words)
    has_be = g.per_head(np.maximum.reduceat(be.astype(np.int64), g.starts), 0)
    a["auxw"] = np.where(nearest[H] >= 0, W[nearest[H]], 0)
    a["hbe"] = has_be[H]
    a["hpass"] = has_be[H] & _member(T[H], tc.pass_tags)


def batch_atoms(words: np.ndarray, tags: np.ndarray, heads: Sequence[Sequence[int]],
                tc: TagClasses) -> np.ndarray:
    """(tokens, columns) atoms of a batch of trees.

    ``words``/``tags`` hold each sentence's root then its tokens, sentence after sentence, then
    one "none" entry (see ``parser.concat_ids``); ``heads`` are 1-based per sentence.
    """
    W, T = words.astype(np.int64), tags.astype(np.int64)
    D, H, n, o = _layout(heads)
    size = len(W)
    if not len(D):
        return np.zeros((0, len(COLUMNS)), dtype=np.uint64)
    head_of = np.arange(size)
    head_of[D] = H
    dl, hl = D - o, H - o
    lo, hi = np.minimum(D, H), np.maximum(D, H)
    commas = np.cumsum(_member(W, tc.comma_words))
    a = {"dw": W[D], "dt": T[D], "hw": W[H], "ht": T[H],
         "gt": np.where(hl == 0, 0, T[head_of[H]]),
         "dpt": np.where(dl > 1, T[D - 1], 0),
         "dnt": np.where(dl < n, T[np.minimum(D + 1, size - 1)], 0),
         "hnt": np.where(hl < n, T[np.minimum(H + 1, size - 1)], 0),
         "dir": np.where(hl == 0, 0, 1 + (dl < hl)), "dist": np.minimum(hi - lo, 10),
         "commas": np.minimum(commas[hi - 1] - commas[lo], 2),
         "hdir": np.where(hl == 0, 0, 1 + (H < head_of[H])), "zero": np.zeros(len(D), dtype=np.int64)}
    g = _Groups(H, D, size)
    _child_atoms(a, g, W, T, D, tc)
    _sibling_atoms(a, g, T, D, tc)
    _head_atoms(a, g, W, T, H, tc)
    return np.stack([a[c] for c in COLUMNS], axis=1).astype(np.uint64)
