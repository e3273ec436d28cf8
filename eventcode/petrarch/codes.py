"""PETRARCH event codes in brackets: ``[190]``, ``[042:043]``, ``[:173]``, ``[---]``."""

from __future__ import annotations

import re

import attrs

from eventcode.codebook import Codebook

__all__ = ["CodeRead", "read_code", "split_bracket"]

_BRACKET = re.compile(r"\[([^\[\]]*)[\]}]\s*$")


@attrs.frozen(slots=True)
class CodeRead:
    """A usable CAMEO ``code`` (with an optional ``note`` on what was dropped), or a skip ``reason``."""

    code: str | None
    note: str = ""
    reason: str = ""
    reverse: str | None = None  # ``b`` of ``[a:b]``: the target's act back on the source


def split_bracket(text: str) -> tuple[str, str | None]:
    """``"- * AID  [070]"`` -> ``("- * AID", "070")``; no final bracket gives ``(text, None)``."""
    m = _BRACKET.search(text)
    if not m:
        return text.rstrip(), None
    return text[:m.start()].rstrip(), m.group(1).strip()


def read_code(text: str, codebook: Codebook) -> CodeRead:
    """Check one bracketed event code against the codebook.

    ``a:b`` pairs give ``a`` and, as ``reverse``, ``b``: PETRARCH codes the event ``b`` from the
    target back to the source as well ("left for X": 032, and X 033 hosts); ``---`` is the null code.
    """
    active, sep, passive = text.partition(":")
    active, passive = active.strip(), passive.strip()
    if not active:
        return CodeRead(None, reason=f"only a passive code '[:{passive}]'; an active one is needed")
    if active == "---":
        return CodeRead(None, reason="null code '---' (suppresses an event): no equivalent")
    if not codebook.is_valid(active):
        return CodeRead(None, reason=f"'{active}' is not a CAMEO code in the codebook")
    if sep and passive and codebook.is_valid(passive):
        return CodeRead(active, reverse=passive)
    note = f"passive code '{passive}' of '[{text}]' dropped" if sep and passive else ""
    return CodeRead(active, note=note)
