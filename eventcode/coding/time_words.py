"""Words that name a time, a measure or a quantity, not a party (shared by the tree, the label
repair and the phrase repairs)."""

from __future__ import annotations

__all__ = ["DAY_WORDS", "MEASURE_WORDS", "QUANTITY_WORDS", "TIME_WORDS"]

DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "today", "yesterday", "tonight"})
"""Words that name one day ("met with X Tuesday")."""
TIME_WORDS = DAY_WORDS | frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "tomorrow", "day", "week", "month", "year", "weekend",
    "morning", "afternoon", "evening", "night", "hour", "time", "date",
})
MEASURE_WORDS = frozenset({"minute", "decade", "century", "percent", "mile", "kilometre",
                           "kilometer", "meter", "metre"})
QUANTITY_WORDS = frozenset({"up", "to", "about", "around", "nearly", "over", "some", "almost",
                            "approximately", "roughly", "than", "more", "at", "least", "as", "many"})
"""Words before a number: "up to 1,000 Turks" and "about 300 delegates" are no prepositional phrases."""
