"""The fast engine's trained components, saved to and loaded from ``eventcode/models``."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import attrs
import numpy as np

from eventcode.engines.fast.hashed import HashedWeights
from eventcode.engines.fast.hashing import Hasher
from eventcode.engines.fast.labeler import Labeler
from eventcode.engines.fast.lemmatizer import Lemmatizer
from eventcode.engines.fast.morph import Morphology
from eventcode.engines.fast.parser import UNK_ID, Parser
from eventcode.engines.fast.perceptron import Weights
from eventcode.engines.fast.store import (decode_sparse, encode_sparse, join_strings,
                                          read_archive, split_strings, write_archive)
from eventcode.engines.fast.tagger import Tagger

__all__ = ["FILES", "Models", "load_models", "save_models"]

FILES = {"tagger": "fast-tagger.npz", "parser": "fast-parser.npz",
         "labeler": "fast-labeler.npz", "lexicon": "fast-lexicon.json.gz"}


@attrs.frozen
class Models:
    """Everything the fast engine runs."""

    tagger: Tagger
    parser: Parser
    labeler: Labeler
    lemmatizer: Lemmatizer
    morphology: Morphology


def _ids(names: list[str]) -> dict[str, int]:
    return {name: i for i, name in enumerate(names, start=UNK_ID + 1)}


def _by_id(ids: dict[str, int]) -> list[str]:
    return sorted(ids, key=ids.__getitem__)


def _hasher_arrays(hasher: Hasher) -> dict[str, np.ndarray]:
    return {"h_cols": hasher.cols.astype(np.int16), "h_mult": hasher.multipliers,
            "h_off": hasher.offsets, "h_bits": np.array([hasher.bits])}


def _hasher(arrays: dict[str, np.ndarray]) -> Hasher:
    return Hasher(arrays["h_cols"].astype(np.intp), arrays["h_mult"], arrays["h_off"],
                  int(arrays["h_bits"][0]))


def _hashed(arrays: dict[str, np.ndarray], bits: int) -> HashedWeights:
    kept, matrix = decode_sparse(arrays)
    return HashedWeights(bits, kept, matrix, padded=True)


def save_models(models: Models, folder: Path) -> None:
    """Write the four model files into ``folder``."""
    t, p, lab = models.tagger, models.parser, models.labeler
    write_archive(folder / FILES["tagger"], {"keys": join_strings(t.weights.keys),
                  **encode_sparse(np.arange(len(t.weights.keys)), t.weights.matrix[1:])},
                  {"classes": t.classes, "tagdict": t.tagdict})
    write_archive(folder / FILES["parser"], {**_hasher_arrays(p.hasher),
                  **encode_sparse(p.weights.kept, p.weights.matrix[1:]),
                  "vocab": join_strings(_by_id(p.vocab))}, {"tags": _by_id(p.tag_ids)})
    write_archive(folder / FILES["labeler"], {**_hasher_arrays(lab.hasher),
                  **encode_sparse(lab.weights.kept, lab.weights.matrix[1:])},
                  {"labels": lab.labels, "bias": lab.bias})
    lexicon = {"lemmas": models.lemmatizer.table, "feats_by_tag": models.morphology.by_tag,
               "feats_by_word": models.morphology.by_word}
    text = json.dumps(lexicon, ensure_ascii=False, sort_keys=True).encode("utf-8")
    with open(folder / FILES["lexicon"], "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(text)  # mtime=0: the same models give the same bytes


def load_models(folder: Path) -> Models:
    """Read the model files written by :func:`save_models`."""
    arrays, meta = read_archive(folder / FILES["tagger"])
    _, matrix = decode_sparse(arrays)
    tagger = Tagger(Weights(split_strings(arrays["keys"]), matrix, padded=True), meta["classes"],
                    meta["tagdict"])
    arrays, meta = read_archive(folder / FILES["parser"])
    hasher = _hasher(arrays)
    vocab, tag_ids = _ids(split_strings(arrays["vocab"])), _ids(meta["tags"])
    parser = Parser(_hashed(arrays, hasher.bits), hasher, vocab, tag_ids)
    arrays, meta = read_archive(folder / FILES["labeler"])
    hasher = _hasher(arrays)
    labeler = Labeler(_hashed(arrays, hasher.bits), hasher, meta["labels"], vocab, tag_ids,
                      meta.get("bias"))
    with gzip.open(folder / FILES["lexicon"], "rt", encoding="utf-8") as handle:
        lexicon = json.load(handle)
    return Models(tagger, parser, labeler, Lemmatizer(lexicon["lemmas"]),
                  Morphology(lexicon["feats_by_tag"], lexicon["feats_by_word"]))
