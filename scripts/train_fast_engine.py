"""Train the fast engine's models from UD English EWT and write them to eventcode/models.

    python scripts/train_fast_engine.py [--data DIR] [--out DIR] [--seed N] [--cache DIR]
        [--splits train,dev] [--calibrate LABELS] [--quick]

Trains on EWT train and dev (test stays held out for scripts/eval_fast_engine.py).
Reproducible: every random choice is seeded. Takes about 20 minutes on one core.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventcode.engines.fast.models import FILES, save_models  # noqa: E402
from eventcode.engines.fast.training import Settings, train_all  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ud_english_ewt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA, help="folder with en_ewt-ud-*.conllu")
    ap.add_argument("--out", type=Path, default=ROOT / "eventcode" / "models")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--parser-epochs", type=int, default=Settings().parser_epochs)
    ap.add_argument("--cache", type=Path, help="folder to keep (and reuse) the jackknifed tags in")
    ap.add_argument("--calibrate", default="", help="comma-separated labels to calibrate on dev (e.g. obj,iobj)")
    ap.add_argument("--splits", default="train,dev",
                    help="EWT files to train on (default: %(default)s; 'train' keeps dev held out)")
    ap.add_argument("--quick", action="store_true", help="tiny run for smoke tests")
    args = ap.parse_args()
    calibrate = tuple(x for x in args.calibrate.split(",") if x)
    splits = tuple(x for x in args.splits.split(",") if x)
    settings = Settings(seed=args.seed, parser_epochs=args.parser_epochs, calibrate=calibrate,
                        splits=splits)
    if args.quick:
        settings = Settings(seed=args.seed, folds=2, tagger_epochs=1, parser_epochs=1,
                            labeler_epochs=1, limit=300, calibrate=calibrate, splits=splits)
    start = time.time()

    def log(message: str) -> None:
        print(f"[{time.time() - start:7.1f}s] {message}", flush=True)

    models = train_all(args.data, settings, log, args.cache)
    args.out.mkdir(parents=True, exist_ok=True)
    save_models(models, args.out)
    for name in FILES.values():
        log(f"wrote {args.out / name} ({(args.out / name).stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
