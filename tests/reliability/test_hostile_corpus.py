"""The bar: 1,000 hostile documents code without a crash, and every one is accounted for."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest

import eventcode
from eventcode import cli, cli_code
from eventcode.accounting import Tally
from tests.reliability.hostile import NEWS, hostile_corpus


@pytest.fixture(scope="module")
def corpus():
    return hostile_corpus(n=1000, seed=2024)


@pytest.fixture(scope="module")
def results(coder, corpus):
    docs, _, _ = corpus
    return list(eventcode.iter_corpus(docs, coder=coder, n_jobs=2, chunksize=16))


def test_every_document_is_accounted_for(results) -> None:
    tally = Tally()
    for r in results:
        tally.add(r)
    assert tally.documents == len(results) == 1000
    assert tally.coded + tally.no_event + tally.skipped == 1000
    assert tally.coded > 100 and tally.skipped > 100  # the mix really has both
    assert sum(tally.reasons.values()) == tally.skipped
    for r in results:
        assert isinstance(r.doc_id, str) and r.doc_id
        assert (r.error is None) or (r.error.strip() and r.events == ())


def test_each_case_has_its_defined_outcome(results, corpus) -> None:
    _, cases, expect = corpus
    wrong = Counter()
    for r, case, exp in zip(results, cases, expect):
        if exp.startswith("skip:") and r.error != exp[5:] and not (r.error or "").startswith(exp[5:]):
            wrong[(case, r.error)] += 1
        if exp == "code" and r.error is not None:
            wrong[(case, r.error)] += 1
    assert not wrong, wrong.most_common(5)


def test_warnings_are_where_they_belong(results, corpus) -> None:
    docs, cases, _ = corpus
    for r, case, date in zip(results, cases, docs["date"].tolist(), strict=True):
        if case == "bad date":
            assert any("coded without a date" in w for w in r.warnings), (r.doc_id, date)
        if case in ("megabyte sentence", "megabyte random bytes"):
            assert any("max_doc_chars" in w for w in r.warnings)
        if case == "controls":
            assert any("control characters" in w for w in r.warnings)
    ids = [r.doc_id for r in results]
    repeated = {i for i, n in Counter(ids).items() if n > 1}
    for r in results:
        flagged = any("used by an earlier document" in w for w in r.warnings)
        assert flagged <= (r.doc_id in repeated)
    assert sum(any("used by an earlier" in w for w in r.warnings) for r in results) == len(ids) - len(set(ids))


def test_events_are_writable_and_well_formed(results) -> None:
    events = [e for r in results for e in r.events]
    df = eventcode.events_to_frame(events)
    assert len(df) == len(events)
    df.to_csv(Path("/dev/null"))  # no unencodable characters
    codebook = eventcode.default_codebook()
    assert all(codebook.is_valid(e.code) for e in events)


def _hostile_line(rng: random.Random, i: int) -> bytes:
    choice = rng.randrange(9)
    doc = {"id": f"l{i}", "text": rng.choice(NEWS), "date": rng.choice(["2020-01-01", "junk", None, 5])}
    if choice == 0:
        return b"{broken json\n"
    if choice == 1:
        return json.dumps(rng.choice([5, None, "bare string", [1, 2], {"no": "text"}])).encode() + b"\n"
    if choice == 2:
        return json.dumps({**doc, "text": rng.choice(NEWS)[:20]}).encode()[:-5] + b"\xff\xfe\"}\n"
    if choice == 3:
        return b"\n"  # blank lines are not documents
    if choice == 4:
        doc["id"] = rng.choice([None, 3.5, "dup", ["x"]])
    return json.dumps(doc).encode() + b"\n"


def test_cli_accounts_for_every_line(coder, tmp_path: Path, monkeypatch, capsys) -> None:
    rng = random.Random(3)
    lines = [_hostile_line(rng, i) for i in range(300)]
    src = tmp_path / "hostile.jsonl"
    src.write_bytes(b"".join(lines))
    monkeypatch.setattr(cli_code, "Coder", lambda **_: coder)
    code = cli.main(["code", str(src), "-o", str(tmp_path / "out.parquet"), "-j", "2", "--encoding-errors", "replace"])
    err = capsys.readouterr().err
    assert code == 0, err
    m = re.search(r"documents: (\d+) coded, (\d+) without events, (\d+) skipped", err)
    documents = sum(int(n) for n in m.groups())
    assert documents == sum(1 for line in lines if line.strip())
    assert err.count("\nskipped ") + err.startswith("skipped ") == int(m.group(3))
