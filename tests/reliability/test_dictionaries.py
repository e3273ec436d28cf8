"""Broken dictionaries: every malformed entry is a DictionaryError naming file, line and problem."""

from __future__ import annotations

import ast
import logging
import re
from pathlib import Path

import pytest

import eventcode
from eventcode.actors import load_actor_dictionary
from eventcode.errors import DictionaryError
from eventcode.places.supplement import read_supplement
from eventcode.resources import dictionaries_dir
from eventcode.verbs import load_verb_dictionary

PACKAGE = Path(eventcode.__file__).parent
VERB = 'root: "19"\npatterns:\n  - {id: a, code: "190", verb: attack}\n'
PERSON = ('kind: person\nentries:\n  - id: jane\n    name: Jane\n    code: XYZELI\n    roles:\n'
          '      - {code: XYZGOV, from: "2010-01-01", to: "2015-01-01"}\n')
PLACE = "places:\n  - {name: Somewhere, country: SYR, latitude: 35.0, longitude: 38.0}\n"

# (loader, file name, content, line, words in the message)
BROKEN = {
    "verbs: unknown CAMEO code": ("verbs", VERB.replace('"190"', '"1999"'), 3, "unknown CAMEO code '1999'"),
    "verbs: code outside the root": ("verbs", VERB.replace('"190"', '"110"'), 3, "not under this file's root"),
    "verbs: unquoted code": ("verbs", VERB.replace('"190"', "190"), 3, "quote it"),
    "verbs: duplicate id": ("verbs", VERB + '  - {id: a, code: "190", verb: hit}\n', 4, "duplicate id 'a'"),
    "verbs: unknown synset": ("verbs", VERB.replace("verb: attack", 'verb: "&NOPE"'), 3, "unknown synset '&NOPE'"),
    "verbs: unknown key": ("verbs", VERB.replace("verb: attack", "verb: attack, colour: red"), 3, "unknown key 'colour'"),
    "verbs: verb and noun": ("verbs", VERB.replace("verb: attack", "verb: attack, noun: attack"), 3, "exactly one"),
    "verbs: empty verb list": ("verbs", VERB.replace("verb: attack", "verb: []"), 3, "is empty"),
    "verbs: blank word": ("verbs", VERB.replace("verb: attack", 'verb: "  "'), 3, "expected a word"),
    "verbs: patterns not a list": ("verbs", 'root: "19"\npatterns: attack\n', 2, "mapping"),
    "verbs: pattern is null": ("verbs", 'root: "19"\npatterns:\n  - null\n', 3, "RawPattern"),
    "verbs: synset not a list": ("verbs", 'root: "19"\nsynsets:\n  A: 5\npatterns: []\n', 3, "list"),
    "verbs: empty discard": ("verbs", 'root: "19"\ndiscards:\n  - {id: d, phrase: " "}\n', 3, "empty discard"),
    "verbs: top level list": ("verbs", "- a\n- b\n", 1, "expected a mapping"),
    "verbs: empty file": ("verbs", "", 1, "expected a mapping"),
    "verbs: YAML syntax": ("verbs", VERB.replace("verb: attack}", "verb: [attack}"), 3, "YAML syntax"),
    "verbs: python tag": ("verbs", 'root: "19"\npatterns:\n  - !!python/object/apply:os.system ["ls"]\n', 3,
                          "could not determine a constructor"),
    "verbs: not UTF-8": ("verbs", VERB.replace("attack", "att\udcffack"), 3, "not UTF-8"),
    "actors: malformed code": ("actors", PERSON.replace("XYZELI", "syrgov"), 5, "'syrgov' is not a code"),
    "actors: short code block": ("actors", PERSON.replace("XYZELI", "XYZE"), 5, "3-letter"),
    "actors: malformed role code": ("actors", PERSON.replace("{code: XYZGOV", "{code: Gov"), 7, "'Gov' is not a code"),
    "actors: inverted dates": ("actors", PERSON.replace('"2015-01-01"', '"2001-01-01"'), 7, "is after 'to'"),
    "actors: impossible date": ("actors", PERSON.replace('"2010-01-01"', '"2010-02-30"'), 7, "day is out of range"),
    "actors: date as number": ("actors", PERSON.replace('"2010-01-01"', "20100101"), 7, "ISO date"),
    "actors: bad id": ("actors", PERSON.replace("id: jane", "id: 'ja ne'"), 3, "must be letters"),
    "actors: unknown kind": ("actors", PERSON.replace("kind: person", "kind: persons"), 1, "unknown kind"),
    "actors: name is a boolean": ("actors", PERSON.replace("name: Jane", "name: yes"), 4, "expected a string"),
    "actors: entry is a string": ("actors", "kind: person\nentries:\n  - jane\n", 3, "mapping"),
    "actors: entries missing": ("actors", "kind: person\nentries:\n", 2, "expected tuple"),
    "actors: agent with empty word": ("actors", "kind: agent\nentries:\n  - {id: p, role: COP, words: ['']}\n", 3,
                                      "empty string"),
    "actors: agent role lowercase": ("actors", "kind: agent\nentries:\n  - {id: p, role: cop, words: [p]}\n", 3,
                                     "'cop' is not a code"),
    "actors: alias bomb": ("actors", "kind: agent\nx: &a [1, 2]\nentries:\n  - {id: p, role: COP, words: [*a, *a]}\n",
                           4, "expected a string"),
    "actors: not UTF-8": ("actors", PERSON.replace("Jane\n", "Ja\udcffne\n"), 4, "not UTF-8"),
    "places: unknown key": ("places", PLACE.replace("longitude: 38.0", "longitude: 38.0, height: 3"), 2, "height"),
    "places: latitude not a number": ("places", PLACE.replace("35.0", "north"), 2, "north"),
    "places: bad feature": ("places", PLACE.replace("country: SYR", "country: SYR, feature: castle"), 2, "feature"),
    "places: not a mapping": ("places", "- a\n", 1, "expected a mapping"),
}


def _write(root: Path, kind: str, text: str) -> Path:
    folder = root / kind
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / {"verbs": "19.yaml", "actors": "people.yaml", "places": "supplement.yaml"}[kind]
    path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    return path


def _load(kind: str, path: Path) -> None:
    if kind == "verbs":
        load_verb_dictionary([path.parent])
    elif kind == "actors":
        load_actor_dictionary([path.parent])
    else:
        read_supplement(path)


@pytest.mark.parametrize("case", list(BROKEN))
def test_malformed_entries_name_file_and_line(tmp_path: Path, case: str) -> None:
    kind, text, line, words = BROKEN[case]
    path = _write(tmp_path, kind, text)
    with pytest.raises(DictionaryError) as info:
        _load(kind, path)
    message = str(info.value)
    assert re.search(rf"{kind}/{path.name}:{line}\b", message), message
    assert words.lower() in message.lower(), message


def test_duplicate_keys_are_reported_with_their_line(tmp_path: Path, caplog) -> None:
    text = 'root: "19"\nsynsets:\n  A: [hit]\n  A: [strike]\npatterns:\n  - {id: a, code: "190", verb: "&A"}\n'
    path = _write(tmp_path, "verbs", text)
    with caplog.at_level(logging.WARNING, logger="eventcode.yamlio"):
        load_verb_dictionary([path.parent])
    assert "verbs/19.yaml:4: duplicate key 'A'" in caplog.text


def test_shipped_dictionaries_have_no_duplicate_keys(caplog) -> None:
    from eventcode.yamlio import read_yaml

    with caplog.at_level(logging.WARNING, logger="eventcode.yamlio"):
        for path in sorted(dictionaries_dir().rglob("*.yaml")):
            read_yaml(path, label=path.relative_to(dictionaries_dir()).as_posix())
    assert "duplicate key" not in caplog.text


def test_user_directory_says_what_it_overrode(tmp_path: Path, caplog) -> None:
    _write(tmp_path, "verbs", 'root: "19"\npatterns:\n  - {id: 19.attack, code: "190", verb: attack}\n')
    _write(tmp_path, "actors", "kind: country\nentries:\n  - {id: tur, name: Turkey, code: TUR}\n")
    with caplog.at_level(logging.DEBUG, logger="eventcode"):
        eventcode.load_dictionaries([tmp_path])
    assert re.search(r"pattern 19\.attack from .*19\.yaml overrides the one from .*19\.yaml", caplog.text)
    assert "actor entry 'tur' from actors/people.yaml replaces the one from actors/countries.yaml" in caplog.text


def test_user_synsets_and_discards_say_what_they_overrode(tmp_path: Path, caplog) -> None:
    default = load_verb_dictionary([dictionaries_dir() / "verbs"])
    synset = min(default.synsets)
    discard = default.discards[0].id
    text = (f'root: "19"\nsynsets:\n  {synset}: [zzz]\ndiscards:\n  - {{id: {discard}, phrase: zzz}}\n'
            "patterns: []\n")
    _write(tmp_path, "verbs", text)
    with caplog.at_level(logging.DEBUG, logger="eventcode"):
        load_verb_dictionary([dictionaries_dir() / "verbs", tmp_path / "verbs"])
    assert synset in caplog.text and discard in caplog.text


@pytest.mark.parametrize("make", ["missing", "file", "empty"])
def test_user_directory_must_hold_dictionaries(tmp_path: Path, make: str) -> None:
    target = tmp_path / "mine"
    if make == "file":
        target.write_text("x")
    elif make == "empty":
        target.mkdir()
    with pytest.raises(DictionaryError, match="mine"):
        eventcode.load_dictionaries([target])


# ---------------------------------------------------------------- safe loading only

SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "_Loader", "_SafeLoader"}
ALLOWED = {  # file: names it may use, and why
    "dask.py": ({"pickle.dumps", "pickle.loads"}, "passes Coder options to its own workers, never reads files"),
}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "pickle.load", "pickle.loads", "pickle.dumps", "marshal.load",
                   "marshal.loads", "shelve.open", "yaml.unsafe_load", "yaml.full_load", "yaml.load_all",
                   "pd.read_pickle", "pandas.read_pickle", "dill.load", "joblib.load", "torch.load"}


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _problems(path: Path) -> list[str]:
    rel = path.relative_to(PACKAGE).as_posix()
    allowed = ALLOWED.get(rel, (set(), ""))[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _dotted(node.func)
        if name in FORBIDDEN_CALLS and name not in allowed:
            out.append(f"{rel}:{node.lineno}: {name}()")
        if name.endswith("yaml.load") or name == "yaml.load":
            loader = {k.arg: _dotted(k.value) for k in node.keywords}.get("Loader", "")
            if loader.rpartition(".")[2] not in SAFE_LOADERS:
                out.append(f"{rel}:{node.lineno}: yaml.load without a safe Loader")
        if name.endswith(("np.load", "numpy.load")) and any(
                k.arg == "allow_pickle" and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                for k in node.keywords):
            out.append(f"{rel}:{node.lineno}: np.load with allow_pickle")
    return out


def test_library_parses_data_with_safe_loaders_only() -> None:
    problems = [p for path in sorted(PACKAGE.rglob("*.py")) for p in _problems(path)]
    assert problems == []


def test_the_scan_finds_what_it_looks_for(tmp_path: Path, monkeypatch) -> None:
    bad = PACKAGE / "_scan_probe_never_committed.py"
    text = "import yaml, pickle\nyaml.load(s)\nyaml.load(s, Loader=yaml.Loader)\npickle.loads(b)\neval('1')\n"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: text)
    assert len(_problems(bad)) == 4


def test_yaml_loader_in_use_is_safe() -> None:
    import yaml

    from eventcode import yamlio

    assert issubclass(yamlio._Loader, yaml.constructor.SafeConstructor)
    assert not issubclass(yamlio._Loader, (yaml.constructor.FullConstructor, yaml.constructor.UnsafeConstructor))
