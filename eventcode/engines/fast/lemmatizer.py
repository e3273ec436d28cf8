"""Lemmas: a table learnt from the treebank, then lemminflect, then lowercase."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import lemminflect

from eventcode.engines.fast.normalize import norm
from eventcode.engines.fast.treebank import GoldSentence

__all__ = ["Lemmatizer", "lemma_table"]

_LEMMINFLECT_UPOS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "AUX", "PROPN"})
_AS_IS = frozenset({"PUNCT", "SYM", "NUM", "X"})
_BASE_XPOS = frozenset({"NN", "VB", "VBP", "JJ", "RB"})
_CACHE_LIMIT = 100_000
_MAX_LEMMINFLECT_CHARS = 40


class Lemmatizer:
    """``lemma(word, upos)``; lowercase except for proper nouns and the pronoun ``I``."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        self._cache: dict[tuple[str, str], str] = {}

    def lemma(self, word: str, upos: str, xpos: str = "") -> str:
        """Lemma of ``word`` tagged ``upos`` (``xpos`` tells base forms, which need no lookup)."""
        key = (word, upos, xpos)
        hit = self._cache.get(key)
        if hit is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            hit = self._cache[key] = self._compute(word, upos, xpos)
        return hit

    def _compute(self, word: str, upos: str, xpos: str = "") -> str:
        if upos in _AS_IS:
            return word
        known = self.table.get(upos + " " + norm(word))
        if known is not None:
            return known
        if upos == "PROPN":
            return word
        if word == "I" and upos == "PRON":
            return word
        low = word.lower()
        if xpos in _BASE_XPOS:
            return low
        if upos in _LEMMINFLECT_UPOS and len(low) <= _MAX_LEMMINFLECT_CHARS and low.isascii():
            found = lemminflect.getLemma(low, upos)
            if found:
                return found[0].lower()
        return low


def lemma_table(sentences: Sequence[GoldSentence], min_count: int = 2,
                purity: float = 0.9) -> dict[str, str]:
    """``"UPOS normalised-word" -> lemma`` for words the treebank lemmatises consistently."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sentences:
        for word, lemma, upos in zip(sent.words, sent.lemmas, sent.upos):
            if upos not in _AS_IS:
                counts[upos + " " + norm(word)][_lemma_value(word, lemma, upos)] += 1
    consistent = {}
    for key, lemmas in counts.items():
        lemma, n = lemmas.most_common(1)[0]
        if n >= min_count and n / sum(lemmas.values()) >= purity and lemma != "=":
            consistent[key] = lemma
    out = {k: v for k, v in consistent.items() if v != k.split(" ", 1)[1]}
    fallback = Lemmatizer(out)
    for key, lemma in consistent.items():
        upos, word = key.split(" ", 1)
        if key not in out and fallback.lemma(word, upos) != lemma:
            out[key] = lemma
    return out


def _lemma_value(word: str, lemma: str, upos: str) -> str:
    if upos == "PROPN":
        return "=" if lemma == word else lemma
    return lemma if lemma == "I" else lemma.lower()
