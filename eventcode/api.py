"""The public entry points: ``Coder``, ``code`` and ``code_corpus``."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs
import pandas as pd

from eventcode.accounting import Tally, check_ids
from eventcode.coding import DocumentCoder
from eventcode.coding.dates import parse_date
from eventcode.dictionaries import Dictionaries, load_dictionaries
from eventcode.engines import Engine, get_engine
from eventcode.errors import EventcodeError, InputError
from eventcode.export import events_to_frame
from eventcode.records import Event, ParsedSentence
from eventcode.textprep import Limits, clean_id, is_missing, prepare_text

__all__ = ["Coder", "DocResult", "Limits", "code", "code_corpus", "iter_corpus", "iter_documents"]

log = logging.getLogger(__name__)
MAX_DOC_CHARS = Limits().max_doc_chars
DATE_RANGE = (dt.date(1800, 1, 1), dt.date(2200, 12, 31))  # outside: a placeholder, not a date


PARSE_BATCH = 32  # documents parsed together by engine.parse_many


@attrs.frozen
class _Admitted:
    """A document that passed the checks and waits for its parse."""

    doc_id: str | None
    text: str
    date: Any
    warnings: tuple[str, ...]


@attrs.frozen
class DocResult:
    """What coding one document gave: its events, or the reason it was skipped.

    ``warnings`` say what was changed to code it (text cut, bad date dropped, ...).
    """

    doc_id: str | None
    events: tuple[Event, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()


class Coder:
    """Codes text into events with one set of dictionaries and one engine.

    ``limits`` bound the work one document may cause and ``strip_html`` removes tags and
    decodes entities first (see docs/reliability.md); ``max_doc_chars`` overrides ``limits``.

    >>> coder = Coder()                                   # doctest: +SKIP
    >>> coder.code("Turkish troops shelled Kurdish positions.", date="2019-10-10")  # doctest: +SKIP
    """

    def __init__(self, *, dictionaries: Dictionaries | None = None, engine: str | Engine = "fast",
                 places: bool = True, max_doc_chars: int | None = None,
                 limits: Limits | None = None, strip_html: bool = True) -> None:
        self.limits = _limits(limits, max_doc_chars)
        self.max_doc_chars = self.limits.max_doc_chars
        self.strip_html = strip_html
        self.dictionaries = _dictionaries(dictionaries)
        fast = isinstance(engine, str) and engine == "fast"
        options = {"max_sentence_tokens": self.limits.max_sentence_tokens} if fast else {}
        self.engine = get_engine(engine, **options)
        self._coder = DocumentCoder(self.dictionaries.verbs, self.dictionaries.codebook,
                                    _actor_resolver(self.dictionaries.actors),
                                    _place_resolver() if places else None)

    def code(self, text: str, *, date: Any = None, doc_id: str | None = None) -> list[Event]:
        """Events of one document. ``date`` (ISO string or date) dates roles and "yesterday"."""
        if not isinstance(text, str):
            raise InputError(f"text must be a str, not {type(text).__name__}; use code_corpus for tables")
        when, notes = document_date(date)
        if notes:
            raise InputError(f"date {_short(date)} is not an ISO date (YYYY-MM-DD) in 1800-2200")
        prepared = self._prepare(text)
        if prepared.text is None:
            return []
        sentences, more = self._parse(prepared.text)
        for note in (*prepared.warnings, *more):
            log.warning("document %s: %s", doc_id, note)
        return self.code_parsed(sentences, date=when, doc_id=doc_id)

    def warm(self) -> Coder:
        """Load every lazy model now (parser, lemmas, gazetteer): before forking workers, so
        they share the memory, or before timing."""
        self.code_parsed(self.engine.parse("Turkish troops shelled Syrian army positions in Idlib."))
        return self

    def code_parsed(self, sentences: Sequence[ParsedSentence], *, date: Any = None,
                    doc_id: str | None = None) -> list[Event]:
        """Events of a document that is already parsed (from any engine)."""
        return self._coder.code(sentences, date=parse_date(date), doc_id=doc_id)

    def code_documents(self, docs: Iterable[tuple[Any, Any, Any]]) -> Iterator[DocResult]:
        """(id, text, date) triples -> one ``DocResult`` each, in order; bad rows are reported, not raised.

        Documents are parsed a few dozen at a time (``engine.parse_many``), which is faster."""
        it = iter(docs)
        while chunk := list(itertools.islice(it, PARSE_BATCH)):
            yield from self._code_chunk(chunk)

    def _code_chunk(self, chunk: list[tuple[Any, Any, Any]]) -> list[DocResult]:
        admitted = [self._admit(*doc) for doc in chunk]
        texts = [a.text for a in admitted if isinstance(a, _Admitted)]
        try:
            parses = iter(list(self.engine.parse_many(texts)))
        except Exception:  # noqa: BLE001 - fall back to one document at a time
            parses = None
        return [a if isinstance(a, DocResult) else self._finish(a, parses) for a in admitted]

    def _admit(self, doc_id: Any, text: Any, date: Any) -> _Admitted | DocResult:
        did = clean_id(doc_id)
        if isinstance(text, EventcodeError):  # a reader's report on a document it could not read
            return DocResult(did, error=str(text))
        prepared = self._prepare(text)
        when, date_notes = document_date(date)
        notes = prepared.warnings + date_notes
        if prepared.text is None:
            return DocResult(did, error=prepared.error, warnings=notes)
        return _Admitted(did, prepared.text, when, notes)

    def _finish(self, doc: _Admitted, parses: Iterator[list[ParsedSentence]] | None) -> DocResult:
        try:
            sentences, more = self._parse(doc.text, next(parses) if parses is not None else None)
            events = self.code_parsed(sentences, date=doc.date, doc_id=doc.doc_id)
        except Exception as exc:  # noqa: BLE001 - one bad document must not end a batch
            return DocResult(doc.doc_id, error=f"{type(exc).__name__}: {exc}", warnings=doc.warnings)
        return DocResult(doc.doc_id, tuple(events), warnings=doc.warnings + more)

    def _prepare(self, text: Any) -> Any:
        parsed = getattr(self.engine, "name", None) == "conllu"  # a parse: never cut it
        return prepare_text(text, self.limits, strip_html=self.strip_html, parsed_input=parsed)

    def _parse(self, text: str, parsed: list[ParsedSentence] | None = None
               ) -> tuple[list[ParsedSentence], tuple[str, ...]]:
        """Sentences of ``text``; any longer than ``max_sentence_tokens`` are left out, with a note."""
        sentences = parsed if parsed is not None else self.engine.parse(text)
        limit = self.limits.max_sentence_tokens
        kept = [s for s in sentences if len(s.tokens) <= limit]
        if len(kept) == len(sentences):
            return sentences, ()
        return kept, (f"{len(sentences) - len(kept)} sentences longer than {limit} tokens left out",)


def _dictionaries(dictionaries: Dictionaries | None) -> Dictionaries:
    if dictionaries is not None and not isinstance(dictionaries, Dictionaries):
        raise InputError(f"dictionaries must come from load_dictionaries(), not {type(dictionaries).__name__}")
    return dictionaries or default_dictionaries()


def _limits(limits: Limits | None, max_doc_chars: int | None) -> Limits:
    if limits is not None and not isinstance(limits, Limits):
        raise InputError(f"limits must be an eventcode.Limits, not {type(limits).__name__}")
    limits = limits or Limits()
    return limits if max_doc_chars is None else attrs.evolve(limits, max_doc_chars=max_doc_chars)


def _short(value: Any, width: int = 40) -> str:
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 - an object that cannot describe itself
        text = f"<{type(value).__name__}>"
    return text if len(text) <= width else text[: width - 3] + "..."


def document_date(value: Any) -> tuple[dt.date | None, tuple[str, ...]]:
    """The document date, or None and a note saying why the given value was not used."""
    if is_missing(value) or (isinstance(value, str) and not value.strip()):
        return None, ()
    try:
        when = parse_date(value)
    except Exception:  # noqa: BLE001 - odd objects in a date column
        when = None
    if when is None or not DATE_RANGE[0] <= when <= DATE_RANGE[1]:
        note = f"date {_short(value)} is not an ISO date (YYYY-MM-DD) in 1800-2200; coded without a date"
        return None, (note,)
    return when, ()


@functools.lru_cache(maxsize=1)
def default_dictionaries() -> Dictionaries:
    """The shipped dictionaries, loaded once per process."""
    return load_dictionaries()


@functools.lru_cache(maxsize=1)
def _default_coder() -> Coder:
    return Coder()


def _actor_resolver(actors: Any) -> Any:
    from eventcode.actors import ActorResolver

    return ActorResolver(actors)


def _place_resolver() -> Any:
    from eventcode.places import PlaceResolver

    return PlaceResolver.default()


def code(text: str, *, date: Any = None, doc_id: str | None = None) -> list[Event]:
    """Code one document with a cached default ``Coder``."""
    return _default_coder().code(text, date=date, doc_id=doc_id)


def iter_documents(docs: Any, *, id_col: str = "id", text_col: str = "text",
                   date_col: str = "date") -> Iterator[tuple[Any, Any, Any]]:
    """(id, text, date) triples from a DataFrame, a Series, a list of dicts, or a list of strings.

    Unusable ``docs`` or columns raise ``InputError`` here, before any document is read.
    """
    if isinstance(docs, pd.DataFrame):
        _require_columns(docs, text_col, id_col, date_col)
        ids = docs[id_col].tolist() if id_col in docs.columns else range(len(docs))
        dates = docs[date_col].tolist() if date_col in docs.columns else [None] * len(docs)
        return zip(ids, docs[text_col].tolist(), dates)
    if isinstance(docs, pd.Series):
        return zip(docs.index.tolist(), docs.tolist(), [None] * len(docs))
    if isinstance(docs, (str, bytes, dict)) or not isinstance(docs, Iterable):
        raise InputError(f"docs must be a DataFrame, a Series or an iterable of texts or dicts, not "
                         f"{type(docs).__name__}; use code() for one text")
    return _items(docs, id_col, text_col, date_col)


def _items(docs: Iterable[Any], id_col: str, text_col: str, date_col: str) -> Iterator[tuple[Any, Any, Any]]:
    for i, doc in enumerate(docs):
        if isinstance(doc, dict):
            yield doc.get(id_col, i), doc.get(text_col), doc.get(date_col)
        else:
            yield i, doc, None


def _require_columns(df: pd.DataFrame, text_col: str, id_col: str, date_col: str) -> None:
    if text_col not in df.columns:
        raise InputError(f"no '{text_col}' column (have {list(df.columns)}); pass text_col= to name it")
    for name, default in ((id_col, "id"), (date_col, "date")):
        if name != default and name not in df.columns:
            raise InputError(f"no '{name}' column (have {list(df.columns)})")
    for name in (text_col, id_col, date_col):
        if name in df.columns and isinstance(df[name], pd.DataFrame):
            raise InputError(f"'{name}' names {df[name].shape[1]} columns; give each column its own name")


def _check_batch(n_jobs: Any, chunksize: Any, coder: Any) -> None:
    if n_jobs is not None and (isinstance(n_jobs, bool) or not isinstance(n_jobs, int)):
        raise InputError(f"n_jobs must be a whole number or None (all cores), not {n_jobs!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise InputError(f"chunksize must be a whole number of at least 1, not {chunksize!r}")
    if coder is not None and not isinstance(coder, Coder):
        raise InputError(f"coder must be an eventcode.Coder, not {type(coder).__name__}")


def iter_corpus(docs: Any, *, id_col: str = "id", text_col: str = "text", date_col: str = "date",
                coder: Coder | None = None, n_jobs: int | None = 1,
                chunksize: int = 16) -> Iterator[DocResult]:
    """Stream ``DocResult``s (events or the reason a document was skipped), in input order.

    ``docs`` may be any iterable (a generator over a huge file is fine); ``n_jobs`` processes
    (None or -1: all cores) each load the dictionaries once. Wrong arguments raise
    ``InputError`` at once; documents without an id get their position (``#17``), and a
    repeated id gets a warning.
    """
    from eventcode.batch import code_stream  # batch builds on this module

    _check_batch(n_jobs, chunksize, coder)
    triples = iter_documents(docs, id_col=id_col, text_col=text_col, date_col=date_col)
    return check_ids(code_stream(triples, coder=coder or _default_coder(), n_jobs=n_jobs,
                                 chunksize=chunksize))


def code_corpus(docs: Any, *, id_col: str = "id", text_col: str = "text", date_col: str = "date",
                coder: Coder | None = None, n_jobs: int | None = 1, chunksize: int = 16) -> pd.DataFrame:
    """Code a table of documents: one row per event, columns as in ``eventcode.COLUMNS``.

    Documents that cannot be coded are listed in ``result.attrs["errors"]`` (doc_id, reason),
    what was changed to code others in ``attrs["warnings"]`` (doc_id, warning), and
    ``attrs["counts"]`` accounts for every document (coded + no_event + skipped = documents).
    """
    events, errors, warnings, tally = [], [], [], Tally()
    for result in iter_corpus(docs, id_col=id_col, text_col=text_col, date_col=date_col,
                              coder=coder, n_jobs=n_jobs, chunksize=chunksize):
        tally.add(result)
        events.extend(result.events)
        if result.error:
            errors.append({"doc_id": result.doc_id, "error": result.error})
        warnings.extend({"doc_id": result.doc_id, "warning": w} for w in result.warnings)
    df = events_to_frame(events)
    df.attrs.update(errors=errors, warnings=warnings, counts=tally.as_dict())
    return df
