"""Read CoNLL-U treebanks into plain training sentences (used by training and evaluation)."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

__all__ = ["GoldSentence", "merge_hyphens", "read_conllu", "tag_of"]


@attrs.frozen(slots=True)
class GoldSentence:
    """One treebank sentence; lists are 0-based, ``heads`` are 1-based ids (0 = root)."""

    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    upos: tuple[str, ...]
    xpos: tuple[str, ...]
    feats: tuple[str, ...]
    heads: tuple[int, ...]
    deprels: tuple[str, ...]
    spaces: tuple[bool, ...] = ()

    def __len__(self) -> int:
        return len(self.words)


def tag_of(upos: str, xpos: str) -> str:
    """The joint tag the tagger predicts: ``"UPOS/XPOS"``."""
    return f"{upos}/{xpos}"


def _sentence(rows: list[list[str]]) -> GoldSentence:
    cols = list(zip(*rows))
    return GoldSentence(
        words=cols[1], lemmas=cols[2], upos=cols[3], xpos=cols[4], feats=cols[5],
        heads=tuple(int(h) for h in cols[6]), deprels=cols[7],
        spaces=tuple("SpaceAfter=No" not in m for m in cols[9]),
    )


def _parse_lines(lines: Iterable[str]) -> Iterator[GoldSentence]:
    rows: list[list[str]] = []
    for line in lines:
        line = line.rstrip("\n")
        if not line:
            if rows:
                yield _sentence(rows)
            rows = []
            continue
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 10 and parts[0].isdigit():
            rows.append(parts)
    if rows:
        yield _sentence(rows)


def read_conllu(path: str | Path) -> list[GoldSentence]:
    """Every sentence of a CoNLL-U file (multiword-token and empty-node lines skipped)."""
    with open(path, encoding="utf-8") as handle:
        return list(_parse_lines(handle))


def _hyphen_groups(sent: GoldSentence) -> list[list[int]]:
    """Runs ``a - b (- c)`` of 0-based indexes joined by HYPH tokens with no spaces."""
    tight = {k for k, space in enumerate(sent.spaces) if not space}
    groups: list[list[int]] = []
    i = 0
    while i < len(sent):
        j = i
        while (j + 2 < len(sent) and sent.xpos[j + 1] == "HYPH" and j in tight
               and j + 1 in tight and sent.upos[j + 2] != "PUNCT"):
            j += 2
        if j > i:
            groups.append(list(range(i, j + 1)))
        i = j + 1
    return groups


def _merge_group(sent: GoldSentence, group: list[int]) -> GoldSentence | None:
    ids = {k + 1 for k in group}
    outside = [k for k in group if sent.heads[k] not in ids]
    if len({sent.heads[k] for k in outside}) != 1:
        return None
    keep = outside[0]
    text = "".join(sent.words[k] for k in group)
    drop = [k for k in group if k != keep]
    return _drop_tokens(sent, keep, text, drop)


def _drop_tokens(sent: GoldSentence, keep: int, text: str, drop: list[int]) -> GoldSentence:
    gone = {k + 1 for k in drop}
    new_id = {}
    for old in range(1, len(sent) + 1):
        if old not in gone:
            new_id[old] = len(new_id) + 1
    heads = []
    for k, head in enumerate(sent.heads):
        if k + 1 not in gone:
            heads.append(new_id.get(keep + 1) if head in gone else new_id.get(head, 0))
    names = ("words", "lemmas", "upos", "xpos", "feats", "deprels", "spaces")
    cols = {name: list(getattr(sent, name)) for name in names}
    cols["words"][keep] = text
    cols["lemmas"][keep] = text if sent.upos[keep] == "PROPN" else text.lower()
    cols["spaces"][keep] = sent.spaces[max(drop + [keep])]
    gone = set(drop)
    out = {name: tuple(v for k, v in enumerate(col) if k not in gone) for name, col in cols.items()}
    return GoldSentence(heads=tuple(heads), **out)


def merge_hyphens(sent: GoldSentence, rng: random.Random, rate: float = 0.5) -> GoldSentence:
    """With probability ``rate``, rejoin ``al - Assad`` into one token as our tokenizer keeps it."""
    groups = _hyphen_groups(sent)
    if not groups or rng.random() >= rate:
        return sent
    for group in reversed(groups):
        merged = _merge_group(sent, group)
        sent = merged if merged is not None else sent
    return sent
