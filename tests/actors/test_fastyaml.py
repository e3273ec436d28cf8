"""The fast plain-data YAML path agrees with yaml.safe_load, or steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventcode.actors.fastyaml import load_plain
from eventcode.resources import dictionaries_dir


@pytest.mark.parametrize("text", [
    'a: null\nb: {c: null, d: "null", e: 2020-01-01, f: "2020-01-01", g: yes, h: 1.5}\n',
    "i: 12\nj: ~\nk: ''\nl:\nm: [1, x, 'y']\n",
    "- 1\n- [a, {b: c}]\n- 'quoted: yes'\n",
    "kind: person\nentries:\n  - {id: x, aliases: [A, B], roles: [{code: XYZ, to: null}]}\n",
    "plain",
])
def test_fastyaml_agrees_with_safe_load(text: str) -> None:
    assert load_plain(text) == yaml.safe_load(text)


@pytest.mark.parametrize("text", ["a: &x 1\nb: *x\n", "a: !!str 1\n", "<<: {a: 1}\n", "a: [1, 2\n", ""])
def test_fastyaml_steps_aside_for_anything_else(text: str) -> None:
    assert load_plain(text) is None


def test_fastyaml_reads_every_shipped_actor_file_as_safe_load_does() -> None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted(Path(dictionaries_dir() / "actors").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert load_plain(text) == yaml.load(text, Loader=loader), path.name
