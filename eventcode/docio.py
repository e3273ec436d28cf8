"""Reading documents from files and writing event tables (used by the CLI)."""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from eventcode.errors import InputError

__all__ = ["ENCODING_ERRORS", "check_utf8", "read_documents"]

ENCODING_ERRORS = ("strict", "replace")
Triple = tuple[Any, Any, Any]


def read_documents(source: str, *, id_col: str = "id", text_col: str = "text", date_col: str = "date",
                   encoding_errors: str = "strict") -> Iterator[Triple]:
    """(id, text, date) from a .txt file (one document), .jsonl/.csv/.parquet, or '-' (stdin).

    What can be checked before coding is checked here and raises ``InputError``: a missing or
    unreadable file, a missing text column, an unreadable parquet footer and, with
    ``encoding_errors="strict"``, invalid UTF-8 (file and line); ``"replace"`` decodes it to
    U+FFFD instead. A .jsonl line that is not JSON becomes a per-document error.
    """
    if encoding_errors not in ENCODING_ERRORS:
        raise InputError(f"encoding_errors must be one of {', '.join(ENCODING_ERRORS)}, not {encoding_errors!r}")
    if source == "-":
        return iter([("stdin", _decode(_stdin_bytes(), "stdin", encoding_errors), None)])
    path = Path(source)
    if not path.is_file():
        raise InputError(f"input file '{source}' does not exist or is not a file")
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return _parquet(path, id_col, text_col, date_col)
    if encoding_errors == "strict" and suffix in (".jsonl", ".csv"):
        check_utf8(path)
    if suffix == ".jsonl":
        return _jsonl(path, id_col, text_col, date_col, encoding_errors)
    if suffix == ".csv":
        return _csv(path, id_col, text_col, date_col, encoding_errors)
    return iter([(path.stem, _decode(_read_bytes(path), str(path), encoding_errors), None)])


def check_utf8(path: Path, block: int = 1 << 20) -> None:
    """``InputError`` naming file, line and byte when ``path`` is not valid UTF-8."""
    decoder, lines = codecs.getincrementaldecoder("utf-8")(), 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(block):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    raise _utf8_error(str(path), exc, lines) from None
                lines += chunk.count(b"\n")
            decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise _utf8_error(str(path), exc, lines) from None
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror or exc}") from exc


def _utf8_error(label: str, exc: UnicodeDecodeError, lines_before: int) -> InputError:
    line = lines_before + exc.object[: exc.start].count(b"\n") + 1
    bad = exc.object[exc.start: exc.start + 1].hex()
    return InputError(f"{label}:{line}: not valid UTF-8 (byte 0x{bad}: {exc.reason}); fix the file "
                      "or pass --encoding-errors replace to decode bad bytes as U+FFFD")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror or exc}") from exc


def _stdin_bytes() -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8", "surrogateescape")


def _decode(data: bytes, label: str, errors: str) -> str:
    try:
        return data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as exc:
        raise _utf8_error(label, exc, 0) from None


def _jsonl(path: Path, id_col: str, text_col: str, date_col: str, errors: str) -> Iterator[Triple]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.decode("utf-8", errors=errors)
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except (ValueError, RecursionError) as exc:
                yield f"{path.name}:{n}", InputError(f"line {n} is not JSON ({exc})"), None
                continue
            if not isinstance(doc, dict):
                doc = {text_col: doc}
            doc_id = doc.get(id_col)
            yield (f"{path.name}:{n}" if doc_id is None else doc_id), doc.get(text_col), doc.get(date_col)


def _csv(path: Path, id_col: str, text_col: str, date_col: str, errors: str) -> Iterator[Triple]:
    try:
        columns = pd.read_csv(path, nrows=0, encoding_errors=errors).columns
    except (ValueError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(f"{path}: not a readable CSV file ({exc})") from exc
    _require_text(path, columns, text_col)
    chunks = pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=10_000, encoding_errors=errors)
    return _rows(path, _guarded(path, chunks), id_col, text_col, date_col)


def _parquet(path: Path, id_col: str, text_col: str, date_col: str) -> Iterator[Triple]:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError("reading .parquet needs pyarrow: pip install 'eventcode[parquet]'") from exc
    try:
        columns = pq.ParquetFile(path).schema_arrow.names
    except Exception as exc:  # pyarrow raises several kinds for a bad file
        raise InputError(f"{path}: not a readable parquet file ({exc}); is it truncated?") from exc
    _require_text(path, columns, text_col)
    return _rows(path, _guarded(path, _parquet_chunks(path)), id_col, text_col, date_col)


def _parquet_chunks(path: Path, rows: int = 10_000) -> Iterator[pd.DataFrame]:
    import pyarrow.parquet as pq

    offset = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=rows):
        df = batch.to_pandas()
        df.index = range(offset, offset + len(df))
        offset += len(df)
        yield df


def _guarded(path: Path, chunks: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """Chunks of a table file; a read error part-way through becomes ``InputError``."""
    try:
        yield from chunks
    except (OSError, ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise InputError(f"{path}: reading stopped part-way through ({exc})") from exc


def _require_text(path: Path, columns: Any, text_col: str) -> None:
    if text_col not in list(columns):
        raise InputError(f"{path}: no '{text_col}' column (have {list(columns)}); pass --text-col")


def _rows(path: Path, chunks: Iterator[pd.DataFrame], id_col: str, text_col: str,
          date_col: str) -> Iterator[Triple]:
    for df in chunks:
        ids = df[id_col].tolist() if id_col in df.columns else [f"{path.name}:{k}" for k in df.index]
        dates = df[date_col].tolist() if date_col in df.columns else [None] * len(df)
        yield from zip(ids, df[text_col].tolist(), dates)
