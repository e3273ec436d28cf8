"""Accuracy of predicted trees against a treebank (gold tokenisation)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from eventcode.engines.fast.treebank import GoldSentence
from eventcode.records import Token

__all__ = ["RELATIONS", "Scores", "score"]

RELATIONS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "conj", "cc", "ccomp",
             "aux", "advmod-negation", "nmod:poss", "compound", "amod")
_NEGATION = frozenset({"not", "n't", "never", "n’t"})


@attrs.frozen
class Scores:
    """Percentages; ``f1`` maps a relation to the F1 of (head, relation) pairs."""

    tokens: int
    upos: float
    xpos: float
    uas: float
    las: float
    uas_no_punct: float
    las_no_punct: float
    f1: dict[str, float]


def _relation(label: str, word: str) -> str:
    return "advmod-negation" if label == "advmod" and word.lower() in _NEGATION else label


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _f1(tp: int, pred: int, gold: int) -> float:
    p, r = _pct(tp, pred), _pct(tp, gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Sequence[GoldSentence], predicted: Sequence[Sequence[Token]]) -> Scores:
    """Compare predicted tokens (same tokenisation) with the treebank."""
    c: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g, pred in zip(gold, predicted):
        for k, t in enumerate(pred):
            head_ok, label_ok = t.head == g.heads[k], t.deprel == g.deprels[k]
            punct = g.upos[k] == "PUNCT"
            c.update(tokens=1, upos=t.upos == g.upos[k], xpos=t.xpos == g.xpos[k], uas=head_ok,
                     las=head_ok and label_ok, words=not punct, uas_np=head_ok and not punct,
                     las_np=head_ok and label_ok and not punct)
            rel_g, rel_p = _relation(g.deprels[k], g.words[k]), _relation(t.deprel, t.text)
            n_gold[rel_g] += 1
            n_pred[rel_p] += 1
            tp[rel_g] += head_ok and rel_g == rel_p
    n = c["tokens"]
    return Scores(n, _pct(c["upos"], n), _pct(c["xpos"], n), _pct(c["uas"], n), _pct(c["las"], n),
                  _pct(c["uas_np"], c["words"]), _pct(c["las_np"], c["words"]),
                  {r: _f1(tp[r], n_pred[r], n_gold[r]) for r in RELATIONS})
