"""Build docs/images/*.png for docs/gallery.md, and the shipped world outlines.

Run from the repository root (dev-time only):

    .venv/bin/python scripts/make_gallery.py                # docs/images/*.png
    .venv/bin/python scripts/make_gallery.py outlines WHEEL # dictionaries/geo/countries_110m.geojson.gz

The gallery codes examples/news.jsonl and examples/syria.txt with the default engine. When
the engine cannot run (its model files are missing), it falls back to a hand-made frame of
plausible events and says so on stderr and in the figures' titles.

``outlines`` reads Natural Earth's 1:110m admin-0 countries (public domain) from the copy that
geopandas 0.14.4's wheel ships (``pip download --no-deps geopandas==0.14.4``), with a small
stdlib shapefile reader, rounds coordinates to 0.01 degree and writes gzipped GeoJSON.
"""

from __future__ import annotations

import argparse
import gzip
import json
import struct
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

IMAGES = ROOT / "docs" / "images"
OUTLINES = ROOT / "dictionaries" / "geo" / "countries_110m.geojson.gz"
NE_BASE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
ISO_FIXES = {"Kosovo": "XKX"}  # Natural Earth has -99; the gazetteer uses GeoNames' XKX
DPI = 100


# --- gallery ---------------------------------------------------------------------------------

def coded_events():
    """(frame, True) from the default engine on the examples, or (hand-made frame, False)."""
    import pandas as pd

    import eventcode
    from eventcode.errors import EventcodeError

    docs = [json.loads(line) for line in (ROOT / "examples" / "news.jsonl").open(encoding="utf-8")]
    docs.append({"id": "syria", "date": "2020-02-10",
                 "text": (ROOT / "examples" / "syria.txt").read_text(encoding="utf-8")})
    try:
        eventcode.Coder().code("Turkish troops shelled Kurdish positions.")
    except EventcodeError as exc:
        sys.stderr.write(f"default engine unavailable ({exc}); using the hand-made frame\n")
        return handmade_events(), False
    return eventcode.code_corpus(pd.DataFrame(docs)), True


def handmade_events():
    """A small frame in the export schema, built by hand from examples/ (not coded)."""
    import pandas as pd

    from eventcode.export import COLUMNS, EXTRA_COLUMNS

    rows = [_row(*spec) for spec in _HANDMADE]
    return pd.DataFrame(rows, columns=[*COLUMNS, *EXTRA_COLUMNS, "_count"])


_SENT = {
    "seize": "Syrian government forces seized three towns in Aleppo province on Sunday.",
    "bomb": "Russian warplanes bombed villages near Maarat al-Numan in Idlib province.",
    "shell": "Turkish troops shelled Syrian army positions near Saraqeb.",
    "talks": "Turkey and Russia will hold talks in Moscow next week.",
    "warn": "President Tayyip Erdogan warned Damascus that Turkey would strike Syrian forces.",
    "arrest": "Police arrested dozens of protesters in Khartoum on Saturday, witnesses said.",
    "meet": "Erdogan met Putin in Moscow to discuss a ceasefire in Idlib.",
    "aid": "The United Nations sent aid convoys to displaced families near Idlib.",
}
_PLACES = {"Aleppo": ("SYR", 36.20, 37.16), "Maarat al-Numan": ("SYR", 35.65, 36.67),
           "Saraqeb": ("SYR", 35.86, 36.80), "Moscow": ("RUS", 55.75, 37.62),
           "Ankara": ("TUR", 39.92, 32.85), "Khartoum": ("SDN", 15.55, 32.53),
           "Idlib": ("SYR", 35.93, 36.63)}
# (days after 2020-02-01, source, code, target, sentence key, trigger, pattern, place, count)
_HANDMADE = [
    (1, "SYRMIL", "192", "SYRREB", "seize", "seized", "19.seize.town", "Aleppo", 3),
    (2, "RUSMIL", "195", "SYRCVL", "bomb", "bombed", "19.bomb", "Maarat al-Numan", 4),
    (5, "TURMIL", "194", "SYRMIL", "shell", "shelled", "19.shell", "Saraqeb", 5),
    (8, "TURGOV", "111", "SYRGOV", "warn", "warned", "11.warn", "Ankara", 2),
    (9, "TURGOV", "138", "SYRMIL", "warn", "would strike", "13.threaten.attack", "Ankara", 2),
    (12, "TURGOV", "036", "RUSGOV", "talks", "hold talks", "03.intend.meet", "Moscow", 3),
    (16, "TURGOV", "042", "RUSGOV", "meet", "met", "04.meet", "Moscow", 2),
    (19, "SYRMIL", "192", "SYRREB", "seize", "seized", "19.seize.town", "Idlib", 3),
    (22, "RUSMIL", "195", "SYRREB", "bomb", "bombed", "19.bomb", "Idlib", 4),
    (26, "IGOUNO", "073", "SYRREF", "aid", "sent aid", "07.provide.aid", "Idlib", 2),
    (30, "SDNCOP", "173", "SDNOPP", "arrest", "arrested", "17.arrest", "Khartoum", 2),
    (34, "TURMIL", "194", "SYRMIL", "shell", "shelled", "19.shell", "Saraqeb", 3),
    (40, "TURGOV", "036", "RUSGOV", "talks", "hold talks", "03.intend.meet", "Moscow", 2),
    (45, "SYRMIL", "192", "SYRREB", "seize", "seized", "19.seize.town", "Aleppo", 2),
]


def _row(day, src, code, tgt, key, trigger, pattern, place, count):
    import datetime as dt

    from eventcode.codebook import default_codebook

    info = default_codebook().info(code)
    country, lat, lon = _PLACES[place]
    date = (dt.date(2020, 2, 1) + dt.timedelta(days=day)).isoformat()
    return {"doc_id": f"hand{day}", "sentence_id": 0, "date": date, "source_code": src,
            "source_country": src[:3], "event_code": code, "event_root": code[:2],
            "quad_class": info.quad_class, "goldstein": info.goldstein, "target_code": tgt,
            "target_country": tgt[:3], "location_name": place, "location_country": country,
            "latitude": lat, "longitude": lon, "trigger": trigger, "pattern_id": pattern,
            "sentence": _SENT[key], "source_match": "exact", "target_match": "agent",
            "_count": count}


def expand(df):
    """Repeat hand-made rows ``_count`` times (coded frames have no such column)."""
    if "_count" not in df.columns:
        return df
    return df.loc[df.index.repeat(df["_count"])].drop(columns="_count").reset_index(drop=True)


def make_gallery() -> None:
    import matplotlib

    matplotlib.use("Agg")
    from eventcode import plot

    df, real = coded_events()
    df = expand(df)
    IMAGES.mkdir(parents=True, exist_ok=True)
    figures = {
        "timeline_quad.png": plot.timeline(df, by="quad_class", freq="D"),
        "timeline_root_goldstein.png": plot.timeline(df, by="event_root", freq="D", weight="goldstein"),
        "dyads.png": plot.dyads(df, top=12),
        "places.png": plot.places(df),
    }
    for name, fig in figures.items():
        if not real:
            fig.suptitle("hand-made example, not coded", fontsize=9, color="0.4")
        fig.savefig(IMAGES / name, dpi=DPI)
        sys.stderr.write(f"wrote {IMAGES / name} ({(IMAGES / name).stat().st_size // 1024} KB)\n")
    source = "coded by the default engine" if real else "hand-made"
    sys.stderr.write(f"{len(df)} events ({source})\n")
    report_screenshot(df)


def report_screenshot(df, width: int = 1100, height: int = 1500) -> None:
    """docs/images/report.png: the top of the HTML report as headless Chromium shows it (if installed)."""
    import shutil
    import subprocess
    import tempfile

    from PIL import Image

    from eventcode.report import write_report

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.stderr.write("no Chromium: docs/images/report.png left as it is\n")
        return
    with tempfile.TemporaryDirectory() as tmp:
        page, shot = write_report(df, Path(tmp) / "report.html", sample=8), Path(tmp) / "shot.png"
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--window-size={width},{height}", f"--screenshot={shot}", page.as_uri()],
                       capture_output=True, timeout=120, check=False)
        image = Image.open(shot).convert("RGB").quantize(colors=128)
        image.save(IMAGES / "report.png", optimize=True)
    sys.stderr.write(f"wrote {IMAGES / 'report.png'} ({(IMAGES / 'report.png').stat().st_size // 1024} KB)\n")


# --- outlines --------------------------------------------------------------------------------

def read_dbf(data: bytes, encoding: str = "latin-1") -> list[dict[str, str]]:
    """Rows of a dBASE III table (all fields as stripped strings)."""
    n, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        fields.append((data[pos:pos + 11].split(b"\0")[0].decode(), data[pos + 16]))
        pos += 32
    rows = []
    for i in range(n):
        record, off, row = data[header_len + i * record_len + 1:], 0, {}
        for name, size in fields:
            row[name] = record[off:off + size].decode(encoding).strip()
            off += size
        rows.append(row)
    return rows


def read_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Rings of every polygon record of an ESRI shapefile (shape type 5)."""
    pos, shapes = 100, []
    while pos < len(data):
        words = struct.unpack(">i", data[pos + 4:pos + 8])[0]
        body = data[pos + 8:pos + 8 + 2 * words]
        pos += 8 + 2 * words
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = [*struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts]), n_points]
        xy = struct.unpack(f"<{2 * n_points}d", body[44 + 4 * n_parts:44 + 4 * n_parts + 16 * n_points])
        shapes.append([[(xy[2 * k], xy[2 * k + 1]) for k in range(parts[j], parts[j + 1])]
                       for j in range(n_parts)])
    return shapes


def _ring(points: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in points:
        p = [round(x, 2), round(y, 2)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def _signed_area(ring: list[list[float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def _multipolygon(rings: list[list[tuple[float, float]]]) -> list[list[list[list[float]]]]:
    """Shapefile rings (outer clockwise, holes after their outer) -> GeoJSON polygons (RFC 7946 winding)."""
    polygons: list[list[list[list[float]]]] = []
    for points in rings:
        ring = _ring(points)
        if _signed_area(ring) <= 0 or not polygons:
            polygons.append([ring[::-1]])
        else:
            polygons[-1].append(ring[::-1])
    return polygons


def make_outlines(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        rows = read_dbf(z.read(NE_BASE + ".dbf"))
        shapes = read_polygons(z.read(NE_BASE + ".shp"))
    features = []
    for row, rings in zip(rows, shapes, strict=True):
        iso = ISO_FIXES.get(row["name"], row["iso_a3"])
        geometry = {"type": "MultiPolygon", "coordinates": _multipolygon(rings)}
        features.append({"type": "Feature", "properties": {"iso_a3": iso, "name": row["name"]},
                         "geometry": geometry})
    doc = {"type": "FeatureCollection", "features": features}
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    OUTLINES.parent.mkdir(parents=True, exist_ok=True)
    OUTLINES.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    sys.stderr.write(f"wrote {OUTLINES}: {len(features)} countries, {OUTLINES.stat().st_size // 1024} KB\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    out = sub.add_parser("outlines", help="rebuild dictionaries/geo/countries_110m.geojson.gz")
    out.add_argument("wheel", help="geopandas-0.14.4-py3-none-any.whl")
    args = parser.parse_args()
    if args.command == "outlines":
        make_outlines(args.wheel)
    else:
        make_gallery()
    return 0


if __name__ == "__main__":
    sys.exit(main())
