"""``eventcode report``: an event table in, one self-contained HTML file out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventcode.errors import InputError
from eventcode.report.load import read_events
from eventcode.report.page import write_report

__all__ = ["run_report"]


def run_report(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if output.suffix.lower() not in (".html", ".htm"):
        raise InputError(f"output '{args.output}' must end in .html")
    if output.exists() and not args.overwrite:
        raise InputError(f"output '{args.output}' exists; pass --overwrite to replace it")
    df = read_events(args.events)
    write_report(df, output, title=args.title or f"eventcode report: {Path(args.events).name}",
                 top=args.top, sample=args.sample, seed=args.seed)
    sys.stderr.write(f"wrote {output} ({len(df)} events)\n")
    return 0
