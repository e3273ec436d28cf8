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
        self._word_tags = frozenset(key.split(" ", 1)[0] for key in by_word)
        self._tag_feats = {(tag, p): _finish(tag, f, p) for tag, f in by_tag.items() for p in (False, True)}

    def feats(self, tag: str, normed: str, passive: bool) -> str:
        """FEATS of a word with joint tag ``tag``; ``passive``: a participle in a passive."""
        if tag in self._word_tags:
            found = self.by_word.get(tag + " " + normed)
            if found is not None:
                return _finish(tag, found, passive)
        return self._tag_feats.get((tag, passive), "_")


def _finish(tag: str, feats: str, passive: bool) -> str:
    return _set_voice(feats, passive) if tag.endswith("/VBN") else feats


def _set_voice(feats: str, passive: bool) -> str:
    parts = [f for f in feats.split("|") if f != "_" and not f.startswith("Voice=")]
    if passive:
        parts.append("Voice=Pass")
    return "|".join(sorted(parts)) or "_"
