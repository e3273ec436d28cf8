"""``PlaceResolver``: place mentions of a parsed sentence, an event's location, name lookup."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from pathlib import Path

import attrs

from eventcode.errors import InputError
from eventcode.places.attach import nearest_mention
from eventcode.places.extract import AFTER, toponyms
from eventcode.places.gazetteer import Entry, Gazetteer, places_dir
from eventcode.places.mention import PlaceMention, Toponym
from eventcode.places.normalize import name_key
from eventcode.places.rank import Context, best
from eventcode.places.supplement import apply_supplement, read_supplement
from eventcode.records import Location, ParsedSentence

__all__ = ["PlaceResolver"]

# a bare name (no cue) that is the subject or possessor is an actor ("Russia said")
ACTOR_RELATIONS = frozenset({"nsubj", "csubj", "nmod:poss", "vocative", "obl:agent"})
BARE_MIN_POPULATION = 15000
CONTAINERS = frozenset({",", "in", "of", "the"})


@attrs.frozen
class PlaceResolver:
    """Finds and resolves places. ``PlaceResolver.default()`` uses the shipped data."""

    gazetteer: Gazetteer
    not_places: frozenset[str] = frozenset()

    @classmethod
    def default(cls) -> PlaceResolver:
        """The shipped gazetteer and supplement, loaded once per process."""
        return _default_resolver()

    @classmethod
    def from_files(cls, gazetteer: str | Path | None = None,
                   supplement: str | Path | None = None) -> PlaceResolver:
        """A resolver over other files (``None``: the shipped one), e.g. a rebuilt gazetteer
        or an extended supplement."""
        gaz = Gazetteer.load(Path(gazetteer) if gazetteer else None)
        sup = read_supplement(Path(supplement) if supplement else places_dir() / "supplement.yaml")
        return cls(gaz, apply_supplement(gaz, sup))

    def lookup(self, name: str, *, country: str | None = None) -> Location | None:
        """The likeliest entry called ``name`` (in ``country``, ISO3, if given), or None.

        ``"Idlib province"`` asks for the admin1 division, ``"Aleppo city"`` for the city.
        """
        key, kind = self._lookup_key(name_key(name))
        if not key or key in self.not_places:
            return None
        context = Context(country=_iso3(country) if country else None)
        entry = best(self.gazetteer, key, self.gazetteer.candidates(key), context, kind)
        return self.gazetteer.location(entry) if entry else None

    def _lookup_key(self, key: str) -> tuple[str, str]:
        """("idlib", "admin1") for "Idlib province"; a leading "the" is dropped."""
        key = key.removeprefix("the ") if key not in self.gazetteer else key
        head, _, noun = key.rpartition(" ")
        if key not in self.gazetteer and noun in AFTER and head in self.gazetteer:
            return head, AFTER[noun][0]
        return key, ""

    def mentions(self, sentence: ParsedSentence, *, context_countries: Sequence[str] = (),
                 actor_tokens: Collection[int] = ()) -> list[PlaceMention]:
        """Places named in ``sentence``, resolved with the sentence's own countries and admin1
        divisions and ``context_countries`` (ISO3: actor or document countries).

        ``actor_tokens``: ids of tokens the caller resolved as actors ("Obama", "Santos");
        a bare name among them is not taken as a place (a name after "in" still is).
        """
        found = [t for t in toponyms(sentence, self.gazetteer, self.not_places)
                 if not _is_actor(sentence, t, actor_tokens)]
        outer = frozenset(_iso3(c) for c in context_countries)
        first = [self._pick(t, Context(countries=outer)) for t in found]
        countries, admin1s = _sentence_context(first)
        out = []
        for i, toponym in enumerate(found):
            country, admin1 = _container(sentence, found, first, i)
            context = Context(outer | countries, admin1s, country, admin1)
            entry = self._pick(toponym, context)
            if entry is not None and self._accept(toponym, entry, context):
                out.append(self._mention(toponym, entry))
        return out

    def event_location(self, sentence: ParsedSentence, mentions: Sequence[PlaceMention], *,
                       trigger_id: int, context_countries: Sequence[str] = ()) -> Location | None:
        """The place of the event whose trigger is token ``trigger_id``: the mention nearest
        to it in its clause (None: let the caller use the document's dominant place)."""
        if not 1 <= trigger_id <= len(sentence):
            raise InputError(f"trigger_id {trigger_id} is outside the sentence (1..{len(sentence)})")
        countries = [_iso3(c) for c in context_countries]
        chosen = nearest_mention(sentence, mentions, trigger_id, countries)
        return chosen.location if chosen else None

    def _pick(self, toponym: Toponym, context: Context) -> Entry | None:
        candidates = self.gazetteer.candidates(toponym.key)
        if toponym.cue == "name":
            candidates = tuple(e for e in candidates if e.feature != "landmark")
        return best(self.gazetteer, toponym.key, candidates, context, toponym.kind)

    def _accept(self, toponym: Toponym, entry: Entry, context: Context) -> bool:
        """Cued names always; bare names only whole, as their entry's own name, and (for
        places) hand-kept, large, or in a country or division the sentence or context gives."""
        if toponym.cue != "name":
            return True
        if toponym.partial:
            return False
        if entry.feature == "country":
            return True
        if not self.gazetteer.is_primary(entry, toponym.key):
            return False
        if self.gazetteer.is_curated(entry, toponym.key):
            return True
        return (entry.feature == "admin1" or entry.population >= BARE_MIN_POPULATION
                or entry.country in context.countries or context.country is not None
                or context.admin1 is not None)

    def _mention(self, toponym: Toponym, entry: Entry) -> PlaceMention:
        precision = toponym.precision
        if precision is not None and entry.feature == "country":
            precision = 3
        location = self.gazetteer.location(entry, precision=precision)
        return PlaceMention(toponym.start, toponym.end, toponym.text, location, toponym.cue)


@lru_cache(maxsize=1)
def _default_resolver() -> PlaceResolver:
    gazetteer = Gazetteer.load()
    not_places = apply_supplement(gazetteer, read_supplement(places_dir() / "supplement.yaml"))
    return PlaceResolver(gazetteer, not_places)


def _iso3(code: str) -> str:
    if not (isinstance(code, str) and len(code) == 3 and code.isalpha()):
        raise InputError(f"country codes are ISO 3166-1 alpha-3 (like 'SYR'), got {code!r}")
    return code.upper()


def _is_actor(sentence: ParsedSentence, toponym: Toponym, actor_tokens: Collection[int]) -> bool:
    """A bare name that is a subject or possessor, or that the caller resolved as an actor."""
    if toponym.cue != "name":
        return False
    overlap = any(i in actor_tokens for i in range(toponym.start, toponym.end + 1))
    return overlap or sentence.token(toponym.head).deprel in ACTOR_RELATIONS


def _sentence_context(first: list[Entry | None]) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Countries of the countries and admin1 divisions named, and those divisions."""
    units = [e for e in first if e is not None and e.feature in ("country", "admin1")]
    admin1s = frozenset(e.admin1_key for e in units if e.feature == "admin1")
    return frozenset(e.country for e in units), admin1s


def _container(sentence: ParsedSentence, found: list[Toponym], first: list[Entry | None],
               i: int) -> tuple[str | None, tuple[str, str] | None]:
    """(country, admin1) that toponym ``i`` is said to lie in: "X, Syria", "X in Idlib
    province" (the next toponym, a country or admin1, after only ",", "in", "of", "the")."""
    if i + 1 >= len(found) or first[i + 1] is None:
        return None, None
    here, unit, nxt = first[i], first[i + 1], found[i + 1]
    words = {sentence.token(k).text.lower() for k in range(found[i].end + 1, nxt.start)}
    if (here is not None and here.feature == "country") or not words or not words <= CONTAINERS:
        return None, None
    if unit.feature == "country":
        return unit.country, None
    return (None, unit.admin1_key) if unit.feature == "admin1" else (None, None)
