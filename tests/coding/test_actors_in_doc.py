"""Phrase resolution inside a document: places, references, the locative core."""

from __future__ import annotations

from eventcode.coding.actors_in_doc import DocumentActors
from eventcode.records import Actor
from tests.helpers import StubActors, parse

PLACES = {"Khartoum": "SDN", "Idlib": "SYR"}


def _phrase(spec: str):
    return parse(spec).tokens


def test_actors_in_doc_place_gives_a_role_its_country() -> None:
    actors = DocumentActors(StubActors(), None, PLACES.get)
    actor = actors.resolve(_phrase("protesters/protester/NOUN/0/root in/in/ADP/3/case Khartoum/Khartoum/PROPN/1/nmod"))
    assert actor.code == "SDNOPP" and actor.country == "SDN"


def test_actors_in_doc_place_alone_is_a_weak_actor() -> None:
    actors = DocumentActors(StubActors(), None, PLACES.get)
    actor = actors.resolve(_phrase("a/a/DET/2/det ceasefire/ceasefire/NOUN/0/root in/in/ADP/4/case Syria/Syria/PROPN/2/nmod"))
    assert actor.code == "SYR" and actor.match == "place"


def test_actors_in_doc_definite_role_joins_latest_country() -> None:
    actors = DocumentActors(StubActors(), None)
    actors.resolve(_phrase("Turkey/Turkey/PROPN/0/root"))
    actors.new_sentence()
    actor = actors.resolve(_phrase("the/the/DET/2/det minister/minister/NOUN/0/root"))
    assert actor.code == "TURGOV"


def test_actors_in_doc_pronoun_without_antecedent_is_nobody() -> None:
    assert DocumentActors(StubActors(), None).resolve(_phrase("he/he/PRON/0/root")) is None


def test_actors_in_doc_definite_people_ignore_actors_of_their_own_sentence() -> None:
    actors = DocumentActors(StubActors(), None)
    actors.new_sentence()
    actors.resolve(_phrase("Turkey/Turkey/PROPN/0/root"))
    assert actors.resolve(_phrase("the/the/DET/2/det troops/troop/NOUN/0/root"), remember=False).code == "MIL"
    actors.new_sentence()  # phrases are cached by token ids within a sentence
    actors.resolve(_phrase("Turkey/Turkey/PROPN/0/root"))
    assert actors.resolve(_phrase("the/the/DET/2/det government/government/NOUN/0/root")).code == "TURGOV"



class _RoleWords:
    """Matches only the role words of a phrase, as the real resolver reports them."""

    def resolve(self, words, *, date=None):
        found = [w for w in words if w in ("military", "government")]
        return Actor(code="MIL" if "military" in found else "GOV", name=found[0], roles=("MIL",),
                     matched_text=found[0], match="agent") if found else None


def test_actors_in_doc_role_word_modifying_an_event_noun_is_no_actor() -> None:
    actors = DocumentActors(_RoleWords(), None, None, frozenset({"offensive"}))
    offensive = _phrase("a/a/DET/3/det military/military/ADJ/3/amod offensive/offensive/NOUN/0/root")
    assert actors.resolve(offensive) is None
    assert DocumentActors(_RoleWords(), None).resolve(offensive).code == "MIL"  # no event nouns known
    possessed = _phrase("the/the/DET/2/det government/government/NOUN/4/nmod:poss 's/'s/PART/2/case "
                        "offensive/offensive/NOUN/0/root")
    assert actors.resolve(possessed).code == "GOV"  # a possessor did the act


def test_actors_in_doc_object_pronoun_refers_past_the_clause_subject() -> None:
    actors = DocumentActors(StubActors(), None)
    turkey = actors.resolve(_phrase("Turkey/Turkey/PROPN/0/root"))
    actors.new_sentence()  # phrases are cached per sentence by token ids
    actors.resolve(_phrase("Russia/Russia/PROPN/0/root"), remember=False)
    actors.new_sentence()
    him = actors.resolve(_phrase("him/he/PRON/0/root"))
    assert him.code == "TUR" and him.matched_text == "him"  # the latest subject
    assert actors.refer_past("him", turkey).code == "RUS"  # ... unless that is the clause's own
    assert actors.refer_past("he", turkey) is None  # a subject pronoun may be the subject
