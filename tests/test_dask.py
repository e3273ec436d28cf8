"""The Dask adapter on a local cluster of two worker processes: the same rows as one process."""

from __future__ import annotations

import pandas as pd
import pytest

import eventcode

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from eventcode.dask import code_dataframe, meta, worker_coder

TEXTS = [
    "Turkish troops shelled Syrian army positions near Idlib on Tuesday.",
    "The Iraqi foreign minister met his Iranian counterpart in Baghdad.",
    "Police arrested dozens of protesters in Khartoum.",
    "Ukraine accused Russia of violating the ceasefire in Donetsk.",
    "Prices of bread have risen sharply.",
]


def corpus(n: int) -> pd.DataFrame:
    texts = [" ".join(TEXTS[(i + k) % len(TEXTS)] for k in range(1 + i % 3)) for i in range(n)]
    if n > 7:
        texts[7] = None
    return pd.DataFrame({"doc": [f"d{i:02d}" for i in range(n)], "body": texts,
                         "day": [f"2020-03-{1 + i % 5:02d}" for i in range(n)]})


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None)
    with cluster, distributed.Client(cluster) as c:
        yield c


def test_dask_meta_is_our_schema() -> None:
    assert list(meta().columns[: len(eventcode.COLUMNS)]) == list(eventcode.COLUMNS)
    assert meta(keep_errors=True).columns[-1] == "error"


def test_dask_rejects_a_missing_text_column() -> None:
    ddf = dd.from_pandas(corpus(4), npartitions=1)
    with pytest.raises(eventcode.InputError, match="text_col"):
        code_dataframe(ddf, id_col="doc")


@pytest.mark.slow
def test_dask_cluster_gives_the_single_process_rows(client) -> None:
    docs = corpus(24)
    expected = eventcode.code_corpus(docs, id_col="doc", text_col="body", date_col="day")
    ddf = dd.from_pandas(docs, npartitions=4)
    events = code_dataframe(ddf, id_col="doc", text_col="body", date_col="day")
    got = events.compute().reset_index(drop=True)
    assert len(got) > 10
    pd.testing.assert_frame_equal(got, expected)
    built = client.run(lambda: worker_coder.cache_info().currsize)
    assert len(built) == 2 and all(n == 1 for n in built.values())  # one Coder per worker


@pytest.mark.slow
def test_dask_keep_errors_reports_skipped_documents(client) -> None:
    ddf = dd.from_pandas(corpus(12), npartitions=3)
    got = code_dataframe(ddf, id_col="doc", text_col="body", date_col="day", keep_errors=True).compute()
    errors = got[got["error"].notna()]
    assert errors["doc_id"].tolist() == ["d07"] and errors["event_code"].isna().all()
