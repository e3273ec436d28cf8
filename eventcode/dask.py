"""Coding a Dask DataFrame of documents: one ``Coder`` per worker process, reused across
partitions (needs the ``eventcode[dask]`` extra).

>>> import dask.dataframe as dd                                     # doctest: +SKIP
>>> events = code_dataframe(dd.read_parquet("docs/"), id_col="id")  # doctest: +SKIP
>>> events.to_parquet("events/")                                    # doctest: +SKIP
"""

from __future__ import annotations

import functools
import pickle
from typing import Any

import pandas as pd

from eventcode.errors import InputError
from eventcode.export import events_to_frame

__all__ = ["code_dataframe", "code_partition", "meta"]


def meta(*, keep_errors: bool = False) -> pd.DataFrame:
    """The empty frame ``code_dataframe`` declares: our columns with their dtypes."""
    empty = events_to_frame([])
    if keep_errors:
        empty["error"] = pd.Series(dtype="object")
    return empty


def code_dataframe(ddf: Any, *, id_col: str = "id", text_col: str = "text", date_col: str = "date",
                   keep_errors: bool = False, **coder_options: Any) -> Any:
    """A Dask DataFrame of events, one row per event, rows of each partition in input order.

    ``coder_options`` go to ``eventcode.Coder`` (``engine=``, ``places=``, ``dictionaries=``)
    and must pickle. Documents that cannot be coded give no rows, unless ``keep_errors``: then
    each gives one row with its ``doc_id`` and an ``error`` column (null on event rows).
    """
    if text_col not in ddf.columns:
        raise InputError(f"no '{text_col}' column (have {list(ddf.columns)}); pass text_col= to name it")
    options = pickle.dumps(coder_options)
    return ddf.map_partitions(code_partition, id_col=id_col, text_col=text_col, date_col=date_col,
                              options=options, keep_errors=keep_errors,
                              meta=meta(keep_errors=keep_errors), align_dataframes=False)


def code_partition(pdf: pd.DataFrame, *, id_col: str, text_col: str, date_col: str,
                   options: bytes, keep_errors: bool = False) -> pd.DataFrame:
    """Code one pandas partition with this process's cached ``Coder``."""
    from eventcode.api import code_corpus

    df = code_corpus(pdf, id_col=id_col, text_col=text_col, date_col=date_col,
                     coder=worker_coder(options))
    if not keep_errors:
        df.attrs = {}
        return df
    return _with_errors(df)


def _with_errors(df: pd.DataFrame) -> pd.DataFrame:
    errors = df.attrs.get("errors", [])
    df = df.assign(error=pd.Series([None] * len(df), dtype="object", index=df.index))
    df.attrs = {}
    if not errors:
        return df
    rows = meta(keep_errors=True).reindex(range(len(errors)))
    rows = rows.astype(meta(keep_errors=True).dtypes.to_dict())
    rows["doc_id"] = [e["doc_id"] for e in errors]
    rows["error"] = [e["error"] for e in errors]
    return pd.concat([df, rows], ignore_index=True)


@functools.lru_cache(maxsize=4)
def worker_coder(options: bytes) -> Any:
    """The ``Coder`` for these (pickled) options, built once per worker process."""
    from eventcode.api import Coder

    return Coder(**pickle.loads(options))
