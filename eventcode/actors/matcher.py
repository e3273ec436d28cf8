"""Turn a token sequence into phrase matches (exact first, fuzzy on what is left)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from eventcode.actors.index import PhraseIndex, Sense
from eventcode.actors.normalize import Split

__all__ = ["Match", "Pieces", "exact_matches", "fuzzy_matches"]

# A country or group next to these words is not the actor itself: "Iran-backed Houthis",
# "pro-Russian separatists", "US-led coalition".
_IGNORE_BEFORE = frozenset({"pro", "anti"})
_IGNORE_AFTER = frozenset({"backed", "led", "allied", "aligned", "sponsored", "supported",
                           "funded", "trained", "based", "brokered", "controlled", "held"})


@attrs.frozen(slots=True)
class Match:
    """A phrase found in tokens ``start``..``end`` (exclusive)."""

    start: int
    end: int
    sense: Sense
    text: str
    possessive: bool = False
    ignored: bool = False
    match: str = "exact"
    score: float = 100.0

    @property
    def named(self) -> bool:
        """True for entries (countries, people, groups ...), False for agents."""
        return self.sense.form != "agent"


@attrs.frozen(slots=True)
class Pieces:
    """The pieces of a token sequence with, for each piece, its token and possessive mark."""

    folded: tuple[str, ...]
    cased: tuple[str, ...]
    token_of: tuple[int, ...]
    possessive: tuple[bool, ...]

    @classmethod
    def from_splits(cls, splits: Sequence[Split]) -> Pieces:
        """Flatten per-token splits; a possessive marks the last piece before it."""
        folded: list[str] = []
        cased: list[str] = []
        token_of: list[int] = []
        possessive: list[bool] = []
        for i, split in enumerate(splits):
            folded.extend(split.folded)
            cased.extend(split.cased)
            token_of.extend([i] * len(split.folded))
            possessive.extend([False] * len(split.folded))
            if split.possessive and possessive:
                possessive[-1] = True
        return cls(tuple(folded), tuple(cased), tuple(token_of), tuple(possessive))


def exact_matches(index: PhraseIndex, pieces: Pieces, words: Sequence[str],
                  *, check_case: bool = True) -> list[Match]:
    """Greedy left-to-right longest matches over ``pieces``."""
    out: list[Match] = []
    i, n = 0, len(pieces.folded)
    while i < n:
        phrase = index.longest(pieces.folded, pieces.cased, i, check_case=check_case)
        if phrase is None:
            i += 1
            continue
        j = i + len(phrase.pieces)
        out.append(_match(pieces, words, i, j, phrase.sense))
        i = j
    return out


def _match(pieces: Pieces, words: Sequence[str], i: int, j: int, sense: Sense) -> Match:
    start, end = pieces.token_of[i], pieces.token_of[j - 1] + 1
    ignored = sense.form != "agent" and (
        (i > 0 and pieces.folded[i - 1] in _IGNORE_BEFORE)
        or (j < len(pieces.folded) and pieces.folded[j] in _IGNORE_AFTER))
    return Match(start, end, sense, " ".join(words[start:end]), pieces.possessive[j - 1], ignored)


# Lower-case particles inside names ("Bashar al - Assad", "Ursula von der Leyen").
_CONNECTORS = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "do", "dos", "van",
                         "von", "der", "del", "la", "le", "di", "du", "ul"})
_MAX_RUN = 4


def fuzzy_matches(fuzzy: object, pieces: Pieces, words: Sequence[str],
                  found: Sequence[Match]) -> list[Match]:
    """Fuzzy matches on runs of capitalised tokens that ``found`` left uncovered.

    A run is tried whole (up to four tokens), then token by token.
    """
    covered = {t for m in found for t in range(m.start, m.end)}
    spans = _token_pieces(pieces)
    out: list[Match] = []
    for run in _capitalised_runs(pieces, spans, covered):
        out.extend(_fuzzy_run(fuzzy, pieces, words, spans, run))
    return out


def _token_pieces(pieces: Pieces) -> dict[int, tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for k, token in enumerate(pieces.token_of):
        first = spans.get(token, (k, k))[0]
        spans[token] = (first, k + 1)
    return spans


def _capitalised_runs(pieces: Pieces, spans: dict[int, tuple[int, int]],
                      covered: set[int]) -> list[list[int]]:
    runs: list[list[int]] = [[]]
    for token in sorted(spans):
        first = spans[token][0]
        if token in covered:
            runs.append([])
        elif pieces.cased[first][0].isupper():
            runs[-1].append(token)
        elif not (runs[-1] and pieces.folded[first] in _CONNECTORS):
            runs.append([])
    return [r for r in runs if r]


def _fuzzy_run(fuzzy: object, pieces: Pieces, words: Sequence[str],
               spans: dict[int, tuple[int, int]], run: list[int]) -> list[Match]:
    if len(run) <= _MAX_RUN:
        hit = _fuzzy_span(fuzzy, pieces, words, spans[run[0]][0], spans[run[-1]][1])
        if hit is not None:
            return [hit]
    if len(run) == 1:
        return []
    hits = (_fuzzy_span(fuzzy, pieces, words, *spans[t]) for t in run)
    return [h for h in hits if h is not None]


def _fuzzy_span(fuzzy: object, pieces: Pieces, words: Sequence[str], i: int, j: int) -> Match | None:
    found = fuzzy.lookup(" ".join(pieces.folded[i:j]))
    if found is None:
        return None
    sense, score = found
    return attrs.evolve(_match(pieces, words, i, j, sense), match="fuzzy", score=round(score, 1))
