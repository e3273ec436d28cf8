"""Resolving role phrases to actors inside one document, with pronouns and short references."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

import attrs

from eventcode.records import Actor, Token

__all__ = ["ActorLookup", "DocumentActors"]

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "him", "her", "them", "us"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
NOT_ACTORS = frozenset({"source", "sources", "report", "reports", "witness", "witnesses",
                        "statement", "media", "activist", "activists", "observer", "monitor"})


class ActorLookup(Protocol):
    """What the coder needs of an actor resolver (see ``eventcode.actors.ActorResolver``)."""

    def resolve(self, words: Sequence[str], *, date: dt.date | None = None) -> Actor | None: ...


class DocumentActors:
    """Resolves phrases for one document and remembers the latest actor for references."""

    def __init__(self, lookup: ActorLookup, date: dt.date | None) -> None:
        self.lookup, self.date = lookup, date
        self.last: Actor | None = None

    def resolve(self, phrase: Sequence[Token], *, remember: bool = True) -> Actor | None:
        """The actor a phrase names; pronouns and "the minister" refer back in the document."""
        if not phrase:
            return None
        if len(phrase) == 1 and phrase[0].upos == "PRON":
            return self._refer(phrase[0].lemma.lower())
        actor = self.lookup.resolve([t.text for t in phrase], date=self.date)
        if actor is not None and not actor.country and phrase[0].lemma.lower() in DEFINITE:
            actor = self._anchor(actor)
        if actor is not None and remember:
            self.last = actor
        return actor

    def _refer(self, pronoun: str) -> Actor | None:
        if pronoun not in PRONOUNS or self.last is None:
            return None
        return attrs.evolve(self.last, match="pronoun", matched_text=pronoun, score=80.0)

    def _anchor(self, role_only: Actor) -> Actor:
        """ "the minister" after "Turkish Foreign Minister X": the role joins the last country."""
        if self.last is None or not self.last.country:
            return role_only
        code = self.last.country + role_only.code
        return attrs.evolve(role_only, code=code, country=self.last.country, match="pronoun")
