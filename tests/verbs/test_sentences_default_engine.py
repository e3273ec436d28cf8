"""Plain news sentences per CAMEO root through the default engine, end to end.

``sentences/NN.tsv`` holds, per row, ``EXPECT<TAB>SENTENCE`` (``#`` starts a comment line).
EXPECT is ``SOURCE CODE TARGET``: SOURCE and TARGET are code prefixes (``USA`` accepts
``USAGOV``) or ``-`` for "not checked"; CODE is matched exactly. A row passes when some event of
the sentence fits. The parser is statistical, so a file passes when at least ``FLOOR`` of its
rows do; the hand-parsed golden table (``golden_roots.yaml``) checks the dictionaries without it.
The sentences are written for this table (never taken from an evaluation set).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import eventcode
from eventcode.codebook import default_codebook

HERE = Path(__file__).parent / "sentences"
FILES = sorted(HERE.glob("*.tsv"))
FLOOR = 0.85
DATE = "2024-06-01"


def rows(path: Path) -> list[tuple[int, str, str]]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            expect, _, sentence = line.partition("\t")
            out.append((number, expect.strip(), sentence.strip()))
    return out


def fits(expect: str, events) -> bool:
    source, code, target = expect.split()
    return any(e.code == code and _side(source, e.source) and _side(target, e.target) for e in events)


def _side(spec: str, actor) -> bool:
    return spec == "-" or (actor is not None and actor.code.startswith(spec))


@pytest.fixture(scope="module")
def coder() -> eventcode.Coder:
    return eventcode.Coder()


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_sentences_code_as_expected(coder: eventcode.Coder, path: Path) -> None:
    table = rows(path)
    failed = [f"{path.name}:{n}: {expect} <- {sentence} (got {_got(coder, sentence)})"
              for n, expect, sentence in table if not fits(expect, coder.code(sentence, date=DATE))]
    assert len(table) - len(failed) >= FLOOR * len(table), "\n".join(failed)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_sentence_files_are_well_formed(path: Path) -> None:
    codebook = default_codebook()
    table = rows(path)
    assert len(table) >= 10
    for number, expect, sentence in table:
        parts = expect.split()
        assert len(parts) == 3 and sentence, f"{path.name}:{number}: want EXPECT<TAB>SENTENCE"
        assert codebook.is_valid(parts[1]), f"{path.name}:{number}: unknown code {parts[1]}"
        assert parts[1][:2] == path.stem[:2], f"{path.name}:{number}: code outside root {path.stem}"


def _got(coder: eventcode.Coder, sentence: str) -> str:
    events = coder.code(sentence, date=DATE)
    return "; ".join(f"{e.source.code if e.source else '-'} {e.code} "
                     f"{e.target.code if e.target else '-'} [{e.pattern_id}]" for e in events) or "nothing"
