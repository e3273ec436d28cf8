"""eventcode.evaluate: matching rules, figures, and agreement with ../shared/eval/score.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcode.errors import InputError
from eventcode.evaluate import evaluate, format_report
from eventcode.evaluation import actor_ok, read_gold

SCORE_PY = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
needs_score = pytest.mark.skipif(not SCORE_PY.is_file(), reason="../shared/eval/score.py not present")
COLS = ["doc_id", "source_code", "event_code", "target_code", "location_name", "location_country"]


def frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame([dict(zip(COLS, r + (None,) * (len(COLS) - len(r)), strict=True)) for r in rows],
                        columns=COLS)


def ev(root, source=None, target=None, code=None, location=None) -> dict:
    return {"root": root, "source": source, "target": target, "code": code, "location": location}


GOLD = [
    {"id": "a", "text": "Syrian troops shelled rebels in Idlib.", "date": "2020-01-01",
     "events": [ev(["19"], ["SYRMIL"], ["*REB"], ["194", "190"], {"country": "SYR", "names": ["Idlib"]})],
     "forbid": [], "allow": [{"root": ["01"]}]},
    {"id": "b", "text": "Turkey and Russia held talks.", "date": "2020-01-01",
     "events": [ev(["04"], ["TUR"], ["RUS"]), ev(["04"], ["RUS"], ["TUR"])], "forbid": [], "allow": []},
    {"id": "c", "text": "Police did not arrest protesters.", "date": "2020-01-01",
     "events": [], "forbid": [{"root": ["17"], "source": None}], "allow": []},
    {"id": "d", "text": "Iran condemned the strike.", "date": "2020-01-01",
     "events": [ev(["11"], ["IRN"], None)], "forbid": [], "allow": []},
]
PREDS = [
    ("a", "SYRMIL", "194", "SYRREB", "Idlib", "SYR"),   # tp, exact code, location right
    ("a", "SYRGOV", "010", None),                        # allowed root: not a false positive
    ("b", "TURGOV", "042", "RUS"),                       # matches the first 04 event; the second misses (root hit all the same)
    ("c", "COP", "173", "---"),                          # forbidden -> fp and forbidden
    ("d", "USA", "112", "IRN"),                          # right root, wrong source -> fn + fp
]


def test_evaluate_counts_match_hand_computed_figures() -> None:
    r = evaluate(GOLD, frame(PREDS))
    assert (r.gold, r.tp, r.fp, r.fn) == (4, 2, 2, 2)
    assert (r.code_hit, r.loc_ok, r.loc_n, r.forbidden, r.root_hit) == (1, 1, 1, 1, 4)
    assert r.precision == pytest.approx(0.5) and r.recall == pytest.approx(0.5)
    assert r.f1 == pytest.approx(0.5)


def test_evaluate_per_root_table_and_confusion() -> None:
    r = evaluate(GOLD, frame(PREDS))
    rows = {row.root: row for row in r.roots}
    assert (rows["04"].gold, rows["04"].matched) == (2, 1)
    assert (rows["17"].predicted, rows["17"].predicted_matched) == (1, 0)
    assert ("11", "same root, other actors", 1) in r.confusion
    assert {m.cause for m in r.misses} == {"actors"}
    text = format_report(r, show_misses=True)
    assert "F1=0.500" in text and "MISS d" in text


@pytest.mark.parametrize(("spec", "code", "ok"), [
    (None, "ANY", True), (["SYRMIL"], "SYRGOVMIL", True), (["SYRMIL"], "SYRGOV", False),
    (["SYR"], "SYRREB", True), (["*REB"], "IGOREB", True), (["*REB"], "SYRGOV", False),
    ([None], None, True), ([None], "SYR", False), (["SYR", None], "", True),
])
def test_evaluate_actor_specs(spec, code, ok) -> None:
    assert actor_ok(spec, code) is ok


def test_evaluate_rejects_bad_gold_and_tables(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="missing 'events'"):
        evaluate([{"id": "x", "text": "t"}], frame([]))
    with pytest.raises(InputError, match="lacks columns"):
        evaluate(GOLD, pd.DataFrame({"doc_id": []}))
    bad = tmp_path / "g.jsonl"
    bad.write_text('{"id": "x", "text": "t", "events": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match="g.jsonl:2"):
        read_gold(bad)


def _score_module():
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _same_as_score_py(gold: list[dict], preds: pd.DataFrame) -> None:
    s, misses = _score_module().score(gold, preds)
    r = evaluate(gold, preds)
    ours = {"tp": r.tp, "fp": r.fp, "fn": r.fn, "code_hit": r.code_hit, "root_hit": r.root_hit,
            "loc_n": r.loc_n, "loc_ok": r.loc_ok, "forbid": r.forbidden}
    assert ours == s
    assert len(r.misses) == len(misses)


@needs_score
def test_evaluate_agrees_with_score_py_on_synthetic_pairs() -> None:
    _same_as_score_py(GOLD, frame(PREDS))


CODES = st.sampled_from(["SYR", "SYRMIL", "SYRGOV", "TURMIL", "RUS", "COP", "IGOUNO", "SYRREB", None])
SPECS = st.one_of(st.none(), st.lists(st.sampled_from(["SYR", "SYRMIL", "*REB", "TUR", "*GOV", None]),
                                      min_size=1, max_size=3))
ROOTS = st.sampled_from(["01", "04", "11", "17", "19"])


@st.composite
def gold_and_preds(draw):
    gold, rows = [], []
    for i in range(draw(st.integers(1, 4))):
        events = [ev(draw(st.lists(ROOTS, min_size=1, max_size=2)), draw(SPECS), draw(SPECS),
                     draw(st.one_of(st.none(), st.just(["190", "042"]))))
                  for _ in range(draw(st.integers(0, 3)))]
        forbid = [{"root": [draw(ROOTS)], "source": draw(SPECS)} for _ in range(draw(st.integers(0, 1)))]
        allow = [{"root": draw(st.lists(ROOTS, max_size=2))}]
        gold.append({"id": f"r{i}", "text": "x", "events": events, "forbid": forbid, "allow": allow})
        for _ in range(draw(st.integers(0, 4))):
            code = draw(ROOTS) + draw(st.sampled_from(["0", "2", "4"]))
            rows.append((f"r{i}", draw(CODES), code, draw(CODES)))
    return gold, frame(rows)


@needs_score
@settings(max_examples=150, deadline=None)
@given(gold_and_preds())
def test_evaluate_agrees_with_score_py_on_random_pairs(pair) -> None:
    _same_as_score_py(*pair)


@needs_score
def test_evaluate_agrees_with_score_py_on_dev_gold_with_fake_predictions() -> None:
    gold = read_gold(SCORE_PY.parent / "dev.jsonl")
    rows = []
    for r in gold:  # predict each gold event's first accepted values, plus one stray event
        for g in r["events"]:
            src = (g["source"] or ["SYR"])[0] or ""
            tgt = (g["target"] or [None])[0]
            rows.append((r["id"], src.lstrip("*"), g["root"][0] + "0", tgt and tgt.lstrip("*")))
        rows.append((r["id"], "USA", "190", "IRN"))
    _same_as_score_py(gold, frame(rows))


def test_evaluate_reads_gold_file(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n", encoding="utf-8")
    assert [r["id"] for r in read_gold(path)] == ["a", "b", "c", "d"]
