"""Split text into word tokens with character offsets, news-style (UD English conventions)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventcode.engines.fast.abbrev import ABBREVIATIONS, NUMBER_ABBREVIATIONS

__all__ = ["MAX_TOKEN_CHARS", "tokenize"]

MAX_TOKEN_CHARS = 100
"""Longer runs without a break (hashes, junk) are cut into pieces of this many characters."""

_LETTER = r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u200c\u200d]"
_WORD = rf"{_LETTER}+(?:['’]{_LETTER}+)*(?:[-‐‑]{_LETTER}+(?:['’]{_LETTER}+)*)*"
_TOKEN_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"“”]*[^\s<>\"“”.,;:!?)\]'’]"  # URL
    r"|[\w.+-]{1,64}@\w[\w-]*(?:\.\w[\w-]*)+"  # e-mail address
    rf"|(?:[A-Za-z]\.){{2,}}(?:[-‐‑]{_WORD})?"  # U.S., e.g., U.S.-led
    rf"|\d+(?:[.,:/]\d+)+(?:[-‐‑]{_WORD})?"  # 1,000  3.5  10:30  1,000-strong
    rf"|(?P<word>{_WORD})(?P<dot>\.(?!\.))?"  # words, al-Assad, Gen.
    r"|\.{2,}|…|-{2,}|[!?]+|``|''|\S"
)
_CLITIC_RE = re.compile(r"(?i)(?:n['’]t|['’](?:s|re|ve|ll|d|m))$")
_SPLIT_WORDS = {"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3}


def _keeps_period(word: str, text: str, end: int) -> bool:
    low = word.lower()
    if low in NUMBER_ABBREVIATIONS:
        return text[end:end + 2].strip()[:1].isdigit()
    return low in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _split_word(start: int, end: int, word: str) -> Iterator[tuple[int, int]]:
    if "'" not in word and "’" not in word and len(word) not in (5, 6):
        yield start, end
        return
    clitic = _CLITIC_RE.search(word)
    if clitic and clitic.start() > 0:
        yield start, start + clitic.start()
        yield start + clitic.start(), end
        return
    cut = _SPLIT_WORDS.get(word.lower())
    if cut:
        yield start, start + cut
        yield start + cut, end
        return
    yield start, end


def _word_spans(match: re.Match[str], text: str) -> Iterator[tuple[int, int]]:
    start, end = match.span("word")
    word = match.group("word")
    if match.group("dot") and _keeps_period(word, text, end + 1):
        yield start, end + 1
        return
    yield from _split_word(start, end, word)
    if match.group("dot"):
        yield end, end + 1


def _cut_long(start: int, end: int) -> Iterator[tuple[int, int]]:
    for piece in range(start, end, MAX_TOKEN_CHARS):
        yield piece, min(piece + MAX_TOKEN_CHARS, end)


def tokenize(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every token; ``text[start:end]`` is the token's text."""
    for match in _TOKEN_RE.finditer(text):
        spans = _word_spans(match, text) if match.group("word") else [match.span()]
        for start, end in spans:
            if end - start > MAX_TOKEN_CHARS:
                yield from _cut_long(start, end)
            else:
                yield start, end
