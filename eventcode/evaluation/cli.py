"""``eventcode evaluate GOLD.jsonl ...`` (called from ``eventcode.cli``)."""

from __future__ import annotations

import argparse
import json
import sys
import time

__all__ = ["run_evaluate"]


def run_evaluate(args: argparse.Namespace) -> int:
    """Code and score each gold file; the last line is ``name:F1=...`` per file, as score.py prints."""
    from eventcode.evaluate import evaluate_file, format_report

    coder = _coder(args)
    figures, rows = [], []
    for path in args.gold:
        start = time.perf_counter()
        report = evaluate_file(path, coder, n_jobs=args.jobs)
        took = time.perf_counter() - start
        sys.stdout.write(format_report(report, show_misses=args.show_misses, seconds=took) + "\n")
        figures.append(f"{report.name}:F1={report.f1:.3f}")
        rows.append(report.to_dict())
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, indent=2)
    sys.stdout.write(" ".join(figures) + "\n")
    return 0


def _coder(args: argparse.Namespace):
    from eventcode.api import Coder
    from eventcode.dictionaries import load_dictionaries

    if not (args.dictionaries or args.petrarch or args.no_defaults):
        return Coder(engine=args.engine)
    dictionaries = load_dictionaries(args.dictionaries, defaults=not args.no_defaults, petrarch=args.petrarch)
    return Coder(dictionaries=dictionaries, engine=args.engine)
