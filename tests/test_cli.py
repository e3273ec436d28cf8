"""The command line, run as a user would (subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

import eventcode

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventcode", *args], capture_output=True, text=True,
                          input=stdin, cwd=ROOT, timeout=300)


def test_cli_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and eventcode.__version__ in out.stdout


def test_cli_codes_the_bundled_example() -> None:
    out = run("code", "examples/syria.txt", "--date", "2020-02-10")
    assert out.returncode == 0, out.stderr
    lines = [l for l in out.stdout.splitlines() if "->" in l]
    assert len(lines) >= 3
    assert any("SYR" in l.split("->")[0] and "-> 19" in l for l in lines)


def test_cli_writes_csv_jsonl_and_parquet(tmp_path: Path) -> None:
    for ext in ("csv", "jsonl", "parquet"):
        target = tmp_path / f"events.{ext}"
        out = run("code", "examples/news.jsonl", "-o", str(target))
        assert out.returncode == 0, out.stderr
        df = pd.read_csv(target, dtype=str) if ext == "csv" else \
            pd.read_json(target, lines=True, dtype=False) if ext == "jsonl" else pd.read_parquet(target)
        assert list(df.columns[: len(eventcode.COLUMNS)]) == list(eventcode.COLUMNS)
        assert len(df) > 0


def test_cli_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    target.write_text("keep me")
    out = run("code", "examples/news.jsonl", "-o", str(target))
    assert out.returncode == 2 and "--overwrite" in out.stderr
    assert target.read_text() == "keep me"


def test_cli_reads_stdin() -> None:
    out = run("code", "-", "--date", "2020-02-10", stdin="Turkish troops shelled Syrian army positions.")
    assert out.returncode == 0 and "TUR" in out.stdout


def test_cli_reports_skipped_documents(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Turkey attacked Syria."}) + "\n{not json\n"
                   + json.dumps({"id": "c", "text": ""}) + "\n")
    out = run("code", str(src))
    assert out.returncode == 0
    assert "2 skipped" in out.stderr


def test_cli_missing_input_is_a_clear_error() -> None:
    out = run("code", "no/such/file.txt")
    assert out.returncode == 2 and "does not exist" in out.stderr


def test_cli_validate_shipped_dictionaries() -> None:
    out = run("validate")
    assert out.returncode == 0, out.stderr
    assert "verb patterns" in out.stdout


def test_cli_validate_broken_directory(tmp_path: Path) -> None:
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "19.yaml").write_text('root: "19"\npatterns:\n  - {id: a, code: "1999", verb: hit}\n')
    out = run("validate", str(tmp_path))
    assert out.returncode == 2 and "verbs/19.yaml:3" in out.stderr
