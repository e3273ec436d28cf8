"""Model files: numpy ``.npz`` archives (no pickle) holding sparse weights and JSON metadata."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["decode_sparse", "encode_sparse", "join_strings", "read_archive", "split_strings",
           "write_archive"]


def encode_sparse(row_ids: np.ndarray, matrix: np.ndarray) -> dict[str, np.ndarray]:
    """Rows ``row_ids`` (ascending) of a table as gaps, per-row counts, columns and float16 values."""
    nz_rows, nz_cols = np.nonzero(matrix)
    return {
        "row_gaps": np.diff(np.asarray(row_ids, dtype=np.int64), prepend=0).astype(np.uint32),
        "row_nnz": np.bincount(nz_rows, minlength=len(row_ids)).astype(np.uint16),
        "cols": nz_cols.astype(np.uint8 if matrix.shape[1] <= 256 else np.uint16),
        "vals": matrix[nz_rows, nz_cols].astype(np.float16),
        "shape": np.array(matrix.shape, dtype=np.int64),
    }


def decode_sparse(arrays: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Inverse of :func:`encode_sparse`: row ids, and a dense float32 matrix of those rows
    below one extra all-zero row 0 (so matrix row ``k + 1`` holds row ``row_ids[k]``)."""
    row_ids = np.cumsum(arrays["row_gaps"], dtype=np.int64)
    count, width = (int(x) for x in arrays["shape"])
    matrix = np.zeros((count + 1, width), dtype=np.float32)
    rows = np.repeat(np.arange(1, count + 1), arrays["row_nnz"])
    matrix[rows, arrays["cols"]] = arrays["vals"]
    return row_ids, matrix


def join_strings(strings: list[str]) -> np.ndarray:
    """Newline-free strings as one UTF-8 byte array."""
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)


def split_strings(data: np.ndarray) -> list[str]:
    text = data.tobytes().decode("utf-8")
    return text.split("\n") if text else []


def write_archive(path: Path, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> None:
    """A compressed ``.npz`` with ``meta`` stored as JSON bytes under ``"meta"``."""
    blob = np.frombuffer(json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8"), dtype=np.uint8)
    with open(path, "wb") as handle:
        np.savez_compressed(handle, meta=blob, **arrays)


def read_archive(path: Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Arrays and metadata of an archive written by :func:`write_archive`."""
    with np.load(path, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files if name != "meta"}
        meta = json.loads(data["meta"].tobytes().decode("utf-8"))
    return arrays, meta
