"""Pattern keys from PETRARCH: ``before`` (words before '*'), ``reverse`` (``[a:b]`` code pairs),
``source: prep`` (``+ * FROM $``) and triggers written as a word form ("met") next to the
lemma's ("meet")."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcode.codebook import default_codebook
from eventcode.coding import DocumentCoder
from eventcode.coding.tree import Tree
from eventcode.coding.triggers import find_triggers
from eventcode.verbs import load_verb_dictionary
from tests.helpers import StubActors, parse

VERBS = """synsets:
  BIG_GUNS: [artillery, mortar]
patterns:
  - {id: t.fire, code: "190", verb: fire}
  - {id: t.fire.guns, code: "194", verb: fire, object: "&BIG_GUNS *"}
  - {id: t.fire.rocket, code: "195", verb: fire, object: "rocket *"}
  - {id: t.attack, code: "190", verb: attack}
  - {id: t.attack.heavily, code: "195", verb: attack, before: heavily}
  - {id: t.attack.not, code: "191", verb: attack, before: ["did", "not"]}
  - {id: t.visit, code: "042", verb: visit, reverse: "043"}
  - {id: t.meet, code: "043", verb: meet}
  - {id: t.met, code: "036", verb: met}
  - {id: t.free, code: "084", verb: free, prep: from, source: prep, target: subject}
  - {id: t.jets, code: "195", verb: attack, subject: [jet, warplane]}
"""
JETS = ("Turkish/turkish/ADJ/2/amod jets/jet/NOUN/3/nsubj attacked/attack/VERB/0/root "
        "Syria/Syria/PROPN/3/obj ././PUNCT/3/punct")
HEAVILY = ("Turkey/Turkey/PROPN/3/nsubj heavily/heavily/ADV/3/advmod attacked/attack/VERB/0/root "
           "Syria/Syria/PROPN/3/obj ././PUNCT/3/punct")
PLAIN = "Turkey/Turkey/PROPN/2/nsubj attacked/attack/VERB/0/root Syria/Syria/PROPN/2/obj ././PUNCT/2/punct"
AFTER = ("Turkey/Turkey/PROPN/2/nsubj attacked/attack/VERB/0/root Syria/Syria/PROPN/2/obj "
         "heavily/heavily/ADV/2/advmod ././PUNCT/2/punct")
NEGATED = ("Turkey/Turkey/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod attack/attack/VERB/0/root "
           "Syria/Syria/PROPN/4/obj ././PUNCT/4/punct")


@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> DocumentCoder:
    folder: Path = tmp_path_factory.mktemp("verbs")
    (folder / "all.yaml").write_text(VERBS, encoding="utf-8")
    return DocumentCoder(load_verb_dictionary([folder]), default_codebook(), StubActors())


@pytest.mark.parametrize(("conll", "code"), [(HEAVILY, "195"), (PLAIN, "190"), (AFTER, "190"),
                                             (NEGATED, "191")])
def test_before_words_select_the_pattern(coder: DocumentCoder, conll: str, code: str) -> None:
    (event,) = coder.code([parse(conll)], doc_id="t")
    assert (event.source.code, event.code, event.target.code) == ("TUR", code, "SYR")


def _triples(coder: DocumentCoder, conll: str) -> set[str]:
    return {f"{e.source.code} {e.code} {e.target.code}" for e in coder.code([parse(conll)], doc_id="t")}


def test_reverse_code_gives_the_target_s_act_too(coder: DocumentCoder) -> None:
    conll = "Turkey/Turkey/PROPN/2/nsubj visited/visit/VERB/0/root Syria/Syria/PROPN/2/obj ././PUNCT/2/punct"
    assert _triples(coder, conll) == {"TUR 042 SYR", "SYR 043 TUR"}


@pytest.mark.parametrize(("form", "code"), [("met", "036"), ("meets", "043")])
def test_a_word_form_entry_beats_the_lemma_s(coder: DocumentCoder, form: str, code: str) -> None:
    conll = f"Turkey/Turkey/PROPN/2/nsubj {form}/meet/VERB/0/root Syria/Syria/PROPN/2/obj ././PUNCT/2/punct"
    assert _triples(coder, conll) == {f"TUR {code} SYR"}


def test_source_from_the_preposition_acts_on_the_subject(coder: DocumentCoder) -> None:
    conll = ("Syrian/syrian/ADJ/2/amod rebels/rebel/NOUN/4/nsubj:pass were/be/AUX/4/aux:pass "
             "freed/free/VERB/0/root from/from/ADP/6/case Turkey/Turkey/PROPN/4/obl ././PUNCT/4/punct")
    assert _triples(coder, conll) == {"TUR 084 SYRREB"}


def test_subject_key_takes_the_kind_of_act_from_the_subject(coder: DocumentCoder) -> None:
    assert _codes(coder, JETS) == {("TURMIL", "195", "SYR")}
    assert _codes(coder, PLAIN) == {("TUR", "190", "SYR")}  # another subject: the plain verb


def _codes(coder: DocumentCoder, spec: str) -> set[tuple]:
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in coder.code([parse(spec)])}


@pytest.mark.parametrize(("words", "code"), [
    ("two/two/NUM/5/nummod artillery/artillery/NOUN/5/compound shells/shell/NOUN/2/obj", "194"),
    ("mortar/mortar/NOUN/4/compound rounds/round/NOUN/2/obj", "194"),
    ("rocket/rocket/NOUN/4/compound salvos/salvo/NOUN/2/obj", "195"),
    ("warning/warning/NOUN/4/compound shots/shot/NOUN/2/obj", "190"),
    ("artillery/artillery/NOUN/2/obj", "190"),  # "artillery *" wants a head after the modifier
])
def test_a_starred_object_is_a_modifier_of_any_head(coder: DocumentCoder, words: str, code: str) -> None:
    spec = f"Turkey/Turkey/PROPN/2/nsubj fired/fire/VERB/0/root {words}"
    (match,) = find_triggers(Tree(parse(spec)), coder.verbs)
    assert match.pattern.code == code
