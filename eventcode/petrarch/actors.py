"""Read a PETRARCH actor dictionary: ``NAME [CODE]``, ``+ALIAS`` lines and dated ``[CODE d1-d2]``.

A record is a primary phrase, its ``+`` synonyms and its bracketed codes (on the same line or
on the lines below). The undated code is the entry's ``code``; dated codes become ``roles``.
A record with dated codes only gets its roles' leading block (the country) as ``code``.
"""

from __future__ import annotations

import re
from collections import Counter

import attrs

from eventcode.actors.entries import ActorEntry, Role
from eventcode.petrarch.dates import DatedCode, read_dated_code
from eventcode.petrarch.records import FileImport, Issue, Line
from eventcode.petrarch.words import display_name

__all__ = ["read_actors"]

_BRACKETS = re.compile(r"\[([^\[\]]*)[\]}]")
NON_COUNTRY = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "INT", "REB", "ELI", "BUS",
                         "MED", "CVL", "GOV", "MIL", "OPP", "COP", "JUD", "LEG", "SPY"})
ARMED = frozenset({"REB", "INS", "UAF", "SEP", "IMG"})


@attrs.define
class _Record:
    line: int
    names: list[str] = attrs.Factory(list)
    codes: list[tuple[int, DatedCode]] = attrs.Factory(list)
    lines: list[int] = attrs.Factory(list)

    def skip(self, label: str, reason: str) -> list[Issue]:
        """One issue per line of this record."""
        return [Issue(label, n, reason) for n in sorted({self.line, *self.lines})]


def read_actors(label: str, lines: list[Line], *, prefix: str) -> FileImport:
    """Actor entries and issues of one actor file."""
    records: list[_Record] = []
    issues: list[Issue] = []
    for line in lines:
        text = line.text.strip().split(";", 1)[0].strip()
        if text.startswith("["):
            if not records:
                issues.append(Issue(label, line.number, "code line before any actor name"))
                continue
            records[-1].codes += [(line.number, read_dated_code(c)) for c in _BRACKETS.findall(text)]
            records[-1].lines.append(line.number)
        elif text.startswith("+") and records:
            records[-1].names.append(text[1:].split("[", 1)[0])
            records[-1].lines.append(line.number)
        else:
            rec = _Record(line.number, [text.lstrip("+").split("[", 1)[0]])
            rec.codes = [(line.number, read_dated_code(c)) for c in _BRACKETS.findall(text)]
            records.append(rec)
    entries = []
    for rec in records:
        entry = _entry(rec, label, prefix, issues)
        if entry is not None:
            entries.append(entry)
    return FileImport(label, "actors", len(lines), entries=tuple(entries),
                      issues=tuple(sorted(issues, key=lambda i: i.line)))


def _entry(rec: _Record, label: str, prefix: str, issues: list[Issue]) -> ActorEntry | None:
    names = list(dict.fromkeys(n for n in (display_name(x) for x in rec.names) if n))
    if not names:
        issues += rec.skip(label, "actor record without a name")
        return None
    default, roles = _codes(rec, label, issues)
    code = default or _leading_block(roles)
    if code is None:
        issues += rec.skip(label, f"no usable code for '{names[0]}'")
        return None
    return ActorEntry(id=f"{prefix}.{rec.line}", name=names[0], code=code, aliases=tuple(names[1:]),
                      roles=tuple(roles), kind=_kind(code, roles), source=label,
                      comment=f"{label}:{rec.line}")


def _codes(rec: _Record, label: str, issues: list[Issue]) -> tuple[str | None, list[Role]]:
    default: str | None = None
    roles: list[Role] = []
    for number, dc in rec.codes:
        if dc.note:
            issues.append(Issue(label, number, dc.note, skipped=False))
        if dc.code is None:
            _report_unusable(dc, number, label, issues, null_ok=not dc.dated)
        elif dc.dated:
            roles.append(Role(dc.code, dc.start, dc.end))
        elif default is None:
            default = dc.code
        else:
            issues.append(Issue(label, number, f"second undated code '{dc.code}' ignored", skipped=False))
    return default, roles


def _report_unusable(dc: DatedCode, number: int, label: str, issues: list[Issue], *, null_ok: bool) -> None:
    if dc.reason.startswith("null code") and null_ok:
        return  # an explicit "no code": the record gets none, reported if nothing else is left
    what = "dated code dropped" if dc.dated else "code dropped"
    issues.append(Issue(label, number, f"{what}: {dc.reason}", skipped=False))


def _leading_block(roles: list[Role]) -> str | None:
    if not roles:
        return None
    return Counter(r.code[:3] for r in roles).most_common(1)[0][0]


def _kind(code: str, roles: list[Role]) -> str:
    if roles:
        return "person"
    blocks = {code[i:i + 3] for i in range(0, len(code), 3)}
    if blocks & ARMED:
        return "group"
    if len(code) == 3 and code not in NON_COUNTRY:
        return "country"
    return "organisation"
