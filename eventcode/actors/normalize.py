"""Token normalisation shared by the index and the resolver.

A token becomes *pieces*: ASCII (anyascii) alphanumeric runs, apostrophes dropped, so
"al-Qaeda" and "al - Qaeda" both give ``al qaeda`` and "Çavuşoğlu" gives ``cavusoglu``.
A trailing "'s" / "'" (or a token that is only that) marks a possessive.
"""

from __future__ import annotations

import re

import attrs
from anyascii import anyascii

from eventcode.lexicon import is_common_word

__all__ = ["ANY", "CAPITALISED", "UPPER", "Split", "case_flags", "flags_allow", "split_phrase", "split_token"]

ANY, CAPITALISED, UPPER = 0, 1, 2
_WORD = re.compile(r"[A-Za-z0-9]+")
_MARKERS = frozenset({"'s", "'", "'S"})


@attrs.frozen(slots=True)
class Split:
    """One token's pieces: ``folded`` (lowercase), ``cased`` (as written), ``possessive``."""

    folded: tuple[str, ...]
    cased: tuple[str, ...]
    possessive: bool = False
    capitalised: bool = False  # starts with a capital letter


def split_token(token: str) -> Split:
    """Pieces of one token (see the module docstring)."""
    text = token if token.isascii() else anyascii(token)
    if text in _MARKERS:
        return Split((), (), True)
    possessive = False
    if len(text) > 2 and text[-2:] in ("'s", "'S"):
        text, possessive = text[:-2], True
    elif len(text) > 1 and text[-1] == "'":
        text, possessive = text[:-1], True
    cased = tuple(_WORD.findall(text.replace("'", "")))
    return Split(tuple(p.lower() for p in cased), cased, possessive, bool(cased) and cased[0][0].isupper())


def split_phrase(phrase: str, memo: dict[str, Split] | None = None) -> Split:
    """Pieces of a dictionary phrase (whitespace-separated words joined); ``memo`` caches words."""
    memo = {} if memo is None else memo
    parts = [memo.get(word) or memo.setdefault(word, split_token(word)) for word in phrase.split()]
    return Split(tuple(p for s in parts for p in s.folded), tuple(p for s in parts for p in s.cased))


def case_flags(cased: tuple[str, ...]) -> tuple[int, ...]:
    """What each written piece demands of text: UPPER (acronyms), CAPITALISED, or ANY."""
    return tuple(UPPER if len(p) > 1 and p.isupper() else CAPITALISED if p[0].isupper() else ANY
                 for p in cased)


def flags_allow(flags: tuple[int, ...], cased: tuple[str, ...]) -> bool:
    """True when the written pieces ``cased`` satisfy ``flags``."""
    for flag, piece in zip(flags, cased, strict=False):
        if flag == UPPER and not piece.isupper():
            return False
        if flag == CAPITALISED and not piece[0].isupper() and not _name_however_written(piece):
            return False
    return True


def _name_however_written(piece: str) -> bool:
    """ "iSrael", "obama": a name written in the wrong case is still the name, unless it is
    also an English or function word ("turkey", "china", "bush", "than")."""
    return not piece.islower() or not is_common_word(piece)
