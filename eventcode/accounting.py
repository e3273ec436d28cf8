"""Accounting for every document of a batch: ids checked, outcomes counted, reasons kept."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:  # api imports this module
    from eventcode.api import DocResult

__all__ = ["Tally", "check_ids"]


@attrs.define
class Tally:
    """Counts of a batch: every document is exactly one of coded, no event, or skipped."""

    documents: int = 0
    coded: int = 0
    no_event: int = 0
    skipped: int = 0
    events: int = 0
    warned: int = 0
    reasons: Counter[str] = attrs.Factory(Counter)

    def add(self, result: DocResult) -> DocResult:
        """Count ``result`` (and hand it back, so a stream can be counted as it passes)."""
        self.documents += 1
        self.events += len(result.events)
        self.warned += bool(result.warnings)
        if result.error:
            self.skipped += 1
            self.reasons[result.error] += 1
        elif result.events:
            self.coded += 1
        else:
            self.no_event += 1
        return result

    def as_dict(self) -> dict[str, object]:
        """Plain counts, with skip reasons most common first."""
        out: dict[str, object] = attrs.asdict(self, filter=lambda a, _: a.name != "reasons")
        out["reasons"] = dict(self.reasons.most_common())
        return out

    def summary(self, top: int = 5) -> str:
        """One line: events, then documents coded / without events / skipped (main reasons)."""
        reasons = "; ".join(f"{n} {why}" for why, n in self.reasons.most_common(top))
        more = "; ..." if len(self.reasons) > top else ""
        why = f" ({reasons}{more})" if reasons else ""
        return (f"{self.events} events; documents: {self.coded} coded, {self.no_event} without "
                f"events, {self.skipped} skipped{why}; {self.warned} with warnings")


def check_ids(results: Iterable[DocResult]) -> Iterator[DocResult]:
    """Name documents without an id by position (``#17``) and warn on ids seen before.

    Keeps every id seen, so memory grows with the number of documents (about 100 bytes each).
    """
    seen: set[str] = set()
    for position, result in enumerate(results):
        notes = []
        if result.doc_id is None:
            result = _renamed(result, f"#{position}")
            notes.append(f"document has no id; named '{result.doc_id}' by its position")
        if result.doc_id in seen:
            notes.append(f"id '{result.doc_id}' was used by an earlier document")
        seen.add(result.doc_id)
        yield attrs.evolve(result, warnings=(*result.warnings, *notes)) if notes else result


def _renamed(result: DocResult, doc_id: str) -> DocResult:
    events = tuple(attrs.evolve(e, doc_id=doc_id) for e in result.events)
    return attrs.evolve(result, doc_id=doc_id, events=events)
