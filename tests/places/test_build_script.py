"""The build script's own rules (its data packages are needed only to run it, not here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("name", "aliases", "english"), [
    ("Ḩalab", ("Aleppo", "Aleppo Governorate", "حلب"), "Aleppo"),
    ("Khartoum", ("Khartoum State",), "Khartoum"),
    ("California", ("Golden State", "State of California"), "California"),
    ("Michoacán de Ocampo", ("Estado de Michoacán de Ocampo", "Michoacán"), "Michoacán"),
    ("Dayr az Zawr", ("Deir ez-Zor", "Deir ez-Zor Governorate"), "Deir ez-Zor"),
])
def test_english_admin1_name(build, name, aliases, english):
    assert build.english_admin1_name(name, aliases) == english


def test_keys_keep_latin_names_with_a_capital(build):
    keys = build.keys_of("Aleppo", ["ALP", "Alep", "hlb", "حلب", "Halab", "Ab", "Aleppo 2"])
    assert keys == ["aleppo", "alep", "halab"]


def test_article_dropped_only_in_arabic_speaking_countries(build):
    assert build.without_article(["al qamishli"], "SY") == ["al qamishli", "qamishli"]
    assert build.without_article(["al qamishli"], "ES") == ["al qamishli"]


def test_representative_point_is_a_member(build):
    members = [{"latitude": lat, "longitude": lon} for lat, lon in
               [(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (10.0, -5.0)]]
    assert build.representative(members) in [(1.0, 1.0), (2.0, 2.0)]
