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
    """A parser configuration; ``heads[t]`` is -1 until token ``t`` is attached."""

    __slots__ = ("b", "heads", "lefts", "n", "rights", "stack")

    def __init__(self, n: int) -> None:
        self.n = n
        self.stack = [0]
        self.b = 1
        self.heads = [-1] * (n + 1)
        self.lefts: list[list[int]] = [[] for _ in range(n + 1)]
        self.rights: list[list[int]] = [[] for _ in range(n + 1)]

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
        stack, n, rights = self.stack, self.n, self.rights
        while True:
            b = self.b
            if b > n:
                if len(stack) == 1:
                    return None
                dep = stack.pop()
                self.heads[dep] = stack[-1]
                rights[stack[-1]].append(dep)
            elif len(stack) == 1:
                stack.append(b)
                self.b = b + 1
            else:
                return (True, True, stack[-2] != 0)

    def apply(self, move: int) -> None:
        if move == SHIFT:
            self.stack.append(self.b)
            self.b += 1
        elif move == LEFT:
            dep = self.stack.pop()
            self.heads[dep] = self.b
            self.lefts[self.b].append(dep)
        else:
            dep = self.stack.pop()
            head = self.stack[-1]
            self.heads[dep] = head
            self.rights[head].append(dep)


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
