"""Hostile files: unreadable input is reported, output appears whole or not at all."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path

import pandas as pd
import pytest

from eventcode import cli, cli_code
from eventcode.docio import read_documents
from eventcode.errors import InputError
from eventcode.sinks import TableWriter

NEWS = "Israeli jets struck Hamas targets in Gaza. Police arrested protesters in Tehran."


@pytest.fixture()
def run(coder, monkeypatch, capsys):
    """``run(*argv)`` -> (exit code, stdout, stderr), with the session coder (no model reload)."""
    monkeypatch.setattr(cli_code, "Coder", lambda **_: coder)

    def call(*argv: str) -> tuple[int, str, str]:
        code = cli.main(["code", "-j", "1", *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return call


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".part")


def jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# ---------------------------------------------------------------- encodings

def test_invalid_utf8_stops_before_work_with_file_and_line(run, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "ok"}\n{"id": "c", "text": "bad \xff"}\n')
    code, _, err = run(str(src), "-o", str(tmp_path / "out.csv"))
    assert code == 2 and f"{src}:3: not valid UTF-8 (byte 0xff" in err and "--encoding-errors replace" in err
    assert not (tmp_path / "out.csv").exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".txt"])
def test_encoding_errors_replace_decodes(run, tmp_path: Path, suffix: str) -> None:
    src = tmp_path / f"in{suffix}"
    body = NEWS.replace("Gaza", "Ga\xffza")
    raw = {".jsonl": f'{{"id": "a", "text": "{body}"}}\n', ".csv": f'id,text\na,"{body}"\n', ".txt": body}[suffix]
    src.write_bytes(raw.encode("latin-1"))
    code, _, err = run(str(src))
    assert code == 2 and "not valid UTF-8" in err
    code, out, err = run(str(src), "--encoding-errors", "replace")
    assert code == 0 and "0 skipped" in err and out.count("\n") >= 1


def test_stdin_is_decoded_like_a_file(run, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"line one\n\xfe two")))
    code, _, err = run("-")
    assert code == 2 and "stdin:2: not valid UTF-8" in err
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NEWS.encode() + b"\xfe")))
    code, out, _ = run("-", "--encoding-errors", "replace")
    assert code == 0 and out


def test_bad_encoding_option_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="encoding_errors"):
        read_documents(str(tmp_path / "x.txt"), encoding_errors="ignore")


# ---------------------------------------------------------------- broken tables

def _parquet(path: Path, n: int = 50) -> Path:
    pd.DataFrame({"id": [f"d{i}" for i in range(n)], "text": [NEWS] * n}).to_parquet(path)
    return path


def test_truncated_parquet_is_reported_before_work(run, tmp_path: Path) -> None:
    src = _parquet(tmp_path / "in.parquet")
    src.write_bytes(src.read_bytes()[: src.stat().st_size // 2])
    code, _, err = run(str(src), "-o", str(tmp_path / "out.parquet"))
    assert code == 2 and "not a readable parquet file" in err
    assert not (tmp_path / "out.parquet").exists() and leftovers(tmp_path) == []


def test_parquet_corrupt_inside_stops_cleanly(tmp_path: Path) -> None:
    src = _parquet(tmp_path / "in.parquet", 2000)
    data = bytearray(src.read_bytes())
    data[100:2000] = b"\x00" * 1900  # the first pages, not the footer
    src.write_bytes(bytes(data))
    with pytest.raises(InputError, match="in.parquet"):
        list(read_documents(str(src)))


@pytest.mark.parametrize("content,needle", [
    (b"", "not a readable CSV"), (b"id,body\n1,x\n", "no 'text' column"),
    (b'id,text\n1,"never closed\n2,x\n', "in.csv"),
])
def test_broken_csv_is_an_input_error(tmp_path: Path, content: bytes, needle: str) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(content)
    with pytest.raises(InputError, match=needle):
        list(read_documents(str(src)))


def test_missing_column_in_parquet_fails_before_work(tmp_path: Path) -> None:
    src = tmp_path / "in.parquet"
    pd.DataFrame({"id": ["a"], "body": ["x"]}).to_parquet(src)
    with pytest.raises(InputError, match="no 'text' column"):
        read_documents(str(src))  # raised by the call, before iteration


def test_csv_header_only_gives_an_empty_table(run, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,text,date\n")
    code, _, err = run(str(src), "-o", str(tmp_path / "out.csv"))
    assert code == 0 and "documents: 0 coded" in err
    assert pd.read_csv(tmp_path / "out.csv").columns[0] == "doc_id"


def test_jsonl_lines_that_are_not_json_are_skipped_with_reason(run, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(f'{{"id": "a", "text": "{NEWS}"}}\n{{not json\n\n' + "[" * 100_000 + "\n" + '"just a string"\n'
                   '{"id": null, "text": "x"}\n{"text": null}\n', encoding="utf-8")
    code, _, err = run(str(src))
    assert code == 0
    assert "skipped in.jsonl:2: line 2 is not JSON" in err and "skipped in.jsonl:4: line 4 is not JSON" in err
    assert "skipped in.jsonl:7: missing text" in err
    assert "3 skipped" in err and "2 line" not in err


def test_input_that_is_not_a_file(run, tmp_path: Path) -> None:
    code, _, err = run(str(tmp_path))
    assert code == 2 and "does not exist or is not a file" in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_input(run, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    jsonl(src, [{"text": NEWS}]).chmod(0)
    code, _, err = run(str(src))
    assert code == 2 and "cannot read" in err


def test_surrogates_in_json_reach_the_output_file(run, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a\\ud800", "text": "Israeli jets struck Hamas targets in Gaza.\\udfff"}\n')
    for suffix in (".csv", ".jsonl", ".parquet"):
        code, _, err = run(str(src), "-o", str(tmp_path / f"out{suffix}"))
        assert code == 0, err
    assert "a\ufffd" in (tmp_path / "out.csv").read_text(encoding="utf-8")


def test_bad_date_option_fails_before_work(run, tmp_path: Path) -> None:
    code, _, err = run(str(jsonl(tmp_path / "in.jsonl", [{"text": NEWS}])), "--date", "2020-02-31")
    assert code == 2 and "--date '2020-02-31'" in err


def test_stderr_reports_every_document(run, tmp_path: Path) -> None:
    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": NEWS, "date": "2020-02-10"}, {"id": "b", "text": ""},
                                        {"id": "a", "text": NEWS, "date": "never"}, {"id": "c", "text": 5}])
    code, _, err = run(str(src))
    assert code == 0
    assert "skipped b: empty text" in err and "skipped c: text is int, not a string" in err
    assert "warning a: date 'never' is not an ISO date" in err and "warning a: id 'a' was used" in err
    summary = err.strip().splitlines()[-1]
    assert "documents: 2 coded, 0 without events, 2 skipped (1 empty text; 1 text is int" in summary
    assert summary.endswith("1 with warnings")


# ---------------------------------------------------------------- output files

def test_existing_output_is_refused_unless_overwrite(run, tmp_path: Path) -> None:
    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": NEWS}])
    out = tmp_path / "out.csv"
    out.write_text("precious")
    code, _, err = run(str(src), "-o", str(out))
    assert code == 2 and "exists; pass --overwrite" in err and out.read_text() == "precious"
    code, _, _ = run(str(src), "-o", str(out), "--overwrite")
    assert code == 0 and out.read_text().startswith("doc_id")


@pytest.mark.parametrize("target,needle", [("folder.csv", "is a folder"), ("nowhere/out.csv", "does not exist"),
                                           ("out.xlsx", "must end in")])
def test_unusable_output_paths(run, tmp_path: Path, target: str, needle: str) -> None:
    (tmp_path / "folder.csv").mkdir()
    src = jsonl(tmp_path / "in.jsonl", [{"text": NEWS}])
    code, _, err = run(str(src), "-o", str(tmp_path / target))
    assert code == 2 and needle in err


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_interrupted_write_leaves_nothing(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    chunk = pd.DataFrame({"doc_id": ["a"], "n": [1]})
    with pytest.raises(RuntimeError), TableWriter(out) as writer:
        for i in range(10):
            writer.write(chunk)
            if i == 5:
                raise RuntimeError("interrupted")
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_interrupted_run_keeps_the_old_output(run, coder, tmp_path: Path, monkeypatch) -> None:
    rows = [{"id": str(i), "text": NEWS if i % 50 == 0 else ""} for i in range(600)]  # mostly quick skips
    src = jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.csv"
    out.write_text("old")

    def failing(docs, **kwargs):
        for i, result in enumerate(coder.code_documents(docs)):
            if i == 550:  # after the first chunk of 512 reached the temporary file
                assert leftovers(tmp_path), "expected a partial temporary file"
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(cli_code, "code_stream", failing)
    code, _, err = run(str(src), "-o", str(out), "--overwrite")
    assert code == 130 and "interrupted" in err
    assert out.read_text() == "old" and leftovers(tmp_path) == []


def test_output_has_ordinary_permissions(run, tmp_path: Path) -> None:
    src = jsonl(tmp_path / "in.jsonl", [{"text": NEWS}])
    run(str(src), "-o", str(tmp_path / "out.csv"))
    mode = stat.S_IMODE((tmp_path / "out.csv").stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask
