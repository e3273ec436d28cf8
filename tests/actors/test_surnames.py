"""People named by surname: after a title, on second mention, decided by who held office."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from eventcode.actors import ActorResolver, load_actor_dictionary

PEOPLE = """
    kind: person
    entries:
      - {id: blair, name: Tony Blair, code: GBRELI, roles: [{code: GBRGOV, from: "1997-05-02", to: "2007-06-27"}]}
      - {id: bush-41, name: George H. W. Bush, code: USAELI, roles: [{code: USAGOV, from: "1989-01-20", to: "1993-01-20"}]}
      - {id: bush-43, name: George W. Bush, code: USAELI, roles: [{code: USAGOV, from: "2001-01-20", to: "2009-01-20"}]}
      - {id: assad, name: Bashar al-Assad, code: SYRELI, roles: [{code: SYRGOV, from: "2000-07-17", to: "2024-12-08"}]}
      - {id: xi, name: Xi Jinping, code: CHNELI, roles: [{code: CHNGOV, from: "2013-03-14"}]}
      - {id: kim-a, name: Kim Jong Un, code: PRKELI, roles: [{code: PRKGOV, from: "2011-12-17"}]}
      - {id: kim-b, name: Kim Dae-jung, code: KORELI, roles: [{code: KORGOV, from: "1998-02-25", to: "2003-02-24"}]}
"""
AGENTS = """
    kind: agent
    entries:
      - {id: gov, role: GOV, words: [president, prime minister]}
"""


@pytest.fixture(scope="module")
def resolver(tmp_path_factory) -> ActorResolver:
    root = tmp_path_factory.mktemp("surnames") / "actors"
    root.mkdir()
    (root / "people.yaml").write_text(textwrap.dedent(PEOPLE).lstrip(), encoding="utf-8")
    (root / "agents.yaml").write_text(textwrap.dedent(AGENTS).lstrip(), encoding="utf-8")
    return ActorResolver(load_actor_dictionary([root]))


@pytest.mark.parametrize("phrase, date, code", [
    ("Blair", "2003-01-01", "GBRGOV"),               # a surname that is no English word
    ("Prime Minister Blair", "2003-01-01", "GBRGOV"),
    ("Blair", "2015-01-01", "GBRELI"),               # one person of that name: out of office
    ("Assad", "2015-01-01", "SYRGOV"),               # al- dropped
    ("Xi", "2020-01-01", "CHNGOV"),                  # family name first in Chinese names
    ("President Bush", "2005-01-01", "USAGOV"),      # the Bush in office then
    ("President Bush", "1990-01-01", "USAGOV"),
    ("President Bush", "1996-01-01", "GOV"),         # two of that name, neither in office
    ("Bush", "2005-01-01", None),                    # an English word: only after a title
    ("Kim", "2000-01-01", "KORGOV"),                 # the one Kim in office then
    ("Kim", "2020-01-01", "PRKGOV"),
    ("blair", "2003-01-01", "GBRGOV"),               # a name in lower case that is no English word
    ("bush", "2005-01-01", None),                    # ... but an English word in lower case is the word
])
def test_surname(resolver: ActorResolver, phrase: str, date: str, code: str | None) -> None:
    actor = resolver.resolve(phrase.split(), date=dt.date.fromisoformat(date))
    assert (actor.code if actor else None) == code
