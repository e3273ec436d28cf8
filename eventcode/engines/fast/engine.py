"""``FastEngine``: the embedded default engine (pure Python + numpy, shipped models)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from eventcode.engines.fast.annotate import annotate
from eventcode.engines.fast.models import FILES, Models, load_models
from eventcode.engines.fast.splitter import split_sentences
from eventcode.engines.fast.tokenizer import tokenize
from eventcode.errors import InputError, ModelNotFoundError
from eventcode.records import ParsedSentence, Token
from eventcode.resources import models_dir

__all__ = ["FastEngine"]

Span = tuple[int, int]


class FastEngine:
    """Tokenise, split, tag, lemmatise and parse English text into UD v2 sentences.

    Models are read on the first parse. ``max_sentence_tokens`` bounds the length of a sentence
    (longer ones are cut); ``batch_sentences`` is how many sentences are parsed side by side.
    """

    name = "fast"

    def __init__(self, model_dir: str | Path | None = None, *, max_sentence_tokens: int = 200,
                 batch_sentences: int = 256) -> None:
        if max_sentence_tokens < 1 or batch_sentences < 1:
            raise InputError("max_sentence_tokens and batch_sentences must be at least 1")
        self.model_dir = Path(model_dir) if model_dir is not None else models_dir()
        self.max_sentence_tokens = max_sentence_tokens
        self.batch_sentences = batch_sentences
        self._models: Models | None = None

    @property
    def models(self) -> Models:
        """The loaded models (read from ``model_dir`` on first use)."""
        if self._models is None:
            missing = [n for n in FILES.values() if not (self.model_dir / n).is_file()]
            if missing:
                raise ModelNotFoundError(
                    f"fast engine model files missing from {self.model_dir}: {', '.join(missing)}; "
                    "rebuild them with: python scripts/train_fast_engine.py")
            self._models = load_models(self.model_dir)
        return self._models

    def parse(self, text: str) -> list[ParsedSentence]:
        """Split ``text`` into sentences and parse each one."""
        return next(self.parse_many([text]))

    def parse_many(self, texts: Iterable[str]) -> Iterator[list[ParsedSentence]]:
        """Parse many documents; yields one list of sentences per input text, in order.

        Sentences of neighbouring documents are parsed together in batches, so documents are
        read a little ahead of what has been yielded.
        """
        pending: list[tuple[str, list[list[Span]]]] = []
        waiting = 0
        for number, text in enumerate(texts):
            if not isinstance(text, str):
                yield from self._finish(pending)
                raise InputError(f"document {number}: expected str, got {type(text).__name__}")
            pending.append((text, self._segment(text)))
            waiting += len(pending[-1][1])
            if waiting >= self.batch_sentences:
                yield from self._finish(pending)
                pending, waiting = [], 0
        yield from self._finish(pending)

    def _segment(self, text: str) -> list[list[Span]]:
        spans = list(tokenize(text))
        return [spans[a:b] for a, b in split_sentences(text, spans, self.max_sentence_tokens)]

    def _finish(self, pending: list[tuple[str, list[list[Span]]]]) -> Iterator[list[ParsedSentence]]:
        items = [(text, spans) for text, sentences in pending for spans in sentences]
        tokens: list[list[Token]] = []
        for first in range(0, len(items), self.batch_sentences):
            tokens += annotate(self.models, items[first:first + self.batch_sentences])
        at = 0
        for text, sentences in pending:
            yield [_sentence(text, number, tokens[at + number]) for number in range(len(sentences))]
            at += len(sentences)


def _sentence(text: str, index: int, tokens: list[Token]) -> ParsedSentence:
    start, end = tokens[0].start, tokens[-1].end
    return ParsedSentence(tokens=tuple(tokens), text=text[start:end], index=index, start=start, end=end)
