"""The CAMEO codebook: names, Goldstein values and quad classes of every event code.

Quad classes follow GDELT: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),
3 verbal conflict (09-13), 4 material conflict (14-20).
"""

from __future__ import annotations

import csv
import functools

import attrs

from eventcode.resources import dictionaries_dir

__all__ = ["CodeInfo", "Codebook", "default_codebook"]

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@attrs.frozen(slots=True)
class CodeInfo:
    """One CAMEO event code."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    target_optional: bool
    symmetric: bool = False

    @property
    def root(self) -> str:
        return self.code[:2]


@attrs.frozen
class Codebook:
    """Lookup over all CAMEO codes; ``codes`` maps code string -> ``CodeInfo``.

    ``future_as_intent``: a future or planned act ("will attack") takes the intent/threat code
    (1384); False codes it as the act itself (PETRARCH's convention).
    ``unidentified_attackers``: an attack (roots 18-20) whose text names no perpetrator is
    given an unidentified armed group of the country where it happened (IRQUAF, as ACLED's
    "Unidentified Armed Group (Iraq)"); False leaves its source empty.
    """

    codes: dict[str, CodeInfo]
    future_as_intent: bool = True
    unidentified_attackers: bool = True

    def is_valid(self, code: str) -> bool:
        return code in self.codes

    def info(self, code: str) -> CodeInfo:
        """The entry of ``code``; ``KeyError`` names the code when unknown."""
        return self.codes[code]

    def name(self, code: str) -> str:
        return self.codes[code].name

    def goldstein(self, code: str) -> float:
        return self.codes[code].goldstein

    def quad_class(self, code: str) -> int:
        return self.codes[code].quad_class

    @staticmethod
    def root(code: str) -> str:
        return code[:2]

    def children(self, code: str) -> list[str]:
        """Codes one level below ``code`` ("19" -> "190".."196"; "195" -> "1951", "1952")."""
        size = 3 if len(code) == 2 else 4
        return sorted(c for c in self.codes if len(c) == size and c.startswith(code))

    def __iter__(self):
        return iter(self.codes.values())

    def __len__(self) -> int:
        return len(self.codes)


@functools.lru_cache(maxsize=1)
def default_codebook() -> Codebook:
    """The shipped CAMEO 1.1b3 codebook (``dictionaries/cameo/codebook.csv``), loaded once."""
    path = dictionaries_dir() / "cameo" / "codebook.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return Codebook({r["code"]: _row(r) for r in rows})


def _row(r: dict[str, str]) -> CodeInfo:
    return CodeInfo(code=r["code"], name=r["name"], goldstein=float(r["goldstein"]),
                    quad_class=int(r["quad_class"]), target_optional=r["target_optional"] == "1",
                    symmetric=r.get("symmetric") == "1")
