"""The loaded actor dictionary: entries and agents, looked up by id."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from eventcode.actors.entries import ActorEntry, AgentEntry

__all__ = ["ActorDictionary"]


@attrs.frozen(slots=True)
class ActorDictionary:
    """Validated actor entries (countries, people, organisations, groups, metonyms) and agents."""

    entries: tuple[ActorEntry, ...]
    agents: tuple[AgentEntry, ...] = ()
    by_id: Mapping[str, ActorEntry | AgentEntry] = attrs.field(init=False, repr=False)
    country_codes: frozenset[str] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        items = {e.id: e for e in (*self.entries, *self.agents)}
        object.__setattr__(self, "by_id", MappingProxyType(items))
        codes = frozenset(e.code for e in self.entries if e.kind == "country")
        object.__setattr__(self, "country_codes", codes)

    @classmethod
    def from_entries(cls, entries: Iterable[ActorEntry | AgentEntry]) -> ActorDictionary:
        """Split a mixed sequence into actor entries and agents."""
        items = list(entries)
        return cls(tuple(e for e in items if isinstance(e, ActorEntry)),
                   tuple(e for e in items if isinstance(e, AgentEntry)))

    def __len__(self) -> int:
        return len(self.entries) + len(self.agents)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.by_id

    def get(self, entry_id: str) -> ActorEntry | AgentEntry | None:
        """The entry or agent with ``entry_id``, or None."""
        return self.by_id.get(entry_id)

    def count(self, kind: str) -> int:
        """How many entries of ``kind`` (``"agent"`` counts agents)."""
        if kind == "agent":
            return len(self.agents)
        return sum(1 for e in self.entries if e.kind == kind)
