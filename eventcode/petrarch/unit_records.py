"""Run PETRARCH's unit-test records (``PETR.UnitTest.records.xml``) through our coder.

Each ``<Sentence>`` holds the text, a date and the expected ``<EventCoding>`` triples (or
``noevents``, or a discard/parse ``error``, which both mean: no event). A record passes when
our events on the raw text are exactly the expected (source, code, target) set. ``---GOV``
(an agent without a country) is compared as ``GOV``; a ``---`` target means no target.
The records use the ``PETR.Validate.*`` dictionaries named in their ``<Environment>``, whose
WEIS-style codes (``345``, ``903``) are added to the codebook for this run.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from eventcode.codebook import Codebook, CodeInfo, default_codebook
from eventcode.errors import InputError

__all__ = ["UnitRecord", "UnitResult", "load_unit_records", "run_unit_records", "summarise", "unit_test_coder",
           "validation_codebook"]

Triple = tuple[str | None, str, str | None]
_ENV_FILES = ("Verbfile", "Actorfile", "Agentfile", "Discardfile")
_BRACKET_CODE = re.compile(r"\[:?([0-9A-Z]{2,5})(?::[0-9A-Z]*)?\]")


@attrs.frozen(slots=True)
class UnitRecord:
    """One test sentence and the events PETRARCH must produce for it."""

    id: str
    category: str
    text: str
    date: dt.date | None
    expected: frozenset[Triple]


@attrs.frozen(slots=True)
class UnitResult:
    """What our coder gave for one record."""

    record: UnitRecord
    got: frozenset[Triple]
    error: str | None = None

    @property
    def passed(self) -> bool:
        return self.error is None and self.got == self.record.expected

    @property
    def missing(self) -> frozenset[Triple]:
        return self.record.expected - self.got

    @property
    def extra(self) -> frozenset[Triple]:
        return self.got - self.record.expected


def load_unit_records(path: str | Path) -> tuple[list[UnitRecord], list[Path]]:
    """The records of the XML file and the dictionary files its ``<Environment>`` names."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read unit-test records '{path}': {exc}") from exc
    env = root.find("Environment")
    files = [path.parent / (env.findtext(tag) or "").strip() for tag in _ENV_FILES] if env is not None else []
    records = [_record(s) for s in root.iter("Sentence")]
    return records, [f for f in files if f.name]


def _record(s: ET.Element) -> UnitRecord:
    expected = frozenset(_triple(e.attrib) for e in s.findall("EventCoding")
                         if "eventcode" in e.attrib)
    return UnitRecord(id=s.get("id", ""), category=s.get("category", ""),
                      text=" ".join((s.findtext("Text") or "").split()), date=_date(s.get("date")),
                      expected=expected)


def _triple(a: dict[str, str]) -> Triple:
    return (_actor(a.get("sourcecode")), a["eventcode"].strip(), _actor(a.get("targetcode")))


def _actor(code: str | None) -> str | None:
    code = (code or "").strip()
    code = code.removeprefix("---")
    return code or None


def _date(text: str | None) -> dt.date | None:
    if not text or not text.isdigit() or len(text) != 8:
        return None
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))


def validation_codebook(verb_file: Path, records: Sequence[UnitRecord]) -> Codebook:
    """The CAMEO codebook plus every code of the validation verbs file and the records.

    Every code needs a target here, as PETRARCH's default ``require_dyad = True`` demands, and
    a future act keeps its own code (PETRARCH has no intent rule).
    """
    base = default_codebook()
    codes = set(_BRACKET_CODE.findall(verb_file.read_text(encoding="utf-8", errors="replace")))
    codes |= {t[1] for r in records for t in r.expected}
    extra = {c: CodeInfo(c, "PETRARCH validation code", 0.0, 0, False) for c in codes
             if not base.is_valid(c)}
    dyadic = {c: attrs.evolve(info, target_optional=False, symmetric=False) for c, info in base.codes.items()}
    return Codebook({**dyadic, **extra}, future_as_intent=False, unidentified_attackers=False)


def unit_test_coder(files: Sequence[Path], records: Sequence[UnitRecord], *, engine: Any = "fast") -> Any:
    """A ``Coder`` with only the validation dictionaries (and no places)."""
    from eventcode.api import Coder
    from eventcode.dictionaries import Dictionaries, load_dictionaries
    from eventcode.petrarch.merge import merge_petrarch

    verb_files = [f for f in files if "verb" in f.name.lower()]
    codebook = validation_codebook(verb_files[0], records) if verb_files else default_codebook()
    empty = load_dictionaries(defaults=False)
    verbs, actors = merge_petrarch(empty.verbs, empty.actors, list(files), codebook=codebook)
    return Coder(dictionaries=Dictionaries(verbs, actors, codebook), engine=engine, places=False)


def run_unit_records(path: str | Path, *, engine: Any = "fast", coder: Any = None) -> list[UnitResult]:
    """Code every record of the XML file at ``path``; one ``UnitResult`` per record."""
    records, files = load_unit_records(path)
    coder = coder or unit_test_coder(files, records, engine=engine)
    return [_run(coder, r) for r in records]


def _run(coder: Any, record: UnitRecord) -> UnitResult:
    if not record.text:
        return UnitResult(record, frozenset(), error="empty text")
    events = coder.code(record.text, date=record.date, doc_id=record.id)
    got = frozenset((e.source.code if e.source else None, e.code, e.target.code if e.target else None)
                    for e in events)
    return UnitResult(record, got)


def summarise(results: Sequence[UnitResult]) -> str:
    """``passed N of M`` and the pass count per category."""
    total = Counter(r.record.category for r in results)
    passed = Counter(r.record.category for r in results if r.passed)
    by_cat = ", ".join(f"{c} {passed[c]}/{n}" for c, n in sorted(total.items()))
    return f"passed {sum(passed.values())} of {len(results)} records ({by_cat})"
