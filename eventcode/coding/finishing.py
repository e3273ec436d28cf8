"""The last pass over a sentence's candidates: statements that only attribute, duplicates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventcode.coding.tree import Tree

if TYPE_CHECKING:
    from eventcode.coding.sentence import Candidate

__all__ = ["SPEECH_CODE", "dedupe", "drop_speech_acts"]

SPEECH_CODE = "010"


def drop_speech_acts(tree: Tree, found: list[Candidate]) -> list[Candidate]:
    """ "X said Y attacked Z": the statement is coded only when nothing else is, and never
    for an unnamed source that only attributes the report ("..., port officials said")."""
    if all(c.code == SPEECH_CODE for c in found):
        return [c for c in found if not _attribution(tree, c)]
    return [c for c in found if c.code != SPEECH_CODE]


def _attribution(tree: Tree, c: Candidate) -> bool:
    """ "Denmark accepted the formula, government officials said": a speech verb after the
    clause it reports, said by an unnamed role, names the report's source, not an event."""
    tok = c.match.token
    return c.target is None and c.source is not None and c.source.match == "agent" and any(
        k.deprel in ("ccomp", "parataxis") and k.id < tok.id for k in tree.children(tok))


def dedupe(found: list[Candidate]) -> list[Candidate]:
    """One event per (source, code, target); one with no target gives way to the same source
    and code with a target ("used tear gas to disperse the demonstrators": one 175)."""
    def key(c: Candidate) -> tuple:
        return (c.source.code if c.source else None, c.code, c.target.code if c.target else None)
    aimed = {key(c)[:2] for c in found if c.target is not None}
    seen, out = set(), []
    for c in found:
        k = key(c)
        if k not in seen and not (c.target is None and k[:2] in aimed):
            seen.add(k)
            out.append(c)
    return out
