"""``Codebook.future_as_intent``: "will attack" is a threat (1384) or, turned off, the act (190)."""

from __future__ import annotations

import attrs
import pytest

from eventcode.codebook import default_codebook
from eventcode.coding import DocumentCoder
from eventcode.verbs import load_verb_dictionary
from tests.coding.test_coding_golden import MINIDICT
from tests.helpers import StubActors, parse

WILL = "Turkey/Turkey/PROPN/3/nsubj will/will/AUX/3/aux attack/attack/VERB/0/root Syria/Syria/PROPN/3/obj ././PUNCT/3/punct"


@pytest.mark.parametrize(("future_as_intent", "code"), [(True, "1384"), (False, "190")])
def test_future_act_code_follows_the_codebook(future_as_intent: bool, code: str) -> None:
    codebook = attrs.evolve(default_codebook(), future_as_intent=future_as_intent)
    coder = DocumentCoder(load_verb_dictionary([MINIDICT]), codebook, StubActors())
    (event,) = coder.code([parse(WILL)], doc_id="t")
    assert (event.source.code, event.code, event.target.code) == ("TUR", code, "SYR")
