"""PETRARCH synsets: ``&NAME`` followed by ``+member`` lines; members may name other synsets.

Plurals need not be generated (we match lemmas); members are kept as written and singularised.
"""

from __future__ import annotations

from eventcode.petrarch.patterns import SynsetTable, synset_key, synset_ref
from eventcode.petrarch.records import Issue, Line
from eventcode.petrarch.words import MAX_PHRASE_WORDS, noun_forms, phrase

__all__ = ["collect_synsets"]

MAX_DEPTH = 5


def collect_synsets(label: str, lines: list[Line]
                    ) -> tuple[set[int], SynsetTable, dict[str, list[str]], list[Issue]]:
    """(line numbers that define synsets, "&NAME" -> phrases, YAML synsets, issues)."""
    raw, used = _definitions(lines)
    issues: list[Issue] = []
    table: SynsetTable = {}
    for key, members in raw.items():
        phrases: dict[str, None] = {}
        for line, text in members:
            expanded, missing = _expand(text, raw, 0)
            if missing:
                issues.append(Issue(label, line, f"undefined synset {missing} in a synset member"))
            phrases.update(dict.fromkeys(expanded))
        if phrases:
            table[key] = tuple(phrases)
    yaml_sets = {synset_ref(k)[1:]: _forms(v) for k, v in table.items()}
    return used, table, yaml_sets, issues


def _definitions(lines: list[Line]) -> tuple[dict[str, list[tuple[int, str]]], set[int]]:
    raw: dict[str, list[tuple[int, str]]] = {}
    used: set[int] = set()
    current: str | None = None
    for line in lines:
        text = line.text.strip()
        if text.startswith("&"):
            current = synset_key(text.split()[0])
            raw.setdefault(current, [])
            used.add(line.number)
        elif current is not None and text.startswith("+"):
            raw[current].append((line.number, text[1:].strip()))
            used.add(line.number)
        else:
            current = None
    return raw, used


def _expand(text: str, raw: dict[str, list[tuple[int, str]]], depth: int) -> tuple[list[str], str]:
    """Member text -> phrases, following nested ``&NAME``; the first undefined name, if any."""
    if depth > MAX_DEPTH:
        return [], text
    words = text.replace("_", " ").split()
    refs = [w for w in words if w.startswith("&")]
    if not refs:
        return [phrase(text)], ""
    key = synset_key(refs[0])
    if key not in raw:
        return [], refs[0]
    out, missing = [], ""
    for _, member in raw[key]:
        sub, miss = _expand(" ".join(member if w == refs[0] else w for w in words), raw, depth + 1)
        out += sub
        missing = missing or miss
    return out, missing


def _forms(phrases: tuple[str, ...]) -> list[str]:
    """Members as our matcher sees them: singular head (+ the surface form), four words at most."""
    out: dict[str, None] = {}
    for p in phrases:
        out[noun_forms(p)[0]] = None
        out[" ".join(p.split()[-MAX_PHRASE_WORDS:])] = None
    return list(out)
