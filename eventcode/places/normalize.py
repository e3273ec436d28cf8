"""Place-name keys: the one normal form that gazetteer names and sentence text share."""

from __future__ import annotations

import re

from anyascii import anyascii

__all__ = ["name_key"]

_QUOTES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02bd\u02be\u02bf`'\"\u00b4]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")
# Arabic article in its assimilated spellings (an-Nu'man, ash Shughur, el-Bab): one form.
_ARTICLES = frozenset([
    "al", "el", "an", "ar", "as", "ash", "at", "ath", "ad", "adh", "az",
    "ed", "en", "er", "es", "et", "ez"])


def name_key(text: str) -> str:
    """Lower-case ASCII words of ``text`` with quotes dropped and Arabic articles unified.

    ``"Ma'arrat an-Nu'man"`` and ``"Ma`arrat al Nu`man"`` give ``"maarrat al numan"``;
    ``"An Nabk"`` gives ``"al nabk"``.
    """
    ascii_text = _QUOTES.sub("", anyascii(text)).lower()
    words = _SEPARATORS.sub(" ", ascii_text).split()
    return " ".join(_unify_article(words, i) for i in range(len(words)))


def _unify_article(words: list[str], i: int) -> str:
    """``words[i]``, written ``al`` when it is an article before another word."""
    word = words[i]
    if word in _ARTICLES and i < len(words) - 1:
        return "al"
    return word
