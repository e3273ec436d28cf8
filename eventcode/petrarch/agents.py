"""Read a PETRARCH agent dictionary: ``PHRASE {plural} [~ROLE]``, ``[ROLE~]``, ``!SET! = a, b``.

Plurals follow PETRARCH: ``{}`` none, ``{FORMS}`` as given, else the regular plural of the
last word. ``!SET!`` in a phrase is replaced by every member of the set (no plurals then).
Our agents append their role after the actor's code, so a prefix role (``NGO~``) is appended
too: "Syrian human rights body" gives SYRNGO where PETRARCH gives NGOSYR (reported).
"""

from __future__ import annotations

import re

from eventcode.actors.entries import AgentEntry
from eventcode.petrarch.records import FileImport, Issue, Line
from eventcode.petrarch.words import phrase, plural

__all__ = ["read_agents"]

_SET_DEF = re.compile(r"^!([^!]+)!\s*=\s*(.+)$")
_CODE = re.compile(r"(?:[A-Z]{3})+")
_MARKER = re.compile(r"!([^!]+)!")


def read_agents(label: str, lines: list[Line], *, prefix: str) -> FileImport:
    """Agent entries and issues of one agent file."""
    sets: dict[str, list[str]] = {}
    agents: list[AgentEntry] = []
    issues: list[Issue] = []
    for line in lines:
        text = line.text.strip()
        m = _SET_DEF.match(text)
        if m:
            sets[m.group(1).upper()] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        agent, issue = _agent(line, text, sets, label, prefix)
        if agent is not None:
            agents.append(agent)
        if issue is not None:
            issues.append(issue)
    return FileImport(label, "agents", len(lines), agents=tuple(agents), issues=tuple(issues))


def _agent(line: Line, text: str, sets: dict[str, list[str]], label: str, prefix: str
           ) -> tuple[AgentEntry | None, Issue | None]:
    if "[" not in text:
        return None, Issue(label, line.number, "agent without a '[code]'")
    head, _, rest = text.partition("[")
    role, note = _role(re.split(r"[\]}]", rest, maxsplit=1)[0])
    if role is None:
        return None, Issue(label, line.number, note)
    words, reason = _words(head, sets)
    if not words:
        return None, Issue(label, line.number, reason or "agent without words")
    agent = AgentEntry(id=f"{prefix}.{line.number}", role=role, words=tuple(words),
                       comment=f"{label}:{line.number}", source=label)
    return agent, (Issue(label, line.number, note, skipped=False) if note else None)


def _role(code: str) -> tuple[str | None, str]:
    """``~GOV`` -> GOV; ``NGO~`` -> NGO (noted); anything else: None and the reason."""
    code = code.replace(" ", "")
    suffix = code.startswith("~")
    bare = code.strip("~")
    if "~" not in code or "~" in bare:
        return None, f"agent code '[{code}]' needs one '~' before or after the role"
    if not _CODE.fullmatch(bare):
        return None, f"agent role '{bare}' is not made of 3-letter blocks"
    return bare, "" if suffix else f"prefix role '{code}' is appended after the actor code"


def _words(head: str, sets: dict[str, list[str]]) -> tuple[list[str], str]:
    forms = head.split("{", 1)
    base = forms[0].strip()
    marker = _MARKER.search(base)
    if marker:
        members = sets.get(marker.group(1).upper())
        if members is None:
            return [], f"substitution set '!{marker.group(1)}!' is not defined above"
        return [phrase(base.replace(marker.group(0), m)) for m in members], ""
    word = phrase(base)
    if len(forms) > 1:
        given = forms[1].split("}", 1)[0].strip()
        return [word] + [phrase(w) for w in given.split()] if given else [word], ""
    return [word, _plural_phrase(word)], ""


def _plural_phrase(words: str) -> str:
    *head, last = words.split()
    return " ".join([*head, plural(last)])
