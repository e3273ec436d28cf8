"""Records of a PETRARCH import: what each file gave, and what could not be converted."""

from __future__ import annotations

import attrs

from eventcode.actors.entries import ActorEntry, AgentEntry
from eventcode.verbs.records import RawDiscard, RawPattern

__all__ = ["FileImport", "Issue", "Line", "PetrarchImport"]

KINDS = ("verbs", "actors", "agents", "discards", "issues")


@attrs.frozen(slots=True)
class Line:
    """One content line of a PETRARCH file: 1-based number, text without comments."""

    number: int
    text: str


@attrs.frozen(slots=True)
class Issue:
    """A line that was skipped, or converted with something lost (``skipped=False``)."""

    file: str
    line: int
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        what = "skipped" if self.skipped else "partly converted"
        return f"{self.file}:{self.line}: {what}: {self.reason}"


@attrs.frozen
class FileImport:
    """Everything read from one PETRARCH file.

    ``lines`` counts content lines (comments and blank lines excluded); every content line is
    converted, partly converted (an ``Issue`` with ``skipped=False``) or skipped (an ``Issue``).
    """

    file: str
    kind: str
    lines: int = 0
    patterns: tuple[RawPattern, ...] = ()
    synsets: dict[str, list[str]] = attrs.Factory(dict)
    entries: tuple[ActorEntry, ...] = ()
    agents: tuple[AgentEntry, ...] = ()
    discards: tuple[RawDiscard, ...] = ()
    issues: tuple[Issue, ...] = ()

    @property
    def skipped(self) -> int:
        return len({i.line for i in self.issues if i.skipped})

    @property
    def partial(self) -> int:
        skipped = {i.line for i in self.issues if i.skipped}
        return len({i.line for i in self.issues if not i.skipped} - skipped)

    @property
    def converted(self) -> int:
        """Content lines converted in full."""
        return self.lines - self.skipped - self.partial

    def summary(self) -> str:
        """``file (kind): N lines, C converted, P partly, S skipped``."""
        return (f"{self.file} ({self.kind}): {self.lines} lines, {self.converted} converted, "
                f"{self.partial} partly converted, {self.skipped} skipped")


@attrs.frozen
class PetrarchImport:
    """All files of one import, in the order given."""

    files: tuple[FileImport, ...]

    @property
    def issues(self) -> list[Issue]:
        return [i for f in self.files for i in f.issues]

    @property
    def patterns(self) -> list[RawPattern]:
        return [p for f in self.files for p in f.patterns]

    @property
    def synsets(self) -> dict[str, list[str]]:
        return {k: v for f in self.files for k, v in f.synsets.items()}

    @property
    def entries(self) -> list[ActorEntry]:
        return [e for f in self.files for e in f.entries]

    @property
    def agents(self) -> list[AgentEntry]:
        return [a for f in self.files for a in f.agents]

    @property
    def discards(self) -> list[RawDiscard]:
        return [d for f in self.files for d in f.discards]
