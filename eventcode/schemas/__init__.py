"""Output schemas: our events as GDELT, ACLED or PLOVER tables.

>>> df = eventcode.code_corpus(docs)                  # doctest: +SKIP
>>> eventcode.schemas.to_schema(df, "acled")          # doctest: +SKIP

The crosswalks are data files in ``eventcode/schemas/data/`` (documented in docs/schemas.md).
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from eventcode.errors import InputError
from eventcode.schemas.acled import ACLED_COLUMNS, to_acled
from eventcode.schemas.gdelt import GDELT_COLUMNS, to_gdelt
from eventcode.schemas.plover import PLOVER_COLUMNS, to_plover

__all__ = ["ACLED_COLUMNS", "GDELT_COLUMNS", "PLOVER_COLUMNS", "SCHEMAS", "to_acled", "to_gdelt",
           "to_plover", "to_schema"]

SCHEMAS = ("ours", "gdelt", "acled", "plover")


def _ours(df: pd.DataFrame) -> pd.DataFrame:
    return df


_CONVERTERS: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "ours": _ours, "gdelt": to_gdelt, "acled": to_acled, "plover": to_plover}


def to_schema(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """``code_corpus`` output (optionally deduplicated) in schema ``name`` (one of ``SCHEMAS``)."""
    if name not in _CONVERTERS:
        raise InputError(f"unknown schema '{name}'; choose one of {', '.join(SCHEMAS)}")
    return _CONVERTERS[name](df)
