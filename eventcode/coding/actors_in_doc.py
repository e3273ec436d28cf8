"""Resolving role phrases to actors inside one document, with pronouns and short references."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from typing import Protocol

import attrs

from eventcode.records import Actor, Token

__all__ = ["ActorLookup", "DocumentActors", "same_actor"]

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "him", "her", "them", "us"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us"})
_SEEN = 20
PLURAL = frozenset({"they", "them", "we", "us"})
POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
PLACE_PREPS = frozenset({"in", "from", "of"})
TRANSNATIONAL = ("IGO", "NGO", "MNC", "IMG")
"""Bodies a place in their phrase does not make national ("the UN ... in Derna", "al-Qaeda
commanders in Yemen": IMG groups work across borders)."""
DOMESTIC_ROLES = frozenset({"GOV", "COP", "JUD", "LEG", "PTY"})  # officials act at home
INSTITUTIONS = frozenset({"government", "police", "army", "military", "parliament", "court",
                          "judiciary", "regime", "cabinet", "ministry", "authority", "authorities",
                          "legislature", "congress", "senate", "junta", "administration", "presidency"})
CROWDS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozens", "scores", "millions",
                    "tens"})  # a bare crowd as actor is civilians (CVL), as in "Thousands rallied"
COUNTED = CROWDS | frozenset({"several", "some", "many", "few", "dozen", "hundred", "thousand",
                             "numerous", "scores"})
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout"})

class ActorLookup(Protocol):
    """What the coder needs of an actor resolver (see ``eventcode.actors.ActorResolver``)."""

    def resolve(self, words: Sequence[str], *, date: dt.date | None = None) -> Actor | None: ...


class DocumentActors:
    """Resolves phrases for one document and remembers the latest actor for references."""

    def __init__(self, lookup: ActorLookup, date: dt.date | None,
                 place_country: Callable[[str], str | None] | None = None,
                 event_nouns: frozenset[str] = frozenset()) -> None:
        self.lookup, self.date, self.place_country = lookup, date, place_country
        self.event_nouns = event_nouns  # "a military offensive" is an act, not the military
        self.last: Actor | None = None  # latest actor, for pronouns ("Turkey said it would ...")
        self.prior: Actor | None = None  # latest actor of earlier sentences, for "the minister"
        self.group: tuple[Actor, ...] = ()  # latest coordinated actors, for "they" ("X and Y said they")
        self.seen: list[Actor] = []  # every actor named so far, latest last (see ``refer_past``)
        self._cache: dict[tuple, Actor | None] = {}

    def new_sentence(self) -> None:
        """Call before each sentence: phrases are cached per sentence, references look back."""
        self.prior = self.last
        self._cache = {}

    def resolve(self, phrase: Sequence[Token], *, remember: bool = True) -> Actor | None:
        """The actor a phrase names; pronouns and "the minister" refer back in the document."""
        if not phrase:
            return None
        if len(phrase) == 1 and phrase[0].upos == "PRON":
            return self._refer(phrase[0].text.lower())
        key = tuple(t.id for t in phrase)
        if key not in self._cache:
            self._cache[key] = self._resolve(phrase)
        actor = self._cache[key]
        if actor is not None:
            self.seen = [*self.seen[-(_SEEN - 1):], actor]
        if actor is not None and remember:
            self.last, self.group = actor, (actor,)
        return actor

    def refer_past(self, pronoun: str, other_than: Actor) -> Actor | None:
        """ "The elders wrote to the president, urging him to send troops": an object pronoun
        is not its own clause's subject, so it refers to the latest actor named that is not
        ``other_than``."""
        if pronoun not in OBJECT_PRONOUNS:
            return None
        found = next((a for a in reversed(self.seen) if a.code != other_than.code), None)
        return _referred(found, pronoun) if found is not None else None

    def venue(self, phrase: Sequence[Token]) -> Actor | None:
        """The actor an *in* phrase names, else the country of a gazetteer place there ("in
        Alaska" -> USA, marked ``match="place"``)."""
        actor = self.resolve(phrase, remember=False)
        names = [t.text for t in phrase if t.upos == "PROPN"]
        if self.place_country is None or not names or (actor is not None and not _surname_only(actor)):
            return actor  # "in Lagos": a place, not the Chilean president of that surname
        name = " ".join(names)
        country = self.place_country(name)
        return Actor(code=country, name=name, country=country, matched_text=name, match="place",
                     score=80.0) if country else actor

    def resolve_all(self, phrase: Sequence[Token], *, remember: bool = True) -> list[Actor]:
        """Like ``resolve``, but "they" after "Merkel and Macron" is both of them."""
        if len(phrase) == 1 and phrase[0].lemma.lower() in PLURAL and len(self.group) > 1:
            word = phrase[0].text.lower()
            return [_referred(a, word) for a in self.group]
        actor = self.resolve(phrase, remember=remember)
        return [actor] if actor is not None else []

    def remember_group(self, actors: Sequence[Actor]) -> None:
        """Coordinated actors just resolved ("Turkey and Russia"): the referents of "they"."""
        if len(actors) > 1:
            self.group = tuple(actors)

    def _resolve(self, phrase: Sequence[Token]) -> Actor | None:
        core = _core(phrase)
        actor = self.lookup.resolve([t.text for t in core], date=self.date)
        owner = self._possessor_of_event(core, actor)
        if owner is not None:
            core, actor = owner, self.lookup.resolve([t.text for t in owner], date=self.date)
        if actor is not None and actor.match == "agent" and self._event_head(core, actor):
            return None
        if actor is None and core and core[0].lemma.lower() in CROWDS:
            actor = self.lookup.resolve(["people"], date=self.date)  # "Thousands rallied": civilians
        if actor is None and len(core) < len(phrase):
            actor = self._located(phrase)
        elif actor is not None and not actor.country and not actor.code.startswith(TRANSNATIONAL):
            actor = self._placed(actor, phrase)
        if actor is not None and not actor.roles and any(t.lemma.lower() == "counterpart" for t in phrase):
            actor = self._counterpart(actor)
        if actor is not None and _counted_people(actor, core, phrase, self._people_word(actor, phrase)):
            actor = self._civilians(actor, core, phrase)
        if actor is not None and actor.match == "agent" and phrase[0].text.lower() in POSSESSIVES:
            return self._anchor(actor, self.last)  # "Russia said its forces ...": Russia's forces
        if actor is not None and actor.match == "agent" and phrase[0].lemma.lower() in DEFINITE:
            institution = bool(DOMESTIC_ROLES.intersection(actor.roles)) or \
                any(t.lemma.lower() in INSTITUTIONS for t in phrase)
            actor = self._anchor(actor, self.last if institution else self.prior)
        return actor

    def _possessor_of_event(self, core: Sequence[Token], actor: Actor | None) -> Sequence[Token] | None:
        """ "Russia's invasion of Ukraine", "Serbia's suppression of Albanian unrest": the
        possessor of an event noun is who acted, so only it is read (not "Assad's forces",
        where the head is part of the actor)."""
        marks = [i for i, t in enumerate(core) if t.upos == "PART" and t.text.lower() in ("'s", "'", "\u2019s")]
        if not marks or marks[0] + 1 >= len(core):
            return None
        rest = core[marks[0] + 1:]
        ids = {t.id for t in rest}
        heads = [t for t in rest if t.upos == "NOUN" and t.head not in ids]
        if not heads or heads[0].lemma.lower() not in self.event_nouns:
            return None
        if actor is not None and heads[0].text in actor.matched_text.split():
            return None
        return core[:marks[0] + 1]

    def _event_head(self, core: Sequence[Token], actor: Actor) -> bool:
        """ "a new military offensive", "police operations": a role word modifying an event
        noun names the kind of act, not who it is aimed at."""
        nouns = [t for t in core if t.upos in ("NOUN", "PROPN")]
        if not nouns or nouns[-1].lemma.lower() not in self.event_nouns:
            return False
        head, words = nouns[-1], actor.matched_text.split()
        matched = [t for t in core if t.text in words]
        return head.text not in words and bool(matched) and all(
            t.head == head.id and t.deprel in ("amod", "compound") for t in matched)

    def _people_word(self, actor: Actor, phrase: Sequence[Token]) -> int | None:
        """Where the phrase names the actor's nation by its people ("Palestinians of the West Bank")."""
        texts = [t.text for t in phrase]
        if actor.matched_text in texts:
            return texts.index(actor.matched_text)
        found = next((i for i, t in enumerate(phrase) if t.text[:1].isupper() and t.text.endswith("s")), None)
        if found is None:
            return None
        own = self.lookup.resolve([phrase[found].text], date=self.date)
        return found if own is not None and own.code == actor.country else None

    def _civilians(self, people: Actor, core: Sequence[Token], phrase: Sequence[Token]) -> Actor:
        """A nation's people as civilians (PSECVL); an *ethnic* community lives where the text
        places it ("ethnic Albanians in Serbia" SRBCVL) or, placed nowhere in its phrase, where
        the event happens (a bare ``CVL`` that the event's place completes)."""
        country = people.country
        if any(t.lemma.lower() == "ethnic" for t in core):
            name = _place_after_preposition(phrase)
            country = (self._country_of(name) or (self.place_country(name) if self.place_country else None)
                       if name else None)
            if country is None:
                return attrs.evolve(people, code="CVL", country=None, roles=("CVL",), match="agent")
        return attrs.evolve(people, code=country + "CVL", country=country, roles=("CVL",), match="composed")

    def _counterpart(self, actor: Actor) -> Actor:
        """ "met his Polish counterpart": the same office as the actor just named, in that country."""
        other = self.last
        if other is None or not other.roles or not actor.country:
            return actor
        return attrs.evolve(actor, code=actor.country + "".join(other.roles), roles=other.roles,
                            match="composed")

    def _located(self, phrase: Sequence[Token]) -> Actor | None:
        """ "abuses in Ethiopia": only the place names an actor; marked so that a real party
        ("Turkey and Russia agreed on a ceasefire in Syria") is preferred over it. A place is
        its country: "a house in Kabul" is AFG, not the government the capital stands for."""
        actor = self.lookup.resolve([t.text for t in phrase], date=self.date)
        if actor is None:
            return None
        if _seat(actor):
            actor = attrs.evolve(actor, code=actor.country, roles=())
        return attrs.evolve(actor, match="place", score=min(actor.score, 90.0))

    def _placed(self, role_only: Actor, phrase: Sequence[Token]) -> Actor:
        """ "protesters in Khartoum", "a court in Guyana": the place gives the country."""
        name = _place_after_preposition(phrase)
        if not name:
            return role_only
        country = (self.place_country(name) if self.place_country else None) or self._country_of(name)
        if not country:
            return role_only
        return attrs.evolve(role_only, code=country + role_only.code, country=country, match="composed")

    def _country_of(self, name: str) -> str | None:
        """ "lawmakers in Fornost": a name the actor dictionary knows as a country."""
        actor = self.lookup.resolve(name.split(), date=self.date)
        return actor.country if actor is not None and actor.code == actor.country else None

    def _refer(self, pronoun: str) -> Actor | None:
        if pronoun not in PRONOUNS or self.last is None:
            return None
        return _referred(self.last, pronoun)

    @staticmethod
    def _anchor(role_only: Actor, referent: Actor | None) -> Actor:
        """ "the minister" after a sentence about Turkey joins that country; an institution
        ("Serbian protesters rallied against the government") may join its own sentence's
        country, people ("Iran will not release the sailors") only an earlier sentence's."""
        if referent is None or not referent.country:
            return role_only
        code = referent.country + role_only.code
        return attrs.evolve(role_only, code=code, country=referent.country, match="pronoun")


def _surname_only(actor: Actor) -> bool:
    """Whether a person was found by the surname alone ("Lagos" for Ricardo Lagos)."""
    text = actor.matched_text
    return actor.match == "exact" and " " not in text and text != actor.name and actor.name.endswith(" " + text)


def _seat(actor: Actor) -> bool:
    """A country's capital or seat standing for its government ("Kabul" AFGGOV)."""
    return actor.roles == ("GOV",) and actor.country is not None \
        and (actor.entry_id or "").upper() == actor.country and actor.match != "composed"


def _referred(actor: Actor, word: str) -> Actor:
    """The actor a pronoun refers back to, marked as reached through ``word``."""
    return attrs.evolve(actor, match="pronoun", matched_text=word, score=80.0)


def _counted_people(actor: Actor, core: Sequence[Token], phrase: Sequence[Token], at: int | None) -> bool:
    """ "arrested 100 Palestinians", "deported dozens of Liberians", "young Algerians",
    "Palestinians of the West Bank": counted, described or placed people of a nation are
    civilians (CVL), not the nation ("The Palestinians rejected the plan" stays PSE)."""
    if actor.roles or not actor.country or actor.code != actor.country or not core:
        return False
    if at is None or at >= len(core):
        return False
    head = phrase[at]
    if head.upos not in ("NOUN", "PROPN") or not head.text[:1].isupper() or not head.text.endswith("s"):
        return False
    placed = at + 1 < len(phrase) and phrase[at + 1].text.lower() in PLACE_PREPS
    return (at == len(core) - 1 or placed) and (
        placed or any(t.upos in ("NUM", "ADJ") or t.lemma.lower() in COUNTED for t in core[:at]))


def _core(phrase: Sequence[Token]) -> Sequence[Token]:
    """The phrase before a locative ("a ceasefire in Syria" -> "a ceasefire"): a place named
    after "in" gives a role its country ("protesters in Khartoum"); alone it is a weak actor."""
    for i, t in enumerate(phrase):
        if i and t.text.lower() in LOCATIVE:
            return phrase[:i]
    return phrase


def _place_after_preposition(phrase: Sequence[Token]) -> str | None:
    for i, t in enumerate(phrase[:-1]):
        if t.text.lower() in PLACE_PREPS:
            after = itertools.dropwhile(lambda x: x.upos in ("ADJ", "DET"), phrase[i + 1:])
            names = list(itertools.takewhile(lambda x: x.upos == "PROPN", after))
            if names:
                return " ".join(x.text for x in names)
    return None


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    """Whether two resolved actors are the same party (same code)."""
    return a is not None and b is not None and a.code == b.code
