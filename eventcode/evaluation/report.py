"""The evaluation report: counts, derived figures, per-root rows, confusions and misses."""

from __future__ import annotations

import attrs

__all__ = ["Miss", "Report", "RootRow"]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@attrs.frozen(slots=True)
class RootRow:
    """One CAMEO root: gold events (by first accepted root) and predictions (by predicted root)."""

    root: str
    gold: int = 0
    matched: int = 0
    predicted: int = 0
    predicted_matched: int = 0

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def precision(self) -> float:
        return _ratio(self.predicted_matched, self.predicted)


@attrs.frozen(slots=True)
class Miss:
    """A gold event no prediction matched, with what was predicted for its record."""

    record_id: str
    text: str
    gold_root: str
    predicted: tuple[str, ...]  # "SRC code TGT" of the record's predictions
    cause: str  # "no event" | "other root" | "actors"


@attrs.frozen
class Report:
    """Figures of one gold file, matched the way ``../shared/eval/score.py`` matches."""

    name: str
    records: int
    gold: int
    predicted: int
    tp: int
    fp: int
    fn: int
    code_hit: int
    root_hit: int
    loc_n: int
    loc_ok: int
    forbidden: int
    roots: tuple[RootRow, ...] = ()
    confusion: tuple[tuple[str, str, int], ...] = ()  # (gold root, predicted root or cause, count)
    misses: tuple[Miss, ...] = ()
    errors: tuple[tuple[str, str], ...] = ()  # (doc id, reason) of documents that failed

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def root_recall(self) -> float:
        return _ratio(self.root_hit, self.gold)

    @property
    def code_agreement(self) -> float:
        """Exact-code agreement on matched events."""
        return _ratio(self.code_hit, self.tp)

    @property
    def location_accuracy(self) -> float:
        return _ratio(self.loc_ok, self.loc_n)

    def to_dict(self) -> dict[str, object]:
        """The headline figures as a flat dict (for JSON output and tables)."""
        return {"name": self.name, "records": self.records, "gold": self.gold,
                "predicted": self.predicted, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "code_hit": self.code_hit, "root_recall": round(self.root_recall, 4),
                "loc_ok": self.loc_ok, "loc_n": self.loc_n, "forbidden": self.forbidden}
