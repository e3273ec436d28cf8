"""Which matches belong together: the core of one noun phrase, or the mentions of a headline."""

from __future__ import annotations

from collections.abc import Sequence

from eventcode.actors.matcher import Match

__all__ = ["core_matches", "group_matches"]

# A noun phrase's core ends at a conjunction, a preposition other than "of"/"from"/"for",
# or a relative pronoun outside any matched name: "protesters in Khartoum" -> "protesters".
_CUT_WORDS = frozenset({
    "and", "or", "but", "nor", "in", "at", "on", "near", "to", "against", "with", "by", "after",
    "before", "during", "outside", "inside", "across", "around", "over", "under", "into", "onto",
    "between", "among", "amid", "amidst", "via", "through", "toward", "towards", "as", "than",
    "who", "whom", "which", "that", "whose", "where", "when", "while", "loyal", "opposed",
    "including", "like", ",", ";", ":", "(", ")", "&"})
# Tokens that may stand between two matches of one mention: "Syria's Assad", "army of Syria".
_GLUE_WORDS = frozenset({"the", "of", "'s", "'", "\u2019s", "\u2019", "-", "\u2013"})


def core_matches(matches: Sequence[Match], words: Sequence[str]) -> list[Match]:
    """The matches before the first cut word that follows the first match."""
    if not matches:
        return []
    covered = {t for m in matches for t in range(m.start, m.end)}
    cut = next((i for i in range(matches[0].start, len(words))
                if i not in covered and words[i].lower() in _CUT_WORDS), len(words))
    return [m for m in matches if m.end <= cut]


def group_matches(matches: Sequence[Match], words: Sequence[str]) -> list[list[Match]]:
    """Matches split into mentions: neighbours joined by glue, unless both are names."""
    groups: list[list[Match]] = []
    for match in (m for m in matches if not m.ignored):
        if groups and _joins(groups[-1][-1], match, words):
            groups[-1].append(match)
        else:
            groups.append([match])
    return groups


def _joins(left: Match, right: Match, words: Sequence[str]) -> bool:
    if not all(w.lower() in _GLUE_WORDS for w in words[left.end:right.start]):
        return False
    return not (left.named and right.named) or left.sense.form == "demonym" or left.possessive
