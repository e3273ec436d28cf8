"""Choosing among places that share a name: countries first, context, containment, size."""

from __future__ import annotations

import pytest

from eventcode.errors import InputError
from tests.places.sentences import parse

CLASHES_IN_TRIPOLI = parse("""
Clashes clash NOUN 2 nsubj
erupted erupt VERB 0 root
in in ADP 4 case
Tripoli Tripoli PROPN 2 obl
""")


def test_population_without_context(resolver):
    (tripoli,) = resolver.mentions(CLASHES_IN_TRIPOLI)
    assert tripoli.location.country == "LBY"


def test_context_country_wins(resolver):
    (tripoli,) = resolver.mentions(CLASHES_IN_TRIPOLI, context_countries=["LBN"])
    assert tripoli.location.country == "LBN"


def test_country_named_in_the_sentence_is_binding(resolver):
    sentence = parse("""
    Clashes clash NOUN 2 nsubj
    erupted erupt VERB 0 root
    in in ADP 4 case
    Tripoli Tripoli PROPN 2 obl
    , , PUNCT 6 punct
    Lebanon Lebanon PROPN 4 appos
    """)
    tripoli, lebanon = resolver.mentions(sentence, context_countries=["LBY"])
    assert tripoli.location.country == "LBN" and lebanon.location.feature == "country"


def test_never_a_city_in_another_country_than_the_sentence_names(resolver):
    sentence = parse("""
    Protests protest NOUN 0 root
    in in ADP 3 case
    Aleppo Aleppo PROPN 1 nmod
    , , PUNCT 5 punct
    Turkey Turkey PROPN 3 appos
    """)
    found = resolver.mentions(sentence)
    assert [m.location.country for m in found] == ["TUR"]  # only Turkey itself


def test_sudan_is_the_country(resolver):
    sentence = parse("""
    Refugees refugee NOUN 2 nsubj
    fled flee VERB 0 root
    to to ADP 4 case
    Sudan Sudan PROPN 2 obl
    """)
    (sudan,) = resolver.mentions(sentence, context_countries=["USA"])
    assert (sudan.location.feature, sudan.location.country) == ("country", "SDN")
    assert resolver.lookup("Sudan").feature == "country"


def test_us_state_beats_country_only_in_a_us_story(resolver):
    assert resolver.lookup("Georgia").country == "GEO"
    sentence = parse("""
    Storms storm NOUN 2 nsubj
    hit hit VERB 0 root
    Georgia Georgia PROPN 2 obj
    """)
    (state,) = resolver.mentions(sentence, context_countries=["USA"])
    assert (state.location.country, state.location.feature) == ("USA", "admin1")


def test_city_before_the_province_it_names_unless_the_cue_says_province(resolver):
    assert resolver.lookup("Idlib").feature == "place"
    assert resolver.lookup("Washington").admin1 == "District of Columbia"
    sentence = parse("""
    in in ADP 2 case
    Washington Washington PROPN 0 root
    state state NOUN 2 flat
    """)
    (state,) = resolver.mentions(sentence)
    assert (state.location.feature, state.location.name) == ("admin1", "Washington")


def test_admin_context_picks_the_town(resolver):
    # "Saraqeb in Idlib province": the town is looked for inside Idlib governorate
    saraqeb = parse("""
    Shelling shelling NOUN 0 root
    of of ADP 3 case
    Saraqeb Saraqeb PROPN 1 nmod
    in in ADP 6 case
    Idlib Idlib PROPN 6 compound
    province province NOUN 3 nmod
    """)
    town = resolver.mentions(saraqeb)[0]
    assert town.location.admin1 == "Idlib" and town.location.country == "SYR"


def test_lookup_with_country(resolver):
    assert resolver.lookup("Tripoli", country="LBN").country == "LBN"
    assert resolver.lookup("Aleppo", country="TUR") is None
    assert resolver.lookup("nowhere at all") is None
    assert resolver.lookup("May") is None


def test_bad_country_code_is_an_input_error(resolver):
    with pytest.raises(InputError, match="alpha-3"):
        resolver.lookup("Tripoli", country="LB")
    with pytest.raises(InputError):
        resolver.mentions(CLASHES_IN_TRIPOLI, context_countries=["Lebanon"])
