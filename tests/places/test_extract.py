"""Toponyms in hand-built parses: cues, multiword names, odd trees, words that are not places."""

from __future__ import annotations

from tests.places.sentences import (
    ALEPPO_VILLAGES,
    FIGHTING_NW_SYRIA,
    SARAQEB_IN_IDLIB,
    TALKS_IN_MOSCOW,
    parse,
)


def names(mentions):
    return [(m.text, m.location.name, m.location.country, m.location.feature, m.cue)
            for m in mentions]


def test_province_and_village(resolver):
    found = resolver.mentions(ALEPPO_VILLAGES)
    assert names(found) == [("Aleppo", "Aleppo", "SYR", "admin1", "province"),
                            ("Anadan", "Anadan", "SYR", "place", "name")]
    assert (found[0].start, found[0].end) == (6, 6)
    assert found[0].location.precision == 3 and found[1].location.precision == 1
    assert found[1].location.admin1 == "Aleppo"


def test_in_moscow(resolver):
    (moscow,) = resolver.mentions(TALKS_IN_MOSCOW)
    assert (moscow.cue, moscow.location.country, moscow.location.precision) == ("in", "RUS", 1)


def test_direction_of_a_country(resolver):
    (syria,) = resolver.mentions(FIGHTING_NW_SYRIA)
    assert (syria.cue, syria.location.feature, syria.location.precision) == ("direction", "country", 3)


def test_town_in_province(resolver):
    saraqeb, idlib = resolver.mentions(SARAQEB_IN_IDLIB)
    assert (saraqeb.location.name, saraqeb.location.admin1) == ("Saraqib", "Idlib")
    assert (idlib.location.feature, idlib.cue) == ("admin1", "province")


def test_hyphenated_direction_and_part_of_region(resolver):
    sentence = parse("""
    Shelling shelling NOUN 0 root
    in in ADP 6 case
    north north ADV 6 amod
    - - PUNCT 3 punct
    west west ADJ 3 amod
    Idlib Idlib PROPN 1 nmod
    """)
    (idlib,) = resolver.mentions(sentence)
    assert idlib.cue == "direction" and idlib.location.precision == 2


def test_multiword_names(resolver):
    sentence = parse("""
    Protests protest NOUN 2 nsubj
    spread spread VERB 0 root
    to to ADP 4 case
    Rio Rio PROPN 2 obl
    de de PROPN 4 flat
    Janeiro Janeiro PROPN 4 flat
    and and CCONJ 9 cc
    Khan Khan PROPN 9 compound
    Sheikhoun Sheikhoun PROPN 4 conj
    """)
    found = resolver.mentions(sentence)
    assert [(m.start, m.end, m.location.country) for m in found] == [(4, 6, "BRA"), (8, 9, "SYR")]
    assert found[1].cue == "to"  # through the conjunction


def test_arabic_article_split_by_the_tokenizer(resolver):
    sentence = parse("""
    Airstrikes airstrike NOUN 2 nsubj
    hit hit VERB 0 root
    Maarat Maarat PROPN 2 obj
    al al X 6 compound
    - - PUNCT 6 punct
    Numan Numan PROPN 3 flat
    """)
    (town,) = resolver.mentions(sentence)
    assert (town.start, town.end, town.location.name) == (3, 6, "Maarat al-Numan")


def test_flat_parse_falls_back_on_token_order(resolver):
    # every token attached to the root: no case relations to read, the words still tell
    sentence = parse("""
    Clashes clash NOUN 0 root
    near near ADP 1 dep
    the the DET 1 dep
    town town NOUN 1 dep
    of of ADP 1 dep
    Saraqeb Saraqeb PROPN 1 dep
    """)
    (town,) = resolver.mentions(sentence)
    assert town.cue == "town" and town.location.name == "Saraqib"


def test_preposition_found_by_word_order(resolver):
    sentence = parse("""
    Clashes clash NOUN 0 root
    erupted erupt VERB 1 dep
    outside outside ADP 1 dep
    Kharkiv Kharkiv PROPN 1 dep
    """)
    (city,) = resolver.mentions(sentence)
    assert (city.cue, city.location.precision) == ("outside", 2)


def test_subject_and_possessor_are_actors_not_places(resolver):
    sentence = parse("""
    Russia Russia PROPN 2 nsubj
    said say VERB 0 root
    Moscow Moscow PROPN 5 nmod:poss
    's 's PART 3 case
    position position NOUN 2 obj
    """)
    assert resolver.mentions(sentence) == []


def test_person_name_is_not_a_city(resolver):
    # "Vladimir" is a Russian city, but here it is part of a longer name
    sentence = parse("""
    He he PRON 2 nsubj
    met meet VERB 0 root
    Vladimir Vladimir PROPN 2 obj
    Putin Putin PROPN 3 flat
    """)
    assert resolver.mentions(sentence) == []


def test_month_after_in_is_not_a_place(resolver):
    sentence = parse("""
    Talks talk NOUN 0 root
    in in ADP 3 case
    May May PROPN 1 nmod
    """)
    assert resolver.mentions(sentence) == []


def test_landmark_needs_a_locative_cue(resolver):
    at_kremlin = parse("""
    talks talk NOUN 0 root
    at at ADP 4 case
    the the DET 4 det
    Kremlin Kremlin PROPN 1 nmod
    """)
    (kremlin,) = resolver.mentions(at_kremlin)
    assert (kremlin.location.feature, kremlin.location.country) == ("landmark", "RUS")
    spokesman = parse("""
    a a DET 3 det
    Kremlin Kremlin PROPN 3 compound
    spokesman spokesman NOUN 0 root
    """)
    assert resolver.mentions(spokesman) == []


def test_hand_kept_name_beats_an_alternate_name(resolver):
    # "White House" is also a GeoNames alternate name of Casablanca ("casa blanca")
    sentence = parse("""
    Zelensky Zelensky PROPN 2 nsubj
    met meet VERB 0 root
    Biden Biden PROPN 2 obj
    at at ADP 7 case
    the the DET 7 det
    White White PROPN 7 compound
    House House PROPN 2 obl
    """)
    (house,) = resolver.mentions(sentence, actor_tokens={3})
    assert (house.location.name, house.location.country) == ("White House", "USA")


def test_capitalised_directions_and_continents_are_not_places(resolver):
    sentence = parse("""
    Aid aid NOUN 2 nsubj
    reached reach VERB 0 root
    Western Western PROPN 4 compound
    Europe Europe PROPN 2 obj
    and and CCONJ 6 cc
    the the DET 7 det
    South South PROPN 4 conj
    """)
    assert resolver.mentions(sentence) == []


def test_plural_admin_noun_covers_both_names(resolver):
    sentence = parse("""
    in in ADP 2 case
    Aleppo Aleppo PROPN 0 root
    and and CCONJ 5 cc
    Idlib Idlib PROPN 5 compound
    provinces province NOUN 2 conj
    """)
    found = resolver.mentions(sentence)
    assert [(m.location.name, m.location.feature) for m in found] == [
        ("Aleppo", "admin1"), ("Idlib", "admin1")]


def test_tokens_resolved_as_actors_are_not_bare_places(resolver):
    sentence = parse("""
    Putin Putin PROPN 2 nsubj
    met meet VERB 0 root
    Santos Santos PROPN 2 obj
    in in ADP 5 case
    Moscow Moscow PROPN 2 obl
    """)
    assert [m.text for m in resolver.mentions(sentence)] == ["Santos", "Moscow"]
    found = resolver.mentions(sentence, actor_tokens={3, 5})
    assert [m.text for m in found] == ["Moscow"]  # "in Moscow" stays a place


def test_capitalised_first_word_is_not_a_name_unless_a_proper_noun(resolver):
    sentence = parse("""
    Most most ADJ 2 amod
    residents resident NOUN 3 nsubj
    fled flee VERB 0 root
    """)
    assert resolver.mentions(sentence) == []


def test_direction_before_a_province(resolver):
    northern = parse("""
    in in ADP 4 case
    northern northern ADJ 4 amod
    Idlib Idlib PROPN 4 compound
    province province NOUN 0 root
    """)
    (idlib,) = resolver.mentions(northern)
    assert (idlib.cue, idlib.location.feature, idlib.location.precision) == ("province", "admin1", 2)
    province_of = parse("""
    in in ADP 4 case
    the the DET 4 det
    northwestern northwestern ADJ 4 amod
    province province NOUN 0 root
    of of ADP 6 case
    Idlib Idlib PROPN 4 nmod
    """)
    (idlib,) = resolver.mentions(province_of)
    assert (idlib.location.feature, idlib.location.precision) == ("admin1", 2)


def test_a_name_before_city_of_describes_the_place_after_it(resolver):
    sentence = parse("""
Soldiers soldier NOUN 2 nsubj
died die VERB 0 root
outside outside ADP 6 case
the the DET 6 det
Somali Somali PROPN 6 compound
city city NOUN 2 obl
of of ADP 8 case
Kismayo Kismayo PROPN 6 nmod
. . PUNCT 2 punct
""")
    assert [(m.text, m.location.country) for m in resolver.mentions(sentence)] == [("Kismayo", "SOM")]
