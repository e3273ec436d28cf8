"""Speed of the fast engine on one core: model load time and tokens per second.

    python benchmarks/bench_fast_engine.py [--corpus FILE] [--docs N] [--batch N] [--single]

The default corpus is the raw text of UD English EWT dev + test (``# text =`` lines, grouped
into their documents), about 50,000 tokens, parsed with ``parse_many`` (tokenize, split, tag,
lemmatise, parse, label) twice: the first pass starts cold (word caches empty), the second
shows the steady state of a long run. ``--corpus`` takes a UTF-8 file whose
documents are separated by blank lines. Tokens per second are given per wall-clock second and
per second of this process's CPU time (the steadier figure on a busy machine).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventcode.engines.fast import FastEngine  # noqa: E402

EWT = ROOT.parent / "shared" / "data" / "ud_english_ewt"


def ewt_documents() -> list[str]:
    docs: list[list[str]] = []
    for split in ("dev", "test"):
        for line in (EWT / f"en_ewt-ud-{split}.conllu").read_text(encoding="utf-8").splitlines():
            if line.startswith("# newdoc") or not docs:
                docs.append([])
            if line.startswith("# text = "):
                docs[-1].append(line[len("# text = "):])
    return [" ".join(d) for d in docs if d]


def file_documents(path: Path) -> list[str]:
    return [d.strip() for d in path.read_text(encoding="utf-8").split("\n\n") if d.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="UTF-8 text, documents separated by blank lines")
    ap.add_argument("--docs", type=int, default=0, help="use only the first N documents")
    ap.add_argument("--batch", type=int, default=256, help="sentences parsed side by side")
    ap.add_argument("--single", action="store_true", help="parse() each document on its own")
    ap.add_argument("--passes", type=int, default=2, help="passes over the corpus (the first is cold)")
    args = ap.parse_args()
    docs = file_documents(args.corpus) if args.corpus else ewt_documents()
    docs = docs[: args.docs or None]

    start, cpu = time.perf_counter(), time.process_time()
    engine = FastEngine(batch_sentences=args.batch)
    models = engine.models
    load, load_cpu = time.perf_counter() - start, time.process_time() - cpu
    models.lemmatizer.lemma("shelled", "VERB", "VBD")
    lemminflect = time.perf_counter() - start - load
    engine.parse("Officials said talks were held.")
    first = time.perf_counter() - start
    print(f"model load: {load:.2f} s ({load_cpu:.2f} s CPU); lemminflect's own table on first use: "
          f"{lemminflect:.2f} s; all three plus a first short parse: {first:.2f} s")
    for number in range(1, args.passes + 1):
        _throughput(engine, docs, args.single, f"pass {number}")


def _throughput(engine: FastEngine, docs: list[str], single: bool, name: str) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    if single:
        parsed = [engine.parse(d) for d in docs]
    else:
        parsed = list(engine.parse_many(docs))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    tokens = sum(len(s) for doc in parsed for s in doc)
    sentences = sum(len(doc) for doc in parsed)
    print(f"{name}: {len(docs)} documents, {sentences} sentences, {tokens} tokens in {seconds:.2f} s")
    print(f"  throughput: {tokens / seconds:,.0f} tokens/s wall-clock, {tokens / cpu:,.0f} tokens/s "
          f"of CPU time ({sentences / seconds:,.0f} sentences/s)")


if __name__ == "__main__":
    main()
