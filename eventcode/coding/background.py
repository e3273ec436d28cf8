"""Triggers that are no event of their own: background, description, accident.

- A relative clause about an earlier event ("the helicopter that was captured last week",
  "whom they had taken hostage two weeks ago") or in the simple present ("Hamas, which
  advocates Israel's destruction") describes its noun.
- A passive participle on a noun ("citizens suspected by Peru of smuggling arms") says what
  the noun is, in passing; violence so reported is still news.
- A violent verb whose cause is an accident or a disaster ("killed in a bus crash", "killed by
  the earthquake") has no perpetrator.
"""

from __future__ import annotations

from eventcode.coding.tree import Tree
from eventcode.records import Token

__all__ = ["ACCIDENTS", "accidental", "anchoring", "background", "describing"]

PAST_WORDS = frozenset({"ago", "last", "earlier", "previously", "formerly", "once"})
ACCIDENTS = frozenset({
    "crash", "accident", "collision", "derailment", "earthquake", "quake", "tremor", "flood",
    "flooding", "landslide", "mudslide", "avalanche", "storm", "cyclone", "hurricane", "typhoon",
    "tornado", "tsunami", "stampede", "lightning", "heatwave", "drought", "disease", "outbreak",
    "epidemic", "pandemic", "wildfire", "eruption", "capsizing", "shipwreck",
})
CAUSE_PREPS = frozenset({"by", "in"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def accidental(tree: Tree, tok: Token) -> bool:
    """Whether the cause of the act at ``tok`` is an accident or a disaster."""
    for k in tree.children(tok, "obl", "obl:agent", "nmod"):
        if tree.case_of(k) in CAUSE_PREPS and any(t.lemma.lower() in ACCIDENTS for t in tree.phrase(k)):
            return True  # "killed by the Kenya Airways flight KQ507 crash"
    return False


def describing(tree: Tree, tok: Token) -> bool:
    """ "citizens suspected by Peru of smuggling arms", "a lunch hosted by the ambassador": a
    passive participle on a noun says what the noun is, in passing (on the last of coordinated
    nouns it is often a misparsed main verb: "the government and the rebels agreed to a
    truce"; violence so reported, "villagers killed by militants", is still news)."""
    head = tree.head_of(tok)
    return tok.deprel == "acl" and tok.xpos == "VBN" and head is not None \
        and head.upos in NOMINAL and head.deprel != "conj" and _under_verb(tree, head)


def _under_verb(tree: Tree, tok: Token) -> bool:
    """Whether a verb governs ``tok`` (else the tree hangs on a noun: "Hundreds of students
    demonstrated" misparsed with the verb as the noun's modifier), other than an existential
    *there is*."""
    cur = tok
    for _ in range(8):
        cur = tree.head_of(cur)
        if cur is None:
            return False
        if cur.upos in ("VERB", "AUX"):
            return not tree.exact_children(cur, "expl")  # "There were ten soldiers killed": the news itself
    return False


TIME_ANCHORS = frozenset({"after", "following", "since", "before"})


def anchoring(tree: Tree, tok: Token) -> bool:
    """ "advised against travel to Tunisia after the museum shooting last week": an event noun
    that only dates another act is an earlier event, not one the sentence reports."""
    return tok.upos == "NOUN" and tok.deprel.split(":")[0] in ("obl", "nmod") \
        and tree.case_of(tok) in TIME_ANCHORS


def background(tree: Tree, tok: Token) -> bool:
    """A relative clause about an earlier event ("the helicopter that was captured last week",
    "whom they had taken hostage two weeks ago", "athletes killed at the 1972 Games"): what
    the noun is, not what happens now."""
    kids = tree.children(tok)
    head = tree.head_of(tok)
    nominal = head is not None and head.upos in NOMINAL  # not "Some/DET 800,000 ... sought"
    place_relative = any(k.id < tok.id and k.lemma.lower() in ("where", "when") for k in kids)
    relative = (tok.deprel in ("acl:relcl", "acl") and nominal) or place_relative or any(
        k.id < tok.id and k.lemma.lower() in ("who", "whom", "which", "whose") for k in kids)
    if not relative:
        return False
    if tok.xpos in ("VBZ", "VBP") and not any(k.deprel.startswith("aux") for k in kids):
        return True  # "Hamas, which advocates Israel's destruction": what the noun does, habitually
    perfect = {k.text.lower() for k in kids if k.deprel.startswith("aux")} & {"had", "has", "have"}
    if "had" in perfect or (perfect and place_relative):
        return True  # "a curfew in Montenegro, where 28 people have been killed this year"
    return any(w.text.lower() in PAST_WORDS or (w.text.isdigit() and len(w.text) == 4)
               for k in kids if k.deprel.split(":")[0] in ("obl", "advmod", "nmod") or tree.case_of(k) is not None
               for w in tree.phrase(k))
