"""Training of the arc labeller on gold trees over predicted tags."""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np

from eventcode.engines.fast.hashed import HashedTrainer
from eventcode.engines.fast.hashing import Hasher, compile_templates
from eventcode.engines.fast.labeler import Labeler
from eventcode.engines.fast.labeler_features import COLUMNS, TEMPLATES
from eventcode.engines.fast.normalize import norm
from eventcode.engines.fast.parser import concat_ids
from eventcode.engines.fast.treebank import GoldSentence

__all__ = ["train_labeler"]


Example = tuple[GoldSentence, Sequence[str], Sequence[int]]


def _batch_rows(labeler: Labeler, batch: Sequence[Example]) -> tuple[np.ndarray, np.ndarray]:
    items = [([norm(w) for w in s.words], tags) for s, tags, _ in batch]
    words, tagged, _ = concat_ids(items, labeler.vocab, labeler.tag_ids)
    atoms = labeler.atoms(words, tagged, [heads for _, _, heads in batch])
    index = {label: i for i, label in enumerate(labeler.labels)}
    gold = np.array([index[r] for s, _, _ in batch for r in s.deprels], dtype=np.intp)
    return labeler.hasher.rows(atoms), gold


def train_labeler(sentences: Sequence[GoldSentence], tags: Sequence[list[str]],
                  vocab: dict[str, int], tag_ids: dict[str, int], epochs: int = 8,
                  seed: int = 1, bits: int = 19, batch_size: int = 4, threshold: float = 0.0,
                  log=None) -> Labeler:
    """Train on gold trees and relations over predicted ``tags``."""
    labels = sorted({r for s in sentences for r in s.deprels})
    hasher = Hasher.seeded(compile_templates(TEMPLATES, COLUMNS), bits, seed + 7)
    labeler = Labeler(None, hasher, labels, vocab, tag_ids)  # type: ignore[arg-type]
    trainer = HashedTrainer(bits, len(labels))
    data = list(zip(sentences, tags, [s.heads for s in sentences]))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(data)
        for start in range(0, len(data), batch_size):
            rows, gold = _batch_rows(labeler, data[start:start + batch_size])
            guess = trainer.scores(rows).argmax(axis=1)
            wrong = np.flatnonzero(guess != gold)
            trainer.update(rows[wrong], gold[wrong], guess[wrong])
            trainer.tick(len(gold))
        if log:
            log(f"labeller epoch {epoch + 1}/{epochs} done")
    labeler.weights = trainer.export(threshold=threshold)
    return labeler
