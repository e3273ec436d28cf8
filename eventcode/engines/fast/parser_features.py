"""Feature templates of the transition parser, over an atom matrix built per batch of states.

Each configuration contributes 14 token positions (-1 where absent) and four small numbers;
positions become word and tag ids by lookup in the batch's concatenated id arrays.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from eventcode.engines.fast.arc_hybrid import Config

__all__ = ["COLUMNS", "TEMPLATES", "atom_matrix", "context"]

POSITIONS = ("s0", "s1", "s2", "n0", "n1", "n2", "s0l", "s0l2", "s0r", "s0r2", "n0l", "n0l2", "s1l", "s1r")
NUMBERS = ("dist", "s0vl", "s0vr", "n0vl")
COLUMNS = (*(p + k for p in POSITIONS for k in ("w", "t")), *NUMBERS, "zero")

_T = str.split
TEMPLATES: tuple[tuple[str, ...], ...] = tuple(tuple(_T(t)) for t in (
    "s0w", "s0t", "s0w s0t", "n0w", "n0t", "n0w n0t", "n1w", "n1t", "n1w n1t", "n2w", "n2t",
    "s1w", "s1t", "s1w s1t", "s2t", "s2w", "s0lt", "s0lw", "s0rt", "s0rw", "s0l2t", "s0r2t",
    "n0lt", "n0lw", "n0l2t", "s1rt", "s1lt", "s1rw",
    "s0w s0t n0w n0t", "s0w s0t n0w", "s0w n0w n0t", "s0w s0t n0t", "s0t n0w n0t", "s0w n0w",
    "s0t n0t", "n0t n1t", "n0w n1w",
    "n0t n1t n2t", "s0t n0t n1t", "s1t s0t n0t", "s0t s0lt n0t", "s0t s0rt n0t", "s0t n0t n0lt",
    "s0t s0lt s0l2t", "s0t s0rt s0r2t", "n0t n0lt n0l2t", "s1t s1rt s0t", "s2t s1t s0t",
    "s1t s1lt s0t", "s1w s0w", "s1t s0w", "s1w s0t", "s1w s1t s0w s0t", "s1t s0t n0t n1t",
    "s0w dist", "s0t dist", "n0w dist", "n0t dist", "s0t n0t dist", "s0w n0w dist",
    "s0w s0vr", "s0t s0vr", "s0w s0vl", "s0t s0vl", "n0w n0vl", "n0t n0vl",
))


def context(c: Config) -> tuple[int, ...]:
    """The 14 positions of ``c`` then dist, s0 left/right valency and n0 left valency."""
    stack, b, n = c.stack, c.b, c.n
    depth = len(stack)
    s0 = stack[-1]
    s1 = stack[-2] if depth > 1 else -1
    n0 = b if b <= n else -1
    left1, right1 = c.left1, c.right1
    return (s0, s1, stack[-3] if depth > 2 else -1,
            n0, b + 1 if b < n else -1, b + 2 if b + 1 < n else -1,
            left1[s0], c.left2[s0], right1[s0], c.right2[s0], left1[n0], c.left2[n0],
            left1[s1], right1[s1], min(b - s0, 6) if n0 > 0 else 0,
            c.n_left[s0], c.n_right[s0], c.n_left[n0])


def atom_matrix(contexts: Sequence[tuple[int, ...]], offsets: np.ndarray, words: np.ndarray,
                tags: np.ndarray) -> np.ndarray:
    """(B, columns) atoms; ``offsets[i]`` is where state i's sentence starts in ``words``/``tags``.

    ``words``/``tags`` end with a "none" entry that absent positions (-1) resolve to.
    """
    ctx = np.array(contexts, dtype=np.int64)
    pos = ctx[:, :14]
    index = np.where(pos >= 0, pos + offsets[:, None], len(words) - 1)
    out = np.zeros((len(ctx), len(COLUMNS)), dtype=np.uint64)
    out[:, 0:28:2] = words[index]
    out[:, 1:28:2] = tags[index]
    out[:, 28:32] = ctx[:, 14:18]
    return out
