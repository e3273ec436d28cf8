"""Code a large generated file through the command line and report time and peak memory.

    python benchmarks/bench_cli_scale.py --sentences 1000000 --jobs 2 --workdir /tmp/ecbench

Runs ``python -m eventcode code FILE -o OUT.parquet --jobs J`` and samples the RSS of the CLI
process and each of its workers twice a second (from /proc; Linux): it reports the peak of
the main process, of the largest worker, and of their sum at one instant, plus the sum of
their PSS (proportional set size: pages the forked workers share with the main process are
counted once, which the RSS sum counts in every process).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from corpus import write_jsonl

PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _rss_mb(pid: int) -> float:
    try:
        return int((Path("/proc") / str(pid) / "statm").read_text().split()[1]) * PAGE_MB
    except OSError:
        return 0.0


def _pss_mb(pid: int) -> float:
    """Proportional set size: shared (copy-on-write) pages split between their processes."""
    try:
        lines = (Path("/proc") / str(pid) / "smaps_rollup").read_text().splitlines()
    except OSError:
        return 0.0
    return next((int(line.split()[1]) / 1024 for line in lines if line.startswith("Pss:")), 0.0)


def sample(pid: int) -> tuple[float, list[float], float]:
    """RSS in MB of ``pid`` and of each of its descendants, and the PSS of them all."""
    todo, workers, tree = _children(pid), [], [pid]
    while todo:
        child = todo.pop()
        tree.append(child)
        workers.append(_rss_mb(child))
        todo.extend(_children(child))
    return _rss_mb(pid), workers, sum(_pss_mb(p) for p in tree)


def run_cli(path: Path, out: Path, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, "-m", "eventcode", "code", str(path), "-o", str(out), "--overwrite",
           "--jobs", str(args.jobs), "--schema", args.schema, "--dedup", args.dedup]
    start, peak = time.perf_counter(), {"main": 0.0, "worker": 0.0, "total": 0.0, "pss": 0.0}
    timeline = []
    with subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True) as proc:
        while proc.poll() is None:
            main, workers, pss = sample(proc.pid)
            peak = {"main": max(peak["main"], main), "worker": max([peak["worker"], *workers]),
                    "total": max(peak["total"], main + sum(workers)), "pss": max(peak["pss"], pss)}
            timeline.append((time.perf_counter() - start, main, max(workers, default=0.0), pss))
            time.sleep(0.5)
        err = proc.stderr.read()
    if proc.returncode:
        raise SystemExit(f"eventcode failed ({proc.returncode}):\n{err[-2000:]}")
    summary = [line for line in err.splitlines() if "events;" in line or "rows after" in line]
    return {"wall_s": time.perf_counter() - start, "peak_mb": peak, "summary": summary,
            "timeline": timeline}


def tenths(timeline: list[tuple[float, float, float, float]]) -> list[str]:
    """The samples nearest each tenth of the run: is memory flat?"""
    if not timeline:
        return []
    end = timeline[-1][0]
    picks = [min(timeline, key=lambda s, t=t: abs(s[0] - end * t / 10)) for t in range(1, 11)]
    return [f"  {t:6.0f} s: main {m:4.0f} MB, largest worker {w:4.0f} MB, PSS of all {p:5.0f} MB"
            for t, m, w, p in picks]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=0, help="0: all cores")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/eventcode-bench"))
    parser.add_argument("--format", default="parquet", choices=("parquet", "csv", "jsonl"))
    parser.add_argument("--schema", default="ours")
    parser.add_argument("--dedup", default="none")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    path = args.workdir / f"news-{args.sentences}.jsonl"
    if not path.exists():
        write_jsonl(path, args.sentences)
    out = args.workdir / f"events-{args.sentences}.{args.format}"
    result = run_cli(path, out, args)
    rate = args.sentences / result["wall_s"]
    peak = result["peak_mb"]
    sys.stdout.write(f"{args.sentences} sentences ({path.stat().st_size / 2**20:.0f} MB) jobs={args.jobs or 'all'} "
                     f"schema={args.schema} dedup={args.dedup}: {result['wall_s']:.0f} s wall, {rate:.0f} sentences/s "
                     f"(load included); peak RSS main {peak['main']:.0f} MB, largest worker {peak['worker']:.0f} MB, "
                     f"sum of RSS {peak['total']:.0f} MB, sum of PSS {peak['pss']:.0f} MB; output {out.stat().st_size / 2**20:.0f} MB\n")
    sys.stdout.writelines(f"  {line}\n" for line in result["summary"])
    sys.stdout.writelines(line + "\n" for line in tenths(result["timeline"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
