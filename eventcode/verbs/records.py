"""Verb dictionary records: patterns as written in the files, and as compiled for matching."""

from __future__ import annotations

import attrs

__all__ = ["Discard", "RawPattern", "RawVerbFile", "VerbDictionary", "VerbPattern"]

Words = str | list[str] | None
TARGETS = ("auto", "object", "prep", "none", "subject", "addressee")
SOURCES = ("subject", "prep")
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor"})


@attrs.frozen
class RawPattern:
    """A pattern exactly as the YAML file holds it (validated by cattrs)."""

    id: str
    code: str
    verb: Words = None
    noun: Words = None
    object: Words = None
    prep: Words = None
    prep_object: Words = None
    before: Words = None
    subject: Words = None
    target: str = "auto"
    source: str = "subject"
    reverse: str | None = None
    comment: str | None = None


@attrs.frozen
class RawDiscard:
    id: str
    phrase: str
    comment: str | None = None


@attrs.frozen
class RawVerbFile:
    """A whole verb file: its root, synsets, patterns and discards."""

    root: str | None = None
    synsets: dict[str, list[str]] = attrs.Factory(dict)
    patterns: list[RawPattern] = attrs.Factory(list)
    discards: list[RawDiscard] = attrs.Factory(list)


@attrs.frozen(slots=True)
class VerbPattern:
    """A compiled pattern: synsets expanded, words as lowercase tuples.

    ``trigger`` is the head lemma; ``particles`` the rest of a multi-word verb ("carry out").
    ``kind`` is "verb" or "noun". ``specificity`` orders competing matches.
    """

    id: str
    code: str
    kind: str
    trigger: str
    particles: tuple[str, ...] = ()
    object: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    prep_object: frozenset[str] = frozenset()
    target: str = "auto"
    source: str = ""
    before: tuple[frozenset[str], ...] = ()  # phrases that must precede the trigger, in order
    reverse: str = ""  # the code of the target's act back on the source ("visit" -> 043 "host")
    source_role: str = "subject"  # "prep": the prepositional object is the source
    subject: frozenset[str] = frozenset()  # lemmas the subject must match ("warplanes struck")
    needs: tuple[frozenset[str], ...] = attrs.field(init=False, eq=False, repr=False)

    @needs.default
    def _needs(self) -> tuple[frozenset[str], ...]:
        """Word sets a sentence must each touch for this pattern to have a chance (a fast
        pre-filter): every particle, a head word of the object, the preposition, ..."""
        out = [frozenset({w}) for w in self.particles]
        out += [frozenset(_head_word(x) for x in group)
                for group in (self.object, self.prep_object, self.subject) if group]
        if self.prep and "that" not in self.prep:  # a that-clause may drop its "that"
            out.append(self.prep)
        out += [frozenset(x.split()[0] for x in group) for group in self.before]
        return tuple(out)

    @property
    def specificity(self) -> int:
        return (4 * bool(self.prep_object) + 3 * bool(self.object) + 2 * bool(self.prep)
                + len(self.particles) + 2 * len(self.before) + 4 * bool(self.subject))

    @property
    def negates(self) -> bool:
        """A ``before`` phrase is a negation ("did not"): the pattern codes the negated act."""
        return any(w in NEGATION_WORDS for group in self.before for x in group for w in x.split())


@attrs.frozen(slots=True)
class Discard:
    id: str
    words: tuple[str, ...]
    source: str = ""


@attrs.frozen
class VerbDictionary:
    """All patterns indexed by trigger lemma, plus discards and synsets."""

    by_trigger: dict[str, tuple[VerbPattern, ...]]
    discards: tuple[Discard, ...] = ()
    synsets: dict[str, frozenset[str]] = attrs.Factory(dict)
    discards_by_word: dict[str, tuple[Discard, ...]] = attrs.field(init=False)

    @discards_by_word.default
    def _index_discards(self) -> dict[str, tuple[Discard, ...]]:
        """Discards by their first word, so a sentence checks only those that can match."""
        index: dict[str, list[Discard]] = {}
        for d in self.discards:
            index.setdefault(d.words[0], []).append(d)
        return {k: tuple(v) for k, v in index.items()}

    event_nouns: frozenset[str] = attrs.field(init=False)

    @event_nouns.default
    def _index_event_nouns(self) -> frozenset[str]:
        """Trigger lemmas of noun patterns ("offensive", "aid", "talks")."""
        return frozenset(k for k, ps in self.by_trigger.items() if any(p.kind == "noun" for p in ps))

    @property
    def patterns(self) -> list[VerbPattern]:
        return [p for ps in self.by_trigger.values() for p in ps]

    def __len__(self) -> int:
        return sum(len(ps) for ps in self.by_trigger.values())


def _head_word(phrase: str) -> str:
    """The word a phrase needs in the sentence: its head, or its last modifier ("artillery *")."""
    words = phrase.split()
    return words[-2] if words[-1] == "*" and len(words) > 1 else words[-1]
