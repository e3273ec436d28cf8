"""Validation of verb files: every broken file names its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcode.errors import DictionaryError
from eventcode.verbs import load_verb_dictionary

MINI = Path(__file__).parents[1] / "data" / "minidict" / "verbs"

GOOD = 'root: "19"\npatterns:\n  - {id: a, code: "190", verb: attack}\n'
BROKEN = [
    ("unknown key", 'root: "19"\npatterns:\n  - id: a\n    code: "190"\n    verb: attack\n    colour: red\n', 6, "colour"),
    ("unknown code", 'root: "19"\npatterns:\n  - id: a\n    code: "1999"\n    verb: attack\n', 4, "unknown CAMEO code"),
    ("code outside root", 'root: "19"\npatterns:\n  - id: a\n    code: "110"\n    verb: attack\n', 4, "not under"),
    ("unquoted code", 'root: "19"\npatterns:\n  - id: a\n    code: 190\n    verb: attack\n', 4, "quote it"),
    ("unknown synset", 'root: "19"\npatterns:\n  - id: a\n    code: "194"\n    verb: attack\n    prep_object: "&NOPE"\n', 6, "unknown synset"),
    ("duplicate id", 'root: "19"\npatterns:\n  - {id: a, code: "190", verb: attack}\n  - {id: a, code: "190", verb: hit}\n', 4, "duplicate id"),
    ("verb and noun", 'root: "19"\npatterns:\n  - {id: a, code: "190", verb: attack, noun: attack}\n', 3, "exactly one"),
    ("bad target", 'root: "19"\npatterns:\n  - id: a\n    code: "190"\n    verb: attack\n    target: nobody\n', 6, "target must be"),
    ("yaml syntax", 'root: "19"\npatterns:\n  - {id: a, code: "190", verb: [attack}\n', 3, "YAML syntax"),
    ("boolean on", 'root: "19"\npatterns:\n  - {id: a, code: "190", verb: attack, prep: on}\n', 3, "quote it"),
]


def test_verb_loader_reads_the_test_dictionary() -> None:
    d = load_verb_dictionary([MINI])
    assert {p.id for p in d.by_trigger["attack"]} == {"t19.attack", "t19.attack.artillery"}
    assert d.by_trigger["attack"][0].id == "t19.attack.artillery"  # most specific first
    carry = d.by_trigger["carry"][0]
    assert carry.particles == ("out",) and "air strike" in carry.object


@pytest.mark.parametrize("name,text,line,needle", BROKEN, ids=[b[0] for b in BROKEN])
def test_verb_loader_errors_name_file_and_line(tmp_path: Path, name: str, text: str, line: int,
                                               needle: str) -> None:
    (tmp_path / "19.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_verb_dictionary([tmp_path])
    assert f"verbs/19.yaml:{line}" in str(err.value)
    assert needle in str(err.value)


def test_verb_loader_later_directory_overrides_by_id(tmp_path: Path) -> None:
    (tmp_path / "19.yaml").write_text('root: "19"\npatterns:\n  - {id: t19.shell, code: "195", verb: shell}\n')
    d = load_verb_dictionary([MINI, tmp_path])
    assert [p.code for p in d.by_trigger["shell"]] == ["195"]
    assert "bombard" not in d.by_trigger


def test_verb_loader_duplicate_ids_across_files_of_one_directory(tmp_path: Path) -> None:
    (tmp_path / "18.yaml").write_text('root: "18"\npatterns:\n  - {id: x, code: "180", verb: hit}\n')
    (tmp_path / "19.yaml").write_text(GOOD.replace("id: a", "id: x"))
    with pytest.raises(DictionaryError, match="duplicate id 'x'"):
        load_verb_dictionary([tmp_path])
