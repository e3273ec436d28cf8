"""``eventcode code``: read documents, code them, write or print the events."""

from __future__ import annotations

import argparse
import sys

from tqdm import tqdm

from eventcode.api import Coder
from eventcode.dictionaries import load_dictionaries
from eventcode.docio import read_documents, write_frame
from eventcode.export import events_to_frame
from eventcode.records import Event

__all__ = ["format_event", "run_code"]


def run_code(args: argparse.Namespace) -> int:
    dictionaries = load_dictionaries(args.dictionaries) if args.dictionaries else None
    coder = Coder(dictionaries=dictionaries, engine=args.engine)
    docs = read_documents(args.input, id_col=args.id_col, text_col=args.text_col, date_col=args.date_col)
    if args.date:
        docs = ((i, t, d or args.date) for i, t, d in docs)
    events, counts = [], {"coded": 0, "no_event": 0, "skipped": 0}
    for result in tqdm(coder.code_documents(docs), unit="doc", file=sys.stderr, disable=None,
                       mininterval=1.0, leave=False):
        events.extend(result.events)
        key = "skipped" if result.error else "coded" if result.events else "no_event"
        counts[key] += 1
        if result.error:
            sys.stderr.write(f"skipped {result.doc_id}: {result.error}\n")
    if args.output:
        write_frame(events_to_frame(events), args.output, overwrite=args.overwrite)
    else:
        sys.stdout.writelines(format_event(e) + "\n" for e in events)
    sys.stderr.write(f"{len(events)} events; documents: {counts['coded']} coded, "
                     f"{counts['no_event']} without events, {counts['skipped']} skipped\n")
    return 0


def format_event(e: Event) -> str:
    """One readable line: who -> code -> whom, where, why."""
    src = e.source.code if e.source else "---"
    tgt = e.target.code if e.target else "---"
    where = f" @ {e.location.name}, {e.location.country}" if e.location else ""
    return f"{e.doc_id}:{e.sentence_id}\t{src} -> {e.code} -> {tgt}{where}\t[{e.pattern_id}: {e.trigger!r}]"
