"""Coding many documents: chunked, optionally in several processes, always in input order.

Workers are started once per run and build (or inherit) one ``Coder`` each, so dictionaries
are loaded once per worker. Results come back in input order whatever ``n_jobs`` is.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from eventcode.api import Coder, DocResult

__all__ = ["chunked", "code_stream", "default_jobs"]

Doc = tuple[Any, Any, Any]
_WORKER: dict[str, Coder] = {}  # one coder per worker process, set by _init_worker only


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of up to ``size`` items, lazily."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def code_stream(docs: Iterable[Doc], *, coder: Coder, n_jobs: int | None = 1,
                chunksize: int = 16) -> Iterator[DocResult]:
    """(id, text, date) triples -> ``DocResult`` per document, in order, in bounded memory."""
    jobs = default_jobs() if n_jobs in (None, 0, -1) else max(1, int(n_jobs))
    if jobs == 1:
        yield from coder.code_documents(docs)
        return
    fork = "fork" in mp.get_all_start_methods()
    ctx = mp.get_context("fork" if fork else "spawn")
    if fork:
        coder.warm()  # load models once, before the fork: workers share those pages
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(coder,)) as pool:
        for results in pool.imap(_code_chunk, chunked(docs, chunksize), chunksize=1):
            yield from results


def _init_worker(coder: Coder) -> None:
    _limit_threads()
    _WORKER["coder"] = coder


def _code_chunk(chunk: list[Doc]) -> list[DocResult]:
    return list(_WORKER["coder"].code_documents(chunk))


def _limit_threads() -> None:
    """One thread per worker: torch and BLAS threads would fight over the same cores."""
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    torch = sys.modules.get("torch")  # only when the stanza engine brought it in
    if torch is not None:
        torch.set_num_threads(1)
