"""Bounded work: one pathological document is cut to the limits and codes like any other."""

from __future__ import annotations

import random

import pytest

import eventcode
from eventcode.api import Limits
from eventcode.engines.conllu import to_conllu
from eventcode.records import ParsedSentence, Token
from eventcode.textprep import prepare_text

FIVE_MB = 5_000_000


class RecordingEngine:
    """Remembers the texts it was given; finds no sentences."""

    name = "recording"

    def __init__(self) -> None:
        self.texts: list[str] = []

    def parse(self, text: str) -> list:
        self.texts.append(text)
        return []

    def parse_many(self, texts):
        for text in texts:
            yield self.parse(text)


def test_five_megabyte_sentence_codes(coder) -> None:
    text = ("troops shelled positions and " * (FIVE_MB // 29 + 1))[:FIVE_MB]
    result = next(coder.code_documents([("big", text, None)]))
    assert result.error is None
    assert any("max_doc_chars" in w for w in result.warnings)
    assert any("max_doc_tokens" in w for w in result.warnings)


@pytest.mark.parametrize("as_bytes", [True, False])
def test_five_megabytes_of_random_bytes_code(coder, as_bytes: bool) -> None:
    data = random.Random(5).randbytes(FIVE_MB)
    text = data if as_bytes else data.decode("latin-1")
    result = next(coder.code_documents([("noise", text, None)]))
    assert result.error is None and result.warnings


def test_engine_sees_bounded_text() -> None:
    engine = RecordingEngine()
    limits = Limits(max_doc_chars=1_000, max_doc_tokens=50, max_run_chars=10)
    coder = eventcode.Coder(engine=engine, places=False, limits=limits)
    docs = [("a", "word " * 10_000, None), ("b", "x" * 5_000, None), ("c", "a+" * 5_000, None)]
    results = list(coder.code_documents(docs))
    assert all(r.error is None for r in results)
    for text in engine.texts:
        assert len(text) <= 1_000 and len(text.split()) <= 100
        assert max(len(w) for w in text.split()) <= 10


def test_cuts_keep_offsets() -> None:
    text = "ok " + "z" * 1_000 + " \x00 tail"
    prepared = prepare_text(text, Limits(max_run_chars=100))
    assert len(prepared.text) == len(text)
    assert prepared.text.startswith("ok ") and prepared.text.endswith("   tail")
    assert len(prepared.warnings) == 2


def test_token_cut_counts_words_and_punctuation() -> None:
    prepared = prepare_text("a, b. " * 100, Limits(max_doc_tokens=10))
    assert prepared.text == "a, b. a, b. a, "
    assert prepared.warnings == ("text cut after 10 words and punctuation marks (max_doc_tokens)",)


def test_max_doc_chars_keeps_its_old_keyword() -> None:
    coder = eventcode.Coder(engine=RecordingEngine(), places=False, max_doc_chars=7)
    assert coder.max_doc_chars == 7 == coder.limits.max_doc_chars
    assert eventcode.api.MAX_DOC_CHARS == Limits().max_doc_chars


def test_fast_engine_gets_the_sentence_limit(coder) -> None:
    small = eventcode.Coder(dictionaries=coder.dictionaries, places=False,
                            limits=Limits(max_sentence_tokens=12))
    assert small.engine.max_sentence_tokens == 12
    sentences = small.engine.parse("troops shelled positions and " * 20)
    assert max(len(s) for s in sentences) <= 12


def _long_sentence(n: int) -> str:
    tokens = tuple(Token(id=i, text=f"w{i}", lemma=f"w{i}", upos="NOUN", head=0 if i == 1 else 1,
                         deprel="root" if i == 1 else "dep") for i in range(1, n + 1))
    return to_conllu([ParsedSentence(tokens=tokens, text=" ".join(t.text for t in tokens))])


def test_other_engines_leave_out_overlong_sentences(coder) -> None:
    conllu = eventcode.Coder(dictionaries=coder.dictionaries, engine="conllu", places=False,
                             limits=Limits(max_sentence_tokens=50))
    text = _long_sentence(60) + "\n" + _long_sentence(10)
    result = next(conllu.code_documents([("c", text, None)]))
    assert result.error is None
    assert result.warnings == ("1 sentences longer than 50 tokens left out",)
