"""eventcode.plot: figures built from small hand-made frames (Agg backend, no display)."""

from __future__ import annotations

import datetime as dt
import io
import sys

import pandas as pd
import pytest

from eventcode import plot
from eventcode.errors import EventcodeError, InputError
from eventcode.export import events_to_frame
from eventcode.plot._base import matplotlib_figure
from eventcode.plot.outlines import outlines_path, world_rings
from eventcode.records import Actor, Event, Location

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

ALEPPO = Location("Aleppo", "SYR", "Aleppo", 36.20, 37.16, 170063)
MOSCOW = Location("Moscow", "RUS", "Moscow", 55.75, 37.62, 524901)


def _event(code: str, quad: int, gold: float, day: int, src: str | None, tgt: str | None,
           where: Location | None = ALEPPO) -> Event:
    return Event(code=code, source=Actor(src) if src else None, target=Actor(tgt) if tgt else None,
                 quad_class=quad, goldstein=gold, date=dt.date(2020, 2, 3) + dt.timedelta(days=day),
                 location=where, sentence="Turkish troops shelled Syrian positions.", trigger="shelled",
                 pattern_id="19.shell", doc_id=f"d{day}")


def events() -> list[Event]:
    return [_event("194", 4, -10.0, 0, "TURMIL", "SYRMIL"),
            _event("194", 4, -10.0, 1, "TURMIL", "SYRMIL"),
            _event("195", 4, -10.0, 8, "RUSMIL", "SYRREB"),
            _event("036", 1, 4.0, 9, "TURGOV", "RUSGOV", MOSCOW),
            _event("111", 3, -2.0, 9, "TURGOV", "SYRGOV", None),
            _event("073", 2, 7.4, 40, "IGOUNO", None)]


@pytest.fixture
def frame() -> pd.DataFrame:
    return events_to_frame(events())


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def _legend(fig) -> list[str]:
    return [t.get_text() for t in fig.axes[0].get_legend().get_texts()]


def _renders(fig) -> None:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=40)
    assert buf.getvalue().startswith(b"\x89PNG")


# --- timeline --------------------------------------------------------------------------------

def test_timeline_table_counts_quad_classes_per_week(frame) -> None:
    table = plot.timeline_table(frame, by="quad_class", freq="W")
    assert list(table.columns) == [1, 2, 3, 4]
    assert table.sum().to_dict() == {1: 1, 2: 1, 3: 1, 4: 3}
    assert len(table) == 6  # weeks of 2020-02-03 .. 2020-03-14: empty weeks kept, so time reads evenly
    assert table.iloc[0].tolist() == [0, 0, 0, 2]


def test_timeline_table_sums_goldstein_by_root(frame) -> None:
    table = plot.timeline_table(frame, by="event_root", freq="M", weight="goldstein")
    assert list(table.columns) == ["03", "07", "11", "19"]
    assert table.loc[pd.Period("2020-02", "M"), "19"] == pytest.approx(-30.0)
    assert table.loc[pd.Period("2020-03", "M"), "07"] == pytest.approx(7.4)


def test_timeline_draws_stacked_bars_with_named_legend(frame) -> None:
    fig = plot.timeline(frame, by="quad_class", freq="D")
    assert fig.axes[0].get_title() == "Events per day by quad class"
    assert _legend(fig) == ["4 material conflict", "3 verbal conflict", "2 material cooperation",
                            "1 verbal cooperation"]
    _renders(fig)


def test_timeline_by_root_uses_cameo_names_and_goes_below_zero(frame) -> None:
    fig = plot.timeline(frame, by="event_root", freq="W", weight="goldstein")
    assert "19 Fight" in _legend(fig)
    assert fig.axes[0].get_ylim()[0] < -15
    assert fig.axes[0].get_ylabel() == "sum of Goldstein scores"


def test_timeline_takes_event_records() -> None:
    fig = plot.timeline(events(), freq="M")
    assert len(fig.axes[0].patches) == 2 * 4  # two months x four quad classes


def test_timeline_derives_roots_from_codes_when_no_root_column(frame) -> None:
    table = plot.timeline_table(frame.drop(columns="event_root"), by="event_root", freq="M")
    assert "19" in table.columns


@pytest.mark.parametrize("options", [{"by": "actor"}, {"freq": "Y"}, {"weight": "confidence"}])
def test_timeline_rejects_unknown_options(frame, options) -> None:
    with pytest.raises(InputError):
        plot.timeline(frame, **options)


def test_timeline_names_a_missing_column(frame) -> None:
    with pytest.raises(InputError, match="date"):
        plot.timeline(frame.drop(columns="date"))


def test_timeline_of_undated_events_says_so(frame) -> None:
    fig = plot.timeline(frame.assign(date=None))
    assert _texts(fig) == ["no dated events"]


# --- dyads -----------------------------------------------------------------------------------

def test_dyad_matrix_keeps_the_top_pairs_busiest_first(frame) -> None:
    matrix = plot.dyad_matrix(frame, top=3)
    assert list(matrix.index) == ["TURMIL", "RUSMIL", "TURGOV"]  # ties among pairs: alphabetical
    assert matrix.loc["TURMIL", "SYRMIL"] == 2
    assert int(matrix.notna().sum().sum()) == 3
    assert "IGOUNO" not in matrix.index  # no target: not a pair


def test_dyads_heat_map_writes_counts_in_cells(frame) -> None:
    fig = plot.dyads(frame, top=20)
    ax = fig.axes[0]
    assert sorted(_texts(fig)) == ["1", "1", "1", "2"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["TURGOV", "TURMIL", "RUSMIL"]
    assert ax.get_xlabel() == "target" and ax.get_ylabel() == "source"
    _renders(fig)


@pytest.mark.parametrize("top", [0, -1, 2.5, True, "10"])
def test_dyads_rejects_a_bad_top(frame, top) -> None:
    with pytest.raises(InputError):
        plot.dyads(frame, top=top)


def test_dyads_without_pairs_says_so(frame) -> None:
    fig = plot.dyads(frame.assign(target_code=None))
    assert _texts(fig) == ["no events with both a source and a target"]


# --- places ----------------------------------------------------------------------------------

def test_place_points_count_events_per_place(frame) -> None:
    points = plot.place_points(frame)
    assert points["name"].tolist() == ["Aleppo", "Moscow"]
    assert points["events"].tolist() == [4, 1]
    assert points.loc[0, "goldstein"] == pytest.approx((-30 + 7.4) / 4)


def test_places_maps_points_over_country_outlines(frame) -> None:
    fig = plot.places(frame)
    ax = fig.axes[0]
    assert len(ax.collections) == 2  # outlines, markers
    assert ax.get_title() == "Event locations: 5 of 6 events located"
    assert {"Aleppo", "Moscow"} <= set(_texts(fig))
    x0, x1 = ax.get_xlim()
    assert x0 < 37 < x1 and x1 - x0 < 120  # zoomed to the events, not the world
    _renders(fig)


def test_places_world_region_shows_the_whole_map(frame) -> None:
    ax = plot.places(frame, region="world").axes[0]
    assert ax.get_xlim() == (-180.0, 180.0)


def test_places_rejects_an_unknown_region(frame) -> None:
    with pytest.raises(InputError):
        plot.places(frame, region="europe")


def test_places_without_coordinates_says_so(frame) -> None:
    fig = plot.places(frame.assign(latitude=None, longitude=None))
    assert _texts(fig) == ["no events with coordinates"]


def test_shipped_outlines_cover_the_world() -> None:
    rings = world_rings()
    assert len(rings) > 250
    assert all(r.shape[1] == 2 for r in rings)
    lon = pd.Series([x for r in rings for x in r[:, 0]])
    assert lon.min() == pytest.approx(-180, abs=0.5) and lon.max() == pytest.approx(180, abs=0.5)
    assert (outlines_path().parent / "ATTRIBUTION.md").is_file()


# --- shared behaviour --------------------------------------------------------------------------

@pytest.mark.parametrize("draw", [plot.timeline, plot.dyads, plot.places])
@pytest.mark.parametrize("empty", [pd.DataFrame(), events_to_frame([]), []])
def test_empty_input_gives_a_no_events_figure(draw, empty) -> None:
    fig = draw(empty)
    assert _texts(fig) == ["no events"]
    _renders(fig)


@pytest.mark.parametrize("draw", [plot.timeline, plot.dyads, plot.places])
def test_plots_draw_into_a_given_axes(frame, draw) -> None:
    from matplotlib.figure import Figure

    fig = Figure()
    ax = fig.add_subplot(1, 2, 1)
    assert draw(frame, ax=ax) is fig


@pytest.mark.parametrize("bad", ["events.csv", 42, [1, 2], [{"event_code": "190"}]])
def test_plots_reject_what_is_not_events(bad) -> None:
    with pytest.raises(InputError):
        plot.timeline(bad)


def test_missing_matplotlib_gives_the_install_hint(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(EventcodeError, match=r"eventcode\[plot\]"):
        matplotlib_figure()
