"""Toponyms in a parsed sentence: runs of name tokens matched against gazetteer names
(longest first), and the cue around each ("in", "near", "province", "northwestern")."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from eventcode.places.mention import Toponym
from eventcode.places.normalize import name_key
from eventcode.records import ParsedSentence, Token

__all__ = ["name_runs", "toponyms"]

MAX_WORDS = 8
PREPOSITIONS = frozenset([
    "in", "at", "near", "outside", "inside", "into", "across", "throughout", "within",
    "around", "from", "to", "on", "over", "along", "toward", "towards", "between"])
NEAR = frozenset(["near", "outside", "around"])
# noun after the name -> (kind of entry it asks for, precision it implies)
AFTER = {"province": ("admin1", None), "governorate": ("admin1", None),
         "region": ("admin1", None), "state": ("admin1", None), "oblast": ("admin1", None),
         "prefecture": ("admin1", None), "division": ("admin1", None),
         "krai": ("admin1", None), "territory": ("admin1", None),
         "district": ("", 2), "county": ("", 2), "area": ("", 2), "countryside": ("", 2),
         "outskirts": ("", 2), "suburbs": ("", 2), "city": ("place", None),
         "town": ("place", None)}
# noun before "of X" -> (kind, precision)
BEFORE_OF = {"town": ("place", None), "city": ("place", None), "village": ("place", None),
             "capital": ("place", None), "port": ("place", None),
             "outskirts": ("", 2), "suburbs": ("", 2), "vicinity": ("", 2),
             "countryside": ("", 2), "province": ("admin1", None),
             "governorate": ("admin1", None), "region": ("admin1", None),
             "state": ("admin1", None), "district": ("", 2)}
_POINTS = ["north", "south", "east", "west",
           "northeast", "northwest", "southeast", "southwest"]
DIRECTIONS = frozenset(_POINTS + [p + "ern" for p in _POINTS] + ["central"])
CONNECTORS = frozenset([
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "les", "el", "al",
    "an", "ar", "as", "ash", "ad", "az", "ez", "es", "en", "ed", "et", "of", "and", "upon",
    "on", "sur", "am", "im", "der", "den", "von", "van", "y", "bin", "ibn", "ul", "ur",
    "-", "'", "’", "`", "."])
SKIPPABLE = frozenset(["the", "a", "an"])
NAME_LIKE_UPOS = frozenset({"NOUN", "X", "_"})
_ARTICLE_NAME = re.compile(r"^(al|el|an|ar|as|ash|ad|az|ez|es|en|ed|et)[-‘'’`]\w",
                           re.IGNORECASE)


def is_name(token: Token) -> bool:
    """A proper noun, an article-name like "al-Numan", or (past the first word) a capitalised
    noun or unknown word: a tagger may miss a rare name, never a capital letter."""
    if token.upos == "PROPN" or _ARTICLE_NAME.match(token.text):
        return True
    return token.id > 1 and token.text[:1].isupper() and token.upos in NAME_LIKE_UPOS


def name_runs(sentence: ParsedSentence) -> list[tuple[int, int]]:
    """Maximal (first id, last id) runs of name tokens, joined by connector words."""
    runs: list[tuple[int, int]] = []
    first = last = 0
    for token in sentence.tokens:
        if is_name(token):
            first, last = first or token.id, token.id
        elif not (first and token.text.lower() in CONNECTORS):
            if first:
                runs.append((first, last))
            first = last = 0
    if first:
        runs.append((first, last))
    return runs


def span_text(sentence: ParsedSentence, start: int, end: int) -> str:
    """The sentence text of tokens ``start``..``end`` (joined by spaces without offsets)."""
    first, last = sentence.token(start), sentence.token(end)
    if sentence.start >= 0 and first.start >= 0 and last.end >= 0:
        text = sentence.text[first.start - sentence.start:last.end - sentence.start]
        if text:
            return text
    return " ".join(sentence.token(i).text for i in range(start, end + 1))


def longest_matches(sentence: ParsedSentence, run: tuple[int, int], known: Container[str],
                    blocked: Container[str]) -> Iterator[tuple[int, int, str]]:
    """Non-overlapping (start, end, key) matches inside ``run``, longest first from the left."""
    i = run[0]
    while i <= run[1]:
        match = _longest_at(sentence, i, run[1], known, blocked)
        if match:
            yield i, match[0], match[1]
            i = match[0] + 1
        else:
            i += 1


def _longest_at(sentence: ParsedSentence, i: int, last: int, known: Container[str],
                blocked: Container[str]) -> tuple[int, str] | None:
    if not is_name(sentence.token(i)):
        return None
    for j in range(min(last, i + MAX_WORDS - 1), i - 1, -1):
        if is_name(sentence.token(j)):
            key = name_key(" ".join(sentence.token(t).text for t in range(i, j + 1)))
            if key in known and key not in blocked:
                return j, key
    return None


def toponyms(sentence: ParsedSentence, known: Container[str],
             blocked: Container[str] = frozenset()) -> list[Toponym]:
    """Every gazetteer name in ``sentence`` with its cue, in sentence order."""
    found = []
    for run in name_runs(sentence):
        for start, end, key in longest_matches(sentence, run, known, blocked):
            if not _descriptor(sentence, end):
                found.append(describe(sentence, start, end, key, run))
    return found


def _descriptor(sentence: ParsedSentence, end: int) -> bool:
    """ "the Somali city of Kismayo": a name before "city of <name>" describes the place named
    after *of*; it is not a place itself."""
    return _word(sentence, end + 1) in AFTER and _word(sentence, end + 2) == "of" \
        and end + 3 <= len(sentence) and _is_name_at(sentence, end + 3)


def describe(sentence: ParsedSentence, start: int, end: int, key: str,
             run: tuple[int, int]) -> Toponym:
    """A ``Toponym`` for the match, with the strongest cue its neighbours give."""
    head = span_head(sentence, start, end)
    cue, kind, precision = _cue(sentence, start, end, head)
    partial = any(run[0] <= n <= run[1] and is_name(sentence.token(n))
                  for n in (start - 1, end + 1))
    return Toponym(start, end, span_text(sentence, start, end), key, head, cue, kind,
                   precision, partial)


def span_head(sentence: ParsedSentence, start: int, end: int) -> int:
    """The span token whose head lies outside the span (the last token if none does)."""
    for i in range(start, end + 1):
        if not start <= sentence.token(i).head <= end:
            return i
    return end


def _cue(sentence: ParsedSentence, start: int, end: int, head: int) -> tuple[str, str, int | None]:
    """(cue, kind, precision): relation, noun after, noun before, direction, preposition."""
    for finder in (_relation_of, _noun_after, _noun_before, _direction):
        found = finder(sentence, start, end)
        if found:
            return found
    prep = _preposition(sentence, start, head)
    if prep is None:
        return "name", "", None
    return prep, "", 2 if prep in NEAR else None


def _word(sentence: ParsedSentence, i: int) -> str:
    """Lower-case lemma (or text) of token ``i``; "" outside the sentence."""
    if not 1 <= i <= len(sentence):
        return ""
    token = sentence.token(i)
    return (token.lemma if token.lemma not in ("", "_") else token.text).lower()


def _relation_of(sentence: ParsedSentence, start: int, end: int) -> tuple[str, str, int | None] | None:
    """"north of X", "outside of X", "the outskirts of X": near the place (precision 2)."""
    if _word(sentence, start - 1) != "of":
        return None
    word = _word(sentence, start - 2).replace("-", "")
    if word in _POINTS or word == "outside":
        return f"{word} of", "", 2
    return None


def _noun_after(sentence: ParsedSentence, start: int, end: int) -> tuple[str, str, int | None] | None:
    """"Idlib province", "Aleppo countryside", and "Aleppo" in "Aleppo and Idlib provinces"."""
    noun = _word(sentence, end + 1)
    if noun in AFTER:
        return _directed(sentence, start, noun, AFTER[noun])
    k = end + 1
    while k - end < 8 and (_word(sentence, k) in ("and", ",") or _is_name_at(sentence, k)):
        k += 1
    noun = _word(sentence, k)
    if k > end + 2 and noun in AFTER and sentence.token(k).text.lower() != noun:
        return _directed(sentence, start, noun, AFTER[noun])
    return None


def _directed(sentence: ParsedSentence, before: int, noun: str,
              meaning: tuple[str, int | None]) -> tuple[str, str, int | None]:
    """The noun cue, at precision 2 when a direction precedes ("northern Idlib province")."""
    kind, precision = meaning
    return noun, kind, 2 if _direction(sentence, before, before) else precision


def _is_name_at(sentence: ParsedSentence, i: int) -> bool:
    return 1 <= i <= len(sentence) and is_name(sentence.token(i))


def _noun_before(sentence: ParsedSentence, start: int, end: int) -> tuple[str, str, int | None] | None:
    """"the town of X", "the province of X", "the outskirts of X"."""
    if _word(sentence, start - 1) != "of" or _word(sentence, start - 2) not in BEFORE_OF:
        return None
    noun = _word(sentence, start - 2)
    return _directed(sentence, start - 2, noun, BEFORE_OF[noun])


def _direction(sentence: ParsedSentence, start: int, end: int) -> tuple[str, str, int | None] | None:
    """"northwestern Syria", "north-west Syria", "north - western Syria"."""
    words = [_word(sentence, i) for i in range(max(1, start - 3), start)]
    for n in (1, 2, 3):
        joined = "".join(words[-n:]).replace("-", "")
        if len(words) >= n and joined in DIRECTIONS:
            return "direction", "", 2
    return None


def _preposition(sentence: ParsedSentence, start: int, head: int) -> str | None:
    """The preposition of the name: its ``case`` dependent (or its governor's, through
    ``conj``, ``appos``, ``compound``, ``flat``), else the nearest one before it across
    "the", adjectives, directions and "town of"."""
    for token_id in _case_holders(sentence, head):
        for child in sentence.children(token_id):
            if child.deprel == "case" and _word(sentence, child.id) in PREPOSITIONS:
                return _word(sentence, child.id)
    return _preposition_before(sentence, start)


def _case_holders(sentence: ParsedSentence, head: int) -> list[int]:
    holders = [head]
    token = sentence.token(head)
    if token.deprel in ("conj", "appos", "compound", "flat") and token.head:
        holders.append(token.head)
    return holders


def _preposition_before(sentence: ParsedSentence, start: int) -> str | None:
    i = start - 1
    while i >= 1 and start - i <= 5:
        word, token = _word(sentence, i), sentence.token(i)
        if word in PREPOSITIONS and token.upos in ("ADP", "SCONJ", "ADV", "_"):
            return word
        if not (word in SKIPPABLE or word in DIRECTIONS or word in BEFORE_OF or word in
                ("of", "-") or token.upos == "ADJ"):
            return None
        i -= 1
    return None
