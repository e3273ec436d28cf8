"""A sentence as escaped HTML with its trigger words in ``<mark>``."""

from __future__ import annotations

import html
import re

__all__ = ["mark_trigger", "trigger_spans"]


def mark_trigger(sentence: str, trigger: str | None) -> str:
    """``sentence`` escaped, the trigger phrase (or else each trigger word, in order) marked."""
    out, pos = [], 0
    for start, end in trigger_spans(sentence, trigger or ""):
        out += [html.escape(sentence[pos:start]), "<mark>", html.escape(sentence[start:end]), "</mark>"]
        pos = end
    out.append(html.escape(sentence[pos:]))
    return "".join(out)


def trigger_spans(sentence: str, trigger: str) -> list[tuple[int, int]]:
    """Character spans of the whole trigger phrase, or of its words found left to right."""
    words = trigger.split()
    if not words or not sentence:
        return []
    whole = _find(sentence, r"\s+".join(map(re.escape, words)), 0)
    if whole:
        return [whole]
    spans, pos = [], 0
    for word in words:
        hit = _find(sentence, re.escape(word), pos)
        if hit:
            spans.append(hit)
            pos = hit[1]
    return spans


def _find(text: str, pattern: str, pos: int) -> tuple[int, int] | None:
    m = re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE).search(text, pos)
    return m.span() if m else None
