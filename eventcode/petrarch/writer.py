"""Write a ``PetrarchImport`` as a dictionary directory in our YAML format.

Layout: ``verbs/NN.yaml`` (one per CAMEO root), ``verbs/synsets.yaml``, ``verbs/discards.yaml``,
``actors/<file>/<kind>.yaml`` (one per actor kind) and ``actors/<file>.agents.yaml``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

import attrs
import yaml

from eventcode.actors.entries import ActorEntry, AgentEntry
from eventcode.errors import InputError
from eventcode.petrarch.records import PetrarchImport
from eventcode.petrarch.words import slug
from eventcode.verbs.records import RawPattern

__all__ = ["write_import"]

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def write_import(imported: PetrarchImport, out_dir: str | Path, *, overwrite: bool = False) -> list[Path]:
    """Write every converted item under ``out_dir``; the paths written, in order."""
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise InputError(f"'{out}' exists and is not empty; pass overwrite=True (--overwrite) to replace files")
    written = [*_write_verbs(imported, out / "verbs")]
    for f in imported.files:
        written += _write_actors(f.file, f.entries, out / "actors")
        if f.agents:
            written.append(_dump(out / "actors" / f"{_stem(f.file)}.agents.yaml",
                                 {"kind": "agent", "entries": [_agent(a) for a in f.agents]}))
    return written


def _write_verbs(imported: PetrarchImport, folder: Path) -> list[Path]:
    by_root: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in imported.patterns:
        by_root[p.code[:2]].append(_pattern(p))
    paths = [_dump(folder / f"{root}.yaml", {"root": root, "patterns": pats})
             for root, pats in sorted(by_root.items())]
    if imported.synsets:
        paths.append(_dump(folder / "synsets.yaml", {"synsets": imported.synsets}))
    if imported.discards:
        paths.append(_dump(folder / "discards.yaml",
                           {"discards": [_drop_none(attrs.asdict(d)) for d in imported.discards]}))
    return paths


def _write_actors(label: str, entries: tuple[ActorEntry, ...], folder: Path) -> list[Path]:
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in entries:
        by_kind[e.kind].append(_entry(e))
    return [_dump(folder / _stem(label) / f"{kind}.yaml", {"kind": kind, "entries": items})
            for kind, items in sorted(by_kind.items())]


def _pattern(p: RawPattern) -> dict[str, Any]:
    data = _drop_none(attrs.asdict(p))
    if data.get("target") == "auto":
        del data["target"]
    if data.get("source") == "subject":
        del data["source"]
    return data


def _entry(e: ActorEntry) -> dict[str, Any]:
    data: dict[str, Any] = {"id": e.id, "name": e.name, "code": e.code}
    if e.aliases:
        data["aliases"] = list(e.aliases)
    if e.roles:
        data["roles"] = [_drop_none({"code": r.code, "from": _iso(r.from_), "to": _iso(r.to)})
                         for r in e.roles]
    if e.comment:
        data["comment"] = e.comment
    return data


def _agent(a: AgentEntry) -> dict[str, Any]:
    return _drop_none({"id": a.id, "role": a.role, "words": list(a.words), "comment": a.comment})


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


def _stem(label: str) -> str:
    return slug(label.removesuffix(".txt"))


def _dump(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    path.write_text("# converted by `eventcode import-petrarch`; see docs/petrarch.md\n" + text,
                    encoding="utf-8")
    return path
