"""Reproducible training of every fast-engine component from UD English EWT."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

from eventcode.engines.fast.calibrate import label_scores, tune_bias
from eventcode.engines.fast.labeler_train import train_labeler
from eventcode.engines.fast.lemmatizer import Lemmatizer, lemma_table
from eventcode.engines.fast.models import Models
from eventcode.engines.fast.morph import Morphology, feats_tables
from eventcode.engines.fast.parser_train import train_parser
from eventcode.engines.fast.tagger import Tagger
from eventcode.engines.fast.tagger_train import class_map, train_tagger
from eventcode.engines.fast.treebank import GoldSentence, merge_hyphens, read_conllu

__all__ = ["Settings", "train_all"]

Log = Callable[[str], None]


@attrs.frozen
class Settings:
    """Knobs of a training run (the defaults produce the shipped models)."""

    seed: int = 1
    folds: int = 5
    tagger_epochs: int = 6
    parser_epochs: int = 12
    labeler_epochs: int = 8
    hyphen_merge_rate: float = 0.5
    tagger_threshold: float = 0.5
    parser_threshold: float = 0.0
    labeler_threshold: float = 0.0
    limit: int | None = None
    splits: tuple[str, ...] = ("train", "dev")  # EWT files trained on; test stays held out
    calibrate: tuple[str, ...] = ()  # labels to give dev-tuned score offsets (see calibrate.py)


def load_training(data_dir: Path, settings: Settings) -> list[GoldSentence]:
    """EWT train and dev (``settings.splits``), with half the hyphenated words rejoined as our
    tokenizer keeps them."""
    sentences = [s for split in settings.splits
                 for s in read_conllu(data_dir / f"en_ewt-ud-{split}.conllu")][: settings.limit]
    rng = random.Random(settings.seed)
    return [merge_hyphens(s, rng, settings.hyphen_merge_rate) for s in sentences]


def jackknife_tags(sentences: Sequence[GoldSentence], settings: Settings,
                   cmap: dict[str, str], log: Log) -> list[list[str]]:
    """Tags of each sentence from a tagger that did not see it (``settings.folds`` folds)."""
    out: list[list[str]] = [[] for _ in sentences]
    k = settings.folds
    for fold in range(k):
        held = [i for i in range(len(sentences)) if i % k == fold]
        rest = [s for i, s in enumerate(sentences) if i % k != fold]
        tagger = train_tagger(rest, settings.tagger_epochs, settings.seed + fold, cmap=cmap)
        for i, (_, predicted) in zip(held, tagger.analyse_many([sentences[i].words for i in held])):
            out[i] = predicted
        log(f"jackknife fold {fold + 1}/{k} done")
    return out


def cached_tags(sentences: Sequence[GoldSentence], settings: Settings, cmap: dict[str, str],
                log: Log, cache: Path | None) -> list[list[str]]:
    """Jackknifed tags, read from ``cache`` when a file made with the same settings is there."""
    key = (f"jackknife-{settings.seed}-{settings.folds}-{settings.tagger_epochs}-{settings.limit}-"
           f"{'+'.join(settings.splits)}.json")
    if cache is not None and (cache / key).is_file():
        log(f"jackknifed tags read from {cache / key}")
        return json.loads((cache / key).read_text(encoding="utf-8"))
    tags = jackknife_tags(sentences, settings, cmap, log)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / key).write_text(json.dumps(tags), encoding="utf-8")
    return tags


def train_all(data_dir: Path, settings: Settings, log: Log, cache: Path | None = None) -> Models:
    """Train tagger, parser, labeller, lemma and feature tables (``cache``: see ``cached_tags``)."""
    sentences = load_training(data_dir, settings)
    cmap = class_map(sentences)
    tags = cached_tags(sentences, settings, cmap, log, cache)
    tagger = train_tagger(sentences, settings.tagger_epochs, settings.seed,
                          settings.tagger_threshold, cmap)
    log(f"tagger done: {len(tagger.weights.keys)} feature rows")
    parser = train_parser(sentences, tags, _tag_ids(tagger), settings.parser_epochs,
                          settings.seed, threshold=settings.parser_threshold, log=log)
    labeler = train_labeler(sentences, tags, parser.vocab, parser.tag_ids,
                            settings.labeler_epochs, settings.seed,
                            threshold=settings.labeler_threshold, log=log)
    models = Models(tagger, parser, labeler, Lemmatizer(lemma_table(sentences)),
                    Morphology(*feats_tables(sentences)))
    if settings.calibrate:
        dev = read_conllu(data_dir / "en_ewt-ud-dev.conllu")[: settings.limit]
        labeler.set_bias(tune_bias(label_scores(models, dev), tuned=settings.calibrate))
        log(f"labeller calibrated on {len(dev)} dev sentences: {labeler.bias}")
    return models


def _tag_ids(tagger: Tagger) -> dict[str, int]:
    from eventcode.engines.fast.parser import UNK_ID
    return {tag: i for i, tag in enumerate(tagger.classes, start=UNK_ID + 1)}
