"""countries.yaml against its sources: overrides are in it, every ISO country is, no drift."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from eventcode.actors.normalize import split_phrase
from eventcode.resources import dictionaries_dir

ACTORS = dictionaries_dir() / "actors"
ROOT = Path(__file__).resolve().parents[2]


def _yaml(name: str) -> dict:
    return yaml.safe_load((ACTORS / name).read_text(encoding="utf-8"))


def _key(text: str) -> str:
    return " ".join(split_phrase(text).folded)


def test_countries_hold_every_override_phrase() -> None:
    built = {e["id"]: e for e in _yaml("countries.yaml")["entries"]}
    for override in _yaml("overrides.yaml")["entries"]:
        entry = built[override["id"]]
        have = {_key(t) for f in ("aliases", "demonyms", "metonyms") for t in entry.get(f, [])}
        have.add(_key(entry["name"]))
        for field in ("aliases", "demonyms", "metonyms"):
            missing = [t for t in override.get(field, []) if _key(t) not in have]
            assert not missing, f"{override['id']}.{field}: {missing} not in countries.yaml (rebuild it)"
        dropped = [t for t in override.get("drop", []) if _key(t) in have]
        assert not dropped, f"{override['id']}: dropped {dropped} still in countries.yaml"


def test_countries_cover_iso_3166() -> None:
    pycountry = pytest.importorskip("pycountry")
    codes = {e["code"] for e in _yaml("countries.yaml")["entries"]}
    assert {c.alpha_3 for c in pycountry.countries} <= codes
    assert {"XKX", "PSE", "EUR", "MEA", "AFR", "ASA", "WST"} <= codes


def test_countries_file_matches_a_fresh_build() -> None:
    pytest.importorskip("countryinfo")
    pytest.importorskip("pycountry")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_countries.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
