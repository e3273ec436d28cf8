"""The ``eventcode`` command line: code, validate, download."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from eventcode import __version__
from eventcode.errors import EventcodeError

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventcode", description="Code news text into CAMEO events.")
    parser.add_argument("--version", action="version", version=f"eventcode {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages to stderr")
    sub = parser.add_subparsers(dest="command", required=True)
    code = sub.add_parser("code", help="code documents into events")
    code.add_argument("input", help="text file (one document), .jsonl/.csv/.parquet of id,text,date, or -")
    code.add_argument("-o", "--output", help="write .csv, .jsonl or .parquet (default: a summary on stdout)")
    code.add_argument("--engine", default="fast", help="fast (default), stanza or conllu")
    code.add_argument("--dictionaries", action="append", default=[], metavar="DIR",
                      help="extra dictionary directory merged over the defaults (repeatable)")
    code.add_argument("--date", help="publication date for a plain text input (YYYY-MM-DD)")
    code.add_argument("--overwrite", action="store_true", help="replace an existing output file")
    code.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default 0: all cores)")
    code.add_argument("--chunksize", type=int, default=16, help="documents sent to a worker at a time")
    code.add_argument("--schema", default="ours", choices=("ours", "gdelt", "acled", "plover"),
                      help="output columns (with -o): ours (default), gdelt, acled or plover")
    code.add_argument("--dedup", default="none", choices=("none", "story", "daily"),
                      help="merge repeated events (with -o): per document (story) or per day (daily)")
    code.add_argument("--dedup-window", type=int, metavar="DAYS",
                      help="daily: write a day once the input is DAYS past it (date-sorted input; "
                           "bounds memory). Default: hold every day until the end")
    code.add_argument("--encoding-errors", default="strict", choices=("strict", "replace"),
                      help="invalid UTF-8 in the input: stop with file and line (strict, default) "
                           "or decode it as U+FFFD (replace)")
    code.add_argument("--id-col", default="id")
    code.add_argument("--text-col", default="text")
    code.add_argument("--date-col", default="date")
    code.set_defaults(func=_cmd_code)
    val = sub.add_parser("validate", help="check a dictionary directory; non-zero exit on errors")
    val.add_argument("directory", nargs="?", help="directory with verbs/ and/or actors/ (default: shipped)")
    val.set_defaults(func=_cmd_validate)
    dl = sub.add_parser("download", help="download stanza's English models (needs eventcode[stanza])")
    dl.add_argument("--model-dir", help="where to put the models (default: stanza's)")
    dl.set_defaults(func=_cmd_download)
    rep = sub.add_parser("report", help="write a one-file HTML report of coded events (needs eventcode[plot])")
    rep.add_argument("events", help="events .csv, .jsonl or .parquet (as 'eventcode code -o' writes them)")
    rep.add_argument("-o", "--output", required=True, help="the .html file to write")
    rep.add_argument("--title", help="page title (default: names the input file)")
    rep.add_argument("--top", type=int, default=15, help="rows of the top tables and pairs in the heat map")
    rep.add_argument("--sample", type=int, default=20, help="events shown with their sentences")
    rep.add_argument("--seed", type=int, default=0, help="seed of the random sample")
    rep.add_argument("--overwrite", action="store_true", help="replace an existing output file")
    rep.set_defaults(func=_cmd_report)
    ev = sub.add_parser("evaluate", help="score the coder on gold files (docs/evaluation.md)")
    ev.add_argument("gold", nargs="+", help="gold .jsonl file(s) in the format of docs/evaluation.md")
    ev.add_argument("--show-misses", action="store_true", help="list every gold event that was missed")
    ev.add_argument("--engine", default="fast", help="fast (default), stanza or conllu")
    ev.add_argument("--dictionaries", action="append", default=[], metavar="DIR",
                    help="extra dictionary directory merged over the defaults (repeatable)")
    ev.add_argument("--petrarch", action="append", default=[], metavar="FILE",
                    help="PETRARCH dictionary file read directly (repeatable)")
    ev.add_argument("--no-defaults", action="store_true", help="leave out the shipped dictionaries")
    ev.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    ev.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ev.set_defaults(func=_cmd_evaluate)
    imp = sub.add_parser("import-petrarch", help="convert PETRARCH dictionaries into our YAML format")
    imp.add_argument("files", nargs="+", help="PETRARCH verb, actor, agent, discard or issue files")
    imp.add_argument("-o", "--output", required=True, metavar="DIR", help="dictionary directory to write")
    imp.add_argument("--report", metavar="FILE", help="write unconverted lines here (default: stderr)")
    imp.add_argument("--overwrite", action="store_true", help="write into a non-empty directory")
    imp.set_defaults(func=_cmd_import_petrarch)
    pt = sub.add_parser("petrarch-tests", help="run PETRARCH's unit-test records through the coder")
    pt.add_argument("records", help="PETR.UnitTest.records.xml (its dictionaries sit beside it)")
    pt.add_argument("--engine", default="fast", help="fast (default), stanza or conllu")
    pt.add_argument("--show-failures", action="store_true", help="list failing records")
    pt.set_defaults(func=_cmd_petrarch_tests)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except EventcodeError as exc:
        sys.stderr.write(f"eventcode: error: {exc}\n")
        return 2
    except BrokenPipeError:  # stdout closed early (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:
        sys.stderr.write(f"eventcode: error: {exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("eventcode: interrupted\n")
        return 130


def _cmd_code(args: argparse.Namespace) -> int:
    from eventcode.cli_code import run_code

    return run_code(args)


def _cmd_validate(args: argparse.Namespace) -> int:
    from eventcode.dictionaries import load_dictionaries

    if args.directory:
        d = load_dictionaries([args.directory], defaults=False)
    else:
        d = load_dictionaries()
    n_actors = len(d.actors) if hasattr(d.actors, "__len__") else "?"
    sys.stdout.write(f"ok: {len(d.verbs)} verb patterns, {len(d.verbs.discards)} discards, "
                     f"{n_actors} actor entries\n")
    return 0


def _cmd_download(args: argparse.Namespace) -> int:
    from eventcode.engines.stanza import download_models

    path = download_models(model_dir=args.model_dir)
    sys.stdout.write(f"stanza English models are in {path}\n")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from eventcode.report.cli import run_report

    return run_report(args)


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from eventcode.evaluation.cli import run_evaluate

    return run_evaluate(args)


def _cmd_import_petrarch(args: argparse.Namespace) -> int:
    from eventcode.petrarch.cli import run_import

    return run_import(args)


def _cmd_petrarch_tests(args: argparse.Namespace) -> int:
    from eventcode.petrarch.cli import run_unit_tests

    return run_unit_tests(args)
