"""Use PETRARCH files directly: compile what they give and merge it into loaded dictionaries."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from eventcode.actors.dictionary import ActorDictionary
from eventcode.codebook import Codebook, default_codebook
from eventcode.petrarch.reader import read_petrarch
from eventcode.petrarch.records import PetrarchImport
from eventcode.verbs.loader import modifier_ref
from eventcode.verbs.records import Discard, RawPattern, VerbDictionary, VerbPattern

__all__ = ["compile_patterns", "merge_import", "merge_petrarch"]

log = logging.getLogger(__name__)


def merge_petrarch(verbs: VerbDictionary, actors: ActorDictionary, paths: Sequence[Path], *,
                   codebook: Codebook | None = None) -> tuple[VerbDictionary, ActorDictionary]:
    """Read PETRARCH ``paths`` and add their patterns, discards, actors and agents.

    Lines that could not be converted are logged (``eventcode import-petrarch`` lists them).
    """
    imported = read_petrarch(paths, codebook=codebook or default_codebook())
    for f in imported.files:
        log.info("%s", f.summary())
        for issue in f.issues:
            log.debug("%s", issue)
    return merge_import(verbs, actors, imported)


def merge_import(verbs: VerbDictionary, actors: ActorDictionary,
                 imported: PetrarchImport) -> tuple[VerbDictionary, ActorDictionary]:
    """``verbs`` and ``actors`` with everything of ``imported`` added (same ids: replaced)."""
    synsets = {k: frozenset(v) for k, v in imported.synsets.items()}
    by_root = sorted(imported.patterns, key=lambda p: p.code[:2])  # the order of the YAML files
    new = compile_patterns(by_root, synsets)
    discards = {d.id: d for d in verbs.discards}
    discards.update((d.id, Discard(d.id, tuple(d.phrase.split()), source=d.comment or ""))
                    for d in imported.discards)
    merged_verbs = VerbDictionary(by_trigger=_index([*verbs.patterns, *new]),
                                  discards=tuple(discards.values()),
                                  synsets={**verbs.synsets, **synsets})
    by_id = {e.id: e for e in (*actors.entries, *actors.agents)}
    by_id.update((e.id, e) for e in (*imported.entries, *imported.agents))
    return merged_verbs, ActorDictionary.from_entries(by_id.values())


def compile_patterns(patterns: Iterable[RawPattern], synsets: dict[str, frozenset[str]]) -> list[VerbPattern]:
    """Our compiled patterns: synsets expanded, one per trigger (as the YAML loader does)."""
    out = []
    for rp in patterns:
        common = {"id": rp.id, "code": rp.code, "kind": "verb" if rp.verb is not None else "noun",
                  "target": rp.target, "source": rp.comment or "",
                  "object": _expand(rp.object, synsets), "prep": _expand(rp.prep, synsets),
                  "prep_object": _expand(rp.prep_object, synsets),
                  "before": tuple(_expand(x, synsets) for x in _items(rp.before)),
                  "reverse": rp.reverse or "", "source_role": rp.source}
        for verb in sorted(_expand(rp.verb if rp.verb is not None else rp.noun, synsets)):
            words = verb.split()
            if common["kind"] == "verb":
                out.append(VerbPattern(trigger=words[0], particles=tuple(words[1:]), **common))
            else:
                out.append(VerbPattern(trigger=words[-1], particles=tuple(words[:-1]), **common))
    return out


def _items(value: str | list[str] | None) -> list[str]:
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def _expand(value: str | list[str] | None, synsets: dict[str, frozenset[str]]) -> frozenset[str]:
    if value is None:
        return frozenset()
    out: set[str] = set()
    for item in [value] if isinstance(value, str) else value:
        if item.startswith("&"):
            name, star = modifier_ref(item)
            out |= {member + star for member in synsets.get(name, frozenset())}
        else:
            out.add(" ".join(item.lower().split()))
    return frozenset(out)


def _index(patterns: Iterable[VerbPattern]) -> dict[str, tuple[VerbPattern, ...]]:
    index: dict[str, list[VerbPattern]] = {}
    for p in patterns:
        index.setdefault(p.trigger, []).append(p)
    # most specific first; among equals the later pattern first, as the YAML loader orders them
    return {k: tuple(p for _, p in sorted(enumerate(v), key=lambda ip: (-ip[1].specificity, -ip[0])))
            for k, v in index.items()}
