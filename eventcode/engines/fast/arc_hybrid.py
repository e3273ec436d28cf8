"""The arc-hybrid transition system (Kuhlmann et al. 2011) and its dynamic oracle.

Tokens are numbered 1..n; 0 is the root, kept at the bottom of the stack. The buffer is the
contiguous range ``b..n``. ROOT takes its single dependent only once the buffer is empty.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

__all__ = ["LEFT", "MOVES", "RIGHT", "SHIFT", "Config", "costs", "gold_children"]

SHIFT, LEFT, RIGHT = 0, 1, 2
MOVES = ("SHIFT", "LEFT", "RIGHT")


class Config:
    """A parser configuration; ``heads[t]`` is -1 until token ``t`` is attached.

    Per token, ``left1``/``left2`` are its leftmost and second-leftmost dependents,
    ``right1``/``right2`` its rightmost ones (-1: none), and ``n_left``/``n_right`` count its
    dependents (capped at 7). Each list has one extra entry at the end that stays "none", so
    indexing with -1 (an absent token) reads "none".
    """

    __slots__ = ("b", "heads", "left1", "left2", "n", "n_left", "n_right", "right1", "right2", "stack")

    def __init__(self, n: int) -> None:
        self.n = n
        self.stack = [0]
        self.b = 1
        self.heads = [-1] * (n + 1)
        self.left1, self.left2 = [-1] * (n + 2), [-1] * (n + 2)
        self.right1, self.right2 = [-1] * (n + 2), [-1] * (n + 2)
        self.n_left, self.n_right = [0] * (n + 2), [0] * (n + 2)

    @property
    def done(self) -> bool:
        return self.b > self.n and len(self.stack) == 1

    def legal(self) -> tuple[bool, bool, bool]:
        """Which of SHIFT, LEFT, RIGHT may be applied now."""
        stack, buffered = self.stack, self.b <= self.n
        deep = len(stack) >= 2
        return (buffered, buffered and deep, deep and (stack[-2] != 0 or not buffered))

    def settle(self) -> tuple[bool, bool, bool] | None:
        """Apply forced moves; the legal moves of the next real choice, or None when done."""
        stack, n = self.stack, self.n
        while True:
            b = self.b
            if b > n:
                if len(stack) == 1:
                    return None
                self.apply(RIGHT)
            elif len(stack) == 1:
                stack.append(b)
                self.b = b + 1
            else:
                return (True, True, stack[-2] != 0)

    def apply(self, move: int) -> None:
        if move == SHIFT:
            self.stack.append(self.b)
            self.b += 1
            return
        dep = self.stack.pop()
        if move == LEFT:
            head = self.b
            self.left2[head] = self.left1[head]
            self.left1[head] = dep
            self.n_left[head] = min(self.n_left[head] + 1, 7)
        else:
            head = self.stack[-1]
            self.right2[head] = self.right1[head]
            self.right1[head] = dep
            self.n_right[head] = min(self.n_right[head] + 1, 7)
        self.heads[dep] = head


def gold_children(heads: Sequence[int]) -> list[list[int]]:
    """Sorted dependents of each token (index 0 = root) from 1-based ``heads`` of tokens 1..n."""
    kids: list[list[int]] = [[] for _ in range(len(heads) + 1)]
    for dep, head in enumerate(heads, start=1):
        kids[head].append(dep)
    return kids


def _kids_in_buffer(kids: list[int], b: int) -> int:
    return len(kids) - bisect_left(kids, b)


def costs(config: Config, heads: Sequence[int], kids: list[list[int]]) -> list[int]:
    """Gold arcs each move makes unreachable (``heads`` indexed by token, with heads[0] = -1)."""
    stack, b = config.stack, config.b
    s0 = stack[-1]
    out = [0, 0, 0]
    if b <= config.n:
        on_stack = set(stack)
        h = heads[b]
        out[SHIFT] = (h in on_stack and h != s0) + sum(1 for k in kids[b] if k in on_stack)
    if s0:
        lost_kids = _kids_in_buffer(kids[s0], b)
        h = heads[s0]
        s1 = stack[-2] if len(stack) >= 2 else -1
        out[LEFT] = (h == s1 or h > b) + lost_kids
        out[RIGHT] = (h >= b) + lost_kids
    return out
