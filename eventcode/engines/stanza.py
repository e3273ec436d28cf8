"""The ``stanza`` engine: a real ``stanza.Pipeline`` mapped to neutral ParsedSentences.

Needs the extra ``eventcode[stanza]`` and English models from ``eventcode download``. Nothing
here downloads on its own: a missing model is a ``ModelNotFoundError`` that names the command.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventcode.errors import EngineError, ModelNotFoundError
from eventcode.records import ParsedSentence, Token

__all__ = ["StanzaEngine", "doc_to_sentences", "download_models"]

PROCESSORS = "tokenize,mwt,pos,lemma,depparse"
INSTALL_HINT = "the stanza engine needs the extra: pip install 'eventcode[stanza]'"
DOWNLOAD_HINT = "run `eventcode download` (or pass model_dir= and the *_model_path options)"


class StanzaEngine:
    """Parse with stanza. Options are passed to ``stanza.Pipeline`` (e.g. ``pos_model_path``)."""

    name = "stanza"

    def __init__(self, *, model_dir: str | Path | None = None, lang: str = "en",
                 processors: str = PROCESSORS, use_gpu: bool = False, pipeline: Any = None,
                 threads: int | None = 1, **options: Any) -> None:
        self.model_dir = str(model_dir) if model_dir else None
        self.lang, self.processors, self.use_gpu = lang, processors, use_gpu
        self.threads, self.options = threads, options
        self._pipeline = pipeline

    @property
    def pipeline(self) -> Any:
        """The stanza Pipeline, built on first use."""
        if self._pipeline is None:
            self._pipeline = self._build()
        return self._pipeline

    def _build(self) -> Any:
        stanza = _import_stanza()
        if self.threads:
            import torch
            torch.set_num_threads(self.threads)
        self._check_models(stanza)
        kwargs = dict(lang=self.lang, processors=self.processors, use_gpu=self.use_gpu,
                      download_method=None, logging_level="WARN", **self.options)
        if self.model_dir:
            kwargs["dir"] = self.model_dir
        if not self._lang_listed(stanza):
            # A model_dir of one's own (resources.json `{}` and explicit *_model_path options):
            # without this stanza drops every processor that has no model path (a pretokenized
            # tokenizer, an identity lemmatizer). _check_models has vetted each processor.
            kwargs.setdefault("allow_unknown_language", True)
        try:
            return stanza.Pipeline(**kwargs)
        except (FileNotFoundError, OSError, ValueError, KeyError) as exc:
            raise ModelNotFoundError(f"stanza models not found ({exc}); {DOWNLOAD_HINT}") from exc
        except Exception as exc:
            if "resources" in str(exc).lower() or "not found" in str(exc).lower():
                raise ModelNotFoundError(f"stanza models not found ({exc}); {DOWNLOAD_HINT}") from exc
            raise EngineError(f"stanza failed to start: {exc}") from exc

    def _check_models(self, stanza: Any) -> None:
        """Fail early, without network, when a processor has neither a model path nor a model."""
        root = self._root(stanza)
        if not (root / "resources.json").is_file():
            raise ModelNotFoundError(f"no stanza resources.json in {root}; {DOWNLOAD_HINT}")
        for proc in self.processors.split(","):
            path = self.options.get(f"{proc}_model_path")
            if path and not Path(path).is_file():
                raise ModelNotFoundError(f"stanza {proc} model {path} does not exist; {DOWNLOAD_HINT}")
            if not path and not self._optional(proc) and not (root / self.lang / proc).is_dir():
                raise ModelNotFoundError(f"no stanza {proc} model under {root / self.lang}; {DOWNLOAD_HINT}")

    def _optional(self, proc: str) -> bool:
        """Processors that run without a model file: mwt, a pretokenized tokenizer, identity lemmas."""
        return proc == "mwt" or (proc == "tokenize" and bool(self.options.get("tokenize_pretokenized"))) \
            or (proc == "lemma" and self.options.get("lemma_use_identity") in (True, "True"))

    def _root(self, stanza: Any) -> Path:
        return Path(self.model_dir or stanza.resources.common.DEFAULT_MODEL_DIR).expanduser()

    def _lang_listed(self, stanza: Any) -> bool:
        """Whether resources.json lists ``lang`` (unreadable files are left to stanza to report)."""
        try:
            resources = json.loads((self._root(stanza) / "resources.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return True
        return not isinstance(resources, dict) or self.lang in resources

    def parse(self, text: str) -> list[ParsedSentence]:
        if not text.strip():
            return []
        return doc_to_sentences(self.pipeline(text))

    def parse_many(self, texts: Iterable[str]) -> Iterator[list[ParsedSentence]]:
        stanza = _import_stanza()
        texts = list(texts)
        live = [i for i, t in enumerate(texts) if t.strip()]
        docs = self.pipeline([stanza.Document([], text=texts[i]) for i in live]) if live else []
        parsed = dict(zip(live, (doc_to_sentences(d) for d in docs)))
        for i in range(len(texts)):
            yield parsed.get(i, [])


def _import_stanza() -> Any:
    try:
        import stanza
    except ImportError as exc:
        raise EngineError(INSTALL_HINT) from exc
    return stanza


def download_models(*, model_dir: str | Path | None = None, lang: str = "en") -> str:
    """Fetch stanza's official models for ``lang`` (the only place that touches the network)."""
    stanza = _import_stanza()
    kwargs = {"processors": PROCESSORS}
    if model_dir:
        kwargs["model_dir"] = str(model_dir)
    try:
        stanza.download(lang, **kwargs)
    except Exception as exc:
        raise EngineError(f"stanza download failed: {exc}; check the network and try again") from exc
    return str(model_dir or getattr(stanza.resources.common, "DEFAULT_MODEL_DIR", "~/stanza_resources"))


def doc_to_sentences(doc: Any) -> list[ParsedSentence]:
    """Map a stanza Document to ParsedSentences (the one place that knows stanza's objects)."""
    out, offset = [], 0
    for index, sent in enumerate(doc.sentences):
        tokens = _words(sent, offset)
        start = tokens[0].start if tokens and tokens[0].start >= 0 else offset
        text = sent.text or " ".join(t.text for t in tokens)
        out.append(ParsedSentence(tokens=tuple(tokens), text=text, index=index, start=start,
                                  end=start + len(text), sent_id=getattr(sent, "sent_id", None)))
        offset = start + len(text) + 1
    return out


def _words(sent: Any, offset: int) -> list[Token]:
    text, pos, out = sent.text or "", 0, []
    for tok in sent.tokens:
        start, end = _span(tok, text, pos, offset)
        pos = end - offset if end >= 0 and tok.start_char is None else pos
        for w in tok.words:
            out.append(Token(id=int(w.id), text=w.text, lemma=w.lemma or w.text, upos=w.upos or "X",
                             xpos=w.xpos or "_", feats=w.feats or "_", head=int(w.head or 0),
                             deprel=w.deprel or "dep", start=start, end=end))
    return out


def _span(tok: Any, text: str, pos: int, offset: int) -> tuple[int, int]:
    if tok.start_char is not None and tok.end_char is not None:
        return int(tok.start_char), int(tok.end_char)
    i = text.find(tok.text, pos)
    return (offset + i, offset + i + len(tok.text)) if i >= 0 else (-1, -1)
