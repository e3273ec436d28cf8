"""Assemble the report: summary, figures, tables and a sample of events with provenance."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

import pandas as pd

from eventcode import __version__
from eventcode.errors import InputError
from eventcode.plot import dyads, places, timeline
from eventcode.plot._base import as_frame, matplotlib_figure
from eventcode.records import Event
from eventcode.report import markup as h
from eventcode.report import tables
from eventcode.report.highlight import mark_trigger

__all__ = ["SECTIONS", "render_report", "write_report"]

SECTIONS = {"summary": "Summary", "timeline": "Events over time", "dyads": "Who acts on whom",
            "places": "Where", "actors": "Top actors", "codes": "Top event codes",
            "patterns": "Patterns that fired", "sample": "Sample events"}


def render_report(events: pd.DataFrame | Iterable[Event], *, title: str = "eventcode report",
                  top: int = 15, sample: int = 20, seed: int = 0) -> str:
    """The report as one self-contained HTML string (figures inline, no external requests)."""
    _check_counts(top=top, sample=sample)
    matplotlib_figure()  # the install hint, before any work
    df = as_frame(events)
    nav = " ".join(f'<a href="#{key}">{escape(name)}</a>' for key, name in SECTIONS.items())
    body = [f"<header><h1>{escape(title)}</h1><nav>{nav}</nav></header>", "<main>",
            h.section("summary", SECTIONS["summary"], [h.definition_list(tables.summary(df))]),
            *_figure_sections(df, top), *_table_sections(df, top),
            h.section("sample", SECTIONS["sample"], _sample(df, sample, seed)), "</main>",
            _footer()]
    return h.page(title, body)


def _footer() -> str:
    return (f"<footer>Made with eventcode {escape(__version__)}. Map outlines: Natural Earth 1:110m "
            "countries (public domain). CAMEO names: the CAMEO 1.1b3 codebook.</footer>")


def write_report(events: pd.DataFrame | Iterable[Event], path: str | Path, **options: Any) -> Path:
    """Render the report (``render_report``'s options) and write it to ``path`` atomically."""
    target = Path(path)
    if not target.parent.is_dir():
        raise InputError(f"output folder '{target.parent}' does not exist")
    text = render_report(events, **options)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, target)
    return target


def _check_counts(**counts: int) -> None:
    for name, value in counts.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InputError(f"{name} must be a positive int, not {value!r}")


def _figure_sections(df: pd.DataFrame, top: int) -> list[str]:
    freq = _freq(df)
    timelines = [_figure(timeline, df, "events over time by quad class", by="quad_class", freq=freq),
                 _figure(timeline, df, "Goldstein-weighted events over time by CAMEO root",
                         by="event_root", freq=freq, weight="goldstein")]
    return [h.section("timeline", SECTIONS["timeline"], timelines),
            h.section("dyads", SECTIONS["dyads"], [_figure(dyads, df, "source-target heat map", top=top)]),
            h.section("places", SECTIONS["places"], [_figure(places, df, "map of event locations")])]


def _freq(df: pd.DataFrame) -> str:
    """Days for up to two months of events, weeks for up to two years, else months."""
    dates = pd.to_datetime(df.get("date", pd.Series(dtype=object)), errors="coerce", format="ISO8601")
    span = (dates.max() - dates.min()).days if dates.notna().any() else 0
    return "D" if span <= 62 else "W" if span <= 730 else "M"


def _figure(plot: Any, df: pd.DataFrame, alt: str, **options: Any) -> str:
    """The plot as an inline image, or a note saying why the frame cannot give it."""
    try:
        return h.figure(plot(df, **options), alt)
    except InputError as exc:
        return h.note(f"not available: {exc}")


def _table_sections(df: pd.DataFrame, top: int) -> list[str]:
    actors, codes, patterns = (tables.top_actors(df, top), tables.top_codes(df, top),
                               tables.top_patterns(df, top))
    return [h.section("actors", SECTIONS["actors"], [_table(actors, numeric=(2, 3, 4))]),
            h.section("codes", SECTIONS["codes"], [_table(codes, numeric=(3, 4))]),
            h.section("patterns", SECTIONS["patterns"], [_table(patterns, numeric=(1,))])]


def _table(frame: pd.DataFrame, *, numeric: tuple[int, ...] = ()) -> str:
    if frame.empty:
        return h.note("no events")
    return h.table([c.replace("_", " ") for c in frame.columns], frame.itertuples(index=False),
                   numeric=numeric)


def _sample(df: pd.DataFrame, n: int, seed: int) -> list[str]:
    if df.empty:
        return [h.note("no events")]
    rows = [_sample_row(r) for r in tables.event_sample(df, n, seed=seed).to_dict("records")]
    caption = h.note(f"{len(rows)} of {len(df):,} events, drawn at random (seed {seed}); "
                     "the trigger is highlighted in its sentence.")
    return [caption, h.table(["when / where", "event", "sentence", "provenance"], rows, raw=(0, 1, 2, 3))]


def _sample_row(row: dict[str, Any]) -> list[str]:
    return [_when_where(row), _event(row), mark_trigger(_str(row, "sentence"), _str(row, "trigger")),
            _provenance(row)]


def _when_where(row: dict[str, Any]) -> str:
    doc = f"{_str(row, 'doc_id')}:{_str(row, 'sentence_id')}"
    place = ", ".join(p for p in (_str(row, "location_name"), _str(row, "location_country")) if p)
    return "<br>".join(escape(p) for p in (_str(row, "date"), doc, place) if p)


def _event(row: dict[str, Any]) -> str:
    code = _str(row, "event_code")
    book_name = _code_name(code)
    parts = [_actor(row, "source"), f"<b>{escape(code)}</b> {escape(book_name)}", _actor(row, "target")]
    return " \u2192 ".join(parts)


def _actor(row: dict[str, Any], role: str) -> str:
    code, name = _str(row, f"{role}_code"), _str(row, f"{role}_name")
    if not code:
        return "<i>none</i>"
    return f"<code>{escape(code)}</code>" + (f" ({escape(name)})" if name else "")


def _provenance(row: dict[str, Any]) -> str:
    items = [("pattern", _str(row, "pattern_id")), ("trigger", _str(row, "trigger"))]
    for role in ("source", "target"):
        entry, match = _str(row, f"{role}_entry"), _str(row, f"{role}_match")
        if entry or match:
            items.append((role, f"{entry} ({match})" if entry and match else entry or match))
    items += [(k, _str(row, k)) for k in ("modality", "confidence")]
    lines = [f"{escape(k)}: <code>{escape(v)}</code>" for k, v in items if v]
    return '<div class="prov">' + "<br>".join(lines) + "</div>"


def _code_name(code: str) -> str:
    from eventcode.codebook import default_codebook

    book = default_codebook()
    return book.name(code) if book.is_valid(code) else ""


def _str(row: dict[str, Any], key: str) -> str:
    return h.cell_text(row.get(key))
