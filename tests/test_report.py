"""eventcode.report: one self-contained, escaped HTML file with every section."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from eventcode.cli import main
from eventcode.errors import InputError
from eventcode.export import events_to_frame
from eventcode.records import Actor, Event, Location
from eventcode.report import read_events, render_report, write_report
from eventcode.report.highlight import mark_trigger, trigger_spans
from eventcode.report.page import SECTIONS
from eventcode.report.tables import top_actors, top_codes, top_patterns

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

VOID = {"meta", "img", "br", "hr", "link", "input"}
EVIL = "<script>alert('x')</script> & \"friends\""


def _event(code: str, quad: int, gold: float, day: int, sentence: str, trigger: str,
           src: Actor | None, tgt: Actor | None) -> Event:
    return Event(code=code, source=src, target=tgt, quad_class=quad, goldstein=gold,
                 date=dt.date(2020, 2, 3) + dt.timedelta(days=day), doc_id=f"doc{day}",
                 location=Location("Saraqib", "SYR", "Idlib", 35.86, 36.80, 172374),
                 sentence=sentence, trigger=trigger, pattern_id=f"{code[:2]}.test", modality="asserted")


TURMIL = Actor("TURMIL", "Turkish military", "TUR", entry_id="countries/TUR+agents/MIL", match="composed")
SYRMIL = Actor("SYRMIL", "Syrian military", "SYR", entry_id="agents/MIL", match="agent")


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return events_to_frame([
        _event("194", 4, -10.0, 0, "Turkish troops shelled Syrian army positions.", "shelled", TURMIL, SYRMIL),
        _event("194", 4, -10.0, 1, "Turkish troops shelled Syrian army positions again.", "shelled",
               TURMIL, SYRMIL),
        _event("036", 1, 4.0, 5, "Turkey and Russia will hold talks in Moscow.", "hold talks", TURMIL, None),
        _event("111", 3, -2.0, 6, f"Ankara said {EVIL} was wrong.", "said", Actor(EVIL, EVIL), SYRMIL),
    ])


@pytest.fixture(scope="module")
def report(frame) -> str:
    """One rendering shared by the tests that only read it (rendering takes seconds)."""
    return render_report(frame, title="Syria <test>")


class Page(HTMLParser):
    """Collects tags, attributes and text; checks that elements nest and close."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unexpected </{tag}>")

    def handle_data(self, data):
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


def test_report_is_well_formed_html_with_every_section(report) -> None:
    text = report
    page = parse(text)
    assert text.startswith("<!DOCTYPE html>")
    assert page.errors == [] and page.stack == []
    assert [a["id"] for a in page.all("section")] == list(SECTIONS)
    assert "Syria <test>" in page.text  # escaped in the source, text when parsed
    assert "<title>Syria &lt;test&gt;</title>" in text
    assert len(page.all("img")) == 4  # two timelines, dyads, places


def test_report_requests_nothing_from_elsewhere(report) -> None:
    page = parse(report)
    sources = [a.get("src") or "" for t, a in page.tags if "src" in a]
    links = [a.get("href") or "" for t, a in page.tags if "href" in a]
    assert sources and all(s.startswith("data:image/png;base64,") for s in sources)
    assert links and all(h.startswith("#") for h in links)
    assert not any(t in ("script", "link", "iframe") for t, _ in page.tags)
    assert "@import" not in "".join(page.text) and "url(" not in "".join(page.text)


def test_report_escapes_every_text(report) -> None:
    text = report
    page = parse(text)
    assert "script" not in {t for t, _ in page.tags}
    assert "&lt;script&gt;" in text
    assert EVIL in "".join(page.text)  # shown as text, as written


def test_report_tables_name_codes_and_show_provenance(report) -> None:
    page = parse(report)
    text = " ".join(page.text)
    assert "fight with artillery and tanks" in text.lower()  # CAMEO name from the codebook
    assert "Express intent to meet or negotiate" in text
    assert "countries/TUR+agents/MIL (composed)" in text and "agents/MIL (agent)" in text
    assert "19.test" in text
    assert [t for t, _ in page.tags].count("mark") == 4


def test_report_of_no_events_keeps_its_sections() -> None:
    page = parse(render_report(pd.DataFrame()))
    assert [a["id"] for a in page.all("section")] == list(SECTIONS)
    assert "no events" in " ".join(page.text)


def test_report_notes_a_plot_the_frame_cannot_give(frame) -> None:
    page = parse(render_report(frame.drop(columns=["latitude", "longitude"])))
    assert len(page.all("img")) == 3
    assert any("not available" in t and "latitude" in t for t in page.text)


@pytest.mark.parametrize("option", [{"top": 0}, {"sample": -1}, {"top": "5"}])
def test_report_rejects_bad_counts(frame, option) -> None:
    with pytest.raises(InputError):
        render_report(frame, **option)


def test_write_report_writes_one_file(frame, tmp_path) -> None:
    path = write_report(frame, tmp_path / "r.html", sample=2)
    assert path.read_text(encoding="utf-8").count("<mark>") == 2
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]
    with pytest.raises(InputError):
        write_report(frame, tmp_path / "missing" / "r.html")


# --- parts -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "trigger", "marked"), [
    ("Troops shelled the town.", "shelled", "Troops <mark>shelled</mark> the town."),
    ("They will Hold  talks soon.", "hold talks", "They will <mark>Hold  talks</mark> soon."),
    ("They hold urgent talks.", "hold talks", "They <mark>hold</mark> urgent <mark>talks</mark>."),
    ("A shellfire shelled us.", "shelled", "A shellfire <mark>shelled</mark> us."),
    ("No match <here>.", "bombed", "No match &lt;here&gt;."),
    ("No trigger.", None, "No trigger."),
    ("x <b> & y", "<b>", "x <mark>&lt;b&gt;</mark> &amp; y"),
])
def test_mark_trigger(sentence, trigger, marked) -> None:
    assert mark_trigger(sentence, trigger) == marked


def test_trigger_spans_go_left_to_right() -> None:
    assert trigger_spans("talks, then hold talks", "hold talks") == [(12, 22)]


def test_top_tables(frame) -> None:
    actors = top_actors(frame)
    assert actors[["code", "name", "as_source", "as_target", "events"]].head(2).values.tolist() == \
        [["SYRMIL", "Syrian military", 0, 3, 3], ["TURMIL", "Turkish military", 3, 0, 3]]
    codes = top_codes(frame)
    assert codes.iloc[0][["code", "events", "quad_class", "goldstein"]].tolist() == \
        ["194", 2, "4 material conflict", "-10.0"]
    assert top_patterns(frame).iloc[0].tolist() == ["19.test", 2, "194", "shelled"]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_read_events_keeps_codes_as_strings(frame, tmp_path, suffix) -> None:
    pytest.importorskip("pyarrow")
    path = tmp_path / f"events{suffix}"
    {".csv": lambda p: frame.to_csv(p, index=False),
     ".jsonl": lambda p: frame.to_json(p, orient="records", lines=True),
     ".parquet": lambda p: frame.to_parquet(p)}[suffix](path)
    back = read_events(path)
    assert back["event_code"].tolist() == ["194", "194", "036", "111"]
    assert back["goldstein"].tolist() == [-10.0, -10.0, 4.0, -2.0]
    assert back["latitude"].dtype.kind == "f"


@pytest.mark.parametrize("name", ["missing.csv", "events.txt"])
def test_read_events_rejects_what_it_cannot_read(tmp_path, name) -> None:
    (tmp_path / "events.txt").write_text("x")
    with pytest.raises(InputError):
        read_events(tmp_path / name)


# --- command line ----------------------------------------------------------------------------

def test_cli_report(frame, tmp_path, capsys) -> None:
    events, out = tmp_path / "events.csv", tmp_path / "report.html"
    frame.to_csv(events, index=False)
    assert main(["report", str(events), "-o", str(out)]) == 0
    assert "events.csv" in out.read_text(encoding="utf-8")  # the default title names the input
    assert main(["report", str(events), "-o", str(out)]) == 2
    assert "--overwrite" in capsys.readouterr().err
    assert main(["report", str(events), "-o", str(out), "--overwrite", "--title", "T"]) == 0
    assert main(["report", str(events), "-o", str(tmp_path / "report.pdf")]) == 2


# --- a look, as a person would (only where Chromium is installed) -----------------------------

def test_report_renders_in_a_headless_browser(frame, tmp_path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        pytest.skip("no Chromium on this machine")
    page, shot = write_report(frame, tmp_path / "r.html"), tmp_path / "shot.png"
    try:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,2400",
                        f"--screenshot={shot}", page.resolve().as_uri()], capture_output=True, timeout=90,
                       check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"Chromium did not run: {exc}")
    if not shot.is_file():
        pytest.skip("Chromium took no screenshot")
    image = pytest.importorskip("PIL.Image").open(shot).convert("L")
    assert image.size == (1200, 2400)
    low, high = image.getextrema()
    assert high - low > 100  # not a blank page
    assert Path(page).stat().st_size > 10_000
