"""Greedy arc-hybrid dependency parser over batches of sentences (unlabelled arcs)."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

import numpy as np

from eventcode.engines.fast.arc_hybrid import RIGHT, Config
from eventcode.engines.fast.hashed import HashedWeights
from eventcode.engines.fast.hashing import Hasher
from eventcode.engines.fast.parser_features import COLUMNS, atom_matrix, context

__all__ = ["NONE_ID", "ROOT_ID", "UNK_ID", "Parser", "concat_ids"]

NONE_ID, ROOT_ID, UNK_ID = 0, 1, 2
_S1_WORD = COLUMNS.index("s1w")

Tagged = tuple[Sequence[str], Sequence[str]]


def concat_ids(items: Sequence[Tagged], vocab: dict[str, int],
               tag_ids: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Word ids, tag ids (root first per sentence, one "none" at the very end) and offsets."""
    words, tags, offsets = [], [], []
    for normed, tagged in items:
        offsets.append(len(words))
        words += [ROOT_ID, *(vocab.get(w, UNK_ID) for w in normed)]
        tags += [ROOT_ID, *(tag_ids.get(t, UNK_ID) for t in tagged)]
    words.append(NONE_ID)
    tags.append(NONE_ID)
    as64 = np.uint64
    return np.array(words, dtype=as64), np.array(tags, dtype=as64), np.array(offsets, dtype=np.int64)


class Parser:
    """Predicts heads for tagged sentences, advancing all sentences of a batch together."""

    def __init__(self, weights: HashedWeights, hasher: Hasher, vocab: dict[str, int],
                 tag_ids: dict[str, int]) -> None:
        self.weights = weights
        self.hasher = hasher
        self.vocab = vocab
        self.tag_ids = tag_ids

    def parse(self, items: Sequence[Tagged]) -> list[list[int]]:
        """For each (normalised words, tags): the 1-based head of every token (0 = root)."""
        words, tags, offsets = concat_ids(items, self.vocab, self.tag_ids)
        return self.parse_ids(words, tags, offsets, [len(normed) for normed, _ in items])

    def parse_ids(self, words: np.ndarray, tags: np.ndarray, offsets: np.ndarray,
                  lengths: Sequence[int], width: int = 128) -> list[list[int]]:
        """Like :meth:`parse` over the arrays of :func:`concat_ids` and sentence lengths.

        Up to ``width`` sentences advance together, longest first; a finished sentence's place
        goes to the next one waiting, so numpy scores wide batches at every step.
        """
        configs = [Config(n) for n in lengths]
        waiting = deque(sorted(zip(configs, offsets.tolist()), key=lambda x: -x[0].n))
        active: list[tuple[Config, int]] = []
        rows, scores_of = self.hasher.rows, self.weights.scores
        while True:
            active = _advance(active, waiting, width)
            if not active:
                break
            at = np.array([off for _, off in active], dtype=np.int64)
            atoms = atom_matrix([context(c) for c, _ in active], at, words, tags)
            scores = scores_of(rows(atoms))
            scores[atoms[:, _S1_WORD] == ROOT_ID, RIGHT] = -np.inf
            for (config, _), move in zip(active, scores.argmax(axis=1).tolist()):
                config.apply(move)
        return [c.heads[1:] for c in configs]


def _advance(active: list[tuple[Config, int]], waiting: deque[tuple[Config, int]],
             width: int) -> list[tuple[Config, int]]:
    """Configurations still parsing (forced moves applied), topped up from ``waiting``.

    After ``settle`` SHIFT and LEFT are always legal, RIGHT unless s1 is the root.
    """
    out = [(config, offset) for config, offset in active if config.settle() is not None]
    while len(out) < width and waiting:
        config, offset = waiting.popleft()
        if config.settle() is not None:
            out.append((config, offset))
    return out
