"""The shipped verb dictionary: coverage of CAMEO and user extension."""

from __future__ import annotations

from pathlib import Path

import pytest

import eventcode
from eventcode.codebook import default_codebook


@pytest.fixture(scope="module")
def shipped() -> eventcode.Dictionaries:
    return eventcode.load_dictionaries()


def test_shipped_verbs_cover_every_cameo_code(shipped: eventcode.Dictionaries) -> None:
    coded = {p.code for p in shipped.verbs.patterns}
    wanted = {c.code for c in default_codebook() if len(c.code) >= 3}
    assert sorted(wanted - coded) == []


def test_shipped_verbs_have_thousands_of_patterns(shipped: eventcode.Dictionaries) -> None:
    combos = {(p.trigger, p.particles, p.object, p.prep, p.prep_object, p.kind) for p in shipped.verbs.patterns}
    assert len(combos) >= 4000
    assert len(shipped.verbs.discards) >= 60


def test_shipped_verbs_include_phrasal_and_nominal_triggers(shipped: eventcode.Dictionaries) -> None:
    pats = shipped.verbs.patterns
    assert any(p.particles for p in pats if p.kind == "verb")
    assert any(p.kind == "noun" for p in pats)
    assert any(p.object for p in pats) and any(p.prep for p in pats)


def test_user_directory_overrides_by_id_and_adds(tmp_path: Path, shipped: eventcode.Dictionaries) -> None:
    some = next(p for p in shipped.verbs.by_trigger["shell"])
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "mine.yaml").write_text(
        f'patterns:\n  - {{id: "{some.id}", code: "190", verb: shell}}\n'
        '  - {id: my.yeet, code: "190", verb: yeet}\n', encoding="utf-8")
    merged = eventcode.load_dictionaries(extra=[tmp_path])
    assert [p.code for p in merged.verbs.by_trigger["yeet"]] == ["190"]
    assert {p.code for p in merged.verbs.by_trigger["shell"] if p.id == some.id} == {"190"}
    coder = eventcode.Coder(dictionaries=merged, places=False)
    events = coder.code("Turkey yeeted Syria on Monday.")
    assert [e.pattern_id for e in events] == ["my.yeet"]


def test_user_directory_must_exist() -> None:
    with pytest.raises(eventcode.DictionaryError, match="not a directory"):
        eventcode.load_dictionaries(extra=["/no/such/dir"])
