"""Where end-to-end coding spends its time: cProfile over one process on a generated corpus.

    python benchmarks/profile_e2e.py --sentences 2000 --top 25

Loads the coder first (not profiled), then profiles parse + code + places + export.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
from corpus import write_jsonl


def profile(docs: list[dict], engine: str) -> pstats.Stats:
    import eventcode
    from eventcode.batch import chunked
    from eventcode.export import events_to_frame

    coder = eventcode.Coder(engine=engine)
    coder.code("Turkish troops shelled Syrian army positions.", date="2020-01-01")
    prof = cProfile.Profile()
    prof.enable()
    for chunk in chunked(eventcode.iter_corpus(docs, coder=coder), 512):
        events_to_frame(e for r in chunk for e in r.events)
    prof.disable()
    return pstats.Stats(prof)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--engine", default="fast")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "news.jsonl"
        write_jsonl(path, args.sentences)
        docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    stats = profile(docs, args.engine)
    out = io.StringIO()
    stats.stream = out
    stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)
    sys.stdout.write(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
