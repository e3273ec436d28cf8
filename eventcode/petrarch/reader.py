"""Read PETRARCH files of any kind into one ``PetrarchImport``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from eventcode.codebook import Codebook, default_codebook
from eventcode.errors import DictionaryError
from eventcode.petrarch.actors import read_actors
from eventcode.petrarch.agents import read_agents
from eventcode.petrarch.lists import read_discards, read_issue_file
from eventcode.petrarch.records import KINDS, FileImport, PetrarchImport
from eventcode.petrarch.source import detect_kind, read_lines
from eventcode.petrarch.verbs import read_verbs
from eventcode.petrarch.words import slug

__all__ = ["read_petrarch", "read_petrarch_file"]

_READERS = {"actors": read_actors, "agents": read_agents, "discards": read_discards,
            "issues": read_issue_file}


def read_petrarch(paths: Sequence[str | Path], *, codebook: Codebook | None = None,
                  kinds: dict[str, str] | None = None) -> PetrarchImport:
    """Read each file (kind from its name or content, or ``kinds[str(path)]``), in order."""
    codebook = codebook or default_codebook()
    kinds = kinds or {}
    files, prefixes = [], set()
    for raw in paths:
        path = Path(raw)
        prefix = _unique(f"petrarch.{slug(path.name.removesuffix('.txt'))}", prefixes)
        files.append(read_petrarch_file(path, codebook=codebook, kind=kinds.get(str(raw)), prefix=prefix))
    return PetrarchImport(tuple(files))


def read_petrarch_file(path: Path, *, codebook: Codebook | None = None, kind: str | None = None,
                       prefix: str | None = None) -> FileImport:
    """One file; ``prefix`` starts the ids of what it gives (default from the file name)."""
    if not path.is_file():
        raise DictionaryError("PETRARCH file not found", source=str(path))
    _, lines = read_lines(path)
    kind = kind or detect_kind(path, lines)
    if kind not in KINDS:
        raise DictionaryError(f"unknown PETRARCH file kind '{kind}' (one of {', '.join(KINDS)})",
                              source=str(path))
    prefix = prefix or f"petrarch.{slug(path.name.removesuffix('.txt'))}"
    if kind == "verbs":
        return read_verbs(path.name, lines, codebook or default_codebook(), prefix=prefix)
    return _READERS[kind](path.name, lines, prefix=prefix)


def _unique(prefix: str, seen: set[str]) -> str:
    out, n = prefix, 2
    while out in seen:
        out, n = f"{prefix}-{n}", n + 1
    seen.add(out)
    return out
