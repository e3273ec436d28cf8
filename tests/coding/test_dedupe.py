"""One event per (source, code, target) in a sentence (default engine)."""

from __future__ import annotations

import eventcode


def test_an_untargeted_event_gives_way_to_the_same_event_with_a_target() -> None:
    events = eventcode.Coder().code("Kenyan police used tear gas to disperse the demonstrators.",
                                    date="2020-01-01")
    triples = {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
               for e in events}
    assert ("KENCOP", "175", "OPP") in triples
    assert ("KENCOP", "175", None) not in triples
