"""Frozen records passed between the stages. Imports nothing of ours."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

__all__ = ["Actor", "Event", "Location", "ParsedSentence", "Token"]


@attrs.frozen(slots=True)
class Token:
    """One word of a parsed sentence, in Universal Dependencies v2 terms.

    ``id`` is 1-based inside its sentence; ``head`` is the id of the governor (0 = root).
    ``start``/``end`` are character offsets into the *document* text (-1 when unknown).
    """

    id: int
    text: str
    lemma: str
    upos: str
    head: int
    deprel: str
    xpos: str = "_"
    feats: str = "_"
    start: int = -1
    end: int = -1

    @property
    def feat_map(self) -> dict[str, str]:
        """``feats`` as a dict (``"Number=Sing|Tense=Past"`` -> ``{"Number": "Sing", ...}``)."""
        if not self.feats or self.feats == "_":
            return {}
        return dict(kv.split("=", 1) for kv in self.feats.split("|") if "=" in kv)


@attrs.frozen(slots=True)
class ParsedSentence:
    """A sentence as every engine delivers it: neutral, frozen, UD v2."""

    tokens: tuple[Token, ...]
    text: str
    index: int = 0
    start: int = -1
    end: int = -1
    sent_id: str | None = None

    def __len__(self) -> int:
        return len(self.tokens)

    def token(self, token_id: int) -> Token:
        """The token with 1-based ``token_id``."""
        return self.tokens[token_id - 1]

    def children(self, token_id: int) -> tuple[Token, ...]:
        """Direct dependents of ``token_id`` in sentence order."""
        return tuple(t for t in self.tokens if t.head == token_id)

    def subtree(self, token_id: int) -> tuple[Token, ...]:
        """``token_id`` and everything below it, in sentence order."""
        keep = {token_id}
        changed = True
        while changed:
            changed = False
            for t in self.tokens:
                if t.head in keep and t.id not in keep:
                    keep.add(t.id)
                    changed = True
        return tuple(t for t in self.tokens if t.id in keep)


@attrs.frozen(slots=True)
class Actor:
    """A resolved actor: CAMEO-style code plus how we found it."""

    code: str
    name: str = ""
    country: str | None = None
    roles: tuple[str, ...] = ()
    matched_text: str = ""
    entry_id: str | None = None
    match: str = "exact"  # exact | fuzzy | agent | composed | pronoun | place | implied
    score: float = 100.0


@attrs.frozen(slots=True)
class Location:
    """A place from the gazetteer. ``precision``: 1 town, 2 near town/part of region, 3 region or country."""

    name: str
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    feature: str = "place"  # place | admin1 | country | landmark
    precision: int = 1


@attrs.frozen(slots=True)
class Event:
    """One coded event with its provenance."""

    code: str
    source: Actor | None
    target: Actor | None
    quad_class: int = 0
    goldstein: float = 0.0
    sentence: str = ""
    doc_id: str | None = None
    sentence_id: int = 0
    date: _dt.date | None = None
    date_precision: str = "day"  # day | week | month | year
    location: Location | None = None
    trigger: str = ""
    trigger_start: int = -1
    trigger_end: int = -1
    pattern_id: str = ""
    confidence: float = 1.0
    modality: str = "asserted"  # asserted | intent | reported

    @property
    def root(self) -> str:
        """The two-digit CAMEO root (``"19"`` for ``"194"``)."""
        return self.code[:2]

    def to_dict(self) -> dict[str, Any]:
        """A flat, JSON-friendly view (nested records become dicts)."""
        out = attrs.asdict(self, recurse=True)
        out["date"] = self.date.isoformat() if self.date else None
        out["root"] = self.root
        return out
