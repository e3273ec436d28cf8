"""Run the trained components over a batch of tokenised sentences and build UD tokens."""

from __future__ import annotations

from collections.abc import Sequence

from eventcode.engines.fast.models import Models
from eventcode.engines.fast.parser import concat_ids
from eventcode.engines.fast.rules import lift_verb_conjuncts, passive_heads, relabel
from eventcode.records import Token

__all__ = ["annotate", "annotate_words"]

Span = tuple[int, int]
_PASSIVE_MODIFIERS = frozenset({"acl", "amod"})


def _split_tag(tag: str) -> tuple[str, str]:
    upos, _, xpos = tag.partition("/")
    return upos, xpos


def _tokens(models: Models, text: str, spans: Sequence[Span], normed: list[str], tags: list[str],
            heads: list[int], labels: list[str]) -> list[Token]:
    words = [text[a:b] for a, b in spans]
    pairs = [_split_tag(tag) for tag in tags]
    lemma = models.lemmatizer.lemma
    lemmas = [lemma(w, upos, xpos) for w, (upos, xpos) in zip(words, pairs)]
    heads = lift_verb_conjuncts(heads, labels, [u for u, _ in pairs], [x for _, x in pairs])
    labels = relabel(heads, labels, lemmas)
    passive = passive_heads(heads, labels)
    feats = models.morphology.feats
    return [
        Token(id=k, text=w, lemma=lem, upos=up, head=h, deprel=rel, xpos=xp,
              feats=feats(tag, nw, k in passive or rel in _PASSIVE_MODIFIERS), start=a, end=b)
        for k, (w, lem, (up, xp), h, rel, tag, nw, (a, b)) in enumerate(
            zip(words, lemmas, pairs, heads, labels, tags, normed, spans), start=1)
    ]


def annotate(models: Models, sentences: Sequence[tuple[str, Sequence[Span]]]) -> list[list[Token]]:
    """Tokens of each sentence, given as (document text, character spans of its tokens)."""
    analysed = models.tagger.analyse_many([[text[a:b] for a, b in spans] for text, spans in sentences])
    parser = models.parser
    words, tags, offsets = concat_ids(analysed, parser.vocab, parser.tag_ids)
    heads = parser.parse_ids(words, tags, offsets, [len(spans) for _, spans in sentences])
    labels = models.labeler.label_ids(words, tags, heads)
    return [_tokens(models, text, spans, normed, tags, h, lab)
            for (text, spans), (normed, tags), h, lab in zip(sentences, analysed, heads, labels)]


def annotate_words(models: Models, sentences: Sequence[Sequence[str]]) -> list[list[Token]]:
    """Tokens of pre-tokenised sentences (offsets into the words joined by single spaces)."""
    items = []
    for words in sentences:
        spans, at = [], 0
        for w in words:
            spans.append((at, at + len(w)))
            at += len(w) + 1
        items.append((" ".join(words), spans))
    return annotate(models, items)
