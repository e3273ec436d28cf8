"""Shared plumbing: input frames, lazy matplotlib, new axes, the "no events" figure."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from eventcode.errors import EventcodeError, InputError
from eventcode.export import events_to_frame
from eventcode.records import Event

__all__ = ["INSTALL_HINT", "as_frame", "matplotlib_figure", "new_axes", "no_events", "require"]

INSTALL_HINT = "plots need matplotlib: pip install 'eventcode[plot]'"


def as_frame(events: pd.DataFrame | Iterable[Event]) -> pd.DataFrame:
    """``events`` as a DataFrame in the export schema (a list of ``Event`` records is converted)."""
    if isinstance(events, pd.DataFrame):
        return events
    if isinstance(events, (str, bytes)) or not isinstance(events, Iterable):
        raise InputError(f"expected a DataFrame of events or Event records, not {type(events).__name__}")
    items = list(events)
    bad = next((e for e in items if not isinstance(e, Event)), None)
    if bad is not None:
        raise InputError(f"expected Event records, got a {type(bad).__name__}")
    return events_to_frame(items)


def require(df: pd.DataFrame, *columns: str, what: str) -> None:
    """``InputError`` naming the columns ``what`` needs that ``df`` lacks."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise InputError(f"{what} needs column(s) {', '.join(missing)}; the frame has {list(df.columns)}")


def matplotlib_figure() -> Any:
    """``matplotlib.figure.Figure``, or an ``EventcodeError`` with the install hint."""
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise EventcodeError(INSTALL_HINT) from exc
    return Figure


def new_axes(ax: Any, size: tuple[float, float]) -> tuple[Any, Any]:
    """(figure, axes): ``ax`` and its figure, or a new constrained-layout figure of ``size`` inches."""
    figure_class = matplotlib_figure()
    if ax is not None:
        return ax.figure, ax
    fig = figure_class(figsize=size, layout="constrained")
    return fig, fig.add_subplot()


def no_events(fig: Any, ax: Any, title: str, message: str = "no events") -> Any:
    """Write ``message`` across an empty axes and return the figure."""
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=14, color="0.45",
            transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    return fig
