"""Per-label score offsets for the labeller, tuned on held-out sentences.

A perceptron's raw scores favour frequent labels: on EWT dev the labeller says ``obj``
about 10% more often than the treebank does. Coordinate ascent over one offset per label
maximises the mean F1 of the relations event coding reads (``scoring.RELATIONS``),
so precision and recall of each come closer together. The trees stay fixed: only labels move.
Training does not calibrate (``Settings.calibrate``); the script does it on request.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import numpy as np

from eventcode.engines.fast.models import Models
from eventcode.engines.fast.parser import concat_ids
from eventcode.engines.fast.scoring import RELATIONS
from eventcode.engines.fast.treebank import GoldSentence

__all__ = ["CALIBRATED", "LabelScores", "label_scores", "macro_f1", "tune_bias"]

CALIBRATED = ("obj", "iobj")
"""Labels ``scripts/tune_label_bias.py`` calibrates by default. Offsets on every label gave the
same obj F1 but moved nmod/obl/acl labels the coder reads (EWT test LAS -0.4, cameo_manual
root recall 0.667 -> 0.650). The shipped models carry no offsets (docs/engines.md says why)."""

GRID = (-12.0, -8.0, -6.0, -4.0, -3.0, -2.0, -1.0, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0)
_TUNED = tuple(r for r in RELATIONS if r != "advmod-negation")


@attrs.frozen
class LabelScores:
    """Raw labeller scores of predicted trees, with what the treebank says of each token."""

    labels: np.ndarray      # label names, one per score column
    scores: np.ndarray      # tokens x labels
    gold: np.ndarray        # gold relation per token
    head_ok: np.ndarray     # predicted head equals the gold head
    is_root: np.ndarray     # predicted head is 0 (always labelled root)


def label_scores(models: Models, gold: Sequence[GoldSentence], batch: int = 256) -> LabelScores:
    """Tag and parse ``gold`` sentences; keep the labeller's scores without any offset."""
    lab, parts = models.labeler, []
    for first in range(0, len(gold), batch):
        sents = gold[first:first + batch]
        analysed = models.tagger.analyse_many([s.words for s in sents])
        words, tags, offsets = concat_ids(analysed, models.parser.vocab, models.parser.tag_ids)
        heads = models.parser.parse_ids(words, tags, offsets, [len(s.words) for s in sents])
        raw = lab.weights.scores(lab.hasher.rows(lab.atoms(words, tags, heads)))
        flat = [(g, p == h, p == 0) for s, hs in zip(sents, heads)
                for g, p, h in zip(s.deprels, hs, s.heads)]
        parts.append((raw, flat))
    rows = [row for _, flat in parts for row in flat]
    return LabelScores(np.array(lab.labels), np.vstack([raw for raw, _ in parts]),
                       *(np.array(col) for col in zip(*rows)))


def macro_f1(data: LabelScores, bias: np.ndarray, relations: Sequence[str] = _TUNED) -> float:
    """Mean F1 (0-100) of (head, relation) pairs over ``relations`` with offsets ``bias``."""
    scores = data.scores + bias
    scores[:, list(data.labels).index("root")] = -np.inf
    pred = data.labels[scores.argmax(axis=1)]
    pred[data.is_root] = "root"
    total = 0.0
    for rel in relations:
        p, g = pred == rel, data.gold == rel
        denominator = p.sum() + g.sum()
        total += 200.0 * (p & g & data.head_ok).sum() / denominator if denominator else 0.0
    return total / len(relations)


def tune_bias(data: LabelScores, rounds: int = 2, grid: Sequence[float] = GRID,
              tuned: Sequence[str] | None = None) -> dict[str, float]:
    """Offsets per label (zeros left out) that maximise :func:`macro_f1`, by coordinate ascent
    over the labels in ``tuned`` (default: every label but root)."""
    bias = np.zeros(len(data.labels))
    best = macro_f1(data, bias)
    for _ in range(rounds):
        for j, label in enumerate(data.labels):
            if label == "root" or (tuned is not None and label not in tuned):
                continue
            start = chosen = bias[j]
            for step in grid:
                bias[j] = start + step
                value = macro_f1(data, bias)
                if value > best + 1e-9:
                    best, chosen = value, bias[j]
            bias[j] = chosen
    return {str(label): float(v) for label, v in zip(data.labels, bias) if v}
