"""Morphological features (UD FEATS) from the tag, the word and a little syntax."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from eventcode.engines.fast.normalize import norm
from eventcode.engines.fast.treebank import GoldSentence

__all__ = ["Morphology", "feats_tables"]

_DROPPED = ("Typo", "Abbr", "ExtPos", "Style", "Foreign")
_VERB_DROPPED = ("Number", "Person")
_CLOSED = frozenset({"PRON", "DET", "AUX", "PART", "ADP", "SCONJ", "CCONJ"})


def _clean(feats: str, upos: str) -> str:
    drop = _DROPPED + (_VERB_DROPPED if upos in ("VERB", "AUX") else ())
    kept = [f for f in feats.split("|") if f != "_" and not f.startswith(drop)]
    return "|".join(kept) or "_"


def _majority(counts: dict[str, Counter[str]], min_count: int) -> dict[str, str]:
    out = {}
    for key, seen in counts.items():
        value, n = seen.most_common(1)[0]
        if n >= min_count:
            out[key] = value
    return out


def feats_tables(sentences: Sequence[GoldSentence]) -> tuple[dict[str, str], dict[str, str]]:
    """Most frequent FEATS per ``"UPOS/XPOS"`` and per ``"UPOS/XPOS word"`` of closed classes."""
    by_tag: dict[str, Counter[str]] = defaultdict(Counter)
    by_word: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sentences:
        for word, upos, xpos, feats in zip(sent.words, sent.upos, sent.xpos, sent.feats):
            tag, value = f"{upos}/{xpos}", _clean(feats, upos)
            by_tag[tag][value] += 1
            if upos in _CLOSED:
                by_word[f"{tag} {norm(word)}"][value] += 1
    tags = _majority(by_tag, 1)
    words = {k: v for k, v in _majority(by_word, 2).items() if v != tags.get(k.split(" ")[0])}
    return tags, words


class Morphology:
    """FEATS of a token from its tag and word; passive participles get ``Voice=Pass``."""

    def __init__(self, by_tag: dict[str, str], by_word: dict[str, str]) -> None:
        self.by_tag = by_tag
        self.by_word = by_word

    def feats(self, tag: str, normed: str, passive: bool) -> str:
        found = self.by_word.get(tag + " " + normed) or self.by_tag.get(tag, "_")
        if tag.endswith("/VBN"):
            found = _set_voice(found, passive)
        return found


def _set_voice(feats: str, passive: bool) -> str:
    parts = [f for f in feats.split("|") if f != "_" and not f.startswith("Voice=")]
    if passive:
        parts.append("Voice=Pass")
    return "|".join(sorted(parts)) or "_"
