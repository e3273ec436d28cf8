"""The PETRARCH-2 dictionaries in ../shared/reference/petrarch2/ (MIT): read in full, every loss reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcode.dictionaries import load_dictionaries
from eventcode.petrarch import read_petrarch, write_import
from eventcode.petrarch.source import read_lines

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "petrarch2"
pytestmark = pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference/petrarch2 not present")
KINDS = {"CAMEO.2.0.txt": "verbs", "Phoenix.Countries.actors.txt": "actors",
         "Phoenix.International.actors.txt": "actors", "Phoenix.MilNonState.actors.txt": "actors",
         "Phoenix.agents.txt": "agents", "Phoenix.discards.txt": "discards", "Phoenix.IssueCoding.txt": "issues",
         "PETR.Validate.verbs.txt": "verbs", "PETR.Validate.actors.txt": "actors",
         "PETR.Validate.agents.txt": "agents", "PETR.Validate.discards.txt": "discards"}


@pytest.fixture(scope="module")
def imported():
    return read_petrarch([REFERENCE / name for name in KINDS])


def test_reference_files_are_read_in_full_with_every_loss_reported(imported) -> None:
    for f in imported.files:
        assert f.kind == KINDS[f.file]
        _, lines = read_lines(REFERENCE / f.file)
        numbers = {ln.number for ln in lines}
        assert f.lines == len(lines) == f.converted + f.partial + f.skipped
        assert all(i.line in numbers and i.reason for i in f.issues)


def test_reference_files_give_patterns_actors_and_agents(imported) -> None:
    files = {f.file: f for f in imported.files}
    assert len(files["CAMEO.2.0.txt"].patterns) > 5000
    assert len(files["Phoenix.Countries.actors.txt"].entries) > 15000
    assert len(files["Phoenix.agents.txt"].agents) > 2000
    assert files["CAMEO.2.0.txt"].converted > 0.8 * files["CAMEO.2.0.txt"].lines


@pytest.mark.slow
def test_reference_phoenix_import_validates(tmp_path: Path) -> None:
    phoenix = [REFERENCE / n for n in KINDS if n.startswith(("Phoenix.", "CAMEO"))]
    write_import(read_petrarch(phoenix), tmp_path)
    loaded = load_dictionaries([tmp_path], defaults=False)
    assert len(loaded.verbs) > 40000 and len(loaded.actors) > 25000
