"""Safe YAML reading and validated structuring, with errors that name file, line and path.

Parsing uses ``yaml.safe_load`` (the C loader when present). Line numbers are found only when
an error is reported, by composing the document once more and walking to the failing path.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any, TypeVar

import cattrs
import yaml

from eventcode.errors import DictionaryError

__all__ = ["DictionaryError", "line_of", "make_converter", "read_yaml", "structure"]

log = logging.getLogger(__name__)
T = TypeVar("T")
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[misc, valid-type]
    """The safe loader, noting keys given twice in one mapping (YAML keeps only the last)."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[str, int]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
            if key in seen:
                self.duplicates.append((str(key), key_node.start_mark.line + 1))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _load(text: str, label: str) -> Any:
    """Safe-load ``text``; a key given twice in one mapping is logged as a warning with its line."""
    loader = _Loader(text)
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    for key, line in loader.duplicates:
        log.warning("%s:%d: duplicate key '%s'; only its last value is used", label, line, key)
    return data

_PATH_STEP = re.compile(r"\.([A-Za-z_][\w-]*)|\[(\d+)\]|\['([^']*)'\]")


def make_converter() -> cattrs.Converter:
    """A strict converter: unknown keys are errors; strings must be strings (no 10 -> "10")."""
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(str | list[str] | None, _words)
    return conv


def _strict_str(value: Any, _type: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {value!r}; quote it in the file (e.g. \"010\", \"on\")")
    return value


def _words(value: Any, _type: Any) -> str | list[str] | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list):
        return [_strict_str(v, str) for v in value]
    return _strict_str(value, str)


def read_yaml(path: Path, *, label: str | None = None) -> Any:
    """Load ``path`` with the safe loader; syntax errors become ``DictionaryError`` with the line."""
    label = label or path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DictionaryError(f"cannot read the file ({exc.strerror or exc}); check its path",
                              source=label) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DictionaryError(f"not UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
                              source=f"{label}:{line}") from exc
    try:
        return _load(text, label)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{label}:{mark.line + 1}" if mark else label
        raise DictionaryError(f"YAML syntax error: {getattr(exc, 'problem', exc)}", source=where) from exc


def line_of(path: Path, json_path: str) -> int | None:
    """1-based line of the node at ``json_path`` (``$.patterns[3].code``) in ``path``, or None."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for key, index, quoted in _PATH_STEP.findall(json_path.lstrip("$")):
        node = _child(node, key or quoted, index)
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def _child(node: Any, key: str, index: str) -> Any:
    if index and isinstance(node, yaml.SequenceNode):
        i = int(index)
        return node.value[i] if i < len(node.value) else None
    if key and isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                return v
    return None


def structure(converter: cattrs.Converter, data: Any, cls: type[T], *, path: Path,
              label: str, base: str = "$") -> T:
    """Structure ``data`` into ``cls``; the first error names ``label:line: path: message``."""
    try:
        return converter.structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - cattrs raises ExceptionGroups of many kinds
        message, where = _first_error(exc, base)
        line = line_of(path, where)
        source = f"{label}:{line}" if line else label
        raise DictionaryError(f"{where}: {message}", source=source) from exc


def _format(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, ValueError) and not isinstance(exc, cattrs.BaseValidationError):
        return str(exc)
    if isinstance(exc, AttributeError) and "keys" in str(exc):
        return "expected a mapping of 'key: value' entries here"
    return cattrs.v.format_exception(exc, type_)


def _first_error(exc: BaseException, base: str) -> tuple[str, str]:
    if isinstance(exc, (cattrs.ClassValidationError, cattrs.IterableValidationError)):
        lines = cattrs.transform_error(exc, path=base, format_exception=_format)
        first = lines[0] if lines else str(exc)
        message, _, where = first.rpartition(" @ ")
        message, where = message or first, where or base
        if message.startswith("extra fields found ("):
            key = message[len("extra fields found ("):].rstrip(")").split(",")[0].strip()
            return f"unknown key '{key}' (allowed keys are in docs/dictionaries.md)", f"{where}.{key}"
        return message, where
    return str(exc), base
