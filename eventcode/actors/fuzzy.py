"""Fuzzy lookup of names the exact index missed (misspellings: "Erdogn", "Netanyahou").

Only whole normalised names are compared, with ``rapidfuzz.fuzz.ratio`` (normalised Indel
similarity): a query must be at least ``min_length`` characters, share its first letter with
the name, score at least ``threshold``, and not be the name's plural ("Baghdadis" is not Abu
Bakr al-Baghdadi). Partial and token-set scorers are never used: they rate "al-Qaeda"
against "Bashar al-Assad" at 100.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict

from rapidfuzz import fuzz, process

from eventcode.actors.index import PhraseIndex, Sense
from eventcode.actors.normalize import ANY, CAPITALISED

__all__ = ["FuzzyNames"]

_CACHE_LIMIT = 50_000


class FuzzyNames:
    """Names and aliases of entries, bucketed by first letter, with a bounded query cache."""

    __slots__ = ("_buckets", "_cache", "min_length", "threshold")

    def __init__(self, index: PhraseIndex, *, threshold: float = 90.0, min_length: int = 6) -> None:
        self.threshold = threshold
        self.min_length = min_length
        buckets: dict[str, dict[str, Sense]] = defaultdict(dict)
        for phrase in index.phrases():
            text = " ".join(phrase.pieces)
            if _eligible(phrase.sense, phrase.flags, text, min_length):
                buckets[text[0]].setdefault(text, phrase.sense)
        self._buckets = {k: _by_length(v) for k, v in buckets.items()}
        self._cache: dict[str, tuple[Sense, float] | None] = {}

    def lookup(self, text: str) -> tuple[Sense, float] | None:
        """The sense of the closest name to ``text`` (normalised, space-joined) and its score."""
        if len(text) < self.min_length:
            return None
        if text not in self._cache:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[text] = self._search(text)
        return self._cache[text]

    def _search(self, text: str) -> tuple[Sense, float] | None:
        lengths, names, senses = self._buckets.get(text[0], ((), (), ()))
        # ratio = 2*common/(a+b) >= r bounds the other length to [a*r/(2-r), a*(2-r)/r]
        r = self.threshold / 100
        lo = bisect.bisect_left(lengths, math.ceil(len(text) * r / (2 - r)))
        hi = bisect.bisect_right(lengths, math.floor(len(text) * (2 - r) / r))
        best = process.extractOne(text, names[lo:hi], scorer=fuzz.ratio, score_cutoff=self.threshold)
        if best is None or text in (best[0] + "s", best[0] + "es"):  # "Baghdadis", "Americas"
            return None
        return senses[lo + best[2]], best[1]


def _by_length(names: dict[str, Sense]) -> tuple[list[int], list[str], list[Sense]]:
    ordered = sorted(names, key=len)
    return [len(n) for n in ordered], ordered, [names[n] for n in ordered]


def _eligible(sense: Sense, flags: tuple[int, ...], text: str, min_length: int) -> bool:
    """Names of entries only (no demonyms, seats, agents, acronyms), long enough."""
    return (sense.form == "name" and len(text) >= min_length
            and all(f in (ANY, CAPITALISED) for f in flags))
