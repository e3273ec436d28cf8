"""Hostile documents: a seeded mix of everything a real corpus throws at a coder.

Each case makes ``(text, date)`` from a ``random.Random`` and says what must come of it:
``"skip:<reason>"`` (skipped, with that reason), ``"code"`` (coded or no event, never skipped),
or ``"any"`` (any outcome, but accounted for).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

NEWS = [
    "Turkish troops shelled Kurdish positions near Kobani on Sunday.",
    "Russia and China held talks in Moscow about the war in Syria.",
    "Police arrested dozens of protesters in Tehran, officials said.",
    "Israeli jets struck Hamas targets in Gaza overnight.",
    "The UN Security Council condemned the attack on the convoy.",
    "Nothing much happened at the summit, which ended early.",
]
SCRIPTS = ["دمشق تعرضت لقصف عنيف", "北京 宣布 新 措施", "Москва осудила удар", "🚀🔥💥",
           "Ελλάδα και Τουρκία", "ישראל", "तुर्की सेना", "Việt Nam"]
FOREIGN = ["Les troupes turques ont bombardé des positions kurdes.",
           "Die Polizei nahm Demonstranten in Berlin fest.",
           "Российские войска обстреляли позиции в Донецке."]


class Unprintable:
    """An object whose ``str``, ``repr`` and ``==`` raise, as a stand-in for anything odd in a cell."""

    def __str__(self) -> str:
        raise RuntimeError("no str for you")

    def __repr__(self) -> str:
        raise RuntimeError("no repr either")

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("no comparisons either")

    __hash__ = object.__hash__


def _news(rng: random.Random, n: int = 3) -> str:
    return " ".join(rng.choice(NEWS) for _ in range(n))


def _date(rng: random.Random) -> Any:
    return rng.choice(["2020-02-10", "2019-10-10", pd.Timestamp("2021-05-01"), None, math.nan])


def _bad_date(rng: random.Random) -> Any:
    return rng.choice(["2020-13-45", "yesterday", 12345, "0001-01-01", "2020-02-30", b"2020",
                       np.array([1, 2]), Unprintable(), "9" * 400])


def _controls(rng: random.Random) -> str:
    text = list(_news(rng))
    for _ in range(10):
        text.insert(rng.randrange(len(text)), chr(rng.choice([0, 1, 7, 8, 11, 12, 27, 127, 0x85, 0x9f])))
    return "".join(text)


def _html(rng: random.Random) -> str:
    return (f"<html><body><p class='x'>{_news(rng, 1)}</p><br/>&amp; &quot;quoted&quot; &#39;s "
            f"&nbsp;&#x41;<!-- comment --><script>var x = 1 < 2;</script><p>{_news(rng, 1)}</body>")


def _random_bytes(rng: random.Random, n: int = 400) -> bytes:
    return rng.randbytes(n)


CASES: dict[str, tuple[Callable[[random.Random], tuple[Any, Any]], str, int]] = {
    # name: (maker, expectation, weight)
    "news": (lambda r: (_news(r), _date(r)), "code", 30),
    "empty": (lambda r: ("", _date(r)), "skip:empty text", 4),
    "whitespace": (lambda r: (" \n\t\r\u00a0 " * r.randint(1, 5), _date(r)), "skip:empty text", 4),
    "none": (lambda r: (None, _date(r)), "skip:missing text", 4),
    "nan": (lambda r: (math.nan, _date(r)), "skip:missing text", 3),
    "pd.NA": (lambda r: (pd.NA, _date(r)), "skip:missing text", 2),
    "int": (lambda r: (r.randint(-10**6, 10**6), _date(r)), "skip:text is int", 3),
    "float": (lambda r: (r.random() * 1e6, _date(r)), "skip:text is float", 3),
    "list": (lambda r: ([_news(r, 1)], _date(r)), "skip:text is list", 2),
    "dict": (lambda r: ({"text": _news(r, 1)}, _date(r)), "skip:text is dict", 2),
    "object": (lambda r: (Unprintable(), _date(r)), "skip:text is Unprintable", 2),
    "bytes utf-8": (lambda r: (_news(r).encode("utf-8"), _date(r)), "code", 3),
    "bytes random": (lambda r: (_random_bytes(r), _date(r)), "code", 3),
    "random text": (lambda r: (_random_bytes(r).decode("latin-1"), _date(r)), "code", 3),
    "controls": (lambda r: (_controls(r), _date(r)), "code", 4),
    "surrogates": (lambda r: (_news(r, 1) + "\ud800 \udfff" + _news(r, 1), _date(r)), "code", 3),
    "zero-width and bidi": (lambda r: ("\u200b\u202e" + _news(r, 1) + "\ufeff\u2028", _date(r)), "code", 3),
    "mixed scripts": (lambda r: (" ".join([_news(r, 1), r.choice(SCRIPTS), _news(r, 1)]), _date(r)), "code", 5),
    "foreign": (lambda r: (r.choice(FOREIGN), _date(r)), "code", 4),
    "unbalanced quotes": (lambda r: ('"' + _news(r, 2) + " '(« [" + _news(r, 1), _date(r)), "code", 4),
    "html": (lambda r: (_html(r), _date(r)), "code", 5),
    "no sentence breaks": (lambda r: ("troops shelled positions and " * r.randint(10, 60), _date(r)), "code", 3),
    "tiny sentences": (lambda r: ("A. B! C? " * r.randint(10, 80), _date(r)), "code", 2),
    "punctuation only": (lambda r: ("!?.,;:-()" * r.randint(1, 40), _date(r)), "code", 2),
    "junk run": (lambda r: ("a+" * r.randint(101, 400), _date(r)), "code", 2),
    "urls": (lambda r: ("http://x.org/" + "a/" * 150 + " mail@x.org " + _news(r, 1), _date(r)), "code", 2),
    "bad date": (lambda r: (_news(r, 1), _bad_date(r)), "code", 12),
    "numpy str": (lambda r: (np.str_(_news(r, 1)), np.datetime64("2020-01-01")), "code", 2),
}

BIG = {  # a few big documents, each on its own (they are cut to the limits)
    "megabyte sentence": ("troops shelled positions and " * 40_000, "code"),
    "megabyte random bytes": (random.Random(7).randbytes(1_000_000), "code"),
}


def hostile_corpus(n: int = 1000, seed: int = 2024) -> tuple[pd.DataFrame, list[str], list[str]]:
    """``n`` documents (id, text, date) as a DataFrame, with each row's case and expectation."""
    rng = random.Random(seed)
    names = list(CASES)
    weights = [CASES[k][2] for k in names]
    items = []
    for i in range(n - len(BIG)):
        name = rng.choices(names, weights)[0]
        text, date = CASES[name][0](rng)
        items.append(({"id": _doc_id(rng, i), "text": text, "date": date}, name, CASES[name][1]))
    for name, (text, outcome) in BIG.items():
        items.insert(rng.randrange(len(items)), ({"id": name, "text": text, "date": None}, name, outcome))
    rows, cases, expect = zip(*items)
    return pd.DataFrame(list(rows), dtype=object), list(cases), list(expect)


def _doc_id(rng: random.Random, i: int) -> Any:
    roll = rng.random()
    if roll < 0.03:
        return None  # missing: named by position
    if roll < 0.06:
        return f"dup-{rng.randint(0, 3)}"  # repeated: coded, with a warning
    if roll < 0.08:
        return rng.choice([float(i), np.int64(i), f"id\ud800{i}", b"bytes-id", Unprintable()])
    return f"doc-{i}"
