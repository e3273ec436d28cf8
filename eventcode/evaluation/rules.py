"""The matching rules of a gold file (``../shared/eval/README.md``), as ``score.py`` applies them.

An actor spec is a list of accepted codes (``None`` as a whole: anything):
``"SYRMIL"`` = starts with SYR and carries the MIL block; ``"SYR"`` = any SYR actor;
``"*REB"`` = carries REB anywhere; a ``null`` item accepts a missing actor.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

import pandas as pd

__all__ = ["actor_ok", "blocks", "location_ok", "norm", "root_of", "text_of"]


def text_of(value: Any) -> str:
    """A cell as text, read as ``score.py`` reads it: ``str(value or "")``.

    So ``None`` gives ``""`` but a NaN cell gives ``"nan"`` (pandas turns a missing actor into
    NaN when the column also holds codes); ``pd.NA`` gives ``""``.
    """
    if value is None or value is pd.NA:
        return ""
    return str(value or "")


def norm(s: str | None) -> str:
    """Accents stripped, lowercase, trimmed."""
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def blocks(code: str | None) -> set[str]:
    """``"SYRGOVMIL"`` -> ``{"SYR", "GOV", "MIL"}``."""
    code = code or ""
    return {code[i:i + 3] for i in range(0, len(code), 3)}


def root_of(code: Any) -> str:
    """The first two characters of an event code."""
    return text_of(code)[:2]


def actor_ok(spec: Sequence[str | None] | None, code: Any) -> bool:
    """True when the predicted ``code`` satisfies one of the accepted ``spec`` items."""
    if spec is None:
        return True
    code = text_of(code).upper()
    return any(_item_ok(item, code) for item in spec)


def _item_ok(item: str | None, code: str) -> bool:
    if item is None:
        return not code
    if item.startswith("*"):
        return item[1:] in blocks(code) or item[1:] in code
    return code.startswith(item[:3]) and blocks(item[3:]) - {""} <= blocks(code[3:])


def location_ok(gold: dict[str, Any], name: Any, country: Any) -> bool:
    """Same country (ISO3) and one gold name inside the predicted name or the reverse."""
    names = [norm(n) for n in gold.get("names", [])]
    pn = norm(text_of(name))
    return (text_of(country).upper() == gold.get("country")
            and bool(pn) and any(n in pn or pn in n for n in names))
