"""Read a PETRARCH verb dictionary: synsets, ``--- NAME [code] ---`` blocks, verbs and patterns.

Every verb of a block becomes a trigger lemma (irregular forms in ``{...}`` are not needed:
we match lemmas). A verb with a usable code gives a pattern of its own; each ``- ... [code]``
line gives one pattern whose ``verb`` lists all verbs of its block.
"""

from __future__ import annotations

import re

import attrs

from eventcode.codebook import Codebook
from eventcode.petrarch.codes import CodeRead, read_code, split_bracket
from eventcode.petrarch.patterns import (
    Constraints,
    PatternRead,
    SynsetTable,
    read_pattern,
)
from eventcode.petrarch.records import FileImport, Issue, Line
from eventcode.petrarch.synsets import collect_synsets
from eventcode.petrarch.words import phrase
from eventcode.verbs.records import RawPattern

__all__ = ["read_verbs", "verb_lemma"]

_FORMS = re.compile(r"\{[^}]*\}")


@attrs.define
class _Block:
    name: str
    code: CodeRead
    verbs: list[str] = attrs.Factory(list)
    patterns: list[tuple[Line, PatternRead, CodeRead]] = attrs.Factory(list)
    ahead: dict[str, tuple[str, ...]] = attrs.Factory(dict)  # WIRE_+TAP: tap <- (wire,)


@attrs.define
class _Reader:
    """State of one pass over a verb file (local to ``read_verbs``)."""

    label: str
    prefix: str
    codebook: Codebook
    synsets: SynsetTable
    issues: list[Issue] = attrs.Factory(list)
    patterns: list[RawPattern] = attrs.Factory(list)
    block: _Block | None = None

    def issue(self, line: Line, reason: str, *, skipped: bool = True) -> None:
        self.issues.append(Issue(self.label, line.number, reason, skipped))


def read_verbs(label: str, lines: list[Line], codebook: Codebook, *, prefix: str) -> FileImport:
    """Patterns, synsets and issues of one verb file (``label`` names it in issues)."""
    synset_lines, table, yaml_synsets, syn_issues = collect_synsets(label, lines)
    r = _Reader(label, prefix, codebook, table, list(syn_issues))
    for line in lines:
        if line.number not in synset_lines:
            _read_line(r, line)
    _close_block(r)
    return FileImport(label, "verbs", len(lines), patterns=tuple(r.patterns), synsets=yaml_synsets,
                      issues=tuple(sorted(r.issues, key=lambda i: i.line)))


def _read_line(r: _Reader, line: Line) -> None:
    text = line.text.strip()
    if text.startswith("---"):
        _open_block(r, line, text)
    elif text.startswith("~"):
        r.issue(line, "verb transformation '~' has no equivalent (the coder handles attribution)")
    elif text.startswith("-"):
        _pattern_line(r, line, text)
    elif r.block is None:
        r.issue(line, "verb or word outside a '--- NAME [code] ---' block")
    else:
        _verb_line(r, line, text)


def _open_block(r: _Reader, line: Line, text: str) -> None:
    _close_block(r)
    body, code = split_bracket(text.strip("- \t"))
    read = read_code(code, r.codebook) if code else CodeRead(None)
    r.block = _Block(name=body.strip("- \t") or f"line{line.number}", code=read)
    if code and read.code is None and "null code" not in read.reason:
        r.issue(line, f"block code: {read.reason}; its verbs give no event on their own",
                skipped=False)


def _verb_line(r: _Reader, line: Line, text: str) -> None:
    head, code = split_bracket(_FORMS.sub(" ", text))
    ahead, word = words_ahead(head.split()[0] if head.split() else "")
    lemma, reason = verb_lemma(word)
    if lemma is None:
        r.issue(line, reason)
        return
    r.block.verbs.append(lemma)
    if ahead:
        r.block.ahead[lemma] = ahead
    own = read_code(code, r.codebook) if code else r.block.code
    if own.code is not None:
        c = Constraints(before=ahead)
        r.patterns.append(_pattern(r, line, own, [lemma], c, f"{r.block.name}: {text}"))
        if own.note:
            r.issue(line, own.note, skipped=False)
    elif code and "null code" not in own.reason:
        r.issue(line, f"verb code: {own.reason}; the verb only takes part in its block's patterns",
                skipped=False)


def words_ahead(word: str) -> tuple[tuple[str, ...], str]:
    """``WIRE_+TAP`` -> ``(("wire",), "+TAP")``: words before the marked verb must come before it
    in the sentence (a ``before`` constraint); ``RE_+ARREST`` and ``+ASK_FOR`` keep their words."""
    parts = word.split("_")
    i = next((k for k, p in enumerate(parts) if p.startswith("+")), 0)
    if i == 0 or (i == 1 and parts[0].upper() == "RE"):
        return (), word
    return tuple(phrase(p) for p in parts[:i] if p), "_".join(parts[i:])


def verb_lemma(word: str) -> tuple[str | None, str]:
    """``ASK`` -> ``ask``; ``+ASK_FOR`` -> ``ask for``; ``RE_+ARREST`` -> ``re-arrest``."""
    if not word or word.startswith("&"):
        return None, "not a verb"
    if "_" not in word:
        return phrase(word), ""
    parts = [p for p in word.split("_") if p]
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    if not marked:
        return None, "multi-word verb without '+' on the verb (PETRARCH skips it too)"
    i = marked[0]
    parts[i] = parts[i][1:]
    if i == 0:
        return phrase(" ".join(parts)), ""
    if i == 1 and parts[0].upper() == "RE":
        return "re-" + phrase(" ".join(parts[1:])), ""
    return None, f"words before the verb ('{word}') cannot be expressed: particles follow the verb"


def _pattern_line(r: _Reader, line: Line, text: str) -> None:
    if r.block is None:
        r.issue(line, "pattern outside a '--- NAME [code] ---' block")
        return
    body, code = split_bracket(text[1:])
    if code is None:
        r.issue(line, "pattern without a '[code]'")
        return
    r.block.patterns.append((line, read_pattern(body, r.synsets), read_code(code, r.codebook)))


def _close_block(r: _Reader) -> None:
    block, r.block = r.block, None
    if block is None:
        return
    verbs = sorted(set(block.verbs))
    for line, read, code in block.patterns:
        reason = _why_not(read, code, verbs)
        if reason:
            r.issue(line, reason)
            continue
        for n, (ahead, group) in enumerate(_by_ahead(block, verbs)):
            c = attrs.evolve(read.constraints, before=ahead + read.constraints.before)
            verb = [" ".join((v, *c.particles)) for v in group]
            r.patterns.append(_pattern(r, line, code, verb, c, f"{block.name}: {line.text.strip()}",
                                       suffix=f".{n}" if n else ""))
        for note in (*read.notes, *([code.note] if code.note else [])):
            r.issue(line, note, skipped=False)


def _by_ahead(block: _Block, verbs: list[str]) -> list[tuple[tuple[str, ...], list[str]]]:
    """The block's verbs grouped by the words that must come before them (none first)."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for v in verbs:
        groups.setdefault(block.ahead.get(v, ()), []).append(v)
    return sorted(groups.items(), key=lambda kv: (bool(kv[0]), kv[0]))


def _why_not(read: PatternRead, code: CodeRead, verbs: list[str]) -> str:
    if code.code is None:
        return code.reason
    if read.constraints is None:
        return read.reason
    if not verbs:
        return "its block has no usable verb"
    return ""


def _pattern(r: _Reader, line: Line, code: CodeRead, verbs: list[str], c: Constraints | None,
             comment: str, suffix: str = "") -> RawPattern:
    c = c or Constraints()
    return RawPattern(
        id=f"{r.prefix}.{line.number}{suffix}", code=code.code, reverse=code.reverse, verb=_words(verbs),
        object=_words(_anywhere(c.object)), prep=_words(c.prep), prep_object=_words(_anywhere(c.prep_object)),
        before=_words(c.before), target=c.target,
        source=c.source,
        comment=f"{r.label}:{line.number} {comment}"[:300],
    )


def _anywhere(values: tuple[str, ...]) -> tuple[str, ...]:
    """PETRARCH finds a noun anywhere in the phrase ("* ARTILLERY" fits "two artillery
    shells"): each value also as a modifier of any head ("artillery *")."""
    return values + tuple(v + " *" for v in values)


def _words(values) -> str | list[str] | None:
    if not values:
        return None
    return values[0] if len(values) == 1 else list(values)
