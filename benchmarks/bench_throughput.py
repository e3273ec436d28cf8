"""End-to-end coding speed and memory per engine and process count, on a generated corpus.

    python benchmarks/bench_throughput.py --sentences 5000 --jobs 1 2

End to end = parse, code, resolve actors and places, export to a DataFrame (as the CLI does,
without the file write). Each (engine, jobs) runs in a fresh process, so load time is cold.
``--repeat R`` interleaves R runs of each process count and keeps the fastest of each, since
other load on a shared machine only ever slows a run down. Prints one line per process count: load seconds, sentences/s (wall) and per CPU-second (robust to other
load on the machine), speed-up over 1 process, peak RSS of the main process and of the largest
worker; ``--tracemalloc`` adds a 1-process run that reports the peak of Python allocations
while coding (tracing slows it down, so its speed is not comparable).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # corpus.py; eventcode from this checkout
from corpus import write_jsonl

ENGINES = ("fast", "stanza")


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _cpu_s() -> float:
    """CPU seconds of this process and of its ended children (the pool's workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def child(engine: str, jobs: int, path: Path, sentences: int, chunksize: int, trace: bool) -> dict:
    """Code the file once in this process; returns the measurements."""
    import eventcode
    from eventcode.batch import chunked
    from eventcode.export import events_to_frame

    start = time.perf_counter()
    try:
        coder = eventcode.Coder(engine=engine)
        coder.code("Turkish troops shelled Syrian army positions.", date="2020-01-01")
    except eventcode.EventcodeError as exc:
        return {"engine": engine, "jobs": jobs, "skipped": str(exc).splitlines()[0]}
    load = time.perf_counter() - start
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    if trace:
        tracemalloc.start()
    start, cpu, events = time.perf_counter(), _cpu_s(), 0
    results = eventcode.iter_corpus(docs, coder=coder, n_jobs=jobs, chunksize=chunksize)
    for chunk in chunked(results, 512):
        events += len(events_to_frame(e for r in chunk for e in r.events))
    took, cpu = time.perf_counter() - start, _cpu_s() - cpu
    out = {"engine": engine, "jobs": jobs, "load_s": round(load, 2), "code_s": round(took, 2),
           "cpu_s": round(cpu, 2), "sentences": sentences, "documents": len(docs), "events": events,
           "sentences_per_s": round(sentences / took, 1), "sentences_per_cpu_s": round(sentences / cpu, 1),
           "rss_main_mb": round(_rss_mb(resource.RUSAGE_SELF)), "rss_worker_mb": round(_rss_mb(resource.RUSAGE_CHILDREN))}
    if trace:
        out["tracemalloc_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    return out


def run(engine: str, jobs: int, path: Path, args: argparse.Namespace, *, trace: bool = False) -> dict:
    cmd = [sys.executable, __file__, "--child", engine, str(jobs), str(path), "--sentences", str(args.sentences),
           "--chunksize", str(args.chunksize)] + (["--tracemalloc"] if trace else [])
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode:
        return {"engine": engine, "jobs": jobs, "skipped": f"failed: {done.stderr.strip().splitlines()[-1]}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(r: dict, base: dict | None) -> str:
    """One line; against the 1-process run: the measured wall speed-up, and the one expected on
    otherwise idle cores (jobs x the ratio of CPU seconds per sentence; capped by the cores)."""
    if "skipped" in r:
        return f"{r['engine']:7} jobs={r['jobs']}  skipped: {r['skipped']}"
    speedup = ""
    if base and base is not r:
        cores = min(r["jobs"], os.cpu_count() or 1)
        ideal = min(cores, cores * r["sentences_per_cpu_s"] / base["sentences_per_cpu_s"])
        speedup = f"  x{r['sentences_per_s'] / base['sentences_per_s']:.2f} wall (x{ideal:.2f} on idle cores)"
    trace = f"  tracemalloc peak {r['tracemalloc_peak_mb']} MB" if "tracemalloc_peak_mb" in r else ""
    return (f"{r['engine']:7} jobs={r['jobs']}  load {r['load_s']:.1f} s  {r['sentences_per_s']:.0f} sentences/s, "
            f"{r['sentences_per_cpu_s']:.0f} per CPU-second{speedup}  ({r['sentences']} sentences, "
            f"{r['documents']} docs, {r['events']} events, {r['code_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU)  "
            f"peak RSS main {r['rss_main_mb']} MB, worker {r['rss_worker_mb']} MB{trace}")


def _best_runs(engine: str, path: Path, args: argparse.Namespace) -> list[dict]:
    """The fastest of ``--repeat`` interleaved runs for each process count (noise only slows)."""
    best: dict[int, dict] = {}
    for _ in range(max(1, args.repeat)):
        for jobs in args.jobs:
            result = run(engine, jobs, path, args)
            if "skipped" in result:
                return [result]
            if jobs not in best or result["sentences_per_s"] > best[jobs]["sentences_per_s"]:
                best[jobs] = result
    return [best[j] for j in args.jobs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--engines", nargs="+", default=list(ENGINES))
    parser.add_argument("--chunksize", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per process count, interleaved; the fastest of each is reported")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("ENGINE", "JOBS", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        engine, jobs, path = args.child
        result = child(engine, int(jobs), Path(path), args.sentences, args.chunksize, args.tracemalloc)
        sys.stdout.write(json.dumps(result) + "\n")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "news.jsonl"
        write_jsonl(path, args.sentences)
        for engine in args.engines:
            best = _best_runs(engine, path, args)
            base = next((r for r in best if "skipped" not in r), None)
            for result in best:
                sys.stdout.write(report(result, base) + "\n")
            if args.tracemalloc and base:
                sys.stdout.write(report(run(engine, 1, path, args, trace=True), None) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
