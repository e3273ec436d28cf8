"""Events over time: stacked counts (or Goldstein sums) per day, week or month."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from eventcode.errors import InputError
from eventcode.plot._base import as_frame, new_axes, no_events, require
from eventcode.plot.colors import label, quad_color, root_color
from eventcode.records import Event

__all__ = ["timeline", "timeline_table"]

FREQS = {"D": "day", "W": "week", "M": "month"}
BY = {"quad_class": "quad class", "event_root": "CAMEO root"}
WEIGHTS = (None, "goldstein")


def timeline(events: pd.DataFrame | Iterable[Event], *, by: str = "quad_class", freq: str = "D",
             weight: str | None = None, ax: Any = None) -> Any:
    """Stacked bars of events per period by ``by``; ``weight="goldstein"`` sums Goldstein scores.

    With weights, conflict (negative) stacks below zero and cooperation above it.
    """
    _check(by, freq, weight)
    df = as_frame(events)
    fig, ax = new_axes(ax, (9, 4))
    title = f"{'Goldstein-weighted events' if weight else 'Events'} per {FREQS[freq]} by {BY[by]}"
    if df.empty:
        return no_events(fig, ax, title)
    table = timeline_table(df, by=by, freq=freq, weight=weight)
    if table.empty:
        return no_events(fig, ax, title, "no dated events")
    _draw(ax, table, by=by)
    ax.set_title(title)
    ax.set_ylabel("sum of Goldstein scores" if weight else "events")
    if not weight:
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    return fig


def timeline_table(events: pd.DataFrame | Iterable[Event], *, by: str = "quad_class", freq: str = "D",
                   weight: str | None = None) -> pd.DataFrame:
    """Periods (start dates) x ``by`` values: event counts or summed ``weight``; undated rows dropped."""
    _check(by, freq, weight)
    df = as_frame(events)
    require(df, "date", *([weight] if weight else []), what="timeline")
    keys = _keys(df, by)
    dates = pd.to_datetime(df["date"], errors="coerce", format="ISO8601")
    values = pd.to_numeric(df[weight], errors="coerce").fillna(0.0) if weight else pd.Series(1, index=df.index)
    frame = pd.DataFrame({"period": dates.dt.to_period(freq), "key": keys, "value": values})
    frame = frame.dropna(subset=["period", "key"])
    if frame.empty:
        return pd.DataFrame()
    table = frame.pivot_table(index="period", columns="key", values="value", aggfunc="sum", fill_value=0)
    return table.reindex(pd.period_range(table.index.min(), table.index.max(), freq=freq), fill_value=0)


def _check(by: str, freq: str, weight: str | None) -> None:
    if by not in BY:
        raise InputError(f"by must be one of {', '.join(BY)}, not {by!r}")
    if freq not in FREQS:
        raise InputError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    if weight not in WEIGHTS:
        raise InputError(f"weight must be None or 'goldstein', not {weight!r}")


def _keys(df: pd.DataFrame, by: str) -> pd.Series:
    """Quad classes as ints, roots as two-digit strings (from ``event_code`` if no ``event_root``)."""
    if by == "quad_class":
        require(df, "quad_class", what="timeline by quad_class")
        return pd.to_numeric(df["quad_class"], errors="coerce").astype("Int64")
    if "event_root" not in df.columns and "event_code" in df.columns:
        return df["event_code"].astype("string").str[:2]
    require(df, "event_root", what="timeline by event_root")
    roots = df["event_root"].astype("string").str.replace(r"\.0$", "", regex=True)
    return roots.str.zfill(2)


def _draw(ax: Any, table: pd.DataFrame, *, by: str) -> None:
    import matplotlib.dates as mdates

    starts = table.index.start_time
    x = mdates.date2num(starts.to_pydatetime())
    width = 0.85 * ((table.index.end_time - starts).days.to_numpy(float) + 1)
    color = quad_color if by == "quad_class" else root_color
    up, down = np.zeros(len(table)), np.zeros(len(table))
    for key in sorted(table.columns):
        v = table[key].to_numpy(float)
        ax.bar(x, v, width, bottom=np.where(v >= 0, up, down), align="edge", color=color(key),
               label=label(by, key), edgecolor="white", linewidth=0.3)
        up, down = up + v.clip(min=0), down + v.clip(max=0)
    if (down < 0).any():
        ax.axhline(0, color="0.3", linewidth=0.8)
    _dates_and_legend(ax, (starts[-1] - starts[0]).days)


def _dates_and_legend(ax: Any, span_days: int) -> None:
    import matplotlib.dates as mdates

    locator = _date_locator(span_days)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    handles, labels = ax.get_legend_handles_labels()
    ax.legend(handles[::-1], labels[::-1], loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)


def _date_locator(span_days: int) -> Any:
    """Ticks every day, or on days 1/8/15/22 (no two crowd at a month's end), or matplotlib's choice."""
    import matplotlib.dates as mdates

    if span_days <= 12:
        return mdates.DayLocator()
    if span_days <= 80:
        return mdates.DayLocator(bymonthday=(1, 8, 15, 22))
    return mdates.AutoDateLocator()
