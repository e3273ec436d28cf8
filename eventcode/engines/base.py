"""The engine interface: text in, neutral ``ParsedSentence`` records out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from eventcode.records import ParsedSentence

__all__ = ["Engine"]


@runtime_checkable
class Engine(Protocol):
    """What every engine provides. Engines know nothing of dictionaries or the coder."""

    name: str

    def parse(self, text: str) -> list[ParsedSentence]:
        """Split ``text`` into sentences and parse each one."""
        ...

    def parse_many(self, texts: Iterable[str]) -> Iterator[list[ParsedSentence]]:
        """Parse many documents; yields one list of sentences per input text, in order."""
        ...
