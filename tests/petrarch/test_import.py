"""Importing the hand-written PETRARCH files in tests/data/petrarch/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventcode.actors.entries import Role
from eventcode.cli import main
from eventcode.dictionaries import load_dictionaries
from eventcode.errors import DictionaryError, InputError
from eventcode.petrarch import read_petrarch, read_petrarch_file, write_import
from eventcode.petrarch.source import read_lines
from eventcode.petrarch.words import display_name

DATA = Path(__file__).resolve().parents[1] / "data" / "petrarch"
FILES = sorted(DATA.glob("mini.*.txt"))


@pytest.fixture(scope="module")
def imported():
    return read_petrarch(FILES)


def by_file(imported, name):
    return next(f for f in imported.files if f.file == name)


def test_import_accounts_for_every_content_line(imported) -> None:
    for f in imported.files:
        _, lines = read_lines(DATA / f.file)
        assert f.lines == len(lines) == f.converted + f.partial + f.skipped
        assert {i.line for i in f.issues} <= {ln.number for ln in lines}
    issues = by_file(imported, "mini.issues.txt")
    assert issues.skipped == issues.lines == 3


def test_import_reads_comments_like_petrarch() -> None:
    _, lines = read_lines(DATA / "mini.verbs.txt")
    assert lines[0].text == "&CURRENCY" and lines[0].number == 5
    assert all("#" not in ln.text and "<!" not in ln.text for ln in lines)


def test_import_verbs_give_block_patterns(imported) -> None:
    pats = {p.id: p for p in by_file(imported, "mini.verbs.txt").patterns}
    assert pats["petrarch.mini.verbs.19"].verb == "shell" and pats["petrarch.mini.verbs.19"].code == "194"
    assert pats["petrarch.mini.verbs.20"].verb == "open fire"
    with_arms = pats["petrarch.mini.verbs.23"]
    assert with_arms.verb == ["attack", "open fire", "re-arrest", "shell"]
    assert (with_arms.prep, with_arms.prep_object) == ("with", ["&PET_ARMS", "&PET_ARMS *"])
    assert pats["petrarch.mini.verbs.41"].object == ["aid", "aid *"]  # PETRARCH: a noun anywhere in the phrase
    assert pats["petrarch.mini.verbs.41"].prep == "to"
    tap = pats["petrarch.mini.verbs.22"]
    assert (tap.verb, tap.code, tap.before) == ("tap", "1711", "wire")
    assert (pats["petrarch.mini.verbs.23.1"].verb, pats["petrarch.mini.verbs.23.1"].before) == ("tap", "wire")


def test_import_verbs_report_skipped_lines(imported) -> None:
    reasons = {i.line: i.reason for i in by_file(imported, "mini.verbs.txt").issues if i.skipped}
    assert 22 not in reasons  # WIRE_+TAP: tap, with "wire" before it
    assert "null code" in reasons[30] and "passive code" in reasons[31]
    assert "not a CAMEO code" in reasons[32] and "transformation" in reasons[43]


def test_import_synsets_nest_and_singularise(imported) -> None:
    synsets = by_file(imported, "mini.verbs.txt").synsets
    assert synsets["PET_ARMS"] == ["artillery", "rocket launcher"]
    assert "dollar" in synsets["PET_CURRENCY"] and "swiss franc" in synsets["PET_CURRENCY"]


def test_import_actors_dated_roles_and_defaults(imported) -> None:
    entries = {e.name: e for e in by_file(imported, "mini.actors.txt").entries}
    aragorn = entries["Aragorn"]
    assert aragorn.code == "GON" and aragorn.aliases == ("King Elessar",) and aragorn.kind == "person"
    assert aragorn.roles[0] == Role("GONREB", None, dt.date(2001, 1, 1))
    assert aragorn.roles[2] == Role("GONELI", dt.date(2011, 1, 1), None)
    assert aragorn.code_on(dt.date(2005, 6, 1)) == "GONGOV"
    assert entries["Faramir"].code == "GONELI" and entries["Faramir"].code_on(dt.date(1996, 1, 1)) == "GONMIL"
    assert entries["Gondor"].kind == "country" and entries["United Nations"].kind == "organisation"
    assert entries["Osgiliath"].code == "OSG" and entries["Palantir Watchers"].code == "NGOPAL"
    assert "Group of 77" not in entries and "Nobody" not in entries


def test_import_agents_plurals_sets_and_prefix_roles(imported) -> None:
    agents = {a.role: a.words for a in by_file(imported, "mini.agents.txt").agents}
    assert agents["COP"] == ("police",)
    assert agents["JUD"] == ("attorney general", "attorneys general")
    assert agents["MIL"] == ("soldier", "soldiers") and agents["REB"] == ("militia", "militias")
    assert agents["LEG"] == ("congressman", "congressmen", "congresswoman", "congresswomen")
    assert "NGO" in agents


def test_import_discards(imported) -> None:
    f = by_file(imported, "mini.discards.txt")
    assert [d.phrase for d in f.discards] == ["world cup", "premier league", "baseball"]
    assert [i.line for i in f.issues] == [3]


@pytest.mark.parametrize(("text", "name"), [
    ("KOFI_ANNAN_", "Kofi Annan"), ("U.N._", "U.N."), ("UN", "UN"), ("IMF", "Imf"),
    ("REPUBLIC_OF_KOREA", "Republic of Korea"), ("BAN_KI-MOON", "Ban Ki-moon"), ("XI_JINPING", "Xi Jinping"),
])
def test_import_names_match_text_of_any_case(text: str, name: str) -> None:
    assert display_name(text) == name


def test_import_written_directory_loads_like_the_direct_merge(imported, tmp_path: Path) -> None:
    write_import(imported, tmp_path)
    from_yaml = load_dictionaries([tmp_path], defaults=False)
    direct = load_dictionaries(defaults=False, petrarch=FILES)
    key = lambda p: (p.id, p.code, p.trigger, p.particles, p.object, p.prep, p.prep_object, p.target)
    assert list(map(key, from_yaml.verbs.patterns)) == list(map(key, direct.verbs.patterns))
    assert {(e.id, e.code, e.roles) for e in from_yaml.actors.entries} == \
        {(e.id, e.code, e.roles) for e in direct.actors.entries}
    assert len(from_yaml.actors.agents) == len(direct.actors.agents) == 6
    assert len(from_yaml.verbs.discards) == 3


def test_import_merge_keeps_defaults_and_adds_petrarch() -> None:
    alone = load_dictionaries(defaults=False, petrarch=[DATA / "mini.verbs.txt"])
    both = load_dictionaries(petrarch=[DATA / "mini.verbs.txt"])
    defaults = load_dictionaries()
    assert len(both.verbs) == len(defaults.verbs) + len(alone.verbs)
    assert any(p.id.startswith("petrarch.") for p in both.verbs.by_trigger["re-arrest"])


def test_import_refuses_unknown_files_and_non_empty_output(imported, tmp_path: Path) -> None:
    odd = tmp_path / "mystery.dat"
    odd.write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="which kind"):
        read_petrarch_file(odd)
    with pytest.raises(DictionaryError, match="not found"):
        read_petrarch_file(tmp_path / "missing.verbs.txt")
    out = tmp_path / "out"
    write_import(imported, out)
    with pytest.raises(InputError, match="not empty"):
        write_import(imported, out)


def test_import_cli_writes_a_valid_directory_and_a_report(tmp_path: Path, capsys) -> None:
    out, report = tmp_path / "dicts", tmp_path / "report.txt"
    assert main(["import-petrarch", *map(str, FILES), "-o", str(out), "--report", str(report)]) == 0
    lines = report.read_text(encoding="utf-8").splitlines()
    assert not any(line.startswith("mini.verbs.txt:22:") for line in lines)
    assert len(lines) == len(read_petrarch(FILES).issues)
    assert "mini.verbs.txt (verbs): 34 lines" in capsys.readouterr().err
    assert main(["validate", str(out)]) == 0
