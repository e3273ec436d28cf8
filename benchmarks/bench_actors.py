"""Actor resolution speed: dictionary load time (fresh process), resolver build, resolutions/s.

    python benchmarks/bench_actors.py [--repeat 5] [--sentences 10000] [--conllu FILE]

Load time is measured in a new interpreter each time (median of ``--repeat``), after the
imports. Throughput: the noun phrases (subtrees of nsubj/obj/obl/nmod nominals) of the first
``--sentences`` sentences of UD English EWT (../shared/data), each resolved once with
``resolve``; ``find`` over the same sentences' tokens; and the golden phrases. Throughput is
CPU time of this one process (steadier than wall time on a shared machine).
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

from eventcode.actors import ActorResolver, load_actor_dictionary
from eventcode.engines.conllu import read_conllu

EWT = ROOT.parent / "shared" / "data" / "ud_english_ewt" / "en_ewt-ud-train.conllu"
GOLDEN = ROOT / "tests" / "actors" / "golden_actors.csv"
_HEADS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "nmod:poss", "appos"}
_LOAD = """
import json, time
from eventcode.actors import load_actor_dictionary, ActorResolver
t0 = time.process_time()
d = load_actor_dictionary()
t1 = time.process_time()
ActorResolver(d)
t2 = time.process_time()
print(json.dumps({"load": t1 - t0, "build": t2 - t1, "entries": len(d)}))
"""


def load_once() -> dict:
    out = subprocess.run([sys.executable, "-c", _LOAD], cwd=ROOT, check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def noun_phrases(path: Path, limit: int) -> tuple[list[list[str]], list[list[str]]]:
    sentences = read_conllu(path.read_text(encoding="utf-8"))[:limit]
    phrases = [[t.text for t in s.subtree(t.id)][:12] for s in sentences for t in s.tokens
               if t.deprel in _HEADS and t.upos in ("NOUN", "PROPN")]
    return phrases, [[t.text for t in s.tokens] for s in sentences]


def rate(func, items: list, *, best_of: int = 1) -> tuple[float, float]:
    """Least CPU seconds (this process, one core) of ``best_of`` passes of ``func`` over ``items``."""
    took = float("inf")
    for _ in range(best_of):
        start = time.process_time()
        for item in items:
            func(item)
        took = min(took, time.process_time() - start)
    return took, len(items) / took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--conllu", type=Path, default=EWT)
    args = parser.parse_args()
    loads = [load_once() for _ in range(args.repeat)]
    print(f"entries: {loads[0]['entries']}")
    load = statistics.median(x["load"] for x in loads)
    print(f"load (median of {args.repeat}, fresh process, CPU time): {load:.3f} s")
    print(f"resolver build: {statistics.median(x['build'] for x in loads):.3f} s")
    resolver = ActorResolver(load_actor_dictionary())
    golden = [r["phrase"].split() for r in csv.DictReader(GOLDEN.open(encoding="utf-8"))]
    took, per_s = rate(resolver.resolve, golden * 50, best_of=3)
    print(f"golden phrases x50: {len(golden) * 50} resolve() in {took:.3f} s = {per_s:,.0f}/s")
    if not args.conllu.exists():
        print(f"{args.conllu} not found: EWT figures skipped")
        return
    phrases, sentences = noun_phrases(args.conllu, args.sentences)
    took, _ = rate(ActorResolver(resolver.dictionary).resolve, phrases)
    hits = sum(resolver.resolve(p) is not None for p in phrases)
    print(f"EWT: {len(sentences)} sentences, {len(phrases)} noun phrases ({hits} resolve to an actor)")
    print(f"  resolve(), fresh resolver (cold token and fuzzy caches): {took:.3f} s")
    took, per_s = rate(resolver.resolve, phrases, best_of=3)
    print(f"  resolve(), warm caches (best of 3): {took:.3f} s = {per_s:,.0f} phrases/s")
    took, per_s = rate(resolver.find, sentences, best_of=3)
    print(f"  find() over the whole sentences (best of 3): {took:.3f} s = {per_s:,.0f} sentences/s")


if __name__ == "__main__":
    main()
