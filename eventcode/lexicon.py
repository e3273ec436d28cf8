"""The word classes of lemminflect's English lexicon, read once and cached.

One lookup serves the fast tagger (a feature: "suspects" is NOUN|VERB, "Italy" unknown) and
the actor index (a surname that is an English word, "Bush", "May", names someone only after
a title).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path

__all__ = ["function_words", "is_common_word", "is_english_word", "lexicon_class"]

_FUNCTION_WORDS = Path(__file__).resolve().parent / "models" / "fast-function-words.txt"


@functools.cache
def function_words() -> frozenset[str]:
    """Word forms EWT tags as closed-class words (scripts/build_function_words.py)."""
    return frozenset(_FUNCTION_WORDS.read_text(encoding="utf-8").split())


@functools.lru_cache(maxsize=100_000)
def lexicon_class(word: str) -> str:
    """The word classes the lexicon knows the lowercased ``word`` in ("NOUN|VERB"), or "-"."""
    return "|".join(sorted(_entry(word))) or "-"


def is_english_word(word: str) -> bool:
    """Whether the lexicon knows ``word`` (any capitalisation)."""
    return lexicon_class(word.lower()) != "-"


def is_common_word(word: str) -> bool:
    """Whether ``word`` is an English word or a function word ("than", "of")."""
    return is_english_word(word) or word.lower() in function_words()


def _entry(word: str) -> Mapping[str, tuple[str, ...]]:
    """lemminflect's entry for ``word`` (its tables read directly: the public ``getAllLemmas``
    deep-copies every entry, a third of the tagger's time on unseen text)."""
    tables = _tables()
    if tables is None:
        from lemminflect import getAllLemmas

        return getAllLemmas(word)
    return {**tables[0].get(word, {}), **tables[1].get(word, {})}


@functools.cache
def _tables():
    from lemminflect import Lemmatizer  # lazily: its tables load on first use

    lemmatizer = Lemmatizer()
    try:
        return lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()
    except AttributeError:  # another lemminflect version: the public call gives the same
        return None
