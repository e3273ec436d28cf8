"""One PETRARCH verb pattern (``- PRE * POST [code]``) -> our pattern constraints.

Mapping (docs/petrarch.md has the table):
- after ``*``: leading particles (OUT, UP, OFF, ...) join the verb ("set out"); one noun or
  ``{MODIFIER NOUN}`` becomes ``object`` (TABARI-style bare words, ``DIPLOMATIC TIES``, are read
  as one phrase unless a function word is among them: then the line is skipped); the first ``(PREP NOUN)`` becomes ``prep`` +
  ``prep_object`` (``(PREP)`` alone: ``prep``, the target); adverb groups like ``(ASIDE RIFT)``
  become particle + object; further groups are dropped (noted);
- before ``*``: one noun with nothing after ``*`` becomes ``object``, which our matcher also
  finds as a passive subject ("talks were suspended"); a noun before *and* after is a subject
  constraint we cannot express (skipped);
- ``+`` marks the target (in a group: ``target: prep``; else ``target: object``); ``$`` (source),
  ``^`` and ``%`` are ignored (noted).
"""

from __future__ import annotations

import itertools

import attrs

from eventcode.petrarch.words import noun_forms, phrase

__all__ = ["Constraints", "PatternRead", "SynsetTable", "read_pattern", "synset_key", "synset_ref"]

PARTICLES = frozenset({"out", "up", "down", "off", "back", "away", "forward", "aside", "over",
                       "in", "on", "along", "around", "through", "together", "apart", "ahead", "by"})
ADVERB_PREPS = frozenset({"aside", "away", "back", "forward", "apart", "together", "ahead"})
MARKERS = frozenset({"$", "+", "^", "%"})
FUNCTION_WORDS = frozenset({"of", "from", "to", "in", "on", "at", "by", "for", "with", "into", "over",
                            "about", "against", "the", "a", "an", "that", "will", "would", "should",
                            "as", "and", "or", "not", "is", "was", "be", "been", "has", "have", "it"})
MAX_VARIANTS = 400
Noun = tuple[str, ...]
SynsetTable = dict[str, tuple[str, ...]]  # "&NAME" -> expanded member phrases (lowercase)


@attrs.frozen(slots=True)
class Group:
    prep: str | None
    nouns: tuple[Noun, ...]
    target: bool


@attrs.frozen(slots=True)
class Segment:
    nouns: tuple[Noun, ...] = ()
    groups: tuple[Group, ...] = ()
    markers: tuple[str, ...] = ()


@attrs.frozen(slots=True)
class Constraints:
    """Our pattern keys; word lists hold lemmas or ``&NAME`` synset references."""

    particles: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    prep_object: tuple[str, ...] = ()
    target: str = "auto"


@attrs.frozen(slots=True)
class PatternRead:
    """``constraints`` (``None`` when skipped, with ``reason``) and notes on what was lost."""

    constraints: Constraints | None
    reason: str = ""
    notes: tuple[str, ...] = ()


def _skip(reason: str) -> PatternRead:
    return PatternRead(None, reason)


def read_pattern(body: str, synsets: SynsetTable) -> PatternRead:
    """Constraints of a pattern body (the text between ``-`` and the code)."""
    if body.count("*") != 1:
        return _skip("a pattern needs exactly one '*' (the verb)")
    pre_text, _, post_text = body.partition("*")
    if pre_text.rstrip().endswith("_"):
        return _skip("words joined to the front of the verb ('IN_*') cannot be expressed")
    attached, post_text = _attached(post_text)
    pre, post = _scan(pre_text), _scan(post_text)
    if pre is None or post is None:
        return _skip("unbalanced '(' or '{'")
    unknown = _unknown_synsets(pre, post, synsets)
    if unknown:
        return _skip(f"undefined synset {unknown}")
    return _map(pre, post, attached, synsets)


def _attached(post: str) -> tuple[tuple[str, ...], str]:
    """``*_OUT_AGAIN NOW`` -> particles ``(out, again)`` and the rest ``NOW``."""
    if not post.startswith("_"):
        return (), post
    word, _, rest = post[1:].partition(" ")
    return tuple(phrase(word).split()), rest


def _tokens(text: str) -> list[str]:
    for ch in "(){}":
        text = text.replace(ch, f" {ch} ")
    return text.split()


def _scan(text: str) -> Segment | None:
    """Nouns, prepositional groups and markers of one side of ``*`` (None when unbalanced)."""
    nouns: list[Noun] = []
    groups: list[Group] = []
    markers: list[str] = []
    group: list | None = None  # [prep, nouns, target]
    brace: list[str] | None = None
    for tok in _tokens(text):
        if tok == "{" and brace is None:
            brace = []
        elif tok == "}" and brace is not None:
            (group[1] if group is not None else nouns).append(tuple(brace))
            brace = None
        elif brace is not None:
            brace.extend(tok.split("_"))
        elif tok == "(" and group is None:
            group = [None, [], False]
        elif tok == ")" and group is not None:
            groups.append(Group(group[0], tuple(group[1]), group[2]))
            group = None
        elif tok in ("(", ")", "{", "}"):
            return None
        elif tok in MARKERS:
            if group is not None and tok == "+":
                group[2] = True
            else:
                markers.append(tok)
        elif group is not None and group[0] is None:
            group[0] = tok
        else:
            (group[1] if group is not None else nouns).append(tuple(w for w in tok.split("_") if w))
    if group is not None or brace is not None:
        return None
    return Segment(tuple(nouns), tuple(groups), tuple(markers))


def _unknown_synsets(pre: Segment, post: Segment, synsets: SynsetTable) -> str:
    for seg in (pre, post):
        words = [w for n in seg.nouns for w in n]
        words += [w for g in seg.groups for w in (g.prep or "", *(x for n in g.nouns for x in n))]
        for w in words:
            if w.startswith("&") and synset_key(w) not in synsets:
                return w
    return ""


def _map(pre: Segment, post: Segment, attached: tuple[str, ...], synsets: SynsetTable) -> PatternRead:
    notes = _marker_notes(post.markers) + [f"'{m}' before '*' ignored" for m in dict.fromkeys(pre.markers)]
    if pre.groups:
        return _skip("a prepositional phrase before '*' cannot be expressed")
    particles = list(attached)
    nouns = list(post.nouns)
    while nouns and len(nouns[0]) == 1 and nouns[0][0].lower() in PARTICLES:
        particles.append(nouns.pop(0)[0].lower())
    groups = list(post.groups)
    for g in [g for g in groups if (g.prep or "").lower() in ADVERB_PREPS]:
        particles.append(g.prep.lower())
        nouns.extend(g.nouns)
        groups.remove(g)
    if len(nouns) > 1:
        joined = _as_phrase(nouns)
        if joined is None:
            return _skip(f"{len(nouns)} nouns after '*' ({_show(nouns)}); only one object can be required")
        notes.append(f"words '{' '.join(joined)}' read as one noun phrase (head last)")
        nouns = [joined]
    if pre.nouns and nouns:
        return _skip(f"a noun before '*' ({_show(pre.nouns)}) and one after it: "
                     "subject constraints cannot be expressed")
    if len(pre.nouns) > 1:
        return _skip(f"{len(pre.nouns)} nouns before '*' ({_show(pre.nouns)})")
    if pre.nouns:
        notes.append(f"noun before '*' ({_show(pre.nouns)}) required as object or passive subject")
    return _finish(nouns or list(pre.nouns), groups, particles, post.markers, synsets, notes)


def _finish(nouns: list[Noun], groups: list[Group], particles: list[str], markers: tuple[str, ...],
            synsets: SynsetTable, notes: list[str]) -> PatternRead:
    obj, trimmed = _noun_values(nouns[0], synsets) if nouns else ((), False)
    prep, prep_obj, target = (), (), "auto"
    if groups:
        g = groups[0]
        if len(g.nouns) > 1:
            return _skip(f"{len(g.nouns)} nouns in '({g.prep} ...)'; only one can be required")
        prep = _prep_values(g.prep, synsets)
        prep_obj, t2 = _noun_values(g.nouns[0], synsets) if g.nouns else ((), False)
        trimmed = trimmed or t2
        target = "prep" if g.target else target
        notes += [f"further phrase '({x.prep} {_show(x.nouns)})' dropped" for x in groups[1:]]
    if "+" in markers:
        target = "object"
    if not obj and not prep and not particles and target == "auto":
        return _skip("no constraint left: the same as the verb alone")
    if len(obj) > MAX_VARIANTS or len(prep_obj) > MAX_VARIANTS:
        return _skip("too many synset combinations in one phrase")
    if trimmed:
        notes.append("noun phrase cut to its last two words (modifier + head)")
    return PatternRead(Constraints(tuple(particles), obj, prep, prep_obj, target), notes=tuple(notes))


def _as_phrase(nouns: list[Noun]) -> Noun | None:
    """TABARI-style consecutive words ("DIPLOMATIC TIES") as one phrase; None with function words."""
    words = tuple(w for n in nouns for w in n)
    if any(w.lower() in FUNCTION_WORDS for w in words):
        return None
    return words


def _marker_notes(markers: tuple[str, ...]) -> list[str]:
    names = {"$": "source marker '$'", "^": "'^' (skip a word)", "%": "'%' (compound actor)"}
    return [f"{names[m]} ignored" for m in dict.fromkeys(markers) if m in names]


def _prep_values(word: str | None, synsets: SynsetTable) -> tuple[str, ...]:
    if word is None:
        return ()
    if word.startswith("&"):
        return (synset_ref(word),)
    return (phrase(word),)


def _noun_values(noun: Noun, synsets: SynsetTable) -> tuple[tuple[str, ...], bool]:
    """Lemma phrases for a noun (or one ``&NAME`` reference); True when words were cut."""
    if len(noun) == 1 and noun[0].startswith("&"):
        return (synset_ref(noun[0]),), False
    choices = [synsets[synset_key(w)] if w.startswith("&") else (w,) for w in noun]
    out: dict[str, None] = {}
    trimmed = False
    for combo in itertools.islice(itertools.product(*choices), MAX_VARIANTS + 1):
        text = " ".join(combo)
        form, cut = noun_forms(text)
        trimmed = trimmed or cut
        out[form] = None
        out[" ".join(phrase(text).split()[-2:])] = None
    return tuple(out), trimmed


def synset_key(word: str) -> str:
    """``&AUXVERB1_`` -> ``&AUXVERB1``: the name PETRARCH files use, without the no-plural mark."""
    return "&" + word.lstrip("&").rstrip("_").upper()


def synset_ref(word: str) -> str:
    """``&CURRENCY`` -> our synset reference ``&PET_CURRENCY``."""
    return "&PET_" + synset_key(word)[1:]


def _show(nouns) -> str:
    return ", ".join(" ".join(n) for n in nouns)
