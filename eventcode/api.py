"""The public entry points: ``Coder``, ``code`` and ``code_corpus``."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs
import pandas as pd

from eventcode.coding import DocumentCoder
from eventcode.coding.dates import parse_date
from eventcode.dictionaries import Dictionaries, load_dictionaries
from eventcode.engines import Engine, get_engine
from eventcode.errors import InputError
from eventcode.export import events_to_frame
from eventcode.records import Event, ParsedSentence

__all__ = ["Coder", "DocResult", "code", "code_corpus", "iter_corpus", "iter_documents"]

MAX_DOC_CHARS = 2_000_000


@attrs.frozen
class DocResult:
    """What coding one document gave: its events, or the reason it was skipped."""

    doc_id: str | None
    events: tuple[Event, ...] = ()
    error: str | None = None


class Coder:
    """Codes text into events with one set of dictionaries and one engine.

    >>> coder = Coder()                                   # doctest: +SKIP
    >>> coder.code("Turkish troops shelled Kurdish positions.", date="2019-10-10")  # doctest: +SKIP
    """

    def __init__(self, *, dictionaries: Dictionaries | None = None, engine: str | Engine = "fast",
                 places: bool = True, max_doc_chars: int = MAX_DOC_CHARS) -> None:
        self.dictionaries = dictionaries or default_dictionaries()
        self.engine = get_engine(engine)
        self.max_doc_chars = max_doc_chars
        self._coder = DocumentCoder(self.dictionaries.verbs, self.dictionaries.codebook,
                                    _actor_resolver(self.dictionaries.actors),
                                    _place_resolver() if places else None)

    def code(self, text: str, *, date: Any = None, doc_id: str | None = None) -> list[Event]:
        """Events of one document. ``date`` (ISO string or date) dates roles and "yesterday"."""
        if not isinstance(text, str):
            raise InputError(f"text must be a str, not {type(text).__name__}; use code_corpus for tables")
        when = parse_date(date)
        if date is not None and when is None:
            raise InputError(f"date {date!r} is not an ISO date (YYYY-MM-DD)")
        return self.code_parsed(self.engine.parse(text[: self.max_doc_chars]), date=when, doc_id=doc_id)

    def code_parsed(self, sentences: Sequence[ParsedSentence], *, date: Any = None,
                    doc_id: str | None = None) -> list[Event]:
        """Events of a document that is already parsed (from any engine)."""
        return self._coder.code(sentences, date=parse_date(date), doc_id=doc_id)

    def code_documents(self, docs: Iterable[tuple[Any, Any, Any]]) -> Iterator[DocResult]:
        """(id, text, date) triples -> one ``DocResult`` each, in order; bad rows are reported, not raised."""
        for doc_id, text, date in docs:
            yield self._code_one(doc_id, text, date)

    def _code_one(self, doc_id: Any, text: Any, date: Any) -> DocResult:
        did = None if doc_id is None else str(doc_id)
        if not isinstance(text, str):
            return DocResult(did, error=f"text is {type(text).__name__}, not a string")
        if not text.strip():
            return DocResult(did, error="empty text")
        when = parse_date(date)
        try:
            events = self.code_parsed(self.engine.parse(text[: self.max_doc_chars]), date=when, doc_id=did)
        except Exception as exc:  # noqa: BLE001 - one bad document must not end a batch
            return DocResult(did, error=f"{type(exc).__name__}: {exc}")
        return DocResult(did, tuple(events))


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
    """(id, text, date) triples from a DataFrame, a list of dicts, or a list of strings."""
    if isinstance(docs, pd.DataFrame):
        _require_columns(docs.columns, text_col, id_col)
        ids = docs[id_col] if id_col in docs.columns else pd.Series(range(len(docs)))
        dates = docs[date_col] if date_col in docs.columns else [None] * len(docs)
        yield from zip(ids.tolist(), docs[text_col].tolist(), list(dates))
        return
    for i, doc in enumerate(docs):
        if isinstance(doc, str):
            yield i, doc, None
        elif isinstance(doc, dict):
            yield doc.get(id_col, i), doc.get(text_col), doc.get(date_col)
        else:
            yield i, doc, None


def _require_columns(columns: Any, text_col: str, id_col: str) -> None:
    if text_col not in columns:
        raise InputError(f"no '{text_col}' column (have {list(columns)}); pass text_col= to name it")


def iter_corpus(docs: Any, *, id_col: str = "id", text_col: str = "text", date_col: str = "date",
                coder: Coder | None = None, n_jobs: int | None = 1,
                chunksize: int = 64) -> Iterator[DocResult]:
    """Stream ``DocResult``s (events or the reason a document was skipped), in input order.

    ``docs`` may be any iterable (a generator over a huge file is fine); ``n_jobs`` processes
    (None or -1: all cores) each load the dictionaries once.
    """
    from eventcode.batch import code_stream  # batch builds on this module

    triples = iter_documents(docs, id_col=id_col, text_col=text_col, date_col=date_col)
    yield from code_stream(triples, coder=coder or _default_coder(), n_jobs=n_jobs, chunksize=chunksize)


def code_corpus(docs: Any, *, id_col: str = "id", text_col: str = "text", date_col: str = "date",
                coder: Coder | None = None, n_jobs: int | None = 1, chunksize: int = 64) -> pd.DataFrame:
    """Code a table of documents: one row per event, columns as in ``eventcode.COLUMNS``.

    Documents that cannot be coded are listed in ``result.attrs["errors"]`` (doc_id, reason).
    """
    events, errors = [], []
    for result in iter_corpus(docs, id_col=id_col, text_col=text_col, date_col=date_col,
                              coder=coder, n_jobs=n_jobs, chunksize=chunksize):
        events.extend(result.events)
        if result.error:
            errors.append({"doc_id": result.doc_id, "error": result.error})
    df = events_to_frame(events)
    df.attrs["errors"] = errors
    return df
