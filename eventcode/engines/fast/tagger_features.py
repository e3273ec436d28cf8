"""Feature strings of the part-of-speech tagger (shared by training and tagging).

A token's static features split into groups that depend on one word each (the token itself,
or one neighbour in a fixed role), plus two word-pair features; the tagger caches the summed
weights of each group per word.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventcode.engines.fast.normalize import norm, shape
from eventcode.lexicon import lexicon_class

__all__ = ["PADS", "context", "dynamic_features", "pair_features", "role_features",
           "static_features"]

PADS = ("-S2-", "-S1-", "-E1-", "-E2-")
ROLES = ("self", "w-1", "w-2", "w+1", "w+2")


def context(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """Normalised words and shapes, padded with two boundary symbols on each side."""
    normed = [*PADS[:2], *(norm(w) for w in words), *PADS[2:]]
    shapes = [*PADS[:2], *(shape(w) for w in words), *PADS[2:]]
    return normed, shapes


def role_features(w: str, sh: str) -> tuple[list[str], ...]:
    """Features a word contributes as the token itself, then as w-1, w-2, w+1, w+2."""
    lx = lexicon_class(w)
    return (
        ["lx=" + lx, "lxsh=" + lx + sh[:1], "w=" + w, "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:], "s4=" + w[-4:], "s5=" + w[-5:],
         "p1=" + w[:1], "p2=" + w[:2], "p3=" + w[:3], "p4=" + w[:4], "sh=" + sh, "wsh=" + w + sh],
        ["w-1=" + w, "s3-1=" + w[-3:], "sh-1=" + sh, "s1-1=" + w[-1:], "lx-1=" + lx],
        ["w-2=" + w, "s3-2=" + w[-3:]],
        ["w+1=" + w, "s3+1=" + w[-3:], "sh+1=" + sh, "s1+1=" + w[-1:], "lx+1=" + lx],
        ["w+2=" + w, "s3+2=" + w[-3:]],
    )


def pair_features(i: int, normed: Sequence[str], shapes: Sequence[str]) -> list[str]:
    """Features of token ``i`` (0-based) that join two words, plus the bias."""
    k = i + 2
    w = normed[k]
    first = "i0sh=" + shapes[k] if i == 0 else "i>0"
    return ["b", first, "w-1w=" + normed[k - 1] + " " + w, "ww+1=" + w + " " + normed[k + 1]]


def static_features(i: int, normed: Sequence[str], shapes: Sequence[str]) -> list[str]:
    """Every feature of token ``i`` that does not depend on earlier tags."""
    k = i + 2
    out = pair_features(i, normed, shapes)
    for role, j in enumerate((k, k - 1, k - 2, k + 1, k + 2)):
        out += role_features(normed[j], shapes[j])[role]
    return out


def dynamic_features(w: str, nxt: str, t1: str, t2: str) -> list[str]:
    """Features of a token that use the two tags predicted before it."""
    return ["t-1=" + t1, "t-2t-1=" + t2 + " " + t1, "t-1w=" + t1 + " " + w, "t-1w+1=" + t1 + " " + nxt]
