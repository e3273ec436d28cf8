"""Atom columns and feature templates of the arc labeller (atoms: ``labeler_atoms``)."""

from __future__ import annotations

import attrs

__all__ = ["COLUMNS", "TEMPLATES", "TagClasses"]

COLUMNS = ("dw", "dt", "hw", "ht", "gt", "dpt", "dnt", "hnt", "dir", "dist", "casew", "markw",
           "auxw", "hpass", "hbe", "order", "sibt", "commas", "dkids", "ddet", "dlt", "drt",
           "hnom", "hdir", "zero")

_T = str.split
TEMPLATES: tuple[tuple[str, ...], ...] = tuple(tuple(_T(t)) for t in (
    "dt", "dw", "dt ht", "dw ht", "dt hw", "dw hw", "dt ht dir", "dt ht dir dist", "dw dir",
    "dt dir dist", "dt ht gt", "gt ht dt dir", "dt ht casew", "dt casew", "dw casew",
    "ht casew dir", "hw casew", "dt markw", "dt ht markw", "dw markw", "dt ht hpass dir",
    "dt ht hbe dir", "dt ht auxw dir", "dw auxw", "dt ht order dir", "dt ht sibt dir", "dt dpt",
    "dt dnt", "dt ht dpt", "dt ht dnt", "dt ht commas dir", "dt dkids", "dt ddet ht",
    "dt dlt drt", "dt ht hnom dir", "ht hnt dt", "hw dir", "ht dir", "dw ht dir",
    "dt ht hdir", "dt ht gt hdir", "dw hpass dir", "dt casew hpass", "dt hw dir",
))


@attrs.frozen(slots=True)
class TagClasses:
    """Tag ids and word ids the labeller treats specially."""

    case: frozenset[int]
    mark: frozenset[int]
    aux: frozenset[int]
    det: frozenset[int]
    nominal: frozenset[int]
    be_words: frozenset[int]
    pass_tags: frozenset[int]
    comma_words: frozenset[int]
