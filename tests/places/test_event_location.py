"""The event's place: the mention nearest to the trigger in its clause."""

from __future__ import annotations

import pytest

from eventcode.errors import InputError
from tests.places.sentences import (
    ALEPPO_VILLAGES,
    FIGHTING_NW_SYRIA,
    SARAQEB_IN_IDLIB,
    TALKS_IN_MOSCOW,
    parse,
)


def located(resolver, sentence, trigger_id, **kw):
    mentions = resolver.mentions(sentence, **kw)
    return resolver.event_location(sentence, mentions, trigger_id=trigger_id, **kw)


def test_village_named_with_the_bombing(resolver):
    assert located(resolver, ALEPPO_VILLAGES, 3).name == "Anadan"


def test_noun_trigger(resolver):
    assert located(resolver, TALKS_IN_MOSCOW, 1).name == "Moscow"
    syria = located(resolver, FIGHTING_NW_SYRIA, 1)
    assert (syria.country, syria.precision) == ("SYR", 3)


def test_town_rather_than_its_province(resolver):
    assert located(resolver, SARAQEB_IN_IDLIB, 1).name == "Saraqib"


def test_more_precise_place_inside_the_nearest(resolver):
    sentence = parse("""
    Fighting fighting NOUN 0 root
    in in ADP 4 case
    northwestern northwestern ADJ 4 amod
    Syria Syria PROPN 1 nmod
    near near ADP 6 case
    Saraqeb Saraqeb PROPN 1 nmod
    """)
    assert located(resolver, sentence, 1).name == "Saraqib"


def test_place_of_another_clause_is_not_taken(resolver):
    # "Officials in Moscow said troops attacked villages": the attack is not in Moscow
    sentence = parse("""
    Officials official NOUN 4 nsubj
    in in ADP 3 case
    Moscow Moscow PROPN 1 nmod
    said say VERB 0 root
    troops troop NOUN 6 nsubj
    attacked attack VERB 4 ccomp
    villages village NOUN 6 obj
    """)
    assert located(resolver, sentence, 6) is None
    assert located(resolver, sentence, 4).name == "Moscow"


def test_nearest_of_two_events(resolver):
    sentence = parse("""
    Jets jet NOUN 2 nsubj
    bombed bomb VERB 0 root
    Aleppo Aleppo PROPN 2 obj
    and and CCONJ 5 cc
    shelled shell VERB 2 conj
    Idlib Idlib PROPN 5 obj
    """)
    assert located(resolver, sentence, 2).name == "Aleppo"
    assert located(resolver, sentence, 5).name == "Idlib"


def test_no_mentions(resolver):
    sentence = parse("""
    Talks talk NOUN 2 nsubj
    ended end VERB 0 root
    """)
    assert located(resolver, sentence, 2) is None


def test_trigger_outside_the_sentence(resolver):
    with pytest.raises(InputError, match="trigger_id"):
        resolver.event_location(TALKS_IN_MOSCOW, [], trigger_id=9)
