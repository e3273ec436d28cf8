"""Match predictions to gold events, record by record, exactly as ``score.py`` does.

For each gold event in order: the first unused prediction of the record whose root is accepted
and whose source and target satisfy the specs is its match (true positive); none: a miss.
Unmatched predictions are false positives, unless their root is in the record's ``allow``;
a prediction that fits a ``forbid`` entry (root and source) is always a false positive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
import pandas as pd

from eventcode.evaluation.report import Miss, Report, RootRow
from eventcode.evaluation.rules import actor_ok, location_ok, root_of, text_of

__all__ = ["predictions_by_doc", "score"]

Pred = dict[str, Any]


@attrs.define
class _Tally:
    counts: Counter = attrs.Factory(Counter)
    gold_roots: Counter = attrs.Factory(Counter)
    matched_roots: Counter = attrs.Factory(Counter)
    pred_roots: Counter = attrs.Factory(Counter)
    pred_matched_roots: Counter = attrs.Factory(Counter)
    confusion: Counter = attrs.Factory(Counter)
    misses: list[Miss] = attrs.Factory(list)


def predictions_by_doc(events: pd.DataFrame) -> dict[str, list[Pred]]:
    """Rows of an events table grouped by ``doc_id`` (as text), in table order."""
    by_doc: dict[str, list[Pred]] = {}
    for row in events.to_dict("records"):
        by_doc.setdefault(text_of(row.get("doc_id")), []).append(row)
    return by_doc


def score(records: Sequence[dict[str, Any]], events: pd.DataFrame, *, name: str = "gold",
          errors: Iterable[tuple[str, str]] = ()) -> Report:
    """A ``Report`` of ``events`` (one row per predicted event) against gold ``records``."""
    by_doc = predictions_by_doc(events)
    t = _Tally()
    for record in records:
        _score_record(record, by_doc.get(str(record["id"]), []), t)
    c = t.counts
    return Report(
        name=name, records=len(records), gold=c["gold"], predicted=len(events), tp=c["tp"],
        fp=c["fp"], fn=c["fn"], code_hit=c["code_hit"], root_hit=c["root_hit"], loc_n=c["loc_n"],
        loc_ok=c["loc_ok"], forbidden=c["forbid"], roots=_root_rows(t),
        confusion=tuple((g, p, n) for (g, p), n in t.confusion.most_common()),
        misses=tuple(t.misses), errors=tuple(errors))


def _score_record(record: dict[str, Any], preds: list[Pred], t: _Tally) -> None:
    used: set[int] = set()
    missed = []
    for g in record["events"]:
        t.counts["gold"] += 1
        t.gold_roots[_gold_root(g)] += 1
        if any(root_of(p.get("event_code")) in g["root"] for p in preds):
            t.counts["root_hit"] += 1
        hit = _match(g, preds, used)
        if hit is None:
            t.counts["fn"] += 1
            missed.append(g)
            continue
        used.add(hit)
        _count_hit(g, preds[hit], t)
    _count_unmatched(record, preds, used, t)
    for g in missed:
        _count_miss(record, g, preds, used, t)


def _gold_root(g: dict[str, Any]) -> str:
    return g["root"][0] if g["root"] else "--"


def _match(g: dict[str, Any], preds: list[Pred], used: set[int]) -> int | None:
    for i, p in enumerate(preds):
        if i not in used and root_of(p.get("event_code")) in g["root"] \
                and actor_ok(g.get("source"), p.get("source_code")) \
                and actor_ok(g.get("target"), p.get("target_code")):
            return i
    return None


def _count_hit(g: dict[str, Any], p: Pred, t: _Tally) -> None:
    t.counts["tp"] += 1
    t.matched_roots[_gold_root(g)] += 1
    t.pred_matched_roots[root_of(p.get("event_code"))] += 1
    if g.get("code") and text_of(p.get("event_code")) in g["code"]:
        t.counts["code_hit"] += 1
    if g.get("location"):
        t.counts["loc_n"] += 1
        if location_ok(g["location"], p.get("location_name"), p.get("location_country")):
            t.counts["loc_ok"] += 1


def _count_unmatched(record: dict[str, Any], preds: list[Pred], used: set[int], t: _Tally) -> None:
    allow = {x for a in record.get("allow", []) for x in a["root"]}
    for i, p in enumerate(preds):
        if i in used:
            continue
        rt = root_of(p.get("event_code"))
        if any(rt in f["root"] and actor_ok(f.get("source"), p.get("source_code"))
               for f in record.get("forbid", [])):
            t.counts["forbid"] += 1
            t.counts["fp"] += 1
            t.pred_roots[rt] += 1
        elif rt not in allow:
            t.counts["fp"] += 1
            t.pred_roots[rt] += 1


def _count_miss(record: dict[str, Any], g: dict[str, Any], preds: list[Pred], used: set[int],
                t: _Tally) -> None:
    free = [p for i, p in enumerate(preds) if i not in used]
    if not preds:
        cause, label = "no event", "none"
    elif any(root_of(p.get("event_code")) in g["root"] for p in preds):
        cause, label = "actors", "same root, other actors"
    else:
        cause = "other root"
        label = ",".join(sorted({root_of(p.get("event_code")) for p in free})) or "none left"
    t.confusion[(_gold_root(g), label)] += 1
    shown = tuple(_show(p) for p in preds)
    t.misses.append(Miss(str(record["id"]), str(record.get("text", "")), _gold_root(g), shown, cause))


def _show(p: Pred) -> str:
    src = text_of(p.get("source_code")) or "---"
    tgt = text_of(p.get("target_code")) or "---"
    return f"{src} {text_of(p.get('event_code'))} {tgt}"


def _root_rows(t: _Tally) -> tuple[RootRow, ...]:
    roots = sorted(set(t.gold_roots) | set(t.pred_roots) | set(t.pred_matched_roots))
    return tuple(RootRow(r, t.gold_roots[r], t.matched_roots[r],
                         t.pred_matched_roots[r] + t.pred_roots[r], t.pred_matched_roots[r])
                 for r in roots)
