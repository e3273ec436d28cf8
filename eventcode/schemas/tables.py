"""The schema tables (``eventcode/schemas/data/*.csv``), read once per process and validated."""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Mapping
from importlib import resources

import attrs

from eventcode.errors import DictionaryError

__all__ = ["CodeRule", "CodeTable", "Country", "Role", "code_table", "countries", "read_table", "roles"]

INTER_CLASSES: Mapping[str, frozenset[int]] = {
    "state": frozenset({1}), "nonstate": frozenset({2, 3, 4}), "armed": frozenset({1, 2, 3, 4, 8}),
    "unarmed": frozenset({5, 6, 7}), "protesters": frozenset({6}), "civilians": frozenset({7}),
}


@attrs.frozen(slots=True)
class Role:
    """One block of an actor code (``roles.csv``)."""

    code: str
    kind: str  # type | religion
    name: str
    acled_inter: int | None
    acled_inter_target: int | None


@attrs.frozen(slots=True)
class Country:
    """Codes of one country (``countries.csv``); empty strings where there is none."""

    iso3: str
    iso2: str
    numeric: str
    fips: str


@attrs.frozen(slots=True)
class CodeRule:
    """One row of a CAMEO crosswalk: the conditions it needs and the values it gives."""

    cameo: str
    values: Mapping[str, str]
    source: str = ""
    target: str = ""

    def holds(self, source_inter: int, target_inter: int) -> bool:
        """Whether the source and target classes (empty = any) match these inter codes."""
        return _in_class(self.source, source_inter) and _in_class(self.target, target_inter)


def _in_class(name: str, inter: int) -> bool:
    return not name or inter in INTER_CLASSES[name]


@attrs.frozen
class CodeTable:
    """CAMEO code -> rules, looked up by the longest listed prefix."""

    rules: Mapping[str, tuple[CodeRule, ...]]

    def lookup(self, code: str, source_inter: int = 0, target_inter: int = 0) -> CodeRule | None:
        """The first rule that holds, longest prefix first; None when no prefix gives one."""
        for size in range(len(code or ""), 1, -1):
            for rule in self.rules.get(code[:size], ()):
                if rule.holds(source_inter, target_inter):
                    return rule
        return None


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of ``data/<name>`` as dicts (``#`` lines are comments)."""
    text = resources.files("eventcode.schemas").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in io.StringIO(text) if not line.startswith("#")]
    return list(csv.DictReader(lines))


def _int(value: str, where: str) -> int | None:
    if not value:
        return None
    if not value.isdigit():
        raise DictionaryError(f"expected a number, got {value!r}", source=where)
    return int(value)


@functools.lru_cache(maxsize=1)
def roles() -> Mapping[str, Role]:
    """Role, organisation-type and religion blocks by code, in precedence order."""
    out = {}
    for n, r in enumerate(read_table("roles.csv"), 1):
        where = f"roles.csv row {n}"
        if ";" in r["name"] or r["kind"] not in ("type", "religion"):
            raise DictionaryError("kind must be type or religion; names may not hold ';'", source=where)
        out[r["code"]] = Role(r["code"], r["kind"], r["name"], _int(r["acled_inter"], where),
                              _int(r["acled_inter_target"], where))
    return out


@functools.lru_cache(maxsize=1)
def countries() -> Mapping[str, Country]:
    """Country codes by ISO3."""
    return {r["iso3"]: Country(r["iso3"], r["iso2"], r["numeric"], r["fips"])
            for r in read_table("countries.csv")}


@functools.lru_cache(maxsize=4)
def code_table(name: str) -> CodeTable:
    """A CAMEO crosswalk (``cameo_acled.csv``, ``cameo_plover.csv``), checked against the codebook."""
    from eventcode.codebook import default_codebook

    known = default_codebook().codes
    rules: dict[str, list[CodeRule]] = {}
    for n, r in enumerate(read_table(name), 1):
        _check_rule(r, known, f"{name} row {n}")
        values = {k: v for k, v in r.items() if k not in ("cameo", "source", "target")}
        rule = CodeRule(r["cameo"], values, r.get("source") or "", r.get("target") or "")
        rules.setdefault(r["cameo"], []).append(rule)
    return CodeTable({k: tuple(v) for k, v in rules.items()})


def _check_rule(row: dict[str, str], known: Mapping[str, object], where: str) -> None:
    if row["cameo"] not in known:
        raise DictionaryError(f"unknown CAMEO code {row['cameo']!r}", source=where)
    for key in ("source", "target"):
        if row.get(key) and row[key] not in INTER_CLASSES:
            raise DictionaryError(f"{key} must be one of {', '.join(INTER_CLASSES)}", source=where)


