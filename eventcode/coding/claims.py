"""Claims of violent acts: responsibility or allegation, not a plain statement.

"The US claimed that ISIL had attacked Iraq" is an accusation (112, USA -> ISIL), not ISIL's
attack vouched for by the writer; "Hamas claimed that it had fired the rockets" is a claim of
responsibility (015, Hamas -> the target of the act). Plain reporting verbs (*say*, *report*)
keep the reported act as the event (docs/coding.md, attribution).
"""

from __future__ import annotations

import attrs

from eventcode.coding.actors_in_doc import same_actor
from eventcode.coding.tree import Tree

__all__ = ["CLAIM_VERBS", "claims"]

CLAIM_VERBS = frozenset({"claim"})
CLAIMED_ROOTS = frozenset({"17", "18", "19", "20"})
RESPONSIBILITY, ACCUSATION, STATEMENT = "015", "112", "010"
_CLAUSE_RELS = frozenset({"ccomp", "conj"})


def claims(tree: Tree, found: list) -> list:
    """``found`` (candidates of one sentence) with each claimed violent act and its claim's
    statement replaced by the claim: 015 when the claimant did it, 112 against the doer."""
    speakers = {c.match.token.id: c for c in found
                if c.code == STATEMENT and c.match.token.lemma.lower() in CLAIM_VERBS}
    if not speakers:
        return found
    replaced, made = set(), []
    for act in found:
        claim = _claim_over(tree, act.match.token, speakers)
        if claim is None or act.code[:2] not in CLAIMED_ROOTS or act.source is None:
            continue
        replaced |= {id(act), id(claim)}
        if same_actor(act.source, claim.source):
            made.append(attrs.evolve(claim, code=RESPONSIBILITY, target=act.target))
        else:
            made.append(attrs.evolve(claim, code=ACCUSATION, target=act.source))
    return [c for c in found if id(c) not in replaced] + made


def _claim_over(tree: Tree, tok, speakers: dict):
    """The claim whose clause holds ``tok`` ("claimed that ISIL had attacked Iraq and taken
    Mosul": both acts), if any."""
    cur = tok
    for _ in range(3):
        if cur.deprel not in _CLAUSE_RELS:
            return None
        head = tree.head_of(cur)
        if head is None:
            return None
        if head.id in speakers:
            return speakers[head.id]
        cur = head
    return None
