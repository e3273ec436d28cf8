"""Resolution rules on a tiny hand-made dictionary (independent of the shipped data)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcode.actors import ActorResolver, load_actor_dictionary

FILES = {
    "countries.yaml": """
        kind: country
        entries:
          - {id: syr, name: Syria, code: SYR, demonyms: [Syrian, Syrians], metonyms: [Damascus]}
          - {id: rus, name: Russia, code: RUS, demonyms: [Russian], metonyms: [Kremlin, Moscow]}
          - {id: usa, name: United States, code: USA, aliases: [US, U.S.], demonyms: [American]}
    """,
    "people.yaml": """
        kind: person
        entries:
          - id: assad
            name: Bashar al-Assad
            aliases: [Assad]
            code: SYRELI
            roles: [{code: SYRGOV, from: "2000-07-17", to: "2024-12-08"}]
          - id: bush-senior
            name: George H. W. Bush
            aliases: [Bush]
            code: USAELI
            roles: [{code: USAGOV, from: "1989-01-20", to: "1993-01-20"}]
          - id: bush-junior
            name: George W. Bush
            aliases: [Bush]
            code: USAELI
            roles: [{code: USAGOV, from: "2001-01-20", to: "2009-01-20"}]
    """,
    "groups.yaml": """
        kind: group
        entries:
          - {id: hezbollah, name: Hezbollah, code: LBNREB}
          - {id: un, name: United Nations, aliases: [UN, WHO], code: IGOUNO}
    """,
    "agents.yaml": """
        kind: agent
        entries:
          - {id: gov, role: GOV, words: [government, officials, spokesman, defence ministry, leader]}
          - {id: mil, role: MIL, words: [troops, forces, army, fighters]}
          - {id: cop, role: COP, words: [police]}
          - {id: reb, role: REB, words: [rebels, rebel]}
          - {id: opp, role: OPP, words: [protesters]}
    """,
}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> ActorResolver:
    import textwrap

    root = tmp_path_factory.mktemp("tiny") / "actors"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return ActorResolver(load_actor_dictionary([root]))


def _code(resolver: ActorResolver, phrase: str, date: dt.date | None = None) -> str | None:
    actor = resolver.resolve(phrase.split(), date=date)
    return actor.code if actor else None


@pytest.mark.parametrize("phrase, code", [
    ("Syrian troops", "SYRMIL"),
    ("Syrian government forces", "SYRGOVMIL"),
    ("the army of Syria", "SYRMIL"),
    ("Russia 's defence ministry", "RUSGOV"),
    ("Kremlin", "RUSGOV"),
    ("Kremlin spokesman", "RUSGOV"),
    ("Moscow police", "RUSCOP"),
    ("UN officials", "IGOUNO"),
    ("UN Syria officials", "IGOUNO"),  # the organisation, not the country it works in
    ("Hezbollah fighters", "LBNREB"),
    ("police", "COP"),
    ("rebel leader", "REB"),
    ("government forces", "GOVMIL"),
    ("protesters in Damascus", "OPP"),
    ("Syrian and Russian troops", "SYR"),
    ("Russian-backed forces", "MIL"),
    ("U.S. troops", "USAMIL"),
    ("us", None),
    ("WHO", "IGOUNO"),
    ("who", None),
    ("syrian troops", "SYRMIL"),  # a demonym in lower case is no English word
    ("nothing here", None),
    ("", None),
])
def test_resolver_composition_rules(tiny: ActorResolver, phrase: str, code: str | None) -> None:
    assert _code(tiny, phrase) == code


def test_resolver_person_possessor_and_dates(tiny: ActorResolver) -> None:
    assert _code(tiny, "Assad's forces", dt.date(2015, 1, 1)) == "SYRGOVMIL"
    assert _code(tiny, "Assad", dt.date(2025, 1, 1)) == "SYRELI"
    assert _code(tiny, "Assad") == "SYRGOV"  # no date: the latest role


def test_resolver_shared_alias_goes_to_the_person_in_office(tiny: ActorResolver) -> None:
    assert tiny.resolve(["Bush"], date=dt.date(1990, 1, 1)).entry_id == "bush-senior"
    assert tiny.resolve(["Bush"], date=dt.date(2005, 1, 1)).entry_id == "bush-junior"
    assert tiny.resolve(["Bush"]).entry_id == "bush-junior"


def test_resolver_records_provenance(tiny: ActorResolver) -> None:
    actor = tiny.resolve(["Syrian", "government", "forces"])
    assert (actor.entry_id, actor.match, actor.score, actor.country) == ("syr", "composed", 100.0, "SYR")
    assert actor.roles == ("GOV", "MIL") and actor.matched_text == "Syrian government forces"
    agent = tiny.resolve(["police"])
    assert (agent.match, agent.entry_id, agent.country) == ("agent", "cop", None)


def test_resolver_fuzzy_needs_close_long_names(tiny: ActorResolver) -> None:
    actor = tiny.resolve(["Hezbolah"])
    assert actor.code == "LBNREB" and actor.match == "fuzzy" and 90 <= actor.score < 100
    assert tiny.resolve(["Hezbo"]) is None  # too short
    assert tiny.resolve(["Bashar", "al-Qaeda"]) is None  # shares a word, not a name


def test_resolver_case_insensitive_option(tiny: ActorResolver) -> None:
    loose = ActorResolver(tiny.dictionary, case_sensitive=False, fuzzy_threshold=None)
    assert loose.resolve(["syrian", "troops"]).code == "SYRMIL"
    assert loose.resolve(["Hezbolah"]) is None  # fuzzy off


def test_resolver_find_lists_mentions(tiny: ActorResolver) -> None:
    words = "Syrian troops kill five rebels near Damascus , Assad 's spokesman says".split()
    found = [(s, e, a.code) for s, e, a in tiny.find(words, date=dt.date(2015, 1, 1))]
    assert found == [(0, 2, "SYRMIL"), (4, 5, "REB"), (6, 7, "SYRGOV"), (8, 11, "SYRGOV")]


def test_resolver_find_keeps_neighbouring_names_apart(tiny: ActorResolver) -> None:
    found = [a.code for _, _, a in tiny.find("Syria Russia talks".split())]
    assert found == ["SYR", "RUS"]
