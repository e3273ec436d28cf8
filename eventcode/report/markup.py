"""Small HTML builders: every text goes through ``html.escape``; figures become data URIs."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

import pandas as pd

__all__ = ["cell_text", "definition_list", "figure", "note", "page", "section", "table"]

DPI = 90
CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0 auto;
max-width:1100px;padding:1rem 1.5rem;color:#222;line-height:1.45}
h1{margin-bottom:.2rem}h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
nav a{margin-right:1rem}dl.summary{display:flex;flex-wrap:wrap;gap:.5rem 2rem}
dl.summary dt{font-size:.8rem;color:#666}dl.summary dd{margin:0;font-size:1.3rem;font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.5rem 0}
th,td{border-bottom:1px solid #e4e4e4;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f5}.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:.8rem 0}img{max-width:100%;height:auto}figcaption,.note{color:#666;font-size:.85rem}
mark{background:#ffe08a;padding:0 .1em}code{font-size:.85em;background:#f3f3f3;padding:0 .2em}
.prov{font-size:.8rem;color:#444}footer{margin-top:3rem;color:#777;font-size:.8rem}
"""


def page(title: str, body: Iterable[str]) -> str:
    """A complete HTML5 document with inline CSS; ``body`` parts are already-safe HTML."""
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


def section(anchor: str, title: str, parts: Iterable[str]) -> str:
    return f'<section id="{escape(anchor)}">\n<h2>{escape(title)}</h2>\n' + "\n".join(parts) + "\n</section>"


def note(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>'


def definition_list(items: dict[str, str], css: str = "summary") -> str:
    pairs = "".join(f"<div><dt>{escape(k)}</dt><dd>{escape(v)}</dd></div>" for k, v in items.items())
    return f'<dl class="{escape(css)}">{pairs}</dl>'


def table(columns: Sequence[str], rows: Iterable[Sequence[Any]], *, raw: Sequence[int] = (),
          numeric: Sequence[int] = ()) -> str:
    """A table; cells are escaped except those at indexes in ``raw`` (already-safe HTML)."""
    num = ' class="num"'
    head = "".join(f"<th{num if i in numeric else ''}>{escape(c)}</th>" for i, c in enumerate(columns))
    body = []
    for row in rows:
        cells = [(v if i in raw else escape(cell_text(v)), num if i in numeric else "")
                 for i, v in enumerate(row)]
        body.append("<tr>" + "".join(f"<td{css}>{v}</td>" for v, css in cells) + "</tr>")
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"


def figure(fig: Any, alt: str, caption: str = "") -> str:
    """``fig`` as an inline PNG ``<img>`` (a data URI) in a ``<figure>``."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    cap = f"<figcaption>{escape(caption)}</figcaption>" if caption else ""
    return f'<figure><img src="data:image/png;base64,{data}" alt="{escape(alt)}">{cap}</figure>'


def cell_text(value: Any) -> str:
    """Cell text: empty for None, NaN and pd.NA."""
    try:
        missing = bool(pd.isna(value))
    except (TypeError, ValueError):
        missing = False
    return "" if missing else str(value)
