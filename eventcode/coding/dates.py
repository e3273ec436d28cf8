"""Event dates: the document date moved by phrases such as "yesterday" or "on Sunday"."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["event_date", "parse_date"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?:on |last |this )?(" + "|".join(WEEKDAYS) + r")\b", re.I)
_RELATIVE = (
    (re.compile(r"\byesterday\b", re.I), -1, "day"),
    (re.compile(r"\b(?:today|tonight|this morning|this afternoon|this evening)\b", re.I), 0, "day"),
    (re.compile(r"\b(?:the day before yesterday)\b", re.I), -2, "day"),
    (re.compile(r"\blast week\b", re.I), -7, "week"),
    (re.compile(r"\bthis week\b", re.I), 0, "week"),
    (re.compile(r"\blast month\b", re.I), -30, "month"),
    (re.compile(r"\bearlier this month\b", re.I), 0, "month"),
)


def parse_date(value: object) -> dt.date | None:
    """A date from a date, datetime, ISO string or pandas Timestamp; None when absent or invalid."""
    try:
        if value is None or bool(value != value):  # NaN / NaT
            return None
    except (TypeError, ValueError):  # pd.NA, arrays: not a date
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def event_date(doc_date: dt.date | None, sentence: str) -> tuple[dt.date | None, str]:
    """(date, precision) for an event in ``sentence`` of a document published on ``doc_date``."""
    if doc_date is None:
        return None, "day"
    try:
        return _moved(doc_date, sentence)
    except OverflowError:  # "yesterday" on 0001-01-01
        return doc_date, "day"


def _moved(doc_date: dt.date, sentence: str) -> tuple[dt.date, str]:
    for pattern, days, precision in _RELATIVE:
        if pattern.search(sentence):
            return doc_date + dt.timedelta(days=days), precision
    m = _WEEKDAY.search(sentence)
    if m:
        back = (doc_date.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7
        return doc_date - dt.timedelta(days=back), "day"
    return doc_date, "day"
