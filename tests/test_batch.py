"""Streaming and parallel coding: same results, same order, whatever the number of processes."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

import eventcode
from eventcode.batch import chunked, code_stream

SENTENCES = [
    "Turkish troops shelled Syrian army positions near Idlib on Tuesday.",
    "Russian warplanes bombed rebel-held villages in the south of Idlib province.",
    "The Iraqi foreign minister met his Iranian counterpart in Baghdad to discuss border security.",
    "Police arrested dozens of protesters in Khartoum after a week of demonstrations.",
    "The European Union condemned the attack and called for an independent investigation.",
    "Prices of bread and fuel have risen sharply over the past three weeks.",
    "Israeli forces killed two Palestinian gunmen in the West Bank city of Jenin, officials said.",
    "Ukraine accused Russia of violating the ceasefire in Donetsk.",
]


def corpus(n: int) -> pd.DataFrame:
    """``n`` documents of 1-6 sentences, dated over a week; every 11th has no text."""
    rows = []
    for i in range(n):
        size = 1 + i % 6
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(size))
        rows.append({"id": f"doc{i:03d}", "date": f"2020-03-{1 + i % 7:02d}", "text": None if i % 11 == 5 else text})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def coder() -> eventcode.Coder:
    return eventcode.Coder()


def test_batch_chunked_is_lazy_and_complete() -> None:
    assert [len(c) for c in chunked(range(10), 4)] == [4, 4, 2]
    first = next(chunked(itertools.count(), 3))
    assert first == [0, 1, 2]


def test_batch_results_identical_and_in_input_order_for_one_and_two_processes(coder) -> None:
    docs = corpus(40)
    one = list(eventcode.iter_corpus(docs, coder=coder, n_jobs=1))
    two = list(eventcode.iter_corpus(docs, coder=coder, n_jobs=2, chunksize=3))
    assert [r.doc_id for r in one] == docs["id"].tolist() == [r.doc_id for r in two]
    assert one == two
    assert sum(1 for r in one if r.error) == 4 and sum(len(r.events) for r in one) > 20


def test_batch_code_corpus_frames_identical_across_jobs(coder) -> None:
    docs = corpus(25)
    one = eventcode.code_corpus(docs, coder=coder, n_jobs=1)
    two = eventcode.code_corpus(docs, coder=coder, n_jobs=2, chunksize=2)
    pd.testing.assert_frame_equal(one, two)
    assert one.attrs["errors"] == two.attrs["errors"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_streams_an_endless_input(coder, jobs: int) -> None:
    """Results come while the input is still being read: an endless generator is fine."""
    endless = ((f"d{i}", SENTENCES[i % len(SENTENCES)], "2020-03-01") for i in itertools.count())
    stream = code_stream(endless, coder=coder, n_jobs=jobs, chunksize=4)
    first = list(itertools.islice(stream, 10))
    stream.close()  # stops the workers
    assert [r.doc_id for r in first] == [f"d{i}" for i in range(10)]
