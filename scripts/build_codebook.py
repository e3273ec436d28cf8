"""Write dictionaries/cameo/codebook.csv from the CAMEO 1.1b3 facts (code, name, Goldstein value).

    python scripts/build_codebook.py ../shared/reference/cameo/eventtypes.csv

Only facts are taken (codes, names, Goldstein values); the quad class and whether a code
may stand without a target are our own decisions, documented in docs/codebook.md.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "dictionaries" / "cameo" / "codebook.csv"
# Acts that make sense with one actor: statements, appeals, intents, yielding, inquiries,
# demands, disapproval, rejection, threats, protests, force posture, coercion and violence.
# Consultation (04), diplomatic and material cooperation (05, 06) and cutting relations (16)
# are relations between two parties and need a target.
# So do giving aid or asylum (07, but peacekeeping, 074, may stand at a place) and accusing,
# rallying opposition against, complaining officially about or suing someone (112-115).
NEEDS_TARGET_ROOTS = {"04", "05", "06", "16"}
NEEDS_TARGET_CODES = {"07", "070", "071", "072", "073", "075", "112", "113", "114", "115"}
TARGETLESS_CODES = {"0233", "0234", "0243", "1712", "172", "173", "174", "175"}
# Acts that are mutual by nature: "X telephoned Y", "X negotiated with Y" -> both directions.
SYMMETRIC_CODES = {"040", "041", "046", "057"}


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def goldstein(code: str, known: dict[str, str]) -> float:
    """The code's value; codes added after the Goldstein scale take their parent's (155 -> 15)."""
    while code not in known:
        code = code[:3] if len(code) == 4 else code[:2]
    return float(known[code])


def name_of(raw: str) -> str:
    raw = raw.strip()
    return raw.capitalize() if raw.isupper() else raw


def main(src: str) -> None:
    with open(src, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    known = {r["code"].strip(): r["goldstein"] for r in rows if r["goldstein"] != "NA"}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "name", "goldstein", "quad_class", "target_optional", "symmetric"])
        for r in rows:
            code = r["code"].strip()
            needs = code[:2] in NEEDS_TARGET_ROOTS or code in NEEDS_TARGET_CODES or code[:3] in NEEDS_TARGET_CODES
            optional = not needs or code in TARGETLESS_CODES
            w.writerow([code, name_of(r["name"]), goldstein(code, known), quad_class(code), int(optional),
                        int(code in SYMMETRIC_CODES)])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/cameo/eventtypes.csv")
