"""Training of the parser: arc-hybrid dynamic oracle, error exploration, batches of sentences."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

import numpy as np

from eventcode.engines.fast.arc_hybrid import Config, costs, gold_children
from eventcode.engines.fast.hashed import HashedTrainer
from eventcode.engines.fast.hashing import Hasher, compile_templates
from eventcode.engines.fast.normalize import norm
from eventcode.engines.fast.parser import UNK_ID, Parser, concat_ids
from eventcode.engines.fast.parser_features import COLUMNS, TEMPLATES, atom_matrix, context
from eventcode.engines.fast.treebank import GoldSentence

__all__ = ["make_vocab", "train_parser"]


def make_vocab(sentences: Sequence[GoldSentence], min_count: int = 2,
               limit: int = 60_000) -> dict[str, int]:
    """Normalised words seen at least ``min_count`` times -> ids from 3 (most frequent first)."""
    counts = Counter(norm(w) for s in sentences for w in s.words)
    kept = [w for w, n in counts.most_common(limit) if n >= min_count]
    return {w: i for i, w in enumerate(kept, start=UNK_ID + 1)}


def _choose(scores: np.ndarray, legal: tuple[bool, bool, bool], cost: list[int]) -> tuple[int, int]:
    """The model's best legal move and the best-scoring move of least cost."""
    best = min(c for c, ok in zip(cost, legal) if ok)
    guess = gold = -1
    for move in range(3):
        if legal[move] and (guess < 0 or scores[move] > scores[guess]):
            guess = move
        if legal[move] and cost[move] == best and (gold < 0 or scores[move] > scores[gold]):
            gold = move
    return guess, gold


class _Batch:
    """Sentences parsed side by side during training."""

    def __init__(self, batch: Sequence[tuple[GoldSentence, list[str]]], parser: Parser) -> None:
        items = [([norm(w) for w in s.words], tags) for s, tags in batch]
        self.words, self.tags, self.offsets = concat_ids(items, parser.vocab, parser.tag_ids)
        self.configs = [Config(len(s)) for s, _ in batch]
        self.heads = [[-1, *s.heads] for s, _ in batch]
        self.kids = [gold_children(s.heads) for s, _ in batch]


def _train_batch(trainer: HashedTrainer, hasher: Hasher, batch: _Batch, rng: random.Random,
                 explore: float) -> None:
    active = list(range(len(batch.configs)))
    while active:
        legal = {i: batch.configs[i].settle() for i in active}
        active = [i for i in active if legal[i] is not None]
        if not active:
            return
        ctx = [context(batch.configs[i]) for i in active]
        rows = hasher.rows(atom_matrix(ctx, batch.offsets[active], batch.words, batch.tags))
        scores = trainer.scores(rows).tolist()
        wrong, truth, guesses = [], [], []
        for k, i in enumerate(active):
            config = batch.configs[i]
            cost = costs(config, batch.heads[i], batch.kids[i])
            guess, gold = _choose(scores[k], legal[i], cost)
            if cost[guess] > cost[gold]:
                wrong.append(k), truth.append(gold), guesses.append(guess)
            config.apply(guess if rng.random() < explore else gold)
        trainer.update(rows[wrong], np.array(truth, dtype=np.intp), np.array(guesses, dtype=np.intp))
        trainer.tick(len(active))


def train_parser(sentences: Sequence[GoldSentence], tags: Sequence[list[str]],
                 tag_ids: dict[str, int], epochs: int = 12, seed: int = 1, explore: float = 0.9,
                 bits: int = 21, batch_size: int = 32, threshold: float = 0.0,
                 log=None) -> Parser:
    """Train on gold trees over predicted ``tags``; exploration starts in the second epoch."""
    hasher = Hasher.seeded(compile_templates(TEMPLATES, COLUMNS), bits, seed)
    parser = Parser(None, hasher, make_vocab(sentences), tag_ids)  # type: ignore[arg-type]
    trainer = HashedTrainer(bits, 3)
    data = list(zip(sentences, tags))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(data)
        for start in range(0, len(data), batch_size):
            batch = _Batch(data[start:start + batch_size], parser)
            _train_batch(trainer, hasher, batch, rng, explore if epoch else 0.0)
        if log:
            log(f"parser epoch {epoch + 1}/{epochs} done")
    parser.weights = trainer.export(threshold=threshold)
    return parser
