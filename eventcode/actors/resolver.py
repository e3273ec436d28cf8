"""``ActorResolver``: noun-phrase tokens -> ``Actor`` (exact n-grams, agents, dated roles, fuzzy)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from eventcode.actors.compose import compose
from eventcode.actors.dictionary import ActorDictionary
from eventcode.actors.fuzzy import FuzzyNames
from eventcode.actors.grouping import core_matches, group_matches
from eventcode.actors.index import PhraseIndex
from eventcode.actors.matcher import Match, Pieces, exact_matches, fuzzy_matches
from eventcode.actors.normalize import Split, split_token
from eventcode.records import Actor

__all__ = ["ActorResolver"]

_CACHE_LIMIT = 100_000


class ActorResolver:
    """Resolves noun phrases against an ``ActorDictionary``.

    ``case_sensitive``: names written capitalised (or in capitals: "US", "WHO") match only
    text written so; turn off for lower-cased corpora. ``fuzzy_threshold`` and
    ``fuzzy_min_length`` tune the misspelling fallback (``None`` threshold: no fuzzy).
    """

    __slots__ = ("_check_case", "_countries", "_fuzzy", "_index", "_splits", "dictionary")

    def __init__(self, dictionary: ActorDictionary, *, case_sensitive: bool = True,
                 fuzzy_threshold: float | None = 90.0, fuzzy_min_length: int = 6) -> None:
        self.dictionary = dictionary
        self._index = PhraseIndex.build(dictionary)
        self._fuzzy = (FuzzyNames(self._index, threshold=fuzzy_threshold, min_length=fuzzy_min_length)
                       if fuzzy_threshold is not None else None)
        self._check_case = case_sensitive
        self._countries = dictionary.country_codes
        self._splits: dict[str, Split] = {}

    def resolve(self, words: Sequence[str], *, date: _dt.date | None = None) -> Actor | None:
        """The actor named by one noun phrase given as its tokens, or None."""
        words = [str(w) for w in words]
        matches = core_matches(self._matches(words), words)
        return compose(matches, words, date=date, country_codes=self._countries)

    def find(self, words: Sequence[str], *, date: _dt.date | None = None
             ) -> list[tuple[int, int, Actor]]:
        """Every actor mention in a token sequence: ``(start, end exclusive, actor)``."""
        words = [str(w) for w in words]
        out = []
        for group in group_matches(self._matches(words), words):
            actor = compose(group, words, date=date, country_codes=self._countries)
            if actor is not None:
                used = [m for m in group if not m.ignored]
                out.append((used[0].start, used[-1].end, actor))
        return out

    def _matches(self, words: list[str]) -> list[Match]:
        cache = self._splits
        splits = [cache.get(w) or self._split(w) for w in words]
        pieces = Pieces.from_splits(splits)
        found = exact_matches(self._index, pieces, words, check_case=self._check_case)
        if self._fuzzy is not None:
            fuzzy = fuzzy_matches(self._fuzzy, pieces, splits, words, found)
            if fuzzy:
                found = sorted([*found, *fuzzy], key=lambda m: m.start)
        return found

    def _split(self, word: str) -> Split:
        split = self._splits.get(word)
        if split is None:
            if len(self._splits) >= _CACHE_LIMIT:
                self._splits.clear()
            split = self._splits[word] = split_token(word)
        return split
