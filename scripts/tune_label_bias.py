"""Calibrate the fast engine's labeller on EWT dev and store the offsets in its model file.

    python scripts/tune_label_bias.py [--models DIR] [--data DIR] [--rounds N] [--dry-run]

Prints the mean F1 of the tuned relations before and after, and the offsets. The offsets are
kept in ``fast-labeler.npz`` (metadata key ``bias``); tuning starts from zero each time.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventcode.engines.fast.calibrate import CALIBRATED, label_scores, macro_f1, tune_bias  # noqa: E402
from eventcode.engines.fast.models import load_models, save_models  # noqa: E402
from eventcode.engines.fast.treebank import read_conllu  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ud_english_ewt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", type=Path, default=ROOT / "eventcode" / "models")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--labels", default=",".join(CALIBRATED),
                    help="comma-separated labels to give offsets (default: %(default)s; 'all' for every label)")
    ap.add_argument("--dry-run", action="store_true", help="print the offsets, write nothing")
    args = ap.parse_args()
    models = load_models(args.models)
    data = label_scores(models, read_conllu(args.data / "en_ewt-ud-dev.conllu"))
    tuned = None if args.labels == "all" else args.labels.split(",")
    bias = tune_bias(data, rounds=args.rounds, tuned=tuned)
    after = macro_f1(data, np.array([bias.get(label, 0.0) for label in data.labels]))
    print(f"dev mean F1 of tuned relations: {macro_f1(data, np.zeros(len(data.labels))):.2f} -> {after:.2f}")
    print("offsets:", ", ".join(f"{label} {v:+g}" for label, v in sorted(bias.items())))
    if not args.dry_run:
        models.labeler.set_bias(bias)
        save_models(models, args.models)
        print(f"written to {args.models}")


if __name__ == "__main__":
    main()
