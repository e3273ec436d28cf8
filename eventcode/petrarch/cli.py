"""``eventcode import-petrarch`` and ``eventcode petrarch-tests`` (called from ``eventcode.cli``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from eventcode.petrarch.reader import read_petrarch
from eventcode.petrarch.records import PetrarchImport
from eventcode.petrarch.unit_records import UnitResult, run_unit_records, summarise
from eventcode.petrarch.writer import write_import

__all__ = ["run_import", "run_unit_tests", "write_issues"]


def run_import(args: argparse.Namespace) -> int:
    """Convert PETRARCH files into a dictionary directory; report what was not converted."""
    imported = read_petrarch(args.files)
    paths = write_import(imported, args.output, overwrite=args.overwrite)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as fh:
            write_issues(imported, fh)
    else:
        write_issues(imported, sys.stderr)
    for f in imported.files:
        sys.stderr.write(f.summary() + "\n")
    sys.stdout.write(f"wrote {len(paths)} files under {args.output}; check them with: "
                     f"eventcode validate {args.output}\n")
    return 0


def write_issues(imported: PetrarchImport, out: TextIO) -> None:
    """One line per skipped or partly converted line: ``FILE:LINE: skipped: reason``."""
    out.writelines(f"{issue}\n" for issue in imported.issues)


def run_unit_tests(args: argparse.Namespace) -> int:
    """Run PETRARCH's unit-test records; print the pass count (and failures with --show-failures)."""
    results = run_unit_records(args.records, engine=args.engine)
    if args.show_failures:
        sys.stdout.writelines(_failure(r) for r in results if not r.passed)
    sys.stdout.write(summarise(results) + "\n")
    return 0


def _failure(r: UnitResult) -> str:
    return (f"FAIL {r.record.id} [{r.record.category}] {r.record.text[:100]}\n"
            f"     expected: {_triples(r.record.expected)}\n     got:      {_triples(r.got)}\n")


def _triples(triples: Sequence | frozenset) -> str:
    if not triples:
        return "no event"
    return "; ".join(f"{s or '---'} {c} {t or '---'}" for s, c, t in sorted(triples, key=str))
