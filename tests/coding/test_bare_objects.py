"""A noun right of a verb, with no preposition and no other object, is read as the object."""

from __future__ import annotations

import pytest

from eventcode.coding.labels import bare_objects
from eventcode.coding.tree import Tree
from tests.helpers import parse

CASES = [
    # the labeller called the object an oblique with no preposition
    ("Protesters/protester/NOUN/2/nsubj rejected/reject/VERB/0/root the/the/DET/5/det "
     "dispersal/dispersal/NOUN/5/compound order/order/NOUN/2/obl", "order", "obj"),
    # ... an agent with no "by"
    ("Prosecutors/prosecutor/NOUN/2/nsubj investigated/investigate/VERB/0/root "
     "Fujimori/Fujimori/PROPN/2/obl:agent", "Fujimori", "obj"),
    # ... a second subject after the verb
    ("Turkey/Turkey/PROPN/2/nsubj took/take/VERB/0/root refugees/refugee/NOUN/2/nsubj", "refugees", "obj"),
    # ... a clause with no verb, subject or marker of its own
    ("Blinken/Blinken/PROPN/2/nsubj telephoned/telephone/VERB/0/root Minister/Minister/PROPN/4/compound "
     "Lavrov/Lavrov/PROPN/2/ccomp", "Lavrov", "obj"),
    # ... a name as an xcomp
    ("Erdogan/Erdogan/PROPN/2/nsubj met/meet/VERB/0/root President/President/PROPN/4/compound "
     "Putin/Putin/PROPN/2/xcomp", "Putin", "obj"),
    # ... a conjunct with no conjunction
    ("Zimbabwe/Zimbabwe/PROPN/2/nsubj accused/accuse/VERB/0/root the/the/DET/5/det United/United/ADJ/5/amod "
     "States/States/PROPN/2/conj", "States", "obj"),
    # a real conjunct (with its conjunction) stays one
    ("Rebels/rebel/NOUN/2/nsubj attacked/attack/VERB/0/root and/and/CCONJ/4/cc "
     "Turkey/Turkey/PROPN/2/conj", "Turkey", "conj"),
    # a noun as an xcomp is a predicate ("became president")
    ("Erdogan/Erdogan/PROPN/2/nsubj became/become/VERB/0/root president/president/NOUN/2/xcomp",
     "president", "xcomp"),
    # a real clausal complement stays one
    ("Iran/Iran/PROPN/2/nsubj said/say/VERB/0/root Israel/Israel/PROPN/6/nsubj was/be/AUX/6/cop "
     "the/the/DET/6/det aggressor/aggressor/NOUN/2/ccomp", "aggressor", "ccomp"),
    # an inverted subject stays a subject: no subject before the verb
    ("said/say/VERB/0/root the/the/DET/3/det minister/minister/NOUN/1/nsubj", "minister", "nsubj"),
    # a real oblique keeps its label
    ("Troops/troop/NOUN/2/nsubj fired/fire/VERB/0/root on/on/ADP/4/case crowds/crowd/NOUN/2/obl",
     "crowds", "obl"),
    # time words are not objects
    ("Leaders/leader/NOUN/2/nsubj met/meet/VERB/0/root Friday/Friday/PROPN/2/obl:unmarked", "Friday",
     "obl:unmarked"),
    # a verb that has an object keeps the other nouns as they are
    ("Rebels/rebel/NOUN/2/nsubj seized/seize/VERB/0/root towns/town/NOUN/2/obj "
     "weeks/week/NOUN/2/obl:unmarked", "weeks", "obl:unmarked"),
    # before the verb nothing changes
    ("Monday/Monday/PROPN/3/obl:unmarked troops/troop/NOUN/3/nsubj left/leave/VERB/0/root", "Monday",
     "obl:unmarked"),
]


@pytest.mark.parametrize(("spec", "word", "expected"), CASES)
def test_bare_objects(spec: str, word: str, expected: str) -> None:
    tokens = bare_objects(parse(spec).tokens)
    assert next(t.deprel for t in tokens if t.text == word) == expected


def test_the_tree_reads_repaired_labels_and_keeps_the_sentence() -> None:
    sentence = parse(CASES[0][0])
    tree = Tree(sentence)
    assert tree.token(5).deprel == "obj"
    assert [k.text for k in tree.children(tree.token(2), "obj")] == ["order"]
    assert sentence.tokens[4].deprel == "obl"  # the parse itself is not changed


def test_a_time_word_has_no_subject() -> None:
    spec = ("Police/police/NOUN/2/nsubj arrested/arrest/VERB/0/root students/student/NOUN/4/nsubj "
            "today/today/NOUN/2/obl:unmarked")
    students = bare_objects(parse(spec).tokens)[2]
    assert (students.head, students.deprel) == (2, "obj")


def test_a_day_does_not_head_the_name_before_it() -> None:
    spec = ("Kenya/Kenya/PROPN/2/nsubj met/meet/VERB/0/root with/with/ADP/6/case "
            "President/President/PROPN/5/compound Museveni/Museveni/PROPN/6/compound "
            "Sunday/Sunday/PROPN/2/obl")
    tokens = bare_objects(parse(spec).tokens)
    assert [(t.head, t.deprel) for t in tokens[2:]] == [(5, "case"), (5, "compound"), (2, "obl"), (2, "obl:tmod")]


def test_an_article_is_never_the_object() -> None:
    spec = ("Workers/worker/NOUN/2/nsubj blocked/block/VERB/0/root the/the/DET/2/obj "
            "Rion/Rion/PROPN/5/compound Bridge/Bridge/PROPN/6/nsubj spanning/span/VERB/2/conj "
            "the/the/DET/8/det Gulf/Gulf/PROPN/6/obj")
    tokens = bare_objects(parse(spec).tokens)
    assert [(t.head, t.deprel) for t in tokens[2:6]] == [(5, "det"), (5, "compound"), (2, "obj"), (5, "acl")]


def test_a_day_keeps_its_own_preposition() -> None:
    spec = ("Kenya/Kenya/PROPN/2/nsubj met/meet/VERB/0/root on/on/ADP/4/case Sunday/Sunday/PROPN/2/obl")
    assert bare_objects(parse(spec).tokens)[3].deprel == "obl"


@pytest.mark.parametrize(("spec", "expected"), [
    # a full sentence with an article and no auxiliary: the "passive" subject is active
    ("The/the/DET/2/det Union/Union/PROPN/3/nsubj:pass called/call/VERB/0/root for/for/ADP/5/case "
     "talks/talk/NOUN/3/obl", "nsubj"),
    # a headline passive keeps its subject ("Three soldiers killed in attack")
    ("Three/three/NUM/2/nummod soldiers/soldier/NOUN/3/nsubj:pass killed/kill/VERB/0/root "
     "in/in/ADP/5/case attack/attack/NOUN/3/obl", "nsubj:pass"),
    # a real passive has its auxiliary
    ("The/the/DET/2/det town/town/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass shelled/shell/VERB/0/root",
     "nsubj:pass"),
])
def test_a_passive_subject_without_any_auxiliary(spec: str, expected: str) -> None:
    assert bare_objects(parse(spec).tokens)[1].deprel == expected


def test_a_time_word_has_no_clause_of_its_own() -> None:
    spec = ("Russia/Russia/PROPN/2/nsubj said/say/VERB/0/root Tuesday/Tuesday/PROPN/2/obl "
            "that/that/SCONJ/7/mark Sudan/Sudan/PROPN/7/nsubj must/must/AUX/7/aux "
            "return/return/VERB/3/acl:relcl")
    clause = bare_objects(parse(spec).tokens)[6]
    assert (clause.head, clause.deprel) == (2, "ccomp")


def test_an_of_phrase_after_the_object_belongs_to_it() -> None:
    spec = ("Qatar/Qatar/PROPN/2/nsubj expelled/expel/VERB/0/root leaders/leader/NOUN/2/obj "
            "of/of/ADP/6/case the/the/DET/6/det Brotherhood/Brotherhood/PROPN/2/obl")
    brotherhood = bare_objects(parse(spec).tokens)[5]
    assert (brotherhood.head, brotherhood.deprel) == (3, "nmod")


def test_an_infinitive_hung_on_a_noun_goes_to_its_verb() -> None:
    spec = ("UN/UN/PROPN/2/nsubj urged/urge/VERB/0/root Israel/Israel/PROPN/2/obj and/and/CCONJ/5/cc "
            "Syria/Syria/PROPN/3/conj to/to/PART/7/mark negotiate/negotiate/VERB/5/xcomp")
    negotiate = bare_objects(parse(spec).tokens)[6]
    assert (negotiate.head, negotiate.deprel) == (2, "xcomp")


REATTACHED = [
    # a past-tense verb hung on a root noun as a reduced relative heads the sentence
    ("Riot/riot/NOUN/2/compound police/police/NOUN/0/root used/use/VERB/2/acl/VBD gas/gas/NOUN/3/obj "
     "today/today/NOUN/2/nmod", {"police": (3, "nsubj"), "used": (0, "root"), "today": (3, "nmod")}),
    # a participle is a real reduced relative: "police used in the raid"
    ("police/police/NOUN/0/root used/use/VERB/1/acl/VBN in/in/ADP/4/case raid/raid/NOUN/2/obl",
     {"police": (0, "root"), "used": (1, "acl")}),
    # a verb with a subject of its own is a relative clause
    ("police/police/NOUN/0/root they/they/PRON/3/nsubj used/use/VERB/1/acl/VBD",
     {"police": (0, "root"), "used": (1, "acl")}),
    # a noun after the comma closing a fronted phrase, hung on it as a conjunct: the subject
    ("In/in/ADP/2/case move/move/NOUN/5/obl ,/,/PUNCT/4/punct police/police/NOUN/2/conj "
     "seized/seize/VERB/0/root arms/arm/NOUN/5/obj", {"police": (5, "nsubj")}),
    # of several such nouns, the last before the verb ("In the North Zone, Rio, the police ...")
    ("In/in/ADP/2/case Zone/Zone/PROPN/7/obl ,/,/PUNCT/4/punct Rio/Rio/PROPN/2/conj ,/,/PUNCT/6/punct "
     "police/police/NOUN/2/conj seized/seize/VERB/0/root", {"police": (7, "nsubj"), "Rio": (2, "conj")}),
    # a real conjunct keeps its place ("in Gaza and the West Bank")
    ("In/in/ADP/2/case Gaza/Gaza/PROPN/6/obl and/and/CCONJ/4/cc Bank/Bank/PROPN/2/conj "
     "police/police/NOUN/6/nsubj seized/seize/VERB/0/root", {"Bank": (2, "conj")}),
    # a verb with a subject keeps it
    ("In/in/ADP/2/case move/move/NOUN/6/obl ,/,/PUNCT/4/punct police/police/NOUN/2/conj "
     "they/they/PRON/6/nsubj seized/seize/VERB/0/root", {"police": (2, "conj")}),
    # a past verb form hung on the first of two subjects is the reported clause
    ("Kenya/Kenya/PROPN/6/nsubj deported/deport/VERB/1/acl/VBN reporters/reporter/NOUN/2/obj ,/,/PUNCT/6/punct "
     "officials/official/NOUN/6/nsubj said/say/VERB/0/root",
     {"deported": (6, "ccomp"), "Kenya": (2, "nsubj")}),
    # one subject: a reduced relative stays one
    ("soldiers/soldier/NOUN/4/nsubj deported/deport/VERB/1/acl/VBN here/here/ADV/2/advmod "
     "said/say/VERB/0/root", {"deported": (1, "acl")}),
]


@pytest.mark.parametrize(("spec", "expected"), REATTACHED)
def test_clauses_a_parser_hung_on_the_wrong_word_are_reattached(spec: str, expected: dict) -> None:
    tokens = {t.text: t for t in bare_objects(parse(spec).tokens)}
    assert {w: (tokens[w].head, tokens[w].deprel) for w in expected} == expected


def test_root_marked_that_is_the_complement_of_the_verb_on_its_subject() -> None:
    spec = ("officials/official/NOUN/5/nsubj agreed/agree/VERB/1/acl/VBD that/that/SCONJ/5/mark "
            "they/they/PRON/5/nsubj cooperate/cooperate/VERB/0/root")
    tokens = {t.text: (t.head, t.deprel) for t in bare_objects(parse(spec).tokens)}
    assert tokens["agreed"] == (0, "root") and tokens["cooperate"] == (2, "ccomp")
    assert tokens["officials"] == (2, "nsubj")


def test_a_counted_noun_after_up_to_is_the_object() -> None:
    spec = ("France/France/PROPN/2/nsubj sent/send/VERB/0/root up/up/ADP/5/case to/to/ADP/5/case "
            "4,000/4,000/NUM/5/nummod troops/troop/NOUN/2/obl")
    assert next(t.deprel for t in bare_objects(parse(spec).tokens) if t.text == "troops") == "obj"


def test_an_attribution_misparsed_as_a_conjunct_is_no_member() -> None:
    tree = Tree(parse("aid/aid/NOUN/0/root to/to/ADP/3/case Kenya/Kenya/PROPN/1/nmod ,/,/PUNCT/7/punct "
                      "according/accord/VERB/7/case to/to/ADP/5/fixed Uganda/Uganda/PROPN/3/conj"))
    assert [t.text for t in tree.conjuncts(tree.token(3))] == ["Kenya"]
    plain = Tree(parse("Kenya/Kenya/PROPN/0/root and/and/CCONJ/3/cc Uganda/Uganda/PROPN/1/conj"))
    assert [t.text for t in plain.conjuncts(plain.token(1))] == ["Kenya", "Uganda"]
