"""Group tokens into sentences: news-aware about abbreviations, quotes and paragraphs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from eventcode.engines.fast.abbrev import FINAL_ABBREVIATIONS, SENTENCE_STARTERS

__all__ = ["split_sentences"]

_ENDERS = frozenset({".", "!", "?", "…", "?!", "!?"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "}", "»", "''"})
_DATELINE_ENDS = frozenset({":", "-", "--", "—", "–"})
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "«", "``", "-", "—"})

Span = tuple[int, int]


def _is_ender(word: str) -> bool:
    return word in _ENDERS or (len(word) > 1 and set(word) <= {".", "!", "?"})


def _abbrev_ends(word: str, following: str) -> bool:
    """Does an abbreviation (``U.S.``, ``Inc.``) end the sentence before ``following``?"""
    if not word.endswith(".") or len(word) < 2 or not following[:1].isupper():
        return False
    stem = word[:-1].lower()
    acronym = stem.replace(".", "").isalpha() and "." in stem
    return (acronym or stem in FINAL_ABBREVIATIONS) and following.lower() in SENTENCE_STARTERS


def _starts_sentence(following: str) -> bool:
    first = following[:1]
    return not first or first.isupper() or first.isdigit() or following in _OPENERS


def _paragraph_break(text: str, left: Span, right: Span) -> bool:
    return text.count("\n", left[1], right[0]) >= 2


def _boundaries(text: str, spans: Sequence[Span]) -> Iterator[int]:
    """Indexes ``i`` such that a sentence ends after token ``i``."""
    words = [text[a:b] for a, b in spans]
    last = len(spans) - 1
    i = 0
    while i < last:
        if _paragraph_break(text, spans[i], spans[i + 1]):
            yield i
        elif _is_ender(words[i]) or _abbrev_ends(words[i], words[i + 1]):
            end = i
            while end < last and words[end + 1] in _CLOSERS and not _is_opening(text, spans, end + 1):
                end += 1
            if end == last or not _is_ender(words[i]) or _starts_sentence(words[end + 1]):
                yield end
            i = end
        i += 1


def _is_opening(text: str, spans: Sequence[Span], k: int) -> bool:
    """A straight quote preceded by a space and followed by no space opens a quotation."""
    start, end = spans[k]
    before = text[start - 1:start] if start else " "
    after = text[end:end + 1]
    return text[start:end] in {'"', "'"} and before.isspace() and after != "" and not after.isspace()


def _capped(start: int, end: int, words: Sequence[str], max_tokens: int) -> Iterator[Span]:
    while end - start > max_tokens:
        cut = start + max_tokens
        for k in range(cut - 1, start + max_tokens // 2, -1):
            if words[k] in {";", ",", ":", "--", "—"}:
                cut = k + 1
                break
        yield start, cut
        start = cut
    yield start, end


def _dateline_end(words: Sequence[str]) -> int | None:
    """ "GAZA CITY, Palestinian Territories: Four children ...", "LYON (AFP) - Interpol ...": the
    index of the colon or dash that closes a wire dateline at the start of a text."""
    if not words or not (words[0].isupper() and words[0].isalpha() and len(words[0]) > 1):
        return None
    for k, word in enumerate(words[:12]):
        if word in _DATELINE_ENDS:
            return k if k > 0 else None
        if not (word in {",", "(", ")"} or word[:1].isupper()):
            return None
    return None


def split_sentences(text: str, spans: Sequence[Span], max_tokens: int = 200) -> list[Span]:
    """Token index ranges ``[start, end)`` of the sentences; none longer than ``max_tokens``. A
    wire dateline at the start is a sentence of its own (its place still counts)."""
    words = [text[a:b] for a, b in spans]
    out: list[Span] = []
    start = 0
    dateline = _dateline_end(words)
    if dateline is not None and dateline + 1 < len(spans):
        out.append((0, dateline + 1))
        start = dateline + 1
        spans, words = spans[start:], words[start:]
        return out + [(a + start, b + start) for a, b in split_sentences(text, spans, max_tokens)]
    for boundary in _boundaries(text, spans):
        out.extend(_capped(start, boundary + 1, words, max_tokens))
        start = boundary + 1
    if start < len(spans):
        out.extend(_capped(start, len(spans), words, max_tokens))
    return out
