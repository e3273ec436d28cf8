"""Reading documents from files and writing event tables (used by the CLI)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from eventcode.errors import InputError

__all__ = ["read_documents"]

def read_documents(source: str, *, id_col: str = "id", text_col: str = "text",
                   date_col: str = "date") -> Iterator[tuple[Any, Any, Any]]:
    """(id, text, date) from a .txt file (one document), .jsonl/.csv/.parquet, or '-' (stdin)."""
    if source == "-":
        yield "stdin", sys.stdin.read(), None
        return
    path = Path(source)
    if not path.is_file():
        raise InputError(f"input file '{source}' does not exist or is not a file")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl(path, id_col, text_col, date_col)
    elif suffix in (".csv", ".parquet"):
        for df in _table_chunks(path, suffix):
            if text_col not in df.columns:
                raise InputError(f"{source}: no '{text_col}' column (have {list(df.columns)})")
            ids = df[id_col] if id_col in df.columns else None
            dates = df[date_col].tolist() if date_col in df.columns else [None] * len(df)
            ids = ids.tolist() if ids is not None else [f"{path.name}:{k}" for k in df.index]
            yield from zip(ids, df[text_col].tolist(), dates)
    else:
        yield path.stem, path.read_text(encoding="utf-8", errors="replace"), None


def _jsonl(path: Path, id_col: str, text_col: str, date_col: str) -> Iterator[tuple[Any, Any, Any]]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError:
                yield f"{path.name}:{n}", None, None  # reported as a per-document error
                continue
            if not isinstance(doc, dict):
                doc = {text_col: doc}
            yield doc.get(id_col, f"{path.name}:{n}"), doc.get(text_col), doc.get(date_col)


def _table_chunks(path: Path, suffix: str, rows: int = 10_000) -> Iterator[pd.DataFrame]:
    """The file in DataFrames of ``rows`` rows, so memory stays flat on any size of input."""
    if suffix == ".csv":
        yield from pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=rows)
        return
    import pyarrow.parquet as pq

    offset = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=rows):
        df = batch.to_pandas()
        df.index = range(offset, offset + len(df))
        offset += len(df)
        yield df
