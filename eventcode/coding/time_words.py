"""Words that name a time or a measure, not a party (shared by the tree and the label repair)."""

from __future__ import annotations

__all__ = ["MEASURE_WORDS", "TIME_WORDS"]

TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "tomorrow", "tonight", "day", "week", "month",
    "year", "weekend", "morning", "afternoon", "evening", "night", "hour", "time", "date",
})
MEASURE_WORDS = frozenset({"minute", "decade", "century", "percent", "mile", "kilometre",
                           "kilometer", "meter", "metre"})
