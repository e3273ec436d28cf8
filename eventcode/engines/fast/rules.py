"""Deterministic corrections applied to the labeller's output."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["lift_verb_conjuncts", "passive_heads", "relabel"]

_PASSIVE_SUBJECT = {"nsubj": "nsubj:pass", "csubj": "csubj:pass"}
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def passive_heads(heads: Sequence[int], labels: Sequence[str]) -> set[int]:
    """Tokens (1-based) with an ``aux:pass`` dependent."""
    return {h for h, label in zip(heads, labels) if label == "aux:pass"}


def relabel(heads: Sequence[int], labels: Sequence[str], lemmas: Sequence[str]) -> list[str]:
    """Subjects of passive verbs become ``:pass``; ``by``-obliques of passive verbs ``obl:agent``."""
    passive = passive_heads(heads, labels)
    by_phrases = {heads[k] for k, lemma in enumerate(lemmas) if lemma == "by" and labels[k] == "case"}
    out = list(labels)
    for k, (head, label) in enumerate(zip(heads, labels)):
        if head in passive and label in _PASSIVE_SUBJECT:
            out[k] = _PASSIVE_SUBJECT[label]
        elif label == "obl" and head in passive and k + 1 in by_phrases:
            out[k] = "obl:agent"
        elif label == "nsubj:pass" and head not in passive and _has_active_aux(k, heads, labels):
            out[k] = "nsubj"
    return out


def _has_active_aux(k: int, heads: Sequence[int], labels: Sequence[str]) -> bool:
    head = heads[k]
    return any(h == head and label == "aux" for h, label in zip(heads, labels))


def lift_verb_conjuncts(heads: list[int], labels: Sequence[str], upos: Sequence[str],
                        xpos: Sequence[str]) -> list[int]:
    """ "Police arrested ten protesters and detained them": a finite verb coordinated with the
    object of an earlier verb is coordinated with that verb (UD hangs a clause's conjunct on the
    first predicate); heads are 1-based, 0 the root."""
    out = list(heads)
    for k, (head, label) in enumerate(zip(heads, labels)):
        if label != "conj" or xpos[k] not in _FINITE or head == 0 or upos[head - 1] not in _NOMINAL:
            continue
        governor = heads[head - 1]
        if governor and governor - 1 < head - 1 and upos[governor - 1] == "VERB" \
                and labels[head - 1] in ("obj", "iobj"):
            out[k] = governor
    return out
