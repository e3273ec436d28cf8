"""Property tests: any text, date or table codes without an unexpected exception; any
dictionary file loads or gives ``DictionaryError``; any CoNLL-U gives sentences or
``InputError``; the same input always gives the same output, in one process or two."""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eventcode
from eventcode.actors import load_actor_dictionary
from eventcode.errors import DictionaryError
from eventcode.places.supplement import read_supplement
from eventcode.verbs import load_verb_dictionary
from tests.reliability import fuzz_conllu
from tests.reliability.hostile import NEWS, hostile_corpus

FAST = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
WORDS = st.sampled_from(["Israeli", "jets", "struck", "Hamas", "in", "Gaza", ".", "police", "arrested",
                         "protesters", "<b>", "&amp;", "\x00", "\ud800", '"', "(", "yesterday", "\n\n"])
TEXT = st.one_of(
    st.text(max_size=300),
    st.text(st.characters(codec=None), max_size=100),  # surrogates and controls included
    st.lists(WORDS, max_size=40).map(" ".join),
    st.binary(max_size=300),
    st.sampled_from(NEWS),
)
CELL = st.one_of(TEXT, st.none(), st.integers(), st.floats(), st.booleans(), st.just(pd.NA),
                 st.lists(st.integers(), max_size=2), st.datetimes())
DATE = st.one_of(st.none(), st.text(max_size=20), st.dates(), st.datetimes(), st.integers(), st.floats(),
                 st.binary(max_size=12), st.just(pd.NaT), st.just(pd.NA),
                 st.dates().map(dt.date.isoformat), st.dates().map(lambda d: np.datetime64(d)))


@FAST
@given(text=CELL, date=DATE)
def test_any_cell_and_date_give_a_result(coder, text, date) -> None:
    result = next(coder.code_documents([("x", text, date)]))
    assert result.doc_id == "x"
    assert (result.error is None) or (result.events == () and result.error)
    for e in result.events:
        e.sentence.encode("utf-8")
        assert e.date is None or dt.date(1700, 1, 1) <= e.date <= dt.date(2201, 1, 1)


@FAST
@given(st.lists(st.tuples(st.one_of(st.none(), st.text(max_size=5), st.integers(0, 3), st.floats()),
                          CELL, DATE), max_size=8),
       st.sampled_from([None, "string", "category"]))
def test_any_table_accounts_for_every_row(null_coder, rows, dtype) -> None:
    df = pd.DataFrame(rows, columns=["id", "text", "date"], dtype=object)
    if dtype:
        with contextlib.suppress(Exception):  # pandas cannot always make the column that type
            df["text"] = df["text"].astype(dtype)
    out = eventcode.code_corpus(df, coder=null_coder)
    counts = out.attrs["counts"]
    assert counts["documents"] == len(rows)
    assert counts["coded"] + counts["no_event"] + counts["skipped"] == len(rows)
    assert len(out.attrs["errors"]) == counts["skipped"] and all(e["error"] for e in out.attrs["errors"])
    assert all(isinstance(e["doc_id"], str) for e in out.attrs["errors"])


# ---------------------------------------------------------------- dictionary loaders

KEYS = ["root", "patterns", "synsets", "discards", "id", "code", "verb", "noun", "object", "prep",
        "prep_object", "target", "phrase", "kind", "entries", "as_of", "name", "aliases", "roles", "from",
        "to", "demonyms", "metonyms", "role", "words", "comment", "places", "not_places", "country",
        "latitude", "longitude", "geonameid", "feature", "at", "x"]
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-10, 3000), st.floats(allow_nan=False),
                   st.text(max_size=8), st.sampled_from(["190", "19", "SYRGOV", "person", "agent", "&A",
                                                         "2020-01-01", "COP", "place"]), st.dates())
TREE = st.recursive(SCALAR, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                   st.dictionaries(st.sampled_from(KEYS), kids, max_size=5)),
                    max_leaves=25)
DOC = st.one_of(st.dictionaries(st.sampled_from(KEYS), TREE, max_size=6), TREE)
RAW = st.one_of(DOC.map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
                st.text(max_size=200), st.binary(max_size=200).map(lambda b: b.decode("latin-1")))


def _loads_or_dictionary_error(kind: str, content: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / kind
        folder.mkdir()
        path = folder / "fuzz.yaml"
        path.write_text(content, encoding="utf-8", errors="surrogateescape")
        try:
            if kind == "verbs":
                load_verb_dictionary([folder])
            elif kind == "actors":
                load_actor_dictionary([folder])
            else:
                read_supplement(path)
        except DictionaryError as exc:
            assert "fuzz.yaml" in str(exc)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(["verbs", "actors", "places"]), RAW)
def test_dictionary_loaders_give_dictionary_errors_only(kind: str, content: str) -> None:
    _loads_or_dictionary_error(kind, content)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(["verbs", "actors"]), st.data())
def test_near_valid_entries_give_dictionary_errors_only(kind: str, data) -> None:
    """Valid files with one field replaced: the deep checks get exercised, not just the top."""
    if kind == "verbs":
        entry = {"id": "a", "code": "190", "verb": "attack", "object": "convoy", "target": "object"}
        doc = {"root": "19", "synsets": {"A": ["hit"]}, "patterns": [entry]}
    else:
        entry = {"id": "j", "name": "J", "code": "XYZ", "roles": [{"code": "XYZGOV", "from": "2001-01-01"}]}
        doc = {"kind": data.draw(st.sampled_from(["person", "country", "agent"])), "entries": [entry]}
    entry[data.draw(st.sampled_from(sorted(entry) + ["extra"]))] = data.draw(TREE)
    _loads_or_dictionary_error(kind, yaml.safe_dump(doc, allow_unicode=True))


# ---------------------------------------------------------------- CoNLL-U reader

CELLS = st.one_of(st.sampled_from(["1", "2", "3", "0", "_", "1-2", "2.1", "-", "x-1", "²", "NOUN", "root",
                                   "SpaceAfter=No", "Number=Sing", "99", "-3"]), st.text(max_size=4))
LINE = st.one_of(st.lists(CELLS, min_size=10, max_size=10).map("\t".join),
                 st.lists(CELLS, max_size=12).map("\t".join), st.just(""),
                 st.text(max_size=20).map(lambda t: "# text = " + t), st.text(max_size=30))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(LINE, max_size=12).map("\n".join))
def test_conllu_reader_gives_sentences_or_input_error(text: str) -> None:
    fuzz_conllu.TestOneInput(text.encode("utf-8", errors="surrogatepass"))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_conllu_reader_survives_any_bytes(data: bytes) -> None:
    fuzz_conllu.TestOneInput(data)


# ---------------------------------------------------------------- determinism

def test_same_input_same_output_in_one_process_or_two(coder) -> None:
    docs, _, _ = hostile_corpus(n=160, seed=11)
    docs = docs[docs["text"].map(lambda t: not isinstance(t, (str, bytes)) or len(t) < 50_000)]
    once = list(eventcode.iter_corpus(docs, coder=coder, n_jobs=1))
    again = list(eventcode.iter_corpus(docs, coder=coder, n_jobs=1))
    two = list(eventcode.iter_corpus(docs, coder=coder, n_jobs=2, chunksize=7))
    assert once == again == two
    assert sum(len(r.events) for r in once) > 0
