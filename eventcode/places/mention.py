"""Records of the places package: a place mention, and a toponym before resolution."""

from __future__ import annotations

import attrs

from eventcode.records import Location

__all__ = ["PlaceMention", "Toponym"]


@attrs.frozen(slots=True)
class PlaceMention:
    """A place named in a sentence: token ids ``start``..``end`` (inclusive, 1-based).

    ``cue`` says how we knew it is a place: the preposition ("in", "near", "north of"), the
    noun beside it ("province", "town"), ``"direction"`` ("northwestern Syria") or ``"name"``
    (a bare name, accepted only for countries, regions and well-known or in-context places).
    """

    start: int
    end: int
    text: str
    location: Location
    cue: str = "name"


@attrs.frozen(slots=True)
class Toponym:
    """A gazetteer name found in a sentence, with what its context says about it.

    ``kind`` is the feature the context asks for ("admin1" after "province", "place" after
    "the town of", else ""); ``precision`` is set where the context makes it coarser than the
    entry's own (2 for "near X", "northern X"); ``head`` is the span's head token id;
    ``partial`` marks a match that is only part of a longer run of names ("Vladimir Putin").
    """

    start: int
    end: int
    text: str
    key: str
    head: int
    cue: str = "name"
    kind: str = ""
    precision: int | None = None
    partial: bool = False
