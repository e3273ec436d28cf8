"""Turn a token sequence into phrase matches (exact first, fuzzy on what is left)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs

from eventcode.actors.fuzzy import FuzzyNames
from eventcode.actors.index import Phrase, PhraseIndex, Sense
from eventcode.actors.normalize import Split
from eventcode.lexicon import is_english_word

__all__ = ["Match", "Pieces", "exact_matches", "fuzzy_matches"]

# A country or group next to these words is not the actor itself: "Iran-backed Houthis",
# "pro-Russian separatists", "US-led coalition", "NATO-member Norway".
_IGNORE_BEFORE = frozenset({"pro", "anti"})
_IGNORE_AFTER = frozenset({"backed", "allied", "aligned", "sponsored", "supported",
                           "funded", "trained", "based", "brokered", "controlled", "held"})
# Lower-case particles inside names ("Bashar al - Assad", "Ursula von der Leyen").
_CONNECTORS = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "do", "dos", "van",
                         "von", "der", "del", "la", "le", "di", "du", "ul"})
_HYPHENS = frozenset({"-", "\u2013", "\u2010", "\u2011"})
_MAX_RUN = 4


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


class Pieces(NamedTuple):
    """The pieces of a token sequence: token ``i`` holds pieces ``starts[i]:starts[i + 1]``.

    ``possessive`` holds the pieces followed by a possessive mark ("Assad's", "Assad 's").
    """

    folded: Sequence[str]
    cased: Sequence[str]
    token_of: Sequence[int]
    starts: Sequence[int]
    possessive: frozenset[int]

    @classmethod
    def from_splits(cls, splits: Sequence[Split]) -> Pieces:
        """Flatten per-token splits (a plain loop and a tuple: this runs for every phrase)."""
        folded: list[str] = []
        cased: list[str] = []
        token_of: list[int] = []
        starts, possessive = [0], []
        for i, split in enumerate(splits):
            count = len(split.folded)
            if count:
                folded.extend(split.folded)
                cased.extend(split.cased)
                token_of.extend([i] * count)
            starts.append(len(folded))
            if split.possessive and folded:
                possessive.append(len(folded) - 1)
        return cls(folded, cased, token_of, starts, frozenset(possessive))


def exact_matches(index: PhraseIndex, pieces: Pieces, words: Sequence[str],
                  *, check_case: bool = True) -> list[Match]:
    """Greedy left-to-right longest matches over ``pieces``; a match that a later-starting one
    overlaps and outreaches gives way to it ("the West Bank" is *West Bank*, not *the West*)."""
    out: list[Match] = []
    i, n = 0, len(pieces.folded)
    while i < n:
        phrase = _longest(index, pieces, i, check_case)
        if phrase is None:
            i += 1
            continue
        j = i + len(phrase.pieces)
        later = next((k for k in range(i + 1, j) if (p := _longest(index, pieces, k, check_case)) is not None
                      and k + len(p.pieces) > j), None)
        if later is not None:
            i = later
            continue
        out.append(_match(pieces, words, i, j, phrase.sense))
        i = j
    return out


def _longest(index: PhraseIndex, pieces: Pieces, i: int, check_case: bool) -> Phrase | None:
    if pieces.folded[i] not in index.firsts:
        return None
    return index.longest(pieces.folded, pieces.cased, i, check_case=check_case)


def _match(pieces: Pieces, words: Sequence[str], i: int, j: int, sense: Sense) -> Match:
    start, end = pieces.token_of[i], pieces.token_of[j - 1] + 1
    ignored = sense.form != "agent" and (
        (i > 0 and pieces.folded[i - 1] in _IGNORE_BEFORE)
        or (j < len(pieces.folded) and pieces.folded[j] in _IGNORE_AFTER))
    ignored = ignored or (sense.form == "surname" and _name_follows(words, end)) \
        or (sense.form != "agent" and _member_before_name(pieces, words, j))
    return Match(start, end, sense, " ".join(words[start:end]), j - 1 in pieces.possessive, ignored)


def _member_before_name(pieces: Pieces, words: Sequence[str], j: int) -> bool:
    """ "NATO-member Norway", "EU member Malta": the body only describes the named member
    ("NATO members", "a NATO member" stay the body)."""
    if j >= len(pieces.folded) or pieces.folded[j] != "member":
        return False
    after = pieces.token_of[j] + 1
    return after < len(words) and words[after][:1].isupper()


def _name_follows(words: Sequence[str], end: int) -> bool:
    """ "Ali Hassan": a surname followed by another name (a capitalised word that is no English
    word) is that other person's given name."""
    if end >= len(words):
        return False
    word = words[end]
    return word[:1].isupper() and word.isalpha() and not is_english_word(word)


def fuzzy_matches(fuzzy: FuzzyNames, pieces: Pieces, splits: Sequence[Split], words: Sequence[str],
                  found: Sequence[Match]) -> list[Match]:
    """Fuzzy matches on runs of capitalised tokens that ``found`` left uncovered.

    A run is tried whole (up to four tokens), then token by token.
    """
    if not any(s.capitalised for s in splits):
        return []
    covered = {t for m in found for t in range(m.start, m.end)}
    out: list[Match] = []
    for run in _capitalised_runs(splits, words, covered):
        out.extend(_fuzzy_run(fuzzy, pieces, words, run))
    return out


def _capitalised_runs(splits: Sequence[Split], words: Sequence[str], covered: set[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    run: list[int] = []
    for i, split in enumerate(splits):
        if i not in covered and split.capitalised:
            run.append(i)
            if not split.possessive:
                continue
        elif run and i not in covered and _connects(split, words[i]):
            continue
        if run:
            runs.append(run)
            run = []
    return [*runs, run] if run else runs


def _connects(split: Split, word: str) -> bool:
    """A hyphen or a lower-case particle may stand inside a name."""
    if split.possessive:
        return False
    return word in _HYPHENS or (len(split.folded) == 1 and split.folded[0] in _CONNECTORS)


def _fuzzy_run(fuzzy: FuzzyNames, pieces: Pieces, words: Sequence[str], run: list[int]) -> list[Match]:
    starts = pieces.starts
    if len(run) <= _MAX_RUN:
        hit = _fuzzy_span(fuzzy, pieces, words, starts[run[0]], starts[run[-1] + 1])
        if hit is not None:
            return [hit]
    if len(run) == 1:
        return []
    hits = (_fuzzy_span(fuzzy, pieces, words, starts[t], starts[t + 1]) for t in run)
    return [h for h in hits if h is not None]


def _fuzzy_span(fuzzy: FuzzyNames, pieces: Pieces, words: Sequence[str], i: int, j: int) -> Match | None:
    found = fuzzy.lookup(" ".join(pieces.folded[i:j]))
    if found is None:
        return None
    sense, score = found
    return attrs.evolve(_match(pieces, words, i, j, sense), match="fuzzy", score=round(score, 1))
