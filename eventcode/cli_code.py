"""``eventcode code``: stream documents through the coder and write events as they come."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from tqdm import tqdm

from eventcode.accounting import Tally, check_ids
from eventcode.api import Coder, DocResult, document_date
from eventcode.batch import chunked, code_stream
from eventcode.dedup import Deduplicator
from eventcode.dictionaries import load_dictionaries
from eventcode.docio import read_documents
from eventcode.errors import InputError
from eventcode.export import events_to_frame
from eventcode.records import Event
from eventcode.schemas import to_schema
from eventcode.sinks import TableWriter
from eventcode.textprep import is_missing

__all__ = ["format_event", "run_code"]

WRITE_EVERY = 512  # documents per output chunk


def run_code(args: argparse.Namespace) -> int:
    schema, dedup = getattr(args, "schema", "ours"), getattr(args, "dedup", "none")
    if not args.output and (schema, dedup) != ("ours", "none"):
        raise InputError("--schema and --dedup shape a table: add -o FILE (.csv, .jsonl or .parquet)")
    dictionaries = load_dictionaries(args.dictionaries) if args.dictionaries else None
    coder = Coder(dictionaries=dictionaries, engine=args.engine)
    if args.date and document_date(args.date)[1]:
        raise InputError(f"--date {args.date!r} is not an ISO date (YYYY-MM-DD) in 1800-2200")
    docs = read_documents(args.input, id_col=args.id_col, text_col=args.text_col, date_col=args.date_col,
                          encoding_errors=getattr(args, "encoding_errors", "strict"))
    if args.date:
        docs = ((i, t, args.date if is_missing(d) or d == "" else d) for i, t, d in docs)
    results = check_ids(code_stream(docs, coder=coder, n_jobs=args.jobs, chunksize=args.chunksize))
    tally = Tally()
    counted = _count(tqdm(results, unit="doc", file=sys.stderr, disable=None, mininterval=1.0,
                          leave=False), tally)
    if args.output:
        _write_table(counted, args, schema, dedup)
    else:
        for result in counted:
            sys.stdout.writelines(format_event(e) + "\n" for e in result.events)
    sys.stderr.write(tally.summary() + "\n")
    return 0


def _write_table(results: Iterator[DocResult], args: argparse.Namespace, schema: str, dedup: str) -> None:
    """Events in chunks of documents, deduplicated and converted as asked, written atomically."""
    merger = Deduplicator(dedup, window_days=getattr(args, "dedup_window", None))
    with TableWriter(args.output, overwrite=args.overwrite) as writer:
        for chunk in chunked(results, WRITE_EVERY):
            writer.write(to_schema(merger.feed(_frame(chunk)), schema))
        writer.write(to_schema(merger.flush(), schema))
    if dedup != "none":
        late = f"; {merger.late} late mentions of days already written dropped" if merger.late else ""
        sys.stderr.write(f"{writer.rows} rows after {dedup} deduplication{late}\n")


def _count(results: Iterator[DocResult], tally: Tally) -> Iterator[DocResult]:
    for result in results:
        tally.add(result)
        for warning in result.warnings:
            sys.stderr.write(f"warning {result.doc_id}: {warning}\n")
        if result.error:
            sys.stderr.write(f"skipped {result.doc_id}: {result.error}\n")
        yield result


def _frame(chunk: list[DocResult]):
    return events_to_frame(e for r in chunk for e in r.events)


def format_event(e: Event) -> str:
    """One readable line: who -> code -> whom, where, why."""
    src = e.source.code if e.source else "---"
    tgt = e.target.code if e.target else "---"
    where = f" @ {e.location.name}, {e.location.country}" if e.location else ""
    return f"{e.doc_id}:{e.sentence_id}\t{src} -> {e.code} -> {tgt}{where}\t[{e.pattern_id}: {e.trigger!r}]"
