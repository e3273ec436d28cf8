"""Training of the tagger on gold-tagged treebank sentences."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence

from eventcode.engines.fast.normalize import norm
from eventcode.engines.fast.perceptron import Trainer, Weights
from eventcode.engines.fast.tagger import START, Tagger
from eventcode.engines.fast.tagger_features import context, dynamic_features, static_features
from eventcode.engines.fast.treebank import GoldSentence, tag_of

__all__ = ["class_map", "make_tagdict", "train_tagger"]


def make_tagdict(sentences: Sequence[GoldSentence], min_count: int = 20,
                 purity: float = 0.995) -> dict[str, str]:
    """Frequent words that (nearly) always carry one tag."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sentences:
        for word, up, xp in zip(sent.words, sent.upos, sent.xpos):
            counts[norm(word)][tag_of(up, xp)] += 1
    out = {}
    for word, tags in counts.items():
        tag, n = tags.most_common(1)[0]
        total = sum(tags.values())
        if total >= min_count and n / total >= purity:
            out[word] = tag
    return out


def class_map(sentences: Sequence[GoldSentence], min_count: int = 10) -> dict[str, str]:
    """Joint tag -> the class it is trained as (rare pairs fold into a frequent one)."""
    counts = Counter(tag_of(u, x) for s in sentences for u, x in zip(s.upos, s.xpos))
    kept = {t for t, n in counts.items() if n >= min_count}
    out = {t: t for t in kept}
    for tag in counts:
        if tag not in kept:
            upos, xpos = tag.split("/", 1)
            same = [t for t in kept if t.endswith("/" + xpos)] or [t for t in kept if t.startswith(upos + "/")]
            out[tag] = max(same or kept, key=counts.__getitem__)
    return out


def _train_sentence(trainer: Trainer, sent: GoldSentence, index: dict[str, int],
                    classes: list[str], cmap: dict[str, str]) -> None:
    normed, shapes = context(sent.words)
    tags = list(START)
    for i, (up, xp) in enumerate(zip(sent.upos, sent.xpos)):
        feats = static_features(i, normed, shapes)
        feats += dynamic_features(normed[i + 2], normed[i + 3], tags[-1], tags[-2])
        ids = trainer.ids(feats)
        guess = int(trainer.scores(ids).argmax())
        truth = index[cmap[tag_of(up, xp)]]
        trainer.update(ids, truth, guess)
        trainer.tick()
        tags.append(classes[guess])


def train_tagger(sentences: Sequence[GoldSentence], epochs: int = 6, seed: int = 1,
                 threshold: float = 0.0, cmap: dict[str, str] | None = None) -> Tagger:
    """Train on gold-tagged sentences (order shuffled per epoch with ``seed``).

    Weights with ``|w| <= threshold`` are dropped; ``cmap`` fixes the classes (see ``class_map``).
    """
    cmap = cmap or class_map(sentences)
    classes = sorted(set(cmap.values()))
    index = {c: i for i, c in enumerate(classes)}
    trainer = Trainer(len(classes))
    order = list(sentences)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for sent in order:
            _train_sentence(trainer, sent, index, classes, cmap)
    keys, matrix = trainer.export(threshold=threshold)
    return Tagger(Weights(keys, matrix), classes, make_tagdict(sentences))
