"""Read a PETRARCH/TABARI dictionary file into content lines, and tell which kind it is.

Comments follow PETRARCH's reader: ``#`` to the end of the line, ``<!-- ... -->`` (also over
several lines) and lines that start with ``<!``. Blank lines are dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

from eventcode.errors import DictionaryError
from eventcode.petrarch.records import KINDS, Line

__all__ = ["detect_kind", "read_lines"]

_NAME_HINTS = (("issue", "issues"), ("discard", "discards"), ("agent", "agents"),
               ("actor", "actors"), ("verb", "verbs"), ("cameo", "verbs"))
_BLOCK = re.compile(r"^---\s*\S")


def read_lines(path: Path) -> tuple[int, list[Line]]:
    """(physical line count, content lines) of ``path``."""
    try:
        raw = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise DictionaryError(f"cannot read the file ({exc})", source=str(path)) from exc
    out: list[Line] = []
    in_comment = False
    for number, text in enumerate(raw, 1):
        text, in_comment = _strip_comments(text, in_comment)
        if text.strip():
            out.append(Line(number, text.rstrip()))
    return len(raw), out


def _strip_comments(text: str, in_comment: bool) -> tuple[str, bool]:
    if in_comment:
        end = text.find("-->")
        if end < 0:
            return "", True
        text = text[end + 3:]
    if text.lstrip().startswith("<!") and "<!--" not in text:
        return "", False
    while "<!--" in text:
        head, _, rest = text.partition("<!--")
        end = rest.find("-->")
        if end < 0:
            return head.split("#", 1)[0], True
        text = head + rest[end + 3:]
    if text.lstrip().startswith("<!"):
        return "", False
    return text.split("#", 1)[0], False


def detect_kind(path: Path, lines: list[Line]) -> str:
    """verbs, actors, agents, discards or issues: from the file name, else from the content."""
    name = path.name.lower()
    for hint, kind in _NAME_HINTS:
        if hint in name:
            return kind
    return _kind_from_content(path, lines)


def _kind_from_content(path: Path, lines: list[Line]) -> str:
    texts = [ln.text.strip() for ln in lines[:400]]
    if any(_BLOCK.match(t) for t in texts):
        return "verbs"
    if any(t.startswith("<ISSUE") for t in texts):
        return "issues"
    if any("[~" in t or "~]" in t for t in texts):
        return "agents"
    if any(t.startswith("[") or t.endswith("]") for t in texts):
        return "actors"
    if texts:
        return "discards"
    raise DictionaryError(f"cannot tell which kind of PETRARCH file this is (one of {', '.join(KINDS)}); "
                          "name it *.verbs.txt, *.actors.txt, *.agents.txt or *.discards.txt",
                          source=str(path))
