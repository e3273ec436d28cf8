"""Place resolution speed: gazetteer load time (fresh process), lookups and mentions per second.

    python benchmarks/bench_places.py [--repeat 5]

Load time is measured in a new interpreter each time (the loader is cached per process), as
the median of ``--repeat`` runs: the ``eventcode`` package import (pandas and the rest, not
ours), the places modules, the gazetteer file and the supplement; memory as the growth of the
peak RSS while loading.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_LOAD = """
import json, resource, time
def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t0 = time.perf_counter()
import eventcode
t1 = time.perf_counter()
from eventcode.places.gazetteer import Gazetteer, places_dir
from eventcode.places.supplement import apply_supplement, read_supplement
t2 = time.perf_counter()
before = rss()
g = Gazetteer.load()
t3 = time.perf_counter()
apply_supplement(g, read_supplement(places_dir() / "supplement.yaml"))
t4 = time.perf_counter()
print(json.dumps({"eventcode import": t1 - t0, "places import": t2 - t1, "gazetteer": t3 - t2,
                  "supplement": t4 - t3, "places total": t4 - t1, "rows": len(g),
                  "rss_mb": rss() - before}))
"""


def load_once() -> dict:
    out = subprocess.run([sys.executable, "-c", _LOAD], cwd=ROOT, check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def rate(fn, items, seconds: float = 1.0) -> float:
    """Calls of ``fn`` per second over ``items``, cycled for about ``seconds``."""
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for item in items:
            fn(item)
        done += len(items)
    return done / (time.perf_counter() - start)


def report_load(repeat: int) -> None:
    runs = [load_once() for _ in range(repeat)]
    for part in ("eventcode import", "places import", "gazetteer", "supplement", "places total"):
        print(f"{part:<17} {statistics.median(r[part] for r in runs):6.3f} s")
    print(f"rows              {runs[0]['rows']}")
    print(f"memory (max RSS)  +{statistics.median(r['rss_mb'] for r in runs):.0f} MB")
    size = (ROOT / "dictionaries" / "places" / "gazetteer.tsv.gz").stat().st_size
    print(f"file size         {size / 1e6:6.2f} MB")


def report_speed() -> None:
    from eventcode.places import PlaceResolver
    from tests.places import sentences

    resolver = PlaceResolver.default()
    golden = ROOT / "tests" / "places" / "golden_places.csv"
    with golden.open(encoding="utf-8") as fh:
        names = [r["name"] for r in csv.DictReader(x for x in fh if not x.startswith("#"))]
    print(f"lookup            {rate(resolver.lookup, names):8.0f} names/s")
    parsed = [sentences.ALEPPO_VILLAGES, sentences.TALKS_IN_MOSCOW,
              sentences.FIGHTING_NW_SYRIA, sentences.SARAQEB_IN_IDLIB]
    print(f"mentions          {rate(resolver.mentions, parsed):8.0f} sentences/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    report_load(args.repeat)
    report_speed()


if __name__ == "__main__":
    main()
