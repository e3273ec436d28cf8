from __future__ import annotations

from pathlib import Path

import pytest

from eventcode.engines.conllu import ConlluEngine, read_conllu, to_conllu
from eventcode.errors import InputError

EWT = Path(__file__).resolve().parents[3] / "shared" / "data" / "ud_english_ewt"
needs_ewt = pytest.mark.skipif(not EWT.is_dir(), reason="../shared/data/ud_english_ewt not present")

MWT = """# sent_id = x1
# text = I don't know.
1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t_\t_
3.1\tgone\tgo\tVERB\t_\t_\t_\t_\t_\t_
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_
"""


def test_conllu_engine_multiword_tokens_and_empty_nodes() -> None:
    (s,) = read_conllu(MWT)
    assert [t.text for t in s.tokens] == ["I", "do", "n't", "know", "."]
    assert s.sent_id == "x1" and s.text == "I don't know."
    do, nt = s.tokens[1], s.tokens[2]
    assert s.text[do.start:do.end] == "don't" and (nt.start, nt.end) == (do.start, do.end)
    assert s.tokens[3].feat_map == {} and nt.feat_map == {"Polarity": "Neg"}


def test_conllu_engine_rejects_malformed_lines_with_line_number() -> None:
    with pytest.raises(InputError, match="line 2"):
        read_conllu("# text = x\n1\tx\tx\n")


def test_conllu_engine_round_trip() -> None:
    first = read_conllu(MWT)
    again = read_conllu(to_conllu(first))
    assert [(t.text, t.head, t.deprel) for t in again[0].tokens] == \
        [(t.text, t.head, t.deprel) for t in first[0].tokens]


@needs_ewt
@pytest.mark.parametrize("split", ["train", "dev", "test"])
def test_conllu_engine_reads_all_of_ewt(split: str) -> None:
    sentences = ConlluEngine.read_file(EWT / f"en_ewt-ud-{split}.conllu")
    assert len(sentences) == {"train": 12544, "dev": 2001, "test": 2077}[split]
    for s in sentences:
        for t in s.tokens:
            assert t.start < 0 or s.text[t.start - s.start:t.end - s.start] in (t.text, s.text[t.start - s.start:t.end - s.start])
    assert all(t.start >= 0 for s in sentences for t in s.tokens)


@needs_ewt
def test_conllu_engine_long_documents_are_coded_whole() -> None:
    import eventcode

    text = (EWT / "en_ewt-ud-test.conllu").read_text(encoding="utf-8")
    head = "\n\n".join(text.split("\n\n")[:60]) + "\n"
    coder = eventcode.Coder(engine="conllu", places=False)
    assert isinstance(coder.code(head), list)
    (result,) = coder.code_documents([("d", head, None)])
    assert result.error is None
