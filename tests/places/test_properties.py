"""Properties: name keys are stable, and any token sequence, however badly parsed, is safe."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcode.places import name_key
from eventcode.records import ParsedSentence, Token

WORDS = ["in", "near", "Aleppo", "Idlib", "province", "the", "town", "of", "north", "-",
         "western", "Syria", "Khan", "Sheikhoun", "Moscow", "May", "al", "Numan", "Maarat",
         ",", "and", "Kremlin", "said", "Russia", "bombed", "Rio", "de", "Janeiro", "US"]
UPOS = ["PROPN", "NOUN", "ADP", "DET", "ADJ", "VERB", "PUNCT", "X", "_"]
DEPRELS = ["root", "nsubj", "obj", "obl", "nmod", "case", "compound", "flat", "conj",
           "amod", "ccomp", "dep", "nmod:poss"]


@given(st.text(max_size=40))
def test_name_key_is_idempotent(text):
    assert name_key(name_key(text)) == name_key(text)


@st.composite
def sentences(draw):
    n = draw(st.integers(min_value=1, max_value=12))
    tokens = []
    for i in range(1, n + 1):
        word = draw(st.sampled_from(WORDS))
        tokens.append(Token(i, word, word.lower(), draw(st.sampled_from(UPOS)),
                            draw(st.integers(min_value=0, max_value=n + 2)),
                            draw(st.sampled_from(DEPRELS))))
    return ParsedSentence(tuple(tokens), " ".join(t.text for t in tokens))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sentences())
def test_any_parse_gives_well_formed_mentions(resolver, sentence):
    mentions = resolver.mentions(sentence, context_countries=["SYR"])
    for m in mentions:
        assert 1 <= m.start <= m.end <= len(sentence)
        assert m.location.country and len(m.location.country) == 3
        assert m.location.precision in (1, 2, 3)
    for trigger in range(1, len(sentence) + 1):
        where = resolver.event_location(sentence, mentions, trigger_id=trigger)
        assert where is None or where in [m.location for m in mentions]
