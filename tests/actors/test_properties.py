"""Property: any token list resolves to an Actor or None, and find() stays in bounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventcode.actors import ActorResolver
from eventcode.records import Actor

WORDS = st.one_of(st.text(max_size=12),
                  st.sampled_from(["Syrian", "troops", "'s", "Assad", "U.S.", "-", "al", "Qaeda",
                                   "Kremlin", "in", "and", "WHO", "pro", "backed", "Erdogn", ""]))


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=12), st.sampled_from([None, "2000-01-01", "2024-12-08"]))
def test_properties_resolve_and_find_never_raise(actor_resolver: ActorResolver, words, date) -> None:
    import datetime as dt

    day = dt.date.fromisoformat(date) if date else None
    actor = actor_resolver.resolve(words, date=day)
    assert actor is None or isinstance(actor, Actor)
    for start, end, found in actor_resolver.find(words, date=day):
        assert 0 <= start < end <= len(words) and isinstance(found, Actor)
