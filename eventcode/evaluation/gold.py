"""Read and check gold files: JSON lines of ``{id, text, date, events, forbid, allow}``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventcode.errors import InputError

__all__ = ["check_gold", "read_gold"]

_LIST_OR_NULL = ("source", "target", "code")


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """The records of a gold JSONL file, checked (errors name the line)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file '{path}': {exc}") from exc
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path.name}:{number}: not JSON ({exc.msg})") from exc
        records.append(_checked(record, f"{path.name}:{number}"))
    return records


def check_gold(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """``records`` as a list, each checked (errors name the record's position)."""
    return [_checked(r, f"record {i}") for i, r in enumerate(records)]


def _checked(record: Any, where: str) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise InputError(f"{where}: a gold record must be a JSON object")
    for key in ("id", "text", "events"):
        if key not in record:
            raise InputError(f"{where}: missing '{key}' (see docs/evaluation.md for the format)")
    for group in ("events", "forbid", "allow"):
        items = record.get(group, [])
        if not isinstance(items, list):
            raise InputError(f"{where}: '{group}' must be a list")
        for j, event in enumerate(items):
            _check_event(event, f"{where}: {group}[{j}]", full=group == "events")
    return record


def _check_event(event: Any, where: str, *, full: bool) -> None:
    if not isinstance(event, dict) or not isinstance(event.get("root"), list):
        raise InputError(f"{where}: needs 'root', a list of accepted 2-digit roots")
    keys = _LIST_OR_NULL if full else ("source",)
    for key in keys:
        value = event.get(key)
        if value is not None and not isinstance(value, list):
            raise InputError(f"{where}: '{key}' must be a list of accepted values or null")
    location = event.get("location") if full else None
    if location is not None and not (isinstance(location, dict) and "country" in location):
        raise InputError(f"{where}: 'location' must be null or {{\"country\": ISO3, \"names\": [...]}}")
