"""Golden table per CAMEO root: hand-written UD parses through the shipped dictionaries.

Each row of ``golden_roots.yaml`` is a short news sentence with the parse a good UD v2 parser
gives it. It is coded with the shipped verb dictionaries, the shipped actor dictionaries (real
resolver, dated roles) and the default codebook through the CoNLL-U path, so no parser quality
is involved. A row passes when every expected (source, code, target) is coded and no event has
another CAMEO root, except the events listed under ``also``. Rows marked ``xfail`` document a
known dictionary gap or coder problem (strict: a fixed row must lose its mark).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
import yaml

from eventcode.actors import ActorResolver, load_actor_dictionary
from eventcode.codebook import default_codebook
from eventcode.coding import DocumentCoder
from eventcode.resources import dictionaries_dir
from eventcode.verbs import load_verb_dictionary
from tests.helpers import parse

HERE = Path(__file__).parent
ROWS: list[dict] = yaml.safe_load((HERE / "golden_roots.yaml").read_text(encoding="utf-8"))
ROOTS = [f"{n:02d}" for n in range(1, 21)]


def _expected(row: dict) -> list[str]:
    expect = row["expect"]
    return list(expect) if isinstance(expect, list) else [expect]


def _root(triple: str) -> str:
    return triple.split()[1][:2]


def _triples(events) -> set[str]:
    return {f"{e.source.code if e.source else '-'} {e.code} {e.target.code if e.target else '-'}"
            for e in events}


def _params() -> list:
    out = []
    for row in ROWS:
        marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if row.get("xfail") else []
        out.append(pytest.param(row, id=row["id"], marks=marks))
    return out


@pytest.fixture(scope="module")
def coder() -> DocumentCoder:
    verbs = load_verb_dictionary([dictionaries_dir() / "verbs"])
    return DocumentCoder(verbs, default_codebook(), ActorResolver(load_actor_dictionary()))


@pytest.mark.parametrize("row", _params())
def test_golden_root_row(coder: DocumentCoder, row: dict) -> None:
    date = dt.date.fromisoformat(row["date"]) if row.get("date") else None
    events = coder.code([parse(row["parse"])], date=date, doc_id=row["id"])
    got = _triples(events)
    missing = [t for t in _expected(row) if t not in got]
    assert not missing, f"missing {missing}; coded {sorted(got)}"
    root, also = row["id"][:2], set(row.get("also") or ())
    stray = sorted(t for t in got if _root(t) != root and t not in also)
    patterns = sorted({e.pattern_id for e in events})
    assert not stray, f"events of another root: {stray} (patterns {patterns})"


def test_golden_roots_table_is_well_formed() -> None:
    codebook = default_codebook()
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for row in ROWS:
        assert set(row) <= {"id", "parse", "date", "expect", "also", "xfail"}, row["id"]
        for triple in _expected(row) + list(row.get("also") or ()):
            _source, code, _target = triple.split()
            assert codebook.is_valid(code), (row["id"], code)
        assert {_root(t) for t in _expected(row)} == {row["id"][:2]}, row["id"]
        if row.get("date"):
            dt.date.fromisoformat(row["date"])
        heads = [int(item.split("/")[3]) for item in row["parse"].split()]
        assert heads.count(0) == 1 and all(0 <= h <= len(heads) for h in heads), row["id"]


def test_golden_roots_cover_every_root() -> None:
    rows = Counter(row["id"][:2] for row in ROWS)
    passing = Counter(row["id"][:2] for row in ROWS if not row.get("xfail"))
    assert all(rows[r] >= 3 for r in ROOTS), rows
    assert all(passing[r] >= 1 for r in ROOTS), passing
    assert sum(passing.values()) >= 0.8 * len(ROWS), f"{sum(passing.values())} of {len(ROWS)} pass"


@pytest.mark.parametrize(("parse_spec", "expected"), [
    # one party's own step is not mirrored ...
    ("Ukraine/Ukraine/PROPN/2/nsubj ratified/ratify/VERB/0/root the/the/DET/4/det "
     "agreement/agreement/NOUN/2/obj with/with/ADP/6/case Russia/Russia/PROPN/4/nmod ././PUNCT/2/punct",
     {"UKR 057 RUS"}),
    # ... signing together is
    ("Ukraine/Ukraine/PROPN/2/nsubj signed/sign/VERB/0/root the/the/DET/4/det "
     "agreement/agreement/NOUN/2/obj with/with/ADP/6/case Russia/Russia/PROPN/4/nmod ././PUNCT/2/punct",
     {"UKR 057 RUS", "RUS 057 UKR"}),
])
def test_symmetric_code_is_mirrored_only_for_a_shared_act(coder: DocumentCoder, parse_spec: str,
                                                          expected: set[str]) -> None:
    assert _triples(coder.code([parse(parse_spec)], doc_id="s")) == expected
