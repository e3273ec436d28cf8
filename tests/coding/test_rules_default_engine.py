"""docs/coding.md's rules on our own sentences through the default engine and dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import eventcode

CASES = yaml.safe_load((Path(__file__).parent / "default_engine_rules.yaml").read_text(encoding="utf-8"))


def _covers(expected: str, coded: str) -> bool:
    """Same actors, and the coded code is the expected one or a more specific child of it."""
    (es, ec, et), (cs, cc, ct) = expected.split(), coded.split()
    return es == cs and et == ct and cc.startswith(ec)


def _triple(e: eventcode.Event) -> str:
    return f"{e.source.code if e.source else '-'} {e.code} {e.target.code if e.target else '-'}"


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(reason=c["xfail"], strict=True))
                                  if c.get("xfail") else c for c in CASES], ids=[c["rule"] for c in CASES])
def test_rule_through_default_engine(case: dict) -> None:
    events = eventcode.code(case["text"], date=case.get("date", "2020-01-01"))
    got = {_triple(e) for e in events}
    missing = [t for t in case.get("expect", []) if not any(_covers(t, g) for g in got)]
    assert not missing, f"missing {missing}; coded {sorted(got)}"
    assert not [e for e in events if e.root in case.get("forbid", [])], sorted(got)
    assert not set(case.get("forbid_triples", [])) & got, sorted(got)
