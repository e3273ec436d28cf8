"""The embedded fast engine: tokenizer, splitter, lemmas and parses with the shipped models."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcode.engines.base import Engine
from eventcode.engines.fast import FastEngine
from eventcode.engines.fast.splitter import split_sentences
from eventcode.engines.fast.tokenizer import tokenize
from eventcode.errors import InputError, ModelNotFoundError
from eventcode.records import ParsedSentence

NEWS = ("Syria's President Bashar al-Assad met U.S. Gen. John Smith on Jan. 5 in Damascus. "
        "Mr. Smith said the talks went well. The U.N. envoy didn't attend.")


@pytest.fixture(scope="module")
def engine() -> FastEngine:
    return FastEngine()


def words(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize(text)]


def sentences(text: str) -> list[str]:
    spans = list(tokenize(text))
    return [text[spans[a][0]:spans[b - 1][1]] for a, b in split_sentences(text, spans)]


def by_text(sentence: ParsedSentence, text: str):
    return next(t for t in sentence.tokens if t.text == text)


def test_tokenizer_keeps_abbreviations_names_and_numbers() -> None:
    assert words("U.S. Gen. Smith met al-Assad on Jan. 5, 2019 at 10:30 p.m.") == [
        "U.S.", "Gen.", "Smith", "met", "al-Assad", "on", "Jan.", "5", ",", "2019", "at", "10:30", "p.m."]
    assert words("A 30-year-old man paid $1,000.50 (5%) to U.S.-backed forces.") == [
        "A", "30-year-old", "man", "paid", "$", "1,000.50", "(", "5", "%", ")", "to", "U.S.-backed",
        "forces", "."]


def test_tokenizer_splits_clitics_like_ud() -> None:
    assert words("Assad's forces") == ["Assad", "'s", "forces"]
    assert words("Assad’s troops") == ["Assad", "’s", "troops"]
    assert words("They don't, can't and won't.") == ["They", "do", "n't", ",", "ca", "n't", "and",
                                                     "wo", "n't", "."]
    assert words("the soldiers' families") == ["the", "soldiers", "'", "families"]


def test_tokenizer_quotes_urls_and_ellipses() -> None:
    assert words('He said: "No." See https://example.org/a?b=1.') == [
        "He", "said", ":", '"', "No", ".", '"', "See", "https://example.org/a?b=1", "."]
    assert words("Really... yes") == ["Really", "...", "yes"]


def test_sentence_splitting_on_news_text() -> None:
    assert sentences(NEWS) == [
        "Syria's President Bashar al-Assad met U.S. Gen. John Smith on Jan. 5 in Damascus.",
        "Mr. Smith said the talks went well.",
        "The U.N. envoy didn't attend.",
    ]
    assert sentences('"We will win," he said. "No way." It ended in the U.S. The end') == [
        '"We will win," he said.', '"No way."', "It ended in the U.S.", "The end"]
    assert sentences("Headline without stop\n\nBody text here.") == [
        "Headline without stop", "Body text here."]


@pytest.mark.parametrize(("text", "expected"), [
    ("GAZA CITY, Palestinian Territories: Five people were killed.",
     ["GAZA CITY, Palestinian Territories:", "Five people were killed."]),
    ("LYON (AFP) - Interpol will send a team.", ["LYON (AFP) -", "Interpol will send a team."]),
    # not a dateline: no capitals first, or no colon or dash soon after them
    ("Iran: talks will resume.", ["Iran: talks will resume."]),
    ("NATO said it would send troops.", ["NATO said it would send troops."]),
])
def test_a_wire_dateline_is_a_sentence_of_its_own(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_long_sentences_are_cut(engine: FastEngine) -> None:
    capped = FastEngine(max_sentence_tokens=20)
    parsed = capped.parse(" ".join(["word"] * 95))
    assert [len(s) for s in parsed] == [20, 20, 20, 20, 15]


def test_engine_protocol_and_records(engine: FastEngine) -> None:
    assert isinstance(engine, Engine) and engine.name == "fast"
    parsed = engine.parse(NEWS)
    assert [s.index for s in parsed] == [0, 1, 2]
    for s in parsed:
        assert NEWS[s.start:s.end] == s.text
        assert sum(t.head == 0 for t in s.tokens) == 1
        for t in s.tokens:
            assert NEWS[t.start:t.end] == t.text
    assert [t.text for t in parsed[0].tokens[:3]] == ["Syria", "'s", "President"]
    assert by_text(parsed[0], "Syria").deprel == "nmod:poss"


def test_lemmas_of_news_verbs_and_nouns(engine: FastEngine) -> None:
    (s,) = engine.parse("Rebels seized the town after troops shelled it and held talks about strikes.")
    lemmas = {t.text: t.lemma for t in s.tokens}
    assert lemmas["seized"] == "seize" and lemmas["shelled"] == "shell" and lemmas["held"] == "hold"
    assert lemmas["talks"] == "talk" and lemmas["strikes"] == "strike" and lemmas["Rebels"] == "rebel"


def test_svo_news_sentence(engine: FastEngine) -> None:
    (s,) = engine.parse("Turkish troops shelled Kurdish positions near the border.")
    verb = by_text(s, "shelled")
    assert verb.deprel == "root" and verb.upos == "VERB"
    assert "Tense=Past" in verb.feats
    troops, positions = by_text(s, "troops"), by_text(s, "positions")
    assert (troops.head, troops.deprel) == (verb.id, "nsubj")
    assert (positions.head, positions.deprel) == (verb.id, "obj")


def test_passive_with_agent(engine: FastEngine) -> None:
    (s,) = engine.parse("Kurdish positions were shelled by Turkish troops on Monday.")
    verb = by_text(s, "shelled")
    assert by_text(s, "positions").deprel == "nsubj:pass"
    assert by_text(s, "were").deprel == "aux:pass"
    troops = by_text(s, "troops")
    assert (troops.head, troops.deprel) == (verb.id, "obl:agent")
    assert "Voice=Pass" in verb.feats


def _repaired(engine: FastEngine, repair: str, words: list[str], before: str, *extra) -> list[str]:
    """Run one tagger repair on hand-given tags; the tags after it."""
    tagger = engine.models.tagger
    tags = [tagger.classes.index(t) for t in before.split()]
    getattr(tagger, repair)(words, tags, *extra)
    return [tagger.classes[t] for t in tags]


@pytest.mark.parametrize(("words", "before", "after"), [
    ("Bush has any plan".split(), "PROPN/NNP AUX/VBZ DET/DT NOUN/NN", "VERB/VBZ"),
    ("I have to go".split(), "PRON/PRP AUX/VBP PART/TO VERB/VB", "VERB/VBP"),
    ("They have already left".split(), "PRON/PRP VERB/VBP ADV/RB VERB/VBN", "AUX/VBP"),
    ("I have .".split(), "PRON/PRP AUX/VBP PUNCT/.", "AUX/VBP"),
])
def test_tagger_have_is_auxiliary_only_before_a_participle(engine: FastEngine, words, before,
                                                           after) -> None:
    assert _repaired(engine, "_have", [w.lower() for w in words], before)[1] == after


@pytest.mark.parametrize(("words", "before", "after"), [
    ("Beijing issued".split(), "AUX/VBZ VERB/VBD", "PROPN/NNP"),   # a name mistaken for a function word
    ("The army".split(), "DET/DT NOUN/NN", "DET/DT"),              # a real function word, capitalised
    ("beijing issued".split(), "AUX/VBZ VERB/VBD", "AUX/VBZ"),     # only capitalised words
])
def test_tagger_names_mistaken_for_function_words(engine: FastEngine, words, before, after) -> None:
    assert _repaired(engine, "_names", words, before)[0] == after


def test_parse_many_and_bad_input(engine: FastEngine) -> None:
    docs = ["Police arrested two men.", "", "Iran condemned the attack. Israel denied it."]
    assert [len(out) for out in engine.parse_many(docs)] == [1, 0, 2]
    with pytest.raises(InputError):
        list(engine.parse_many(["fine", None]))  # type: ignore[list-item]


def test_missing_models_name_the_training_script(tmp_path) -> None:
    with pytest.raises(ModelNotFoundError, match="train_fast_engine"):
        FastEngine(model_dir=tmp_path).parse("Hello.")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300) | st.text(alphabet=" .'’-\"\n!?$%Uu.S", max_size=120))
def test_any_text_parses_with_consistent_offsets(engine: FastEngine, text: str) -> None:
    parsed = engine.parse(text)
    previous_end = 0
    for number, s in enumerate(parsed):
        assert s.index == number and text[s.start:s.end] == s.text
        assert s.start >= previous_end
        previous_end = s.end
        assert sum(t.head == 0 for t in s.tokens) == 1
        for k, t in enumerate(s.tokens, start=1):
            assert t.id == k and 0 <= t.head <= len(s) and t.head != k
            assert text[t.start:t.end] == t.text and t.text and not t.text.isspace()
            assert t.deprel and t.upos and t.lemma is not None


@pytest.mark.parametrize(("word", "expected"), [
    ("refugees", "NOUN"), ("suspects", "NOUN|VERB"), ("shelled", "VERB"),
    ("italy", "-"), ("the", "-"),
])
def test_tagger_lexicon_class_from_lemminflect(word: str, expected: str) -> None:
    from eventcode.engines.fast.tagger_features import role_features
    from eventcode.lexicon import lexicon_class
    assert lexicon_class(word) == expected
    assert "lx=" + expected in role_features(word, "xxx")[0]


@pytest.mark.parametrize(("sentence", "word", "upos"), [
    ("Italy announced a suspension of flights.", "Italy", "PROPN"),
    ("Turkey will allow Kurd refugees to return home.", "refugees", "NOUN"),
])
def test_tagger_on_words_rare_in_web_text(engine: FastEngine, sentence: str, word: str,
                                          upos: str) -> None:
    (s,) = engine.parse(sentence)
    assert by_text(s, word).upos == upos


@pytest.mark.parametrize(("words", "before", "after"), [
    # no finite verb: an -ed adjective the lexicon knows as a verb heads the sentence
    ("protesters blocked roads".split(), "NOUN/NNS ADJ/JJ NOUN/NNS", "VERB/VBD"),
    # a finite verb elsewhere: the adjective stays
    ("protesters blocked roads were".split(), "NOUN/NNS ADJ/JJ NOUN/NNS AUX/VBD", "ADJ/JJ"),
    # ... but a reporting verb ("..., officials said") is not one that could head it
    ("rebels engaged peacekeepers , officials said".split(),
     "NOUN/NNS ADJ/JJ NOUN/NNS PUNCT/, NOUN/NNS VERB/VBD", "VERB/VBD"),
    # not a verb in the lexicon
    ("protesters naked roads".split(), "NOUN/NNS ADJ/JJ NOUN/NNS", "ADJ/JJ"),
    # a base form heads no sentence ("to press", "that he be reinstated") ...
    ("protesters blocked roads to press demands".split(),
     "NOUN/NNS ADJ/JJ NOUN/NNS PART/TO VERB/VB NOUN/NNS", "VERB/VBD"),
    # ... but a present tense may ("blocked roads as they press demands")
    ("protesters blocked roads as they press demands".split(),
     "NOUN/NNS ADJ/JJ NOUN/NNS SCONJ/IN PRON/PRP VERB/VBP NOUN/NNS", "ADJ/JJ"),
    # ... not one right after "and", which needs a first conjunct
    ("protesters blocked roads and press demands".split(),
     "NOUN/NNS ADJ/JJ NOUN/NNS CCONJ/CC VERB/VBP NOUN/NNS", "VERB/VBD"),
])
def test_tagger_ensures_a_finite_verb(engine: FastEngine, words, before, after) -> None:
    margins = [0.0] * len(words)
    assert _repaired(engine, "_ensure_finite", words, before, margins)[1] == after


@pytest.mark.parametrize(("words", "before", "after"), [
    ("israel 's military said".split(), "PROPN/NNP PART/POS ADJ/JJ VERB/VBD", "NOUN/NN"),
    ("israel 's military units".split(), "PROPN/NNP PART/POS ADJ/JJ NOUN/NNS", "ADJ/JJ"),
])
def test_tagger_possessed_adjective_before_a_verb_is_a_noun(engine: FastEngine, words, before,
                                                            after) -> None:
    assert _repaired(engine, "_possessed", words, before)[2] == after


def test_tagger_participle_after_an_apposition_is_the_verb(engine: FastEngine) -> None:
    words = "oshima , the coordinator , demanded talks".split()
    before = "PROPN/NNP PUNCT/, DET/DT NOUN/NN PUNCT/, VERB/VBN NOUN/NNS"
    assert _repaired(engine, "_ensure_finite", words, before, [0.0] * len(words))[5] == "VERB/VBD"


@pytest.mark.parametrize(("words", "before", "after"), [
    # a word the lexicon knows as a verb and not as a noun, after "to": an infinitive
    ("to disperse protesters".split(), "ADP/IN ADJ/JJ NOUN/NNS", ["PART/TO", "VERB/VB"]),
    # a noun-or-verb after "to" is left to the tagger ("to attack" / "to the attack")
    ("to attack positions".split(), "ADP/IN NOUN/NN NOUN/NNS", ["ADP/IN", "NOUN/NN"]),
    # an inflected form is no infinitive ("committed to getting it done")
    ("to getting".split(), "ADP/IN VERB/VBG", ["ADP/IN", "VERB/VBG"]),
])
def test_tagger_verb_after_to_is_an_infinitive(engine: FastEngine, words, before, after) -> None:
    assert _repaired(engine, "_infinitives", words, before)[:2] == after


@pytest.mark.parametrize(("repair", "words", "before", "index", "after"), [
    # a base form right after a finite main verb, known as a noun: the object
    ("_nouns_after_verbs", "workers stopped work", "NOUN/NNS VERB/VBD VERB/VB", 2, "NOUN/NN"),
    # ... not after a verb that takes a bare infinitive
    ("_nouns_after_verbs", "they helped build", "PRON/PRP VERB/VBD VERB/VB", 2, "VERB/VB"),
    # an -ing noun after an article, before a preposition or verb
    ("_gerund_nouns", "a roadside bombing near", "DET/DT NOUN/NN VERB/VBG ADP/IN", 2, "NOUN/NN"),
    ("_gerund_nouns", "a deadly bombing killed", "DET/DT ADJ/JJ VERB/VBG VERB/VBD", 2, "NOUN/NN"),
    ("_gerund_nouns", "the museum shooting last", "DET/DT NOUN/NN VERB/VBG ADJ/JJ", 2, "NOUN/NN"),
    # ... with an object after it, a participle ("the men shelling the town")
    ("_gerund_nouns", "the men shelling the", "DET/DT NOUN/NNS VERB/VBG DET/DT", 2, "VERB/VBG"),
    # a hedging or status participle before a noun is an adjective ...
    ("_hedge_adjectives", "extradited suspected militants", "VERB/VBD VERB/VBN NOUN/NNS", 1, "ADJ/JJ"),
    ("_hedge_adjectives", "the alleged plotters", "DET/DT VERB/VBN NOUN/NNS", 1, "ADJ/JJ"),
    ("_hedge_adjectives", ", ousted president", "PUNCT/, VERB/VBN PROPN/NNP", 1, "ADJ/JJ"),
    ("_hedge_adjectives", "two exiled dissidents", "NUM/CD VERB/VBD NOUN/NNS", 1, "ADJ/JJ"),
    # ... but after a noun it is the verb: "police suspected militants of ..."
    ("_hedge_adjectives", "police suspected militants", "NOUN/NNS VERB/VBD NOUN/NNS", 1, "VERB/VBD"),
    # a hyphenated participle before a noun is an adjective, also when tagged as a base form
    ("_hyphen_adjectives", "the Saudi-led coalition", "DET/DT VERB/VBN NOUN/NN", 1, "ADJ/JJ"),
    ("_hyphen_adjectives", "to war-torn Malawi", "PART/TO VERB/VB PROPN/NNP", 1, "ADJ/JJ"),
    # ... but a hyphenated base form stays a verb ("to fast-track talks")
    ("_hyphen_adjectives", "to fast-track talks", "PART/TO VERB/VB NOUN/NNS", 1, "VERB/VB"),
    # no infinitive starts with a number: "asylum to five officers"
    ("_to_numbers", "asylum to five officers", "NOUN/NN PART/TO NUM/CD NOUN/NNS", 1, "ADP/IN"),
    ("_to_numbers", "to release five", "PART/TO VERB/VB NUM/CD", 0, "PART/TO"),
    # a demonym tagged as a name before a common noun is an adjective ...
    ("_demonyms", "Kenyan police used", "PROPN/NNP NOUN/NN VERB/VBD", 0, "ADJ/JJ"),
    # ... but a name stays a name ("Kenya police"), and a demonym before a name too
    ("_demonyms", "Kenya police used", "PROPN/NNP NOUN/NN VERB/VBD", 0, "PROPN/NNP"),
    ("_demonyms", "Kenyan Airways flew", "PROPN/NNP PROPN/NNP VERB/VBD", 0, "PROPN/NNP"),
])
def test_tagger_word_repairs(engine: FastEngine, repair: str, words: str, before: str, index: int,
                             after: str) -> None:
    assert _repaired(engine, repair, words.split(), before)[index] == after


@pytest.mark.parametrize(("words", "before", "after"), [
    # no finite verb: a plural noun after a name and before "to" that is also a verb
    ("greece plans to impose curbs".split(), "PROPN/NNP NOUN/NNS PART/TO VERB/VB NOUN/NNS", "VERB/VBZ"),
    # with a finite verb elsewhere it stays a noun
    ("greece plans to impose curbs were".split(), "PROPN/NNP NOUN/NNS PART/TO VERB/VB NOUN/NNS AUX/VBD",
     "NOUN/NNS"),
])
def test_tagger_plural_noun_before_to_is_the_present_verb(engine: FastEngine, words, before, after) -> None:
    assert _repaired(engine, "_ensure_finite", words, before, [0.0] * len(words))[1] == after


def test_tagger_finite_verb_after_and_needs_a_first_conjunct(engine: FastEngine) -> None:
    words = "police arrested ten protesters and detained them".split()
    before = "NOUN/NNS VERB/VBN NUM/CD NOUN/NNS CCONJ/CC VERB/VBD PRON/PRP"
    assert _repaired(engine, "_ensure_finite", words, before, [9.0] * len(words))[1] == "VERB/VBD"
