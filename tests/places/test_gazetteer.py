"""The gazetteer file, the supplement and name keys."""

from __future__ import annotations

import gzip

import pytest

from eventcode.errors import DictionaryError
from eventcode.places import Gazetteer, PlaceResolver, name_key
from eventcode.places.gazetteer import COLUMNS, places_dir
from eventcode.places.supplement import apply_supplement, read_supplement


@pytest.mark.parametrize(("text", "key"), [
    ("Ma'arrat an-Nu'man", "maarrat al numan"),
    ("Ma`arrat al Nu`man", "maarrat al numan"),
    ("Khān Shaykhūn", "khan shaykhun"),
    ("U.S.", "u s"),
    ("  Rio  de Janeiro ", "rio de janeiro"),
    ("Jisr ash-Shughur", "jisr al shughur"),
    ("An Nabk", "al nabk"),
    ("Al", "al"),
])
def test_name_key(text, key):
    assert name_key(text) == key


def test_shipped_gazetteer(resolver):
    gazetteer = resolver.gazetteer
    assert len(gazetteer) > 140_000
    features = {e.feature for key in ("syria", "aleppo", "kremlin") for e in gazetteer.candidates(key)}
    assert features == {"country", "admin1", "place", "landmark"}
    assert gazetteer.country("SYR").name == "Syria"
    assert gazetteer.admin1("SYR", "12").name == "Idlib"
    assert gazetteer.by_geonameid(170063).name == "Aleppo"


def tiny_gazetteer(tmp_path, rows, keys):
    sections = ["\n".join(["\t".join(COLUMNS), *rows]), "\n".join(keys),
                "\n".join(",".join(map(str, ids)) for ids in keys.values())]
    path = tmp_path / "g.tsv.gz"
    path.write_bytes(gzip.compress("\n\n".join(sections).encode()))
    return path


ROWS = ["C\t163843\tSyria\tSYR\t\t34.8\t36.7\t16906283",
        "A\t169387\tIdlib\tSYR\t12\t35.9\t36.6\t442917",
        "P\t169389\tIdlib\tSYR\t12\t35.93062\t36.63393\t128840"]


def test_tiny_gazetteer_round_trip(tmp_path):
    path = tiny_gazetteer(tmp_path, ROWS, {"idlib": [1, 2], "syria": [0]})
    resolver = PlaceResolver(Gazetteer.load(path))
    idlib = resolver.lookup("Idlib")
    assert (idlib.feature, idlib.admin1, idlib.geonameid) == ("place", "Idlib", 169389)
    assert resolver.lookup("Syria").feature == "country"


def test_bad_gazetteer_names_the_file(tmp_path):
    path = tmp_path / "broken.tsv.gz"
    path.write_bytes(b"not gzip")
    with pytest.raises(DictionaryError, match="broken.tsv.gz"):
        Gazetteer.load(path)
    bad_row = tiny_gazetteer(tmp_path, ["P\tx\tIdlib\tSYR\t12\t1\t2\t3"], {"idlib": [0]})
    with pytest.raises(DictionaryError, match="gazetteer:2"):
        Gazetteer.load(bad_row).candidates("idlib")


def test_shipped_supplement_is_valid():
    supplement = read_supplement(places_dir() / "supplement.yaml")
    assert supplement.places and supplement.aliases and "May" in supplement.not_places


def test_unsorted_index_is_refused(tmp_path):
    with pytest.raises(DictionaryError, match="not sorted"):
        Gazetteer.load(tiny_gazetteer(tmp_path, ROWS, {"syria": [0], "idlib": [1, 2]}))


def test_supplement_error_names_file_and_line(tmp_path):
    gazetteer = Gazetteer.load(tiny_gazetteer(tmp_path, ROWS, {"idlib": [1, 2], "syria": [0]}))
    path = tmp_path / "supplement.yaml"
    path.write_text("places:\n  - name: Nowhere\n    country: XXX\n"
                    "    latitude: 1.0\n    longitude: 2.0\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"supplement.yaml:3: \$\.places\[0\]\.country"):
        apply_supplement(gazetteer, read_supplement(path))


def test_supplement_unknown_key_is_an_error(tmp_path):
    path = tmp_path / "supplement.yaml"
    path.write_text("places:\n  - name: X\n    lattitude: 1.0\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="supplement.yaml"):
        read_supplement(path)


def test_supplement_alias_and_place(tmp_path):
    gazetteer = Gazetteer.load(tiny_gazetteer(tmp_path, ROWS, {"idlib": [1, 2], "syria": [0]}))
    path = tmp_path / "supplement.yaml"
    path.write_text("aliases:\n  - {name: Idlib, geonameid: 169389, names: [Idleb]}\n"
                    "places:\n  - {name: Haritan, country: SYR, admin1: '12', latitude: 36.3,"
                    " longitude: 37.1}\nnot_places: [May]\n", encoding="utf-8")
    not_places = apply_supplement(gazetteer, read_supplement(path))
    resolver = PlaceResolver(gazetteer, not_places)
    rebuilt = tiny_gazetteer(tmp_path, ROWS, {"idlib": [1, 2], "syria": [0]})
    other = PlaceResolver.from_files(rebuilt, path)
    assert other.lookup("Idleb").geonameid == 169389
    assert resolver.lookup("Idleb").geonameid == 169389
    assert resolver.lookup("Haritan").admin1 == "Idlib"
    assert resolver.lookup("May") is None
