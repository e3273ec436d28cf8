"""Read and validate actor dictionary files into an ``ActorDictionary``."""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, override

from eventcode.actors.dictionary import ActorDictionary
from eventcode.actors.entries import ACTOR_KINDS, ActorEntry, AgentEntry, Code, Role, check_code
from eventcode.actors.fastyaml import load_plain
from eventcode.errors import DictionaryError
from eventcode.resources import dictionaries_dir
from eventcode.yamlio import line_of, read_yaml, structure

__all__ = ["load_actor_dictionary", "read_actor_file"]

log = logging.getLogger(__name__)
BUILD_INPUT_KINDS = ("overrides",)  # read by scripts/, never loaded


@attrs.frozen(slots=True)
class _ActorFile:
    kind: str
    entries: tuple[ActorEntry, ...]
    as_of: _dt.date | None = None


@attrs.frozen(slots=True)
class _AgentFile:
    kind: str
    entries: tuple[AgentEntry, ...]
    as_of: _dt.date | None = None


def _strict_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {type(value).__name__} {value!r}")
    return value


def _str_tuple(value: Any, _: type) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list of strings, got {type(value).__name__}")
    return tuple(_strict_str(v, str) for v in value)


def _date(value: Any, _: type) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        return _dt.date.fromisoformat(value)
    raise ValueError(f"expected an ISO date (YYYY-MM-DD), got {value!r}")


def _converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook_func(lambda t: t == tuple[str, ...], _str_tuple)
    conv.register_structure_hook(_dt.date, _date)
    conv.register_structure_hook(Code, lambda value, _: check_code(value))
    conv.register_structure_hook(Role, make_dict_structure_fn(
        Role, conv, from_=override(rename="from"), _cattrs_forbid_extra_keys=True))
    for cls in (ActorEntry, AgentEntry):
        conv.register_structure_hook(cls, make_dict_structure_fn(
            cls, conv, kind=override(omit=True), source=override(omit=True),
            _cattrs_forbid_extra_keys=True))
    return conv


_CONVERTER = _converter()


def _file_kind(data: Any, path: Path, label: str) -> str:
    if not isinstance(data, dict):
        raise DictionaryError("an actor file must be a mapping with 'kind' and 'entries'",
                              source=f"{label}:1")
    kind = data.get("kind")
    if kind in ACTOR_KINDS or kind == "agent" or kind in BUILD_INPUT_KINDS:
        return kind
    known = ", ".join((*ACTOR_KINDS, "agent"))
    raise DictionaryError(f"$.kind: unknown kind {kind!r} (one of {known})",
                          source=f"{label}:{line_of(path, '$.kind') or 1}")


def _read(path: Path, label: str) -> Any:
    """Fast plain-data load; the safe loader when that does not apply (and for its errors)."""
    try:
        data = load_plain(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        data = None
    return data if data is not None else read_yaml(path, label=label)


def read_actor_file(path: Path, *, label: str | None = None) -> tuple[ActorEntry | AgentEntry, ...]:
    """Entries of one actor or agent file (build-input files give none)."""
    label = label or path.name
    data = _read(path, label)
    kind = _file_kind(data, path, label)
    if kind in BUILD_INPUT_KINDS:
        return ()
    cls = _AgentFile if kind == "agent" else _ActorFile
    parsed = structure(_CONVERTER, data, cls, path=path, label=label)
    if kind == "agent":
        return tuple(attrs.evolve(e, source=label) for e in parsed.entries)
    entries = tuple(attrs.evolve(e, kind=kind, source=label) for e in parsed.entries)
    _check_metonyms(entries, path, label)
    return entries


def _check_metonyms(entries: tuple[ActorEntry, ...], path: Path, label: str) -> None:
    for i, entry in enumerate(entries):
        if entry.metonyms and entry.kind != "country":
            where = f"$.entries[{i}].metonyms"
            raise DictionaryError(f"{where}: only country entries take metonyms",
                                  source=f"{label}:{line_of(path, where) or 1}")


def _read_dir(directory: Path) -> list[ActorEntry | AgentEntry]:
    if not directory.is_dir():
        raise DictionaryError("actor dictionary directory not found", source=str(directory))
    seen: dict[str, str] = {}
    out: list[ActorEntry | AgentEntry] = []
    for path in sorted(directory.rglob("*.yaml")):
        label = path.relative_to(directory.parent).as_posix()
        entries = read_actor_file(path, label=label)
        for i, entry in enumerate(entries):
            if entry.id in seen:
                where = f"$.entries[{i}].id"
                raise DictionaryError(f"{where}: duplicate id {entry.id!r} (first in {seen[entry.id]})",
                                      source=f"{label}:{line_of(path, where) or 1}")
            seen[entry.id] = label
        out.extend(entries)
    return out


def _merge(batches: Iterable[list[ActorEntry | AgentEntry]]) -> dict[str, ActorEntry | AgentEntry]:
    merged: dict[str, ActorEntry | AgentEntry] = {}
    for batch in batches:
        for entry in batch:
            if entry.id in merged:
                log.debug("actor entry %r from %s replaces the one from %s",
                          entry.id, entry.source, merged[entry.id].source)
            merged[entry.id] = entry
    return merged


def load_actor_dictionary(dirs: Sequence[Path] | None = None) -> ActorDictionary:
    """Load and validate every ``*.yaml`` under ``dirs`` (default: the shipped ``actors/``).

    Later directories replace earlier entries with the same ``id``.
    """
    paths = [Path(d) for d in dirs] if dirs is not None else [dictionaries_dir() / "actors"]
    merged = _merge(_read_dir(p) for p in paths)
    return ActorDictionary.from_entries(merged.values())
