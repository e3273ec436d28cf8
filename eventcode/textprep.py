"""Turn any table cell into bounded, clean text before parsing, noting what was changed.

Every step keeps character offsets except HTML entity decoding (see docs/reliability.md):
cutting to ``max_doc_chars`` and then ``max_doc_tokens`` (words and punctuation marks, which
bound parsing time), blanking control characters, and breaking runs of more than
``max_run_chars`` characters without whitespace (base64, hashes, minified junk), which would
otherwise cost a tokenizer time that grows with the square of the run.
"""

from __future__ import annotations

import html
import math
import re
from typing import Any

import attrs

from eventcode.errors import InputError

__all__ = ["Limits", "Prepared", "clean_id", "is_missing", "prepare_text"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_TAG = re.compile(r"<!--[^>]{0,2000}?-->|</?[A-Za-z][A-Za-z0-9:-]{0,40}(?:\s[^<>]{0,1000})?/?>")
_TOKENISH = re.compile(r"\w+|[^\w\s]")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _positive(_: Any, attribute: attrs.Attribute, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputError(f"{attribute.name} must be a whole number of at least 1, not {value!r}")


@attrs.frozen
class Limits:
    """Bounds on the work one document may cause (defaults in docs/reliability.md)."""

    max_doc_chars: int = attrs.field(default=100_000, validator=_positive)
    max_doc_tokens: int = attrs.field(default=5_000, validator=_positive)
    max_run_chars: int = attrs.field(default=200, validator=_positive)
    max_sentence_tokens: int = attrs.field(default=200, validator=_positive)


@attrs.frozen
class Prepared:
    """Text ready to parse, or the reason there is none; ``warnings`` say what was changed."""

    text: str | None
    error: str | None = None
    warnings: tuple[str, ...] = ()


def is_missing(value: Any) -> bool:
    """True for None, NaN, pandas NA/NaT and other values that are not equal to themselves."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:
        return bool(value != value)  # noqa: PLR0124 - NaN-like values differ from themselves
    except Exception:  # noqa: BLE001 - pd.NA, arrays, objects with odd comparisons
        return type(value).__name__ in ("NAType", "NaTType")


def clean_id(value: Any) -> str | None:
    """A document id as text (``3.0`` -> ``"3"``); None when missing."""
    if is_missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, (bytes, bytearray)):
        value = bytes(value).decode("utf-8", errors="replace")
    try:
        text = str(value)
    except Exception:  # noqa: BLE001 - an object that cannot say its name has no usable id
        return None
    return _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))


def prepare_text(value: Any, limits: Limits, *, strip_html: bool = True,
                 parsed_input: bool = False) -> Prepared:
    """Text of one document cell, cut, cleaned and bounded; or why it cannot be coded.

    ``parsed_input``: the text is already a parse (CoNLL-U), checked as text but never cut."""
    text, error, notes = _as_text(value)
    if text is None:
        return Prepared(None, error)
    if parsed_input:
        return Prepared(text, None, tuple(notes)) if text.strip() else Prepared(None, "empty text")
    if len(text) > limits.max_doc_chars:
        notes.append(f"text cut from {len(text)} to {limits.max_doc_chars} characters (max_doc_chars)")
        text = text[: limits.max_doc_chars]
    if strip_html and ("<" in text or "&" in text):
        text = _strip_html(text)
    text = _blank_controls(text, notes)
    text = _break_runs(text, limits.max_run_chars, notes)
    text = _cut_tokens(text, limits.max_doc_tokens, notes)
    if not text.strip():
        return Prepared(None, "empty text", tuple(notes))
    return Prepared(text, None, tuple(notes))


def _as_text(value: Any) -> tuple[str | None, str | None, list[str]]:
    if isinstance(value, str):
        return value, None, []
    if isinstance(value, (bytes, bytearray, memoryview)):
        text = bytes(value).decode("utf-8", errors="replace")
        notes = ["text was bytes with invalid UTF-8; bad bytes became U+FFFD"] if "\ufffd" in text else []
        return text, None, notes
    if is_missing(value):
        return None, "missing text", []
    return None, f"text is {type(value).__name__}, not a string", []


def _strip_html(text: str) -> str:
    """Tags become one space each; entities (``&amp;``, ``&#39;``) become their characters."""
    text = _TAG.sub(" ", text)
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def _blank_controls(text: str, notes: list[str]) -> str:
    """Control characters become spaces and unpaired surrogates U+FFFD (same length)."""
    found = len(_CONTROL.findall(text)) + len(_SURROGATE.findall(text))
    if not found:
        return text
    notes.append(f"{found} control characters or unpaired surrogates replaced")
    return _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))


def _break_runs(text: str, limit: int, notes: list[str]) -> str:
    """Every ``limit``-th character of a longer run without whitespace becomes a space."""
    runs = re.compile(rf"\S{{{limit + 1},}}")
    if not runs.search(text):
        return text
    count = 0

    def cut(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        run = list(match.group())
        run[limit::limit + 1] = " " * len(run[limit::limit + 1])
        return "".join(run)

    text = runs.sub(cut, text)
    notes.append(f"{count} runs of more than {limit} characters without a space were broken")
    return text


def _cut_tokens(text: str, limit: int, notes: list[str]) -> str:
    """``text`` up to the start of its ``limit + 1``-th word or punctuation mark."""
    if len(text) <= limit:
        return text
    for i, match in enumerate(_TOKENISH.finditer(text)):
        if i == limit:
            notes.append(f"text cut after {limit} words and punctuation marks (max_doc_tokens)")
            return text[: match.start()]
    return text
