"""Hand-built UD parses for the places tests: one token a line, ``text lemma UPOS head deprel``."""

from __future__ import annotations

from eventcode.records import ParsedSentence, Token


def parse(table: str) -> ParsedSentence:
    """A ``ParsedSentence`` from lines ``text lemma UPOS head deprel`` (ids count from 1)."""
    tokens = []
    for i, line in enumerate(table.strip().splitlines(), start=1):
        text, lemma, upos, head, deprel = line.split()
        tokens.append(Token(i, text, lemma, upos, int(head), deprel))
    return ParsedSentence(tuple(tokens), " ".join(t.text for t in tokens))


ALEPPO_VILLAGES = parse("""
Russian russian ADJ 2 amod
warplanes warplane NOUN 3 nsubj
bombed bomb VERB 0 root
villages village NOUN 3 obj
in in ADP 7 case
Aleppo Aleppo PROPN 7 compound
province province NOUN 4 nmod
including include VERB 9 case
Anadan Anadan PROPN 4 nmod
. . PUNCT 3 punct
""")

TALKS_IN_MOSCOW = parse("""
talks talk NOUN 0 root
in in ADP 3 case
Moscow Moscow PROPN 1 nmod
""")

FIGHTING_NW_SYRIA = parse("""
Fighting fighting NOUN 0 root
in in ADP 4 case
northwestern northwestern ADJ 4 amod
Syria Syria PROPN 1 nmod
""")

SARAQEB_IN_IDLIB = parse("""
Saraqeb Saraqeb PROPN 0 root
in in ADP 4 case
Idlib Idlib PROPN 4 compound
province province NOUN 1 nmod
""")
