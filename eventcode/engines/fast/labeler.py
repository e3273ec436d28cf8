"""Second-stage arc labeller: one UD relation per arc, chosen with the whole tree in view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from eventcode.engines.fast.hashed import HashedWeights
from eventcode.engines.fast.hashing import Hasher
from eventcode.engines.fast.labeler_atoms import batch_atoms
from eventcode.engines.fast.labeler_features import TagClasses
from eventcode.engines.fast.parser import concat_ids

__all__ = ["Labeler", "make_tag_classes"]

_BE = ("be", "is", "was", "were", "are", "been", "being", "am", "'s", "'re", "'m",
       "get", "got", "gets", "getting", "gotten")

Tree = tuple[Sequence[str], Sequence[str], Sequence[int]]


def make_tag_classes(tag_ids: dict[str, int], vocab: dict[str, int]) -> TagClasses:
    """Which tag ids are case markers, auxiliaries... by the UPOS/XPOS in their names."""
    def having(*prefixes: str) -> frozenset[int]:
        return frozenset(i for t, i in tag_ids.items() if t.startswith(prefixes))
    return TagClasses(
        case=having("ADP/", "PART/POS"), mark=having("SCONJ/", "PART/TO"), aux=having("AUX/"),
        det=having("DET/", "PRON/PRP$"), nominal=having("NOUN/", "PROPN/", "PRON/", "NUM/"),
        be_words=frozenset(vocab[w] for w in _BE if w in vocab),
        pass_tags=having("VERB/VBN", "AUX/VBN"),
        comma_words=frozenset(vocab[w] for w in (",", ";", "--") if w in vocab),
    )


class Labeler:
    """Labels every arc of predicted trees."""

    def __init__(self, weights: HashedWeights, hasher: Hasher, labels: Sequence[str],
                 vocab: dict[str, int], tag_ids: dict[str, int],
                 bias: Mapping[str, float] | None = None) -> None:
        self.weights = weights
        self.hasher = hasher
        self.labels = list(labels)
        self.vocab = vocab
        self.tag_ids = tag_ids
        self.tag_classes = make_tag_classes(tag_ids, vocab)
        self._root = self.labels.index("root")
        self.set_bias(bias or {})

    def set_bias(self, bias: Mapping[str, float]) -> None:
        """Per-label offsets added to every score (calibrated on dev; see ``calibrate``)."""
        self.bias = {label: float(v) for label, v in bias.items() if v}
        self._bias_row = np.array([self.bias.get(label, 0.0) for label in self.labels], dtype=np.float32)

    def label(self, trees: Sequence[Tree]) -> list[list[str]]:
        """The relation of each token to its head, per (normalised words, tags, heads) tree."""
        words, tags, _ = concat_ids([(n, t) for n, t, _ in trees], self.vocab, self.tag_ids)
        return self.label_ids(words, tags, [h for _, _, h in trees])

    def atoms(self, words: np.ndarray, tags: np.ndarray, heads: Sequence[Sequence[int]]) -> np.ndarray:
        return batch_atoms(words, tags, heads, self.tag_classes)

    def label_ids(self, words: np.ndarray, tags: np.ndarray,
                  heads: Sequence[Sequence[int]]) -> list[list[str]]:
        """Like :meth:`label` over id arrays laid out as ``parser.concat_ids`` makes them."""
        atoms = self.atoms(words, tags, heads)
        if not len(atoms):
            return [[] for _ in heads]
        scores = self.weights.scores(self.hasher.rows(atoms))
        if self.bias:
            scores += self._bias_row
        scores[:, self._root] = -np.inf
        best = scores.argmax(axis=1).tolist()
        out, at = [], 0
        for tree in heads:
            out.append([self.labels[self._root if h == 0 else best[at + k]] for k, h in enumerate(tree)])
            at += len(tree)
        return out
