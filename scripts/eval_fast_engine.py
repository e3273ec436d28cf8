"""Score the fast engine on UD English EWT test (gold tokenisation).

    python scripts/eval_fast_engine.py [--split test|dev] [--models DIR] [--data DIR]

Prints UPOS/XPOS accuracy, UAS/LAS (all tokens, and without punctuation; LAS compares full
labels with subtypes) and per-relation F1 of correct (head, relation) pairs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventcode.engines.fast.annotate import annotate_words  # noqa: E402
from eventcode.engines.fast.models import load_models  # noqa: E402
from eventcode.engines.fast.scoring import score  # noqa: E402
from eventcode.engines.fast.treebank import read_conllu  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ud_english_ewt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="test", choices=["test", "dev", "train"])
    ap.add_argument("--models", type=Path, default=ROOT / "eventcode" / "models")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    gold = read_conllu(args.data / f"en_ewt-ud-{args.split}.conllu")
    models = load_models(args.models)
    start = time.perf_counter()
    predicted = []
    for first in range(0, len(gold), 64):
        predicted += annotate_words(models, [s.words for s in gold[first:first + 64]])
    seconds = time.perf_counter() - start
    s = score(gold, predicted)
    print(f"EWT {args.split}: {s.tokens} tokens, {s.tokens / seconds:,.0f} tokens/s (tag+parse, gold tokens)")
    print(f"UPOS {s.upos:.2f}  XPOS {s.xpos:.2f}")
    print(f"UAS {s.uas:.2f}  LAS {s.las:.2f}  (no punctuation: UAS {s.uas_no_punct:.2f}  LAS {s.las_no_punct:.2f})")
    for relation, f1 in s.f1.items():
        print(f"  F1 {relation:<16} {f1:5.1f}")


if __name__ == "__main__":
    main()
