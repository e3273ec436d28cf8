"""Who acts on whom: the most frequent source -> target pairs as a heat map."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from eventcode.errors import InputError
from eventcode.plot._base import as_frame, new_axes, no_events, require
from eventcode.records import Event

__all__ = ["dyad_matrix", "dyads"]


def dyads(events: pd.DataFrame | Iterable[Event], *, top: int = 20, ax: Any = None) -> Any:
    """Heat map of the ``top`` most frequent (source_code, target_code) pairs; cells show counts."""
    _check_top(top)
    df = as_frame(events)
    fig, ax = new_axes(ax, (8, 6.5))
    title = f"Most frequent source \u2192 target pairs (top {top})"
    if df.empty:
        return no_events(fig, ax, title)
    matrix = dyad_matrix(df, top=top)
    if matrix.empty:
        return no_events(fig, ax, title, "no events with both a source and a target")
    _draw(fig, ax, matrix)
    ax.set_title(title)
    return fig


def dyad_matrix(events: pd.DataFrame | Iterable[Event], *, top: int = 20) -> pd.DataFrame:
    """Sources (rows) x targets (columns) of the ``top`` pairs, busiest first; NaN where no pair."""
    _check_top(top)
    df = as_frame(events)
    require(df, "source_code", "target_code", what="dyads")
    pairs = df[["source_code", "target_code"]].replace("", np.nan).dropna()
    if pairs.empty:
        return pd.DataFrame()
    counts = pairs.value_counts(sort=False).reset_index(name="n")
    counts = counts.sort_values(["n", "source_code", "target_code"], ascending=[False, True, True]).head(top)
    matrix = counts.pivot(index="source_code", columns="target_code", values="n")
    rows = matrix.sum(axis=1).sort_values(ascending=False, kind="stable").index
    cols = matrix.sum(axis=0).sort_values(ascending=False, kind="stable").index
    return matrix.loc[rows, cols].astype(float)


def _check_top(top: int) -> None:
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise InputError(f"top must be a positive int, not {top!r}")


def _draw(fig: Any, ax: Any, matrix: pd.DataFrame) -> None:
    from matplotlib.ticker import MaxNLocator

    values = matrix.to_numpy()
    image = ax.imshow(np.ma.masked_invalid(values), cmap="YlOrRd", aspect="auto", vmin=0)
    ax.set_xticks(range(matrix.shape[1]), [str(c) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(matrix.shape[0]), [str(r) for r in matrix.index])
    ax.set_xlabel("target")
    ax.set_ylabel("source")
    ax.set_facecolor("0.96")
    _annotate(ax, values)
    bar = fig.colorbar(image, ax=ax, label="events", shrink=0.8)
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()


def _annotate(ax: Any, values: np.ndarray) -> None:
    """Write each count in its cell, white on dark cells."""
    peak = np.nanmax(values)
    for (i, j), n in np.ndenumerate(values):
        if not np.isnan(n):
            ax.text(j, i, f"{n:.0f}", ha="center", va="center", fontsize=8,
                    color="white" if n > 0.6 * peak else "black")
