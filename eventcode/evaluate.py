"""Evaluate a coder on a gold file: precision, recall and F1 of (source, root, target) triples.

>>> report = evaluate_file("../shared/eval/dev.jsonl")          # doctest: +SKIP
>>> print(format_report(report))                                 # doctest: +SKIP

Matching follows ``../shared/eval/score.py`` (docs/evaluation.md has the rules).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from eventcode.errors import InputError
from eventcode.evaluation import Report, check_gold, format_report, read_gold, score

__all__ = ["Report", "code_gold", "evaluate", "evaluate_file", "format_report"]


def evaluate(gold_records: Iterable[dict[str, Any]], events_df: pd.DataFrame, *,
             name: str = "gold") -> Report:
    """Score an events table (``code_corpus`` output: doc_id, event_code, source_code, ...).

    Documents that failed to code (``events_df.attrs["errors"]``) are listed in the report.
    """
    records = check_gold(gold_records)
    missing = {"doc_id", "event_code", "source_code", "target_code"} - set(events_df.columns)
    if missing:
        raise InputError(f"events table lacks columns {sorted(missing)}; pass code_corpus output")
    errors = [(str(e.get("doc_id")), str(e.get("error"))) for e in events_df.attrs.get("errors", [])]
    return score(records, events_df, name=name, errors=errors)


def code_gold(records: list[dict[str, Any]], coder: Any = None, *, n_jobs: int | None = 1) -> pd.DataFrame:
    """Code the ``text`` of each gold record (with its ``date``) through ``code_corpus``."""
    from eventcode.api import code_corpus

    docs = pd.DataFrame({"id": [str(r["id"]) for r in records], "text": [r["text"] for r in records],
                         "date": [r.get("date") for r in records]})
    return code_corpus(docs, coder=coder, n_jobs=n_jobs)


def evaluate_file(path: str | Path, coder: Any = None, *, n_jobs: int | None = 1) -> Report:
    """Code the gold file at ``path`` with ``coder`` (default: a ``Coder()``) and score it."""
    records = read_gold(path)
    return evaluate(records, code_gold(records, coder, n_jobs=n_jobs), name=Path(path).name)
