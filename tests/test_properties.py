"""Hypothesis properties of the public API."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eventcode

NEWSY = st.lists(st.sampled_from(["Turkish", "troops", "shelled", "Syria", "and", "Russia", "held",
                                  "talks", "in", "Moscow", ".", ",", "not", "will", "police",
                                  "arrested", "protesters", "'s", "the", "Assad"]), max_size=25).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), NEWSY))
def test_properties_any_text_codes_to_a_list(text: str) -> None:
    events = eventcode.code(text)
    assert isinstance(events, list)
    for e in events:
        assert e.source is None or e.target is None or e.source.code != e.target.code
        assert eventcode.default_codebook().is_valid(e.code)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.none(), st.text(max_size=80), NEWSY, st.integers()), max_size=6))
def test_properties_corpus_columns_are_stable(texts: list) -> None:
    docs = pd.DataFrame({"id": range(len(texts)), "text": texts, "date": ["2020-01-01"] * len(texts)})
    df = eventcode.code_corpus(docs)
    assert list(df.columns[: len(eventcode.COLUMNS)]) == list(eventcode.COLUMNS)
    coded = set(df["doc_id"]) | {e["doc_id"] for e in df.attrs["errors"]}
    assert coded <= {str(i) for i in range(len(texts))}
