"""Which place mention an event trigger belongs to: the nearest one in the dependency tree
within the trigger's clause, refined to a more precise place inside it."""

from __future__ import annotations

from collections.abc import Sequence

from eventcode.places.extract import span_head
from eventcode.places.mention import PlaceMention
from eventcode.records import ParsedSentence

__all__ = ["clause_of", "nearest_mention", "tree_distance"]

# relations that open a clause of its own: a place under one belongs to that clause's event
CLAUSE_RELATIONS = frozenset({"ccomp", "advcl", "parataxis", "csubj", "csubj:pass"})


def ancestors(sentence: ParsedSentence, token_id: int) -> list[int]:
    """``token_id`` and its heads up to the root (cycles in a bad parse are cut)."""
    chain = [token_id]
    while 0 < chain[-1] <= len(sentence) and len(chain) <= len(sentence):
        head = sentence.token(chain[-1]).head
        if head == 0 or head in chain or not 0 < head <= len(sentence):
            break
        chain.append(head)
    return chain


def clause_of(sentence: ParsedSentence, token_id: int) -> int:
    """The head of the clause that ``token_id`` lies in."""
    for node in ancestors(sentence, token_id):
        if sentence.token(node).deprel.split(":")[0] in CLAUSE_RELATIONS:
            return node
    return ancestors(sentence, token_id)[-1]


def tree_distance(sentence: ParsedSentence, a: int, b: int) -> int:
    """Edges between ``a`` and ``b`` (through their lowest common head); large if unlinked."""
    up_a, up_b = ancestors(sentence, a), ancestors(sentence, b)
    depth_b = {node: i for i, node in enumerate(up_b)}
    for i, node in enumerate(up_a):
        if node in depth_b:
            return i + depth_b[node]
    return 2 * len(sentence) + abs(a - b)


def nearest_mention(sentence: ParsedSentence, mentions: Sequence[PlaceMention],
                    trigger_id: int, context_countries: Sequence[str] = ()) -> PlaceMention | None:
    """The mention in the trigger's clause nearest to it, refined to a more precise mention
    lying inside it ("fighting in northwestern Syria near Saraqeb" -> Saraqeb); else None."""
    clause = clause_of(sentence, trigger_id)
    heads = {m: span_head(sentence, m.start, m.end) for m in mentions}
    pool = [m for m in mentions if clause_of(sentence, heads[m]) == clause]
    if not pool:
        return None

    def rank(m: PlaceMention) -> tuple[int, int, int]:
        elsewhere = m.location.country not in context_countries
        return tree_distance(sentence, trigger_id, heads[m]), elsewhere, abs(heads[m] - trigger_id)

    nearest = min(pool, key=rank)
    inside = [m for m in pool if _inside(m, nearest)]
    return min(inside, key=lambda m: (m.location.precision, rank(m))) if inside else nearest


def _inside(m: PlaceMention, outer: PlaceMention) -> bool:
    """``m`` is more precise than ``outer`` and lies in it (its country or admin1)."""
    loc, out = m.location, outer.location
    if loc.precision >= out.precision or loc.country != out.country:
        return False
    return out.feature == "country" or (out.feature == "admin1" and loc.admin1 == out.admin1)
