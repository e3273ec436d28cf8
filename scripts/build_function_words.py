"""Write eventcode/models/fast-function-words.txt: every word form UD English EWT (train) tags
as a closed-class word (AUX, ADP, PRON, DET, SCONJ, CCONJ, PART), lower-cased, one per line.

    python scripts/build_function_words.py [--data DIR]

The fast tagger reads it to spot names it mistook for function words ("Beijing" as AUX).
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLOSED = {"AUX", "ADP", "PRON", "DET", "SCONJ", "CCONJ", "PART"}


def function_words(conllu: Path) -> list[str]:
    words = set()
    for line in conllu.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit() and cols[3] in CLOSED:
            words.add(cols[1].lower())
    return sorted(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ud_english_ewt")
    args = ap.parse_args()
    out = ROOT / "eventcode" / "models" / "fast-function-words.txt"
    words = function_words(args.data / "en_ewt-ud-train.conllu")
    out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(words)} words)")


if __name__ == "__main__":
    main()
