"""PETRARCH verb patterns -> our constraints: the mapping table of docs/petrarch.md."""

from __future__ import annotations

import pytest

from eventcode.codebook import default_codebook
from eventcode.petrarch.codes import read_code, split_bracket
from eventcode.petrarch.patterns import Constraints, read_pattern
from eventcode.petrarch.verbs import verb_lemma

SYNSETS = {"&ARMS": ("artillery", "rocket launcher"), "&MILITARY": ("troops", "army"),
           "&PREPS": ("against", "on")}


@pytest.mark.parametrize(("body", "expected"), [
    ("* AID", Constraints(object=("aid",))),
    ("* ATTACKS", Constraints(object=("attack", "attacks"))),
    ("* {MOCK ATTACKS}", Constraints(object=("mock attack", "mock attacks"))),
    ("* &ARMS", Constraints(object=("&PET_ARMS",))),
    ("* (TO)", Constraints(prep=("to",))),
    ("* (WITH &ARMS)", Constraints(prep=("with",), prep_object=("&PET_ARMS",))),
    ("* POLICE (TO BORDER)", Constraints(object=("police",), prep=("to",), prep_object=("border",))),
    ("* OUT VIEWS", Constraints(particles=("out",), object=("view", "views"))),
    ("* (ASIDE RIFT)", Constraints(particles=("aside",), object=("rift",))),
    ("*_OUT", Constraints(particles=("out",))),
    ("TALKS *", Constraints(before=("talks",))),
    ("&MILITARY * VILLAGE", Constraints(object=("village",), before=("&PET_MILITARY",))),
    ("RECENTLY_*", Constraints(before=("recently",))),
    ("MOST_CERTAINLY_&MILITARY_EVER * (OVER)", Constraints(prep=("over",),
                                                          before=("most certainly", "&PET_MILITARY", "ever"))),
    ("* (ON +)", Constraints(prep=("on",), target="prep")),
    ("* {&MILITARY AID}", Constraints(object=("troop aid", "troops aid", "army aid"))),
    ("* DIPLOMATIC TIES", Constraints(object=("diplomatic tie", "diplomatic ties"))),
    ("* MEETING OF TOWNS", Constraints(object=("meeting",), prep=("of",), prep_object=("town", "towns"))),
    ("* ASSURANCES FROM", Constraints(object=("assurance", "assurances"), prep=("from",))),
    ("* OVER EFFORTS", Constraints(prep=("over",), prep_object=("effort", "efforts"))),
    ("* &PREPS RESOLUTION", Constraints(prep=("&PET_PREPS",), prep_object=("resolution",))),  # a synset of prepositions
    ("* EID AT ^ WITH +", Constraints(object=("eid",), prep=("with",), target="prep")),
    ("* THE UPKEEP", Constraints(object=("upkeep",))),
    ("* DOWN FROM", Constraints(particles=("down",), prep=("from",))),
    ("* OVER", Constraints(particles=("over",))),
    ("+ * IN $", Constraints(prep=("in",), target="subject", source="prep")),
    ("% *", Constraints(before=("and",))),
])
def test_patterns_map_to_constraints(body: str, expected: Constraints) -> None:
    read = read_pattern(body, SYNSETS)
    assert read.constraints == expected


@pytest.mark.parametrize(("body", "reason"), [
    ("* WOULD VISIT", "only one object can be required"),
    ("* (FOR &UNKNOWN)", "undefined synset &UNKNOWN"),
    ("* (TO {BANNED", "unbalanced"),
    ("*", "no constraint left"),
    ("AID", "exactly one '*'"),
])
def test_patterns_skip_what_cannot_be_expressed(body: str, reason: str) -> None:
    read = read_pattern(body, SYNSETS)
    assert read.constraints is None and reason in read.reason


@pytest.mark.parametrize(("body", "note"), [
    ("* (TO LIST) (OF PARTIES)", "further phrase '(OF PARTIES)' dropped"),
    ("* (TO PARTIES) $", "source marker '$' ignored"),
    ("* {VERY LARGE HUMANITARIAN AID PACKAGE}", "cut to its last 4 words"),
])
def test_patterns_note_what_is_lost(body: str, note: str) -> None:
    read = read_pattern(body, SYNSETS)
    assert read.constraints is not None and any(note in n for n in read.notes)


@pytest.mark.parametrize(("text", "code", "note", "reason"), [
    ("190", "190", "", ""),
    ("042:043", "042", "", ""),
    ("042:999", "042", "passive code '999'", ""),
    (":173", None, "", "only a passive code"),
    ("---", None, "", "null code"),
    ("999", None, "", "not a CAMEO code"),
])
def test_patterns_read_codes(text, code, note, reason) -> None:
    read = read_code(text, default_codebook())
    assert read.code == code and note in read.note and reason in read.reason


def test_patterns_code_pairs_give_a_reverse_code() -> None:
    assert read_code("042:043", default_codebook()).reverse == "043"


def test_patterns_split_bracket_takes_the_last_bracket() -> None:
    assert split_bracket("- * AID  [070]") == ("- * AID", "070")
    assert split_bracket("ARMED_FORCES {} [~MIL}") == ("ARMED_FORCES {}", "~MIL")
    assert split_bracket("ATTACK") == ("ATTACK", None)


@pytest.mark.parametrize(("word", "lemma"), [
    ("ATTACK", "attack"), ("+ASK_FOR", "ask for"), ("+CORDON_OFF", "cordon off"),
    ("RE_+ARREST", "re-arrest"), ("+TAP", "tap"), ("BEEF_UP", None),
])
def test_patterns_verb_lemmas(word: str, lemma: str | None) -> None:
    assert verb_lemma(word)[0] == lemma
