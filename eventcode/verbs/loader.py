"""Load and validate verb dictionaries (``verbs/*.yaml``) into a ``VerbDictionary``."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from eventcode.codebook import Codebook, default_codebook
from eventcode.errors import DictionaryError
from eventcode.verbs.records import (
    SOURCES, TARGETS, Discard, RawPattern, RawVerbFile, VerbDictionary, VerbPattern,
)
from eventcode.yamlio import line_of, make_converter, read_yaml, structure

__all__ = ["load_verb_dictionary", "modifier_ref", "read_verb_files"]

log = logging.getLogger(__name__)
_converter = make_converter()


def read_verb_files(directory: Path) -> list[tuple[Path, RawVerbFile]]:
    """Parse every ``*.yaml`` in ``directory`` (sorted) into raw, schema-checked records."""
    out = []
    for path in sorted(directory.glob("*.yaml")):
        label = f"verbs/{path.name}"
        data = read_yaml(path, label=label)
        if not isinstance(data, dict):
            raise DictionaryError("expected a mapping with 'root' and 'patterns'", source=f"{label}:1")
        out.append((path, structure(_converter, data, RawVerbFile, path=path, label=label)))
    return out


def load_verb_dictionary(directories: Sequence[Path], *,
                         codebook: Codebook | None = None) -> VerbDictionary:
    """Load verb directories in order; a later directory's entry replaces an earlier one by id."""
    codebook = codebook or default_codebook()
    files = [(d, p, f) for d in directories for p, f in read_verb_files(d)]
    synsets = _collect_synsets(files)
    patterns: dict[str, list[VerbPattern]] = {}
    origin: dict[str, tuple[Path, Path]] = {}
    discards: dict[str, Discard] = {}
    for directory, path, raw in files:
        for i, rp in enumerate(raw.patterns):
            where = _Where(path, f"$.patterns[{i}]")
            _check_pattern(rp, raw.root, codebook, where)
            _claim_id(rp.id, origin, directory, where)
            patterns[rp.id] = _compile(rp, synsets, where)
        for i, rd in enumerate(raw.discards):
            words = tuple(rd.phrase.lower().split())
            if not words:
                raise _Where(path, f"$.discards[{i}].phrase").error("empty discard phrase")
            if rd.id in discards:
                log.debug("discard %s from %s overrides an earlier one", rd.id, path)
            discards[rd.id] = Discard(rd.id, words, source=path.name)
    return VerbDictionary(by_trigger=_index(p for ps in patterns.values() for p in ps), discards=tuple(discards.values()),
                          synsets=synsets)


class _Where:
    """A place in a file, turned into ``DictionaryError`` with file and line on demand."""

    def __init__(self, path: Path, json_path: str) -> None:
        self.path, self.json_path = path, json_path

    def error(self, message: str, key: str = "") -> DictionaryError:
        jp = f"{self.json_path}.{key}" if key else self.json_path
        line = line_of(self.path, jp)
        label = f"verbs/{self.path.name}" + (f":{line}" if line else "")
        return DictionaryError(f"{jp}: {message}", source=label)


def _collect_synsets(files: Iterable[tuple[Path, Path, RawVerbFile]]) -> dict[str, frozenset[str]]:
    synsets: dict[str, frozenset[str]] = {}
    owner: dict[str, tuple[Path, Path]] = {}
    for directory, path, raw in files:
        for name, words in raw.synsets.items():
            prev = owner.get(name)
            if prev and prev[0] == directory:
                msg = f"synset '{name}' is already defined in {prev[1].name}; rename one of them"
                raise _Where(path, f"$.synsets.{name}").error(msg)
            if prev:
                log.debug("synset %s from %s overrides the one from %s", name, path, prev[1])
            owner[name] = (directory, path)
            synsets[name] = frozenset(_norm(w) for w in words)
    return synsets


def _check_pattern(rp: RawPattern, root: str | None, codebook: Codebook, where: _Where) -> None:
    if not codebook.is_valid(rp.code):
        raise where.error(f"unknown CAMEO code '{rp.code}' (see dictionaries/cameo/codebook.csv)", "code")
    if root and not rp.code.startswith(root):
        raise where.error(f"code '{rp.code}' is not under this file's root '{root}'", "code")
    if (rp.verb is None) == (rp.noun is None):
        raise where.error("give exactly one of 'verb' or 'noun'")
    if rp.reverse is not None and not codebook.is_valid(rp.reverse):
        raise where.error(f"unknown CAMEO code '{rp.reverse}'", "reverse")
    if rp.source not in SOURCES or (rp.source == "prep" and rp.prep is None):
        raise where.error(f"source must be one of {', '.join(SOURCES)} ('prep' needs a 'prep')", "source")
    if rp.target not in TARGETS:
        raise where.error(f"target must be one of {', '.join(TARGETS)}, not '{rp.target}'", "target")


def _claim_id(pid: str, origin: dict[str, tuple[Path, Path]], directory: Path, where: _Where) -> None:
    prev = origin.get(pid)
    if prev and prev[0] == directory:
        raise where.error(f"duplicate id '{pid}' (also in {prev[1].name}); ids must be unique", "id")
    if prev:
        log.debug("pattern %s from %s overrides the one from %s", pid, where.path, prev[1])
    origin[pid] = (directory, where.path)


def _compile(rp: RawPattern, synsets: dict[str, frozenset[str]], where: _Where) -> list[VerbPattern]:
    kind = "verb" if rp.verb is not None else "noun"
    common = dict(
        id=rp.id, code=rp.code, kind=kind, target=rp.target, source=f"{where.path}",
        object=_expand(rp.object, synsets, where, "object"),
        prep=_expand(rp.prep, synsets, where, "prep"),
        prep_object=_expand(rp.prep_object, synsets, where, "prep_object"),
        before=_sequence(rp.before, synsets, where), reverse=rp.reverse or "", source_role=rp.source,
        subject=_expand(rp.subject, synsets, where, "subject"),
    )
    triggers = _expand(rp.verb if kind == "verb" else rp.noun, synsets, where, kind)
    if not triggers:
        raise where.error(f"'{kind}' is empty", kind)
    return [VerbPattern(trigger=t, particles=p, **common) for t, p in map(_split(kind), sorted(triggers))]


def _split(kind: str):
    def split(phrase: str) -> tuple[str, tuple[str, ...]]:
        words = phrase.split()
        if kind == "verb":
            return words[0], tuple(words[1:])
        return words[-1], tuple(words[:-1])
    return split


def _expand(value, synsets: dict[str, frozenset[str]], where: _Where, key: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    items = [value] if isinstance(value, str) else value
    out: set[str] = set()
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise where.error(f"expected a word or '&SYNSET', got {item!r}", key)
        if item.startswith("&"):
            name, star = modifier_ref(item)
            if name not in synsets:
                raise where.error(f"unknown synset '&{name}'; define it under 'synsets:'", key)
            out |= {m + star for m in synsets[name]}
        else:
            out.add(_norm(item))
    return frozenset(out)


def modifier_ref(item: str) -> tuple[str, str]:
    """``&WEAPON *`` -> (``WEAPON``, `` *``): members as modifiers of any head; ``&WEAPON`` -> (``WEAPON``, ``)."""
    words = item[1:].split()
    return (words[0], " *") if words[1:] == ["*"] else (item[1:], "")


def _sequence(value, synsets: dict[str, frozenset[str]], where: _Where) -> tuple[frozenset[str], ...]:
    """``before``: one set of alternatives per item (a phrase, or a synset's members), in order."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    return tuple(_expand(item, synsets, where, "before") for item in items)


def _norm(word: str) -> str:
    return " ".join(str(word).lower().split())


def _index(patterns: Iterable[VerbPattern]) -> dict[str, tuple[VerbPattern, ...]]:
    index: dict[str, list[VerbPattern]] = {}
    for p in patterns:
        index.setdefault(p.trigger, []).append(p)
    # most specific first; among equals the later-loaded pattern first ("ties go to the later file")
    return {k: tuple(sorted(reversed(v), key=lambda p: -p.specificity)) for k, v in index.items()}
