"""Loading and validation: every broken file gives a DictionaryError naming file and line."""

from __future__ import annotations

import re

import pytest

from eventcode.actors import load_actor_dictionary
from eventcode.errors import DictionaryError

GOOD = """
kind: person
as_of: "2026-01-01"
entries:
  - id: jane-doe
    name: Jane Doe
    aliases: [Doe]
    code: XYZELI
    roles:
      - {code: XYZGOV, from: "2010-01-01", to: "2015-01-01"}
"""


def _error(write_dict, files: dict[str, str]) -> str:
    with pytest.raises(DictionaryError) as info:
        load_actor_dictionary([write_dict(files)])
    return str(info.value)


def test_loader_reads_a_good_file(write_dict) -> None:
    d = load_actor_dictionary([write_dict({"people.yaml": GOOD})])
    entry = d.get("jane-doe")
    assert entry.kind == "person" and entry.roles[0].code == "XYZGOV"
    assert entry.source == "actors/people.yaml"


@pytest.mark.parametrize("bad, line, words", [
    (GOOD.replace("    aliases: [Doe]", "    alias: [Doe]"), 6, "unknown key 'alias'"),
    (GOOD.replace("code: XYZELI", "code: XYZeli"), 7, "'XYZeli' is not a code"),
    (GOOD.replace("code: XYZELI", "code: XYZE"), 7, "3-letter"),
    (GOOD.replace("{code: XYZGOV,", "{code: gov,"), 9, "'gov' is not a code"),
    (GOOD.replace('to: "2015-01-01"', 'to: "2005-01-01"'), 9, "is after 'to'"),
    (GOOD.replace('from: "2010-01-01"', 'from: "2010-13-01"'), 9, "month"),
    (GOOD.replace("kind: person", "kind: persons"), 1, "unknown kind"),
    (GOOD.replace("    aliases: [Doe]", "    aliases: Doe"), 6, "list"),
    (GOOD.replace("    aliases: [Doe]", "    metonyms: [Doeville]"), 6, "metonyms"),
    (GOOD.replace("    name: Jane Doe\n", ""), 4, "name"),
    (GOOD.replace("as_of", "asof"), 2, "asof"),
    (GOOD + "  - {id: x, name: X, code: XYZ, roles: [{code: XYZGOV, since: 2001}]}\n", 10, "since"),
    (GOOD.replace("name: Jane Doe", "name: Jane: Doe"), 5, "syntax"),
])
def test_loader_error_names_file_and_line(write_dict, bad: str, line: int, words: str) -> None:
    message = _error(write_dict, {"people/bad.yaml": bad})
    assert f"actors/people/bad.yaml:{line}" in message
    assert words.lower() in message.lower()


def test_loader_rejects_duplicate_ids_in_one_directory(write_dict) -> None:
    message = _error(write_dict, {"a.yaml": GOOD, "b.yaml": GOOD})
    assert re.search(r"actors/b\.yaml:4: .*duplicate id 'jane-doe' \(first in actors/a\.yaml\)", message)


def test_loader_rejects_bad_agent_role(write_dict) -> None:
    agents = "kind: agent\nentries:\n  - id: police\n    role: Cop\n    words: [police]\n"
    assert "actors/agents.yaml:4: $.entries[0].role" in _error(write_dict, {"agents.yaml": agents})


def test_loader_later_directory_replaces_same_id(write_dict) -> None:
    base = write_dict({"people.yaml": GOOD}, name="base")
    extra = write_dict({"mine.yaml": GOOD.replace("XYZELI", "XYZOPP")}, name="extra")
    d = load_actor_dictionary([base, extra])
    assert d.get("jane-doe").code == "XYZOPP" and len(d) == 1


def test_loader_skips_build_input_files(write_dict) -> None:
    d = load_actor_dictionary([write_dict({"overrides.yaml": "kind: overrides\nentries: []\n"})])
    assert len(d) == 0


def test_loader_missing_directory_is_an_error(tmp_path) -> None:
    with pytest.raises(DictionaryError, match="not found"):
        load_actor_dictionary([tmp_path / "nope"])


def test_loader_loads_every_shipped_file(actor_dictionary) -> None:
    assert actor_dictionary.count("country") >= 250
    assert actor_dictionary.count("organisation") >= 50
    assert actor_dictionary.count("group") >= 40
    assert actor_dictionary.count("agent") >= 15
    assert actor_dictionary.count("person") > 0
