"""The stanza engine's real loading path, offline: tiny models trained here, then parsed with.

A POS tagger and a dependency parser are trained for a few steps on 200 EWT sentences
(``scripts/train_tiny_stanza.py``), written with a resources.json of ``{}``, and loaded by
``StanzaEngine`` through ``stanza.Pipeline`` exactly as a user's own models would be. Accuracy
does not matter; the shape of what comes back does. Nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("torch", reason="the stanza engine needs torch (eventcode[stanza])")
pytest.importorskip("stanza", reason="the stanza engine needs stanza (eventcode[stanza])")

from eventcode.engines.base import Engine
from eventcode.engines.stanza import StanzaEngine
from eventcode.errors import ModelNotFoundError
from eventcode.records import ParsedSentence

REPO = Path(__file__).resolve().parents[2]
EWT = REPO.parent / "shared" / "data" / "ud_english_ewt"
needs_ewt = pytest.mark.skipif(not (EWT / "en_ewt-ud-train.conllu").is_file(),
                               reason="../shared/data/ud_english_ewt not present")

UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}
UD_RELATIONS = {"acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf",
                "compound", "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated",
                "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod", "nsubj",
                "nummod", "obj", "obl", "orphan", "parataxis", "punct", "reparandum", "root",
                "vocative", "xcomp"}
SENTENCES = ["Turkish troops shelled Kurdish positions near the border .",
             "The president said on Monday that talks with the rebels would resume ."]


def _trainer():
    spec = importlib.util.spec_from_file_location("train_tiny_stanza", REPO / "scripts" / "train_tiny_stanza.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.train_tiny_stanza


@pytest.fixture(scope="module")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Paths of a freshly trained tiny tagger and parser (a few seconds of CPU, one thread)."""
    out = tmp_path_factory.mktemp("tiny_stanza")
    return _trainer()(out, ewt_dir=EWT, train_sentences=200, eval_sentences=50, max_steps=5)


@pytest.fixture(scope="module")
def engine(tiny_models: dict[str, str]) -> StanzaEngine:
    return StanzaEngine(processors="tokenize,pos,lemma,depparse", tokenize_pretokenized=True,
                        lemma_use_identity=True, **tiny_models)


def _check_sentence(s: ParsedSentence, words: list[str], doc: str) -> None:
    assert isinstance(s, ParsedSentence)
    assert [t.text for t in s.tokens] == words
    assert [t.id for t in s.tokens] == list(range(1, len(words) + 1))
    for t in s.tokens:
        assert t.upos in UPOS and t.xpos not in ("", "_") and t.feats
        assert t.lemma == t.text  # identity lemmatizer
        assert t.deprel.split(":")[0] in UD_RELATIONS
        assert 0 <= t.head <= len(s.tokens) and t.head != t.id
        assert doc[t.start:t.end] == t.text
    assert sum(t.head == 0 for t in s.tokens) == 1


@needs_ewt
def test_tiny_models_were_written(tiny_models: dict[str, str]) -> None:
    root = Path(tiny_models["model_dir"])
    assert (root / "resources.json").read_text().strip() == "{}"
    assert Path(tiny_models["pos_model_path"]).stat().st_size > 0
    assert Path(tiny_models["depparse_model_path"]).stat().st_size > 0


@needs_ewt
def test_stanza_engine_loads_real_models_offline_and_parses(engine: StanzaEngine) -> None:
    doc = "\n".join(SENTENCES)
    sentences = engine.parse(doc)
    assert isinstance(engine, Engine) and isinstance(sentences, list)
    assert [s.index for s in sentences] == [0, 1]
    for s, line in zip(sentences, SENTENCES):
        _check_sentence(s, line.split(), doc)
        assert s.text == line and doc[s.start:s.end] == line
    assert engine.pipeline is engine.pipeline  # built once, on first use


@needs_ewt
def test_stanza_engine_parse_many_keeps_order_and_empty_documents(engine: StanzaEngine) -> None:
    docs = [SENTENCES[1], "", SENTENCES[0]]
    results = list(engine.parse_many(docs))
    assert len(results) == 3 and results[1] == []
    for doc, result in ((docs[0], results[0]), (docs[2], results[2])):
        (s,) = result
        _check_sentence(s, doc.split(), doc)


def test_identity_lemmas_and_pretokenized_text_need_no_model_files(tmp_path: Path) -> None:
    """_check_models passes tokenize/lemma without models and still names the missing tagger."""
    (tmp_path / "resources.json").write_text("{}")
    engine = StanzaEngine(model_dir=tmp_path, processors="tokenize,pos,lemma,depparse",
                          tokenize_pretokenized=True, lemma_use_identity=True,
                          pos_model_path=str(tmp_path / "missing_tagger.pt"),
                          depparse_model_path=str(tmp_path / "missing_parser.pt"))
    with pytest.raises(ModelNotFoundError, match="pos model .*missing_tagger.pt.*eventcode download"):
        engine.parse("Turkey attacked Syria .")
    lemma_needed = StanzaEngine(model_dir=tmp_path, processors="tokenize,lemma", tokenize_pretokenized=True)
    with pytest.raises(ModelNotFoundError, match="no stanza lemma model"):
        lemma_needed.parse("Turkey attacked Syria .")
