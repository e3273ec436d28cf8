"""One PETRARCH verb pattern (``- PRE * POST [code]``) -> our pattern constraints.

Mapping (docs/petrarch.md has the table):
- after ``*``: leading particles (OUT, UP, OFF, ...) join the verb ("set out"); one noun or
  ``{MODIFIER NOUN}`` becomes ``object`` (TABARI-style bare words, ``DIPLOMATIC TIES``, are read
  as one phrase unless a function word is among them: then the line is skipped); a bare
  preposition starts a group (``* MEMOS FROM`` = ``* MEMOS (FROM)``); the first ``(PREP NOUN)``
  (the one marked ``+`` if any) becomes ``prep`` + ``prep_object`` (``(PREP)`` alone: ``prep``,
  the target); adverb groups like ``(ASIDE RIFT)`` become particle + object; further groups are
  dropped (noted);
- before ``*``: the words become ``before``, phrases that must precede the verb in order
  (``%``, a compound actor, as ``and``);
- ``+`` marks the target (in a group: ``target: prep``; else ``target: object``); ``+`` before
  ``*`` with ``$`` on a group after it (``+ * FROM $``) gives ``source: prep``, ``target:
  subject``; other ``$``, ``^`` and ``%`` are ignored (noted).
"""

from __future__ import annotations

import itertools

import attrs

from eventcode.petrarch.words import MAX_PHRASE_WORDS, noun_forms, phrase

__all__ = ["Constraints", "PatternRead", "SynsetTable", "read_pattern", "synset_key", "synset_ref"]

PARTICLES = frozenset({"out", "up", "down", "off", "back", "away", "forward", "aside", "over",
                       "in", "on", "along", "around", "through", "together", "apart", "ahead", "by"})
ADVERB_PREPS = frozenset({"aside", "away", "back", "forward", "apart", "together", "ahead"})
MARKERS = frozenset({"$", "+", "^", "%"})
PREPOSITIONS = frozenset({"of", "from", "to", "in", "on", "at", "by", "for", "with", "into", "over", "about",
                          "against", "through", "along", "around", "between", "toward", "towards", "upon",
                          "under", "near", "across", "among", "despite", "without", "within"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "some", "any"})
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
    source: bool = False  # marked '$': its object is the source


@attrs.frozen(slots=True)
class Segment:
    nouns: tuple[Noun, ...] = ()
    groups: tuple[Group, ...] = ()
    markers: tuple[str, ...] = ()
    order: tuple[Noun | str, ...] = ()  # words and markers outside groups, in their order


@attrs.frozen(slots=True)
class Constraints:
    """Our pattern keys; word lists hold lemmas or ``&NAME`` synset references."""

    particles: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    prep_object: tuple[str, ...] = ()
    target: str = "auto"
    before: tuple[str, ...] = ()
    source: str = "subject"


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
    pre_text = pre_text.rstrip().removesuffix("_")  # 'RECENTLY_*': a word right before the verb
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
    order: list[Noun | str] = []
    group: list | None = None  # [prep, nouns, target]
    brace: list[str] | None = None
    for tok in _tokens(text):
        if tok == "{" and brace is None:
            brace = []
        elif tok == "}" and brace is not None:
            (group[1] if group is not None else nouns).append(tuple(brace))
            if group is None:
                order.append(tuple(brace))
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
                order.append(tok)
        elif group is not None and group[0] is None:
            group[0] = tok
        elif group is not None:
            group[1].append(tuple(w for w in tok.split("_") if w))
        else:
            nouns.append(tuple(w for w in tok.split("_") if w))
            order.append(nouns[-1])
    if group is not None or brace is not None:
        return None
    return Segment(tuple(nouns), tuple(groups), tuple(markers), tuple(order))


def _unknown_synsets(pre: Segment, post: Segment, synsets: SynsetTable) -> str:
    for seg in (pre, post):
        words = [w for n in seg.nouns for w in n]
        words += [w for g in seg.groups for w in (g.prep or "", *(x for n in g.nouns for x in n))]
        for w in words:
            if w.startswith("&") and synset_key(w) not in synsets:
                return w
    return ""


def _map(pre: Segment, post: Segment, attached: tuple[str, ...], synsets: SynsetTable) -> PatternRead:
    notes = _marker_notes(post.markers) + [f"'{m}' before '*' ignored" for m in dict.fromkeys(pre.markers)
                                           if m != "%"]
    if pre.groups:
        return _skip("a prepositional phrase before '*' cannot be expressed")
    particles = list(attached)
    nouns, bare, markers = _bare_words(post.order, particles, _preposition_synsets(synsets))
    groups = list(post.groups) + bare
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
    swap = "+" in pre.markers  # '+ * FROM $': the subject is the target, the source comes after
    groups.sort(key=lambda g: (not g.target, not (swap and g.source)))  # the marked phrase first
    read = _finish(nouns, groups, particles, markers, synsets, notes, _before(pre.order))
    if swap and read.constraints is not None and groups and groups[0].source:
        return attrs.evolve(read, constraints=attrs.evolve(read.constraints, source="prep", target="subject"))
    return read


def _before(order: tuple[Noun | str, ...]) -> tuple[str, ...]:
    """Words before '*' -> ``before`` items, in order: runs of plain words as one phrase, each
    synset as its own item (``MOST_CERTAINLY_&NEG_EVER`` -> ``most certainly``, ``&PET_NEG``, ``ever``);
    ``%`` (a compound actor) as ``and``, the word that joins one; other markers drop out."""
    out: list[str] = []
    nouns = [("and",) if x == "%" else x for x in order if not isinstance(x, str) or x == "%"]
    for noun in nouns:
        run: list[str] = []
        for w in noun:
            if w.startswith("&"):
                out += [" ".join(run)] if run else []
                out.append(synset_ref(w))
                run = []
            else:
                run.append(w.lower())
        out += [" ".join(run)] if run else []
    return tuple(out)


def _preposition_synsets(synsets: SynsetTable) -> frozenset[str]:
    """Synsets whose members are all prepositions (``&PREPOSIT1``: AGAINST, IN, ON, BY)."""
    return frozenset(k for k, members in synsets.items() if members and set(members) <= PREPOSITIONS)


def _bare_words(order: tuple[Noun | str, ...], particles: list[str], prep_synsets: frozenset[str] = frozenset()
                ) -> tuple[list[Noun], list[Group], tuple[str, ...]]:
    """Bare words after '*': leading particles (added to ``particles``), nouns, and runs
    ``PREP WORDS`` read as the group ``(PREP WORDS)`` ('+' right after it marks it the target;
    a synset of prepositions counts as one); determiners and '^' (skip a word) drop out.
    Returns nouns, groups and the markers left."""
    nouns: list[Noun] = []
    groups: list[Group] = []
    markers: list[str] = []
    run: list | None = None  # [prep, words, target]
    for i, item in enumerate(order):
        word = item[0].lower() if isinstance(item, tuple) and len(item) == 1 else ""
        if isinstance(item, str):
            if item in "+$" and run is not None:
                run[2 if item == "+" else 3] = True
            elif item != "^":
                markers.append(item)
        elif not nouns and run is None and word in PARTICLES and _particle(word, order[i + 1:]):
            particles.append(word)
        elif word in PREPOSITIONS or (word.startswith("&") and synset_key(word) in prep_synsets):
            _close(run, groups)
            run = [item[0] if word.startswith("&") else word.upper(), [], False, False]
        elif word not in DETERMINERS:
            (run[1] if run is not None else nouns).append(item)
    _close(run, groups)
    return nouns, groups, tuple(markers)


def _particle(word: str, rest: tuple[Noun | str, ...]) -> bool:
    """OUT, UP, ... are particles; a preposition only when no word or actor marker follows it
    (``* OVER``, not ``* IN $``)."""
    return word not in PREPOSITIONS or not any(isinstance(x, tuple) or x in ("+", "$") for x in rest)


def _close(run: list | None, groups: list[Group]) -> None:
    if run is not None:
        words = tuple(w for n in run[1] for w in n)
        groups.append(Group(run[0], (words,) if words else (), run[2], run[3]))


def _finish(nouns: list[Noun], groups: list[Group], particles: list[str], markers: tuple[str, ...],
            synsets: SynsetTable, notes: list[str], before: tuple[str, ...] = ()) -> PatternRead:
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
    if not obj and not prep and not particles and not before and target == "auto":
        return _skip("no constraint left: the same as the verb alone")
    if len(obj) > MAX_VARIANTS or len(prep_obj) > MAX_VARIANTS:
        return _skip("too many synset combinations in one phrase")
    if trimmed:
        notes.append(f"noun phrase cut to its last {MAX_PHRASE_WORDS} words (modifiers + head)")
    return PatternRead(Constraints(tuple(particles), obj, prep, prep_obj, target, before), notes=tuple(notes))



def _as_phrase(nouns: list[Noun]) -> Noun | None:
    """TABARI-style consecutive words ("DIPLOMATIC TIES") as one phrase; None with function words."""
    words = tuple(w for n in nouns for w in n)
    if any(w.lower() in FUNCTION_WORDS for w in words):
        return None
    return words


def _marker_notes(markers: tuple[str, ...]) -> list[str]:
    names = {"$": "source marker '$'", "^": "'^' (skip a word)", "%": "'%' (compound actor) after '*'"}
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
        out[" ".join(phrase(text).split()[-MAX_PHRASE_WORDS:])] = None
    return tuple(out), trimmed


def synset_key(word: str) -> str:
    """``&AUXVERB1_`` -> ``&AUXVERB1``: the name PETRARCH files use, without the no-plural mark."""
    return "&" + word.lstrip("&").rstrip("_").upper()


def synset_ref(word: str) -> str:
    """``&CURRENCY`` -> our synset reference ``&PET_CURRENCY``."""
    return "&PET_" + synset_key(word)[1:]


def _show(nouns) -> str:
    return ", ".join(" ".join(n) for n in nouns)
