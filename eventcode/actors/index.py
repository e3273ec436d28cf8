"""Exact phrase index: normalised token n-grams -> senses, longest match first."""

from __future__ import annotations

import datetime as _dt
import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence

import attrs

from eventcode.actors.dictionary import ActorDictionary
from eventcode.actors.entries import ActorEntry, AgentEntry
from eventcode.actors.normalize import Split, case_flags, flags_allow, split_phrase
from eventcode.lexicon import is_english_word

__all__ = ["Phrase", "PhraseIndex", "Sense"]

log = logging.getLogger(__name__)
# Which sense wins when two share a phrase: lower rank first (countries beat people named
# "Jordan"; people beat capitals; agents come last).
_RANK = {"country": 0, "organisation": 1, "group": 1, "metonym": 1, "person": 2}
_DEMONYM_RANK, _SEAT_RANK, _AGENT_RANK, _SURNAME_RANK = 3, 4, 5, 6
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_PARTICLES = ("al-", "el-")
_FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "PRK", "KOR", "MAC"})


@attrs.frozen(slots=True)
class Sense:
    """What a phrase stands for: entries (``name``/``demonym``/``seat``) or an ``agent``."""

    form: str
    rank: int
    entries: tuple[ActorEntry, ...] = ()
    agent: AgentEntry | None = None
    common: bool = False  # a surname that is also an English word ("Bush", "May"): needs a title

    def pick(self, date: _dt.date | None) -> ActorEntry | None:
        """The entry meant on ``date``: one with a role then (latest start), else the first.
        A surname shared by several people means the one of them who holds a role then, if
        exactly one does; else nobody."""
        if len(self.entries) == 1:
            return self.entries[0]
        active = [e for e in self.entries if e.active_on(date)]
        if self.form == "surname":
            return active[0] if len(active) == 1 else None
        return max(active, key=_last_start) if active else self.entries[0]


def _last_start(entry: ActorEntry) -> _dt.date:
    return max((r.from_ or _dt.date.min) for r in entry.roles)


@attrs.frozen(slots=True)
class Phrase:
    """One indexed phrase: its folded pieces, the case each piece demands, its sense."""

    pieces: tuple[str, ...]
    flags: tuple[int, ...]
    sense: Sense


def _entry_phrases(entry: ActorEntry) -> Iterator[tuple[str, str, int]]:
    rank = _RANK[entry.kind]
    for text in (entry.name, *entry.aliases):
        yield text, "name", rank
    for text in entry.demonyms:
        yield text, "demonym", _DEMONYM_RANK
    for text in entry.metonyms:
        yield text, "seat", _SEAT_RANK
    if entry.kind == "person":
        for text in _surnames(entry.name, entry.code[:3]):
            yield text, "surname", _SURNAME_RANK


def _surnames(name: str, country: str) -> list[str]:
    """ "Bashar al-Assad" -> Assad; "George W. Bush" -> Bush; "Xi Jinping" -> Xi (family name
    first): how wire copy names people after a title or on second mention ("Assad said ...")."""
    words = [w for w in name.split() if w.lower() not in _SUFFIXES]
    if len(words) < 2:
        return []
    last = words[0] if country in _FAMILY_FIRST else words[-1]
    for particle in _PARTICLES:
        if last.lower().startswith(particle):
            last = last[len(particle):]
    return [last] if len(last) >= 2 and last[0].isupper() and last.replace("-", "").isalpha() else []


def _collect(dictionary: ActorDictionary) -> dict[tuple, list]:
    found: dict[tuple, list] = defaultdict(list)  # (pieces, flags, form) -> [(rank, target)]
    memo: dict[str, Split] = {}
    for entry in dictionary.entries:
        for text, form, rank in _entry_phrases(entry):
            _add(found, split_phrase(text, memo), form, rank, entry)
    for agent in dictionary.agents:
        for text in agent.words:
            _add(found, split_phrase(text, memo), "agent", _AGENT_RANK, agent)
    return found


def _add(found: dict[tuple, list], split: Split, form: str, rank: int, target: object) -> None:
    if not split.folded:
        return
    key = (split.folded, case_flags(split.cased), form)
    slot = found[key]
    if all(t is not target for _, t in slot):
        slot.append((rank, target))


def _best(pieces: tuple[str, ...], flags: tuple[int, ...], forms: dict[str, list]) -> Phrase:
    rank, form = min((min(r for r, _ in slot), form) for form, slot in forms.items())
    if len(forms) > 1:
        log.debug("phrase %r has several senses; %s wins", " ".join(pieces), form)
    targets = tuple(t for r, t in forms[form] if r == rank)
    if form == "agent":
        return Phrase(pieces, flags, Sense(form, rank, agent=targets[-1]))
    common = form == "surname" and is_english_word(pieces[0])
    return Phrase(pieces, flags, Sense(form, rank, entries=targets, common=common))




@attrs.frozen(slots=True)
class PhraseIndex:
    """Phrases of one piece by that piece; longer ones by their first two pieces, longest first."""

    singles: dict[str, tuple[Phrase, ...]]
    pairs: dict[tuple[str, str], tuple[Phrase, ...]]
    firsts: frozenset[str]

    @classmethod
    def build(cls, dictionary: ActorDictionary) -> PhraseIndex:
        """Index every name, alias, demonym, metonym and agent word of ``dictionary``."""
        grouped: dict[tuple, dict[str, list]] = defaultdict(dict)
        for (pieces, flags, form), slot in _collect(dictionary).items():
            grouped[(pieces, flags)][form] = slot
        singles: dict[str, list[Phrase]] = defaultdict(list)
        pairs: dict[tuple[str, str], list[Phrase]] = defaultdict(list)
        for (pieces, flags), forms in grouped.items():
            phrase = _best(pieces, flags, forms)
            if len(pieces) == 1:
                singles[pieces[0]].append(phrase)
            else:
                pairs[pieces[:2]].append(phrase)
        longest_first = {k: tuple(sorted(v, key=lambda p: -len(p.pieces))) for k, v in pairs.items()}
        return cls({k: tuple(v) for k, v in singles.items()}, longest_first,
                   frozenset([*singles, *(k[0] for k in pairs)]))

    def phrases(self) -> Iterator[Phrase]:
        """Every indexed phrase."""
        for bucket in (*self.singles.values(), *self.pairs.values()):
            yield from bucket

    def longest(self, folded: Sequence[str], cased: Sequence[str], start: int,
                *, check_case: bool = True) -> Phrase | None:
        """The longest phrase matching the pieces from ``start``, or None."""
        if start + 1 < len(folded):
            for phrase in self.pairs.get((folded[start], folded[start + 1]), ()):
                end = start + len(phrase.pieces)
                if (tuple(folded[start:end]) == phrase.pieces
                        and (not check_case or flags_allow(phrase.flags, cased[start:end]))):
                    return phrase
        for phrase in self.singles.get(folded[start], ()):
            if not check_case or flags_allow(phrase.flags, cased[start:start + 1]):
                return phrase
        return None
