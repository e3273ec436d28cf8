"""Greedy left-to-right averaged-perceptron tagger predicting joint ``UPOS/XPOS`` tags."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from eventcode.engines.fast.normalize import norm, shape
from eventcode.engines.fast.perceptron import Weights
from eventcode.engines.fast.tagger_features import PADS, pair_features, role_features

__all__ = ["START", "Tagger"]

START = ("-T2-", "-T1-")
_CACHE_LIMIT = 200_000


class Tagger:
    """Tags a sentence (a sequence of words) with joint tags such as ``"VERB/VBD"``."""

    def __init__(self, weights: Weights, classes: Sequence[str], tagdict: dict[str, str]) -> None:
        self.weights = weights
        self.classes = list(classes)
        self.tagdict = tagdict
        self._index = {c: i for i, c in enumerate(self.classes)}
        self._prev1, self._prev2 = self._transition_tables()
        self._words: dict[str, tuple[str, str, np.ndarray]] = {}

    def _transition_tables(self) -> tuple[np.ndarray, np.ndarray]:
        """Weights of ``t-1`` (by class) and ``t-2 t-1`` (by class pair), start symbols last."""
        names = [*self.classes, *START]
        n, m = len(names), self.weights.matrix
        rows = self.weights.rows
        prev1 = m[[rows.get("t-1=" + a, 0) for a in names]]
        pairs = [rows.get(f"t-2t-1={a} {b}", 0) for a in names for b in names]
        return prev1, m[pairs].reshape(n, n, -1)

    def _word(self, word: str) -> tuple[str, str, np.ndarray]:
        """Normalised form, shape and per-role summed weights of ``word`` (cached)."""
        hit = self._words.get(word)
        if hit is None:
            if len(self._words) >= _CACHE_LIMIT:
                self._words.clear()
            w, sh = (word, word) if word in PADS else (norm(word), shape(word))
            lookup, m = self.weights.lookup, self.weights.matrix
            roles = np.stack([m[lookup(f)].sum(axis=0) for f in role_features(w, sh)])
            hit = self._words[word] = (w, sh, roles)
        return hit

    def _static(self, words: Sequence[str]) -> tuple[list[str], np.ndarray]:
        if not words:
            return list(PADS), np.zeros((0, len(self.classes)), dtype=np.float32)
        info = [self._word(w) for w in (*PADS[:2], *words, *PADS[2:])]
        normed = [x[0] for x in info]
        shapes = [x[1] for x in info]
        roles = np.stack([x[2] for x in info])
        n = len(words)
        pairs = [self.weights.lookup(pair_features(i, normed, shapes)) for i in range(n)]
        base = self.weights.matrix[np.asarray(pairs, dtype=np.intp)].sum(axis=1)
        base += roles[2:n + 2, 0] + roles[1:n + 1, 1] + roles[0:n, 2]
        base += roles[3:n + 3, 3] + roles[4:n + 4, 4]
        return normed, base

    def analyse(self, words: Sequence[str]) -> tuple[list[str], list[str]]:
        """Normalised forms and joint tags of one sentence."""
        return self.analyse_many([words])[0]

    def tag(self, words: Sequence[str]) -> list[str]:
        """One joint tag per word."""
        return self.analyse_many([words])[0][1]

    def analyse_many(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[str]]]:
        """Normalised forms (as the parser wants them) and joint tags of each sentence.

        Sentences are decoded side by side, longest first, one position per step.
        """
        order = sorted(range(len(sentences)), key=lambda k: -len(sentences[k]))
        statics = [self._static(sentences[k]) for k in order]
        ids = self._decode([normed for normed, _ in statics], [base for _, base in statics])
        out: list[tuple[list[str], list[str]]] = [([], [])] * len(sentences)
        for k, (normed, _), tags in zip(order, statics, ids):
            out[k] = (normed[2:-2], [self.classes[t] for t in tags])
        return out

    def _decode(self, normed: list[list[str]], bases: list[np.ndarray]) -> list[list[int]]:
        """Greedy decoding of sentences sorted longest first; class numbers per token."""
        count, classes = len(bases), self.classes
        longest = len(bases[0]) if bases else 0
        base = np.zeros((count, longest, len(classes)), dtype=np.float32)
        for k, b in enumerate(bases):
            base[k, : len(b)] = b
        names = [*classes, *START]
        c1 = np.full(count, len(classes) + 1, dtype=np.intp)
        c2 = np.full(count, len(classes), dtype=np.intp)
        out: list[list[int]] = [[] for _ in bases]
        for i in range(longest):
            live = sum(1 for b in bases if len(b) > i)
            rows = self._context_rows(normed, i, live, c1, names)
            scores = base[:live, i] + self._prev1[c1[:live]] + self._prev2[c2[:live], c1[:live]]
            scores += self.weights.matrix[rows].sum(axis=1)
            guesses = scores.argmax(axis=1)
            for k in range(live):
                fixed = self.tagdict.get(normed[k][i + 2])
                guesses[k] = guesses[k] if fixed is None else self._index[fixed]
                out[k].append(int(guesses[k]))
            c2[:live], c1[:live] = c1[:live], guesses
        return out

    def _context_rows(self, normed: list[list[str]], i: int, live: int, c1: np.ndarray,
                      names: list[str]) -> list[tuple[int, int]]:
        get = self.weights.rows.get
        rows = []
        for k in range(live):
            t1, words = names[c1[k]], normed[k]
            rows.append((get("t-1w=" + t1 + " " + words[i + 2], 0), get("t-1w+1=" + t1 + " " + words[i + 3], 0)))
        return rows
