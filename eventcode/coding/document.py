"""Code a whole document: sentences -> events with dates, places and provenance."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Sequence
from typing import Any, Protocol

import attrs

from eventcode.codebook import Codebook
from eventcode.coding.actors_in_doc import ActorLookup, DocumentActors
from eventcode.coding.dates import event_date
from eventcode.coding.implied import implied_target, people_where, unidentified_attacker
from eventcode.coding.sentence import VIOLENT_ROOTS, Candidate, code_sentence
from eventcode.coding.tree import Tree
from eventcode.records import Actor, Event, Location, ParsedSentence
from eventcode.verbs.records import VerbDictionary

__all__ = ["DocumentCoder", "PlaceLookup"]


class PlaceLookup(Protocol):
    """What the coder needs of a place resolver (see ``eventcode.places.PlaceResolver``)."""

    def mentions(self, sentence: ParsedSentence, *, context_countries: Sequence[str] = (),
                 actor_tokens: Collection[int] = ()) -> list[Any]: ...

    def event_location(self, sentence: ParsedSentence, mentions: list[Any], *, trigger_id: int,
                       context_countries: Sequence[str] = ()) -> Location | None: ...

    def lookup(self, name: str, *, country: str | None = None) -> Location | None: ...


class DocumentCoder:
    """Holds the dictionaries and resolvers; codes one document at a time (no shared state)."""

    def __init__(self, verbs: VerbDictionary, codebook: Codebook, actors: ActorLookup,
                 places: PlaceLookup | None = None) -> None:
        self.verbs, self.codebook, self.actors, self.places = verbs, codebook, actors, places

    def code(self, sentences: Sequence[ParsedSentence], *, date: dt.date | None = None,
             doc_id: str | None = None) -> list[Event]:
        doc_actors = DocumentActors(self.actors, date, self._place_country if self.places else None,
                                    self.verbs.event_nouns)
        coded = []
        for s in sentences:
            doc_actors.new_sentence()
            tree = Tree(s)
            cands = code_sentence(tree, self.verbs, self.codebook, doc_actors)
            coded.append((s, cands, self._mentions(s, cands)))
        dominant = _dominant([m for _, _, ms in coded for m in ms])
        return [self._event(s, c, ms, dominant, date, doc_id) for s, cands, ms in coded for c in cands]

    def _place_country(self, name: str) -> str | None:
        loc = self.places.lookup(name)
        return loc.country if loc is not None else None

    def _mentions(self, s: ParsedSentence, cands: list[Candidate]) -> list[Any]:
        if self.places is None:
            return []
        actor_tokens = frozenset().union(*(c.actor_tokens for c in cands))
        return self.places.mentions(s, context_countries=_countries(cands), actor_tokens=actor_tokens)

    def _event(self, s: ParsedSentence, c: Candidate, mentions: list[Any], dominant: Location | None,
               date: dt.date | None, doc_id: str | None) -> Event:
        when, precision = event_date(date, s.text)
        tok = c.match.token
        info = self.codebook.info(c.code) if self.codebook.is_valid(c.code) else None
        where = self._location(s, c, mentions) or dominant
        source, target = _localised(c.source, where), _localised(c.target, where)
        if target is None and source is not None and source is not c.source:
            target = next(iter(implied_target(c.code, [source])), None)  # "students protested in Nairobi"
        target = people_where(target, where)
        if source is None and c.code[:2] in VIOLENT_ROOTS and where is not None and where.country \
                and self.codebook.unidentified_attackers:
            source = unidentified_attacker(where.country)  # "killed by a roadside bomb near Samarra"
        if source is not None and target is not None and source.code == target.code:
            source, target = c.source, c.target  # the place must not make an actor act on itself
        return Event(
            code=c.code, source=source, target=target,
            quad_class=info.quad_class if info else 0, goldstein=info.goldstein if info else 0.0,
            sentence=s.text, doc_id=doc_id, sentence_id=s.index, date=when, date_precision=precision,
            location=where,
            trigger=_trigger_text(c), trigger_start=tok.start, trigger_end=tok.end,
            pattern_id=c.match.pattern.id, confidence=_confidence(c), modality=c.mood,
        )

    def _location(self, s: ParsedSentence, c: Candidate, mentions: list[Any]) -> Location | None:
        if self.places is None or not mentions:
            return None
        tid = c.match.token.id
        attached = self.places.event_location(s, mentions, trigger_id=tid, context_countries=_countries([c]))
        if attached is not None:
            return attached
        # else the sentence's own place nearest the trigger, before the document's dominant one
        return min(mentions, key=lambda m: min(abs(m.start - tid), abs(m.end - tid))).location


def _localised(actor: Actor | None, where: Location | None) -> Actor | None:
    """A bare role ("police", "protesters") belongs to the country where the event happened."""
    if actor is None or actor.match != "agent" or actor.country or where is None or not where.country:
        return actor
    return attrs.evolve(actor, code=where.country + actor.code, country=where.country, match="composed")


def _countries(cands: Sequence[Candidate]) -> list[str]:
    out = []
    for c in cands:
        for a in (c.source, c.target):
            if a is not None and a.country and a.country not in out:
                out.append(a.country)
    return out


def _dominant(mentions: list[Any]) -> Location | None:
    locs = [m.location for m in mentions if getattr(m, "location", None) is not None]
    if not locs:
        return None
    best, _ = Counter(locs).most_common(1)[0]
    return best


def _trigger_text(c: Candidate) -> str:
    words = sorted((c.match.token, *c.match.particles), key=lambda t: t.id)
    return " ".join(t.text for t in words)


def _confidence(c: Candidate) -> float:
    score = 1.0
    for actor in (c.source, c.target):
        if actor is not None and actor.match == "fuzzy":
            score *= 0.8
        elif actor is not None and actor.match == "pronoun":
            score *= 0.85
        elif actor is not None and actor.match == "implied":
            score *= 0.9  # a protest's unnamed addressee: its country's government
    if c.source is None or c.target is None:
        score *= 0.9
    return round(max(0.05, min(1.0, score)), 3)
