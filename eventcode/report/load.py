"""Read an event table written by ``eventcode code`` (.csv, .jsonl, .parquet) with its types."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from eventcode.errors import InputError

__all__ = ["NUMERIC_COLUMNS", "read_events"]

NUMERIC_COLUMNS = ("sentence_id", "quad_class", "goldstein", "latitude", "longitude", "geonameid",
                   "geo_precision", "confidence", "trigger_start", "trigger_end")
SUFFIXES = (".csv", ".jsonl", ".parquet")


def read_events(path: str | Path) -> pd.DataFrame:
    """The events in ``path``; codes stay strings ("010"), numeric columns become numbers."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"events file '{path}' does not exist or is not a file")
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"events file '{path}' must end in one of {', '.join(SUFFIXES)}")
    try:
        df = _read(p, suffix)
    except (ValueError, OSError) as exc:
        raise InputError(f"cannot read events from '{path}': {exc}") from exc
    return _typed(df)


def _read(path: Path, suffix: str) -> pd.DataFrame:
    if path.stat().st_size == 0:
        return pd.DataFrame()
    if suffix == ".csv":
        return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    if suffix == ".jsonl":
        return pd.read_json(path, lines=True, dtype=False)
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise InputError("reading .parquet needs pyarrow: pip install 'eventcode[parquet]'") from exc
    return pd.read_parquet(path)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for col in NUMERIC_COLUMNS:
        if col in df.columns:
            df[col] = pd.to_numeric(df[col], errors="coerce")
    for col in ("event_code", "event_root"):
        if col in df.columns:
            df[col] = df[col].astype("string").str.replace(r"\.0$", "", regex=True).astype(object)
    return df
