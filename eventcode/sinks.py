"""Streaming event writers: append chunk by chunk, publish atomically when done."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import TracebackType

import pandas as pd

from eventcode.errors import InputError

__all__ = ["TABLE_SUFFIXES", "TableWriter"]

TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")


class TableWriter:
    """Write DataFrame chunks to .csv/.jsonl/.parquet; the file appears only on a clean close.

    >>> with TableWriter("events.csv") as w:   # doctest: +SKIP
    ...     w.write(chunk_df)
    """

    def __init__(self, target: str | Path, *, overwrite: bool = False) -> None:
        self.path = Path(target)
        self.suffix = self.path.suffix.lower()
        if self.suffix not in TABLE_SUFFIXES:
            raise InputError(f"output '{target}' must end in one of {', '.join(TABLE_SUFFIXES)}")
        if self.path.is_dir():
            raise InputError(f"output '{target}' is a folder; name a file")
        if self.path.exists() and not overwrite:
            raise InputError(f"output '{target}' exists; pass --overwrite to replace it")
        if not self.path.parent.is_dir():
            raise InputError(f"output folder '{self.path.parent}' does not exist")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        except OSError as exc:
            raise InputError(f"cannot write in '{self.path.parent}': {exc.strerror or exc}") from exc
        os.close(fd)
        self.tmp = Path(tmp)
        self.rows = 0
        self._parquet = None
        self._header_written = False

    def write(self, df: pd.DataFrame) -> None:
        """Append one chunk (all chunks must have the same columns)."""
        if self.suffix == ".csv":
            df.to_csv(self.tmp, mode="a", header=not self._header_written, index=False)
        elif self.suffix == ".jsonl":
            if len(df):
                with self.tmp.open("a", encoding="utf-8") as fh:
                    df.to_json(fh, orient="records", lines=True, force_ascii=False)
        else:
            self._write_parquet(df)
        self._header_written = True
        self.rows += len(df)

    def _write_parquet(self, df: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._parquet is None:
            self._schema = _arrow_schema(df)
            self._parquet = pq.ParquetWriter(self.tmp, self._schema)
        self._parquet.write_table(pa.Table.from_pandas(df, schema=self._schema, preserve_index=False))

    def close(self) -> None:
        """Finish the file and move it into place (with the usual permissions, not the temp's 0600)."""
        try:
            if self._parquet is not None:
                self._parquet.close()
                self._parquet = None
            os.chmod(self.tmp, 0o666 & ~_umask())
            os.replace(self.tmp, self.path)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Drop the partial file."""
        try:
            if self._parquet is not None:
                self._parquet.close()
        finally:
            self._parquet = None
            self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def _umask() -> int:
    """The process umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _arrow_schema(df: pd.DataFrame):
    """Column types from pandas dtypes; object columns are strings (codes keep leading zeros)."""
    import pyarrow as pa

    kinds = {"Int64": pa.int64(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
             "boolean": pa.bool_()}
    return pa.schema([(c, kinds.get(str(df[c].dtype), pa.string())) for c in df.columns])
