"""PETRARCH discard lists (``PHRASE`` / ``+PHRASE``) and issue files (not supported: reported)."""

from __future__ import annotations

from eventcode.petrarch.records import FileImport, Issue, Line
from eventcode.petrarch.words import phrase
from eventcode.verbs.records import RawDiscard

__all__ = ["read_discards", "read_issue_file"]


def read_discards(label: str, lines: list[Line], *, prefix: str) -> FileImport:
    """Each line is a phrase; a sentence containing it yields no events.

    ``+PHRASE`` discards a whole story in PETRARCH; we discard the sentence (reported).
    """
    discards, issues = [], []
    for line in lines:
        text = line.text.strip()
        words = phrase(text.lstrip("+"))
        if not words:
            issues.append(Issue(label, line.number, "empty discard phrase"))
            continue
        discards.append(RawDiscard(id=f"{prefix}.{line.number}", phrase=words,
                                   comment=f"{label}:{line.number}"))
        if text.startswith("+"):
            issues.append(Issue(label, line.number, "story-level discard ('+') applied per sentence",
                                skipped=False))
    return FileImport(label, "discards", len(lines), discards=tuple(discards), issues=tuple(issues))


def read_issue_file(label: str, lines: list[Line], *, prefix: str) -> FileImport:
    """Issue coding (topic tags) has no counterpart in eventcode: every line is reported."""
    reason = "issue coding (topic tags) is not part of eventcode's output"
    issues = tuple(Issue(label, line.number, reason) for line in lines)
    return FileImport(label, "issues", len(lines), issues=issues)
