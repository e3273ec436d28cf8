"""Word helpers: PETRARCH's upper-case, underscore-joined words -> our lowercase lemmas and names."""

from __future__ import annotations

import functools
import re

from lemminflect import getLemma

__all__ = ["MAX_PHRASE_WORDS", "display_name", "noun_forms", "phrase", "plural", "slug"]

# function words inside names stay lowercase ("Republic of Korea", "al-Qaeda")
_LOWER = frozenset({"of", "the", "and", "for", "de", "du", "da", "des", "del", "la", "le", "al", "el",
                    "bin", "ben", "ibn", "van", "von", "in", "on", "to", "at", "y", "e", "dos", "das"})
_VOWELS = frozenset("AEIOUY")


def phrase(text: str) -> str:
    """``"NEW_ZEALAND_"`` -> ``"new zealand"``: underscores are spaces, a final ``_`` goes."""
    return " ".join(text.replace("_", " ").replace("+", " ").lower().split())


@functools.lru_cache(maxsize=50_000)
def _singular(word: str) -> str:
    if not word.isalpha() or len(word) < 4:
        return word
    lemmas = getLemma(word, upos="NOUN")
    return lemmas[0] if lemmas else word


MAX_PHRASE_WORDS = 4


def noun_forms(text: str, *, max_words: int = MAX_PHRASE_WORDS) -> tuple[str, bool]:
    """Lemma phrase of a noun phrase (head last) and whether words were dropped.

    Our matcher compares a noun's lemma with the run of modifiers right before it, so at most
    ``max_words`` words (modifiers + head) are kept, the head singularised ("MOCK ATTACKS" ->
    "mock attack"; "NEW ECONOMIC RELATIONS" -> "new economic relation").
    """
    words = phrase(text).split()
    trimmed = len(words) > max_words
    return " ".join(_singular(w) for w in words[-max_words:]), trimmed


def plural(word: str) -> str:
    """PETRARCH's regular plural: ``Y`` -> ``IES``, ``S``/``X``/``Z`` -> ``ES``, else ``S``."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def display_name(text: str) -> str:
    """An actor phrase as a name our case-aware matcher accepts ("KOFI_ANNAN_" -> "Kofi Annan").

    Acronyms stay upper case: words with dots or digits, without vowels, or of two letters
    starting with a vowel ("U.N.", "IMF", "UN", "US"). Function words become lowercase (they
    match any case); other words are capitalised, which also matches text in capitals
    ("Usa" matches "USA", "Xi" matches "Xi" and "XI").
    """
    return " ".join(_display_word(w) for w in text.replace("_", " ").replace("+", " ").split())


def _display_word(word: str) -> str:
    if word.lower() in _LOWER:
        return word.lower()
    upper = word.upper()
    if "." in word or any(c.isdigit() for c in word) or not _VOWELS.intersection(upper) \
            or (len(word) == 2 and upper[0] in _VOWELS):
        return word
    lower = word.lower()
    first = next((i for i, c in enumerate(lower) if c.isalpha()), 0)
    return lower[:first] + lower[first:first + 1].upper() + lower[first + 1:]


def slug(text: str) -> str:
    """A safe id piece: letters, digits, ``.``, ``_``, ``-``."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "x"
