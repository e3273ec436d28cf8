"""The stanza engine's mapping and loading, without any download."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcode.engines.conllu import ConlluEngine
from eventcode.errors import ModelNotFoundError

stanza = pytest.importorskip("stanza")
from stanza.utils.conll import CoNLL  # noqa: E402

from eventcode.engines.stanza import StanzaEngine, doc_to_sentences  # noqa: E402

EWT = Path(__file__).resolve().parents[3] / "shared" / "data" / "ud_english_ewt"
needs_ewt = pytest.mark.skipif(not EWT.is_dir(), reason="../shared/data/ud_english_ewt not present")
FIELDS = ("id", "text", "lemma", "upos", "xpos", "feats", "head", "deprel", "start", "end")


def _view(sentences):
    return [(s.text, s.sent_id, [tuple(getattr(t, f) for f in FIELDS) for t in s.tokens]) for s in sentences]


@needs_ewt
def test_stanza_engine_maps_ewt_test_exactly_as_gold() -> None:
    text = (EWT / "en_ewt-ud-test.conllu").read_text(encoding="utf-8")
    gold = ConlluEngine().parse(text)
    mapped = doc_to_sentences(CoNLL.conll2doc(input_str=text))
    assert len(mapped) == len(gold) == 2077
    assert _view(mapped) == _view(gold)


def test_stanza_engine_missing_models_name_the_download_command(tmp_path: Path) -> None:
    (tmp_path / "resources.json").write_text("{}")
    engine = StanzaEngine(model_dir=tmp_path, pos_model_path=str(tmp_path / "nope.pt"))
    with pytest.raises(ModelNotFoundError, match="eventcode download"):
        engine.parse("Turkey attacked Syria.")


def test_stanza_engine_uses_a_given_pipeline() -> None:
    conllu = "# text = Turkey attacked Syria.\n1\tTurkey\tTurkey\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n" \
             "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tSyria\tSyria\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n" \
             "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"

    def fake_pipeline(text):
        return CoNLL.conll2doc(input_str=conllu)

    (s,) = StanzaEngine(pipeline=fake_pipeline).parse("Turkey attacked Syria.")
    assert [(t.text, t.deprel, t.start, t.end) for t in s.tokens][:2] == [("Turkey", "nsubj", 0, 6),
                                                                          ("attacked", "root", 7, 15)]
