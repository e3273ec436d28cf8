"""Where events happened: located events over shipped country outlines (lon/lat, no projection)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from eventcode.errors import InputError
from eventcode.plot._base import as_frame, new_axes, no_events, require
from eventcode.plot.outlines import world_rings
from eventcode.records import Event

__all__ = ["place_points", "places"]

REGIONS = ("auto", "world")
WORLD = (-180.0, 180.0, -60.0, 85.0)
MIN_SPAN = (16.0, 10.0)  # degrees of longitude, latitude shown at least (auto region)
LAND, BORDER, SEA = "#f2efe9", "#a3a3a3", "#dfeaf4"


def places(events: pd.DataFrame | Iterable[Event], *, region: str = "auto", labels: int = 8,
           ax: Any = None) -> Any:
    """Scatter map: one marker per place, area by event count, colour by mean Goldstein score.

    ``region="auto"`` zooms to the events; ``"world"`` shows the whole map. The ``labels``
    busiest places are named.
    """
    if region not in REGIONS:
        raise InputError(f"region must be one of {', '.join(REGIONS)}, not {region!r}")
    df = as_frame(events)
    fig, ax = new_axes(ax, (10, 4.6) if region == "world" else (9, 5.5))
    if df.empty:
        return no_events(fig, ax, "Event locations")
    points = place_points(df)
    if points.empty:
        return no_events(fig, ax, "Event locations", "no events with coordinates")
    _draw_outlines(ax)
    _draw_points(fig, ax, points)
    _set_extent(ax, points, region)
    _label(ax, points.head(max(0, labels)))
    ax.set_title(f"Event locations: {int(points['events'].sum())} of {len(df)} events located")
    ax.text(0.01, 0.01, "marker area \u221d events", transform=ax.transAxes, fontsize=7, color="0.35")
    return fig


def place_points(events: pd.DataFrame | Iterable[Event]) -> pd.DataFrame:
    """One row per place: name, latitude, longitude, events, goldstein (mean); busiest first."""
    df = as_frame(events)
    require(df, "latitude", "longitude", what="places")
    lat = pd.to_numeric(df["latitude"], errors="coerce")
    lon = pd.to_numeric(df["longitude"], errors="coerce")
    names = df["location_name"] if "location_name" in df.columns else pd.Series("", index=df.index)
    gold = pd.to_numeric(df["goldstein"], errors="coerce") if "goldstein" in df.columns else np.nan
    frame = pd.DataFrame({"latitude": lat.round(3), "longitude": lon.round(3),
                          "name": names.fillna("").astype(str), "goldstein": gold})
    frame = frame[frame["latitude"].between(-90, 90) & frame["longitude"].between(-180, 180)]
    grouped = frame.groupby(["latitude", "longitude", "name"], as_index=False, sort=False)
    points = grouped.agg(events=("goldstein", "size"), goldstein=("goldstein", "mean"))
    return points.sort_values(["events", "name"], ascending=[False, True], ignore_index=True)


def _draw_outlines(ax: Any) -> None:
    from matplotlib.collections import PolyCollection

    ax.add_collection(PolyCollection(world_rings(), facecolors=LAND, edgecolors=BORDER,
                                     linewidths=0.5, zorder=1), autolim=False)
    ax.set_facecolor(SEA)


def _draw_points(fig: Any, ax: Any, points: pd.DataFrame) -> None:
    sizes = 25 + 575 * points["events"] / points["events"].max()
    has_gold = points["goldstein"].notna().any()
    dots = ax.scatter(points["longitude"], points["latitude"], s=sizes, zorder=3, alpha=0.85,
                      c=points["goldstein"] if has_gold else "#c0392b", cmap="RdYlGn" if has_gold else None,
                      vmin=-10 if has_gold else None, vmax=10 if has_gold else None,
                      edgecolors="0.2", linewidths=0.6)
    if has_gold:
        fig.colorbar(dots, ax=ax, label="mean Goldstein score", shrink=0.7)


def _label(ax: Any, points: pd.DataFrame) -> None:
    """Name the places, skipping one too close to a place already named (3% of the view)."""
    import matplotlib.patheffects as pe

    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    near, named = 0.03 * math.hypot(x1 - x0, y1 - y0), []
    for row in points.itertuples():
        if not row.name or any(math.hypot(row.longitude - x, row.latitude - y) < near for x, y in named):
            continue
        named.append((row.longitude, row.latitude))
        ax.annotate(row.name, (row.longitude, row.latitude), xytext=(6, 5), textcoords="offset points",
                    fontsize=8, zorder=4, path_effects=[pe.withStroke(linewidth=2.5, foreground="white")])


def _set_extent(ax: Any, points: pd.DataFrame, region: str) -> None:
    """World: fixed limits, the axes shrinks to fit; auto: the view grows around the events' box."""
    if region == "world":
        ax.set_xlim(*WORLD[:2])
        ax.set_ylim(*WORLD[2:])
        ax.set_aspect(1.0, adjustable="box")
    else:
        x0, x1, y0, y1 = _auto_extent(points)
        ax.update_datalim([(x0, y0), (x1, y1)])
        ax.margins(0)
        ax.autoscale_view()
        ax.set_aspect(1 / max(0.2, math.cos(math.radians((y0 + y1) / 2))), adjustable="datalim")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")


def _auto_extent(points: pd.DataFrame) -> tuple[float, float, float, float]:
    """The points' box, padded and at least ``MIN_SPAN`` wide, within the world box."""
    box = []
    for col, span, (lo, hi) in (("longitude", MIN_SPAN[0], WORLD[:2]), ("latitude", MIN_SPAN[1], (-90, 90))):
        a, b = points[col].min(), points[col].max()
        half = max(span, (b - a) * 1.3) / 2
        mid = min(max((a + b) / 2, lo + half), hi - half) if 2 * half < hi - lo else (lo + hi) / 2
        box += [max(lo, mid - half), min(hi, mid + half)]
    return tuple(box)
