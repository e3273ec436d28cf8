"""Appeals, demands and threats take their sub-code from the act they ask for or threaten.

"The EU urged Belarus to release political prisoners": the release (084) is not coded itself
(it is embedded under "urge"), but it tells which appeal this is: 0253, appeal to release
persons. CAMEO's appeal (02), demand (10) and threat (13) families mirror the cooperative
roots, so one table maps an act to its appeal code and the demand code is the same with
"10" for "02" ("02" + "53" -> "1053"); threats use the intent/threat table and refusals
("refused to lift the state of emergency": 1241) the refusal table.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

from eventcode.coding.modality import intent_code, most_specific, refusal_code
from eventcode.coding.tree import Tree
from eventcode.coding.triggers import TriggerMatch
from eventcode.records import Token

__all__ = ["asked_for_code", "attempted_code", "embedded_acts", "protest_codes", "refines",
           "specialised_codes"]

ATTEMPTS = frozenset({"try", "attempt", "plot", "conspire"})
ATTEMPTED = MappingProxyType({"186": "185"})  # CAMEO codes attempts only for assassinations
PROTESTS = frozenset({"141", "142", "143", "144", "145"})
REFORM_DEMANDS = frozenset({"104", "024"})  # demands/appeals for leadership, policy, rights, institutions
RIOT = "145"
RIOTERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher"})
RIOT_ROOTS = frozenset({"17", "18"})  # property destruction, assault
PLAIN_ATTACK = "190"
JOINING = frozenset({"join", "accompany"})  # "rioted, joining demonstrators in demanding X"
CARRIED_COMPLAINTS = frozenset({"110", "111", "114"})  # "to denounce X", "to complain about X"
EMBEDDING_RELS = frozenset({"xcomp", "ccomp", "advcl", "obj", "obl", "acl"})
APPEAL = MappingProxyType({
    "04": "026", "045": "028", "046": "026", "039": "028", "05": "022",
    "06": "021", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
    "07": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234",
    "08": "025", "081": "0251", "082": "0252", "083": "024", "0831": "0241", "0832": "0242",
    "0833": "0243", "0834": "0244", "084": "0253", "085": "0254", "086": "0255", "087": "0256",
})


def asked_for_code(governor: str, act: str) -> str | None:
    """The code of an appeal/demand/threat ``governor`` made specific by the ``act`` it embeds."""
    family = governor[:2]
    if family in ("02", "10"):
        appeal = most_specific(APPEAL, act)
        mapped = appeal if appeal is None or family == "02" else "10" + appeal[2:]
    elif family in ("12", "13"):
        mapped = refusal_code(act) if family == "12" else intent_code(act)
        mapped = mapped if mapped is not None and mapped.startswith(family) else None
    else:
        return None
    return mapped if mapped is not None and refines(governor, mapped) else None


def refines(general: str, specific: str) -> bool:
    """0253 refines 020 (the root's generic code), 025 and its sibling 0254 (the act's object
    is the better witness than the governor's verb), but not 023."""
    if specific == general or specific[:2] != general[:2]:
        return False
    if len(general) == 3 and general[2] == "0":
        return True
    return specific.startswith(general) or (len(general) == 4 and specific[:3] == general[:3])


def specialised_codes(tree: Tree, embedded: Iterable[TriggerMatch],
                      matches: Iterable[TriggerMatch]) -> dict[int, str]:
    """Trigger token id -> the more specific code its embedded act gives it."""
    by_id = {m.token.id: m for m in matches}
    out: dict[int, str] = {}
    for m in embedded:
        gov = _governor(tree, m, by_id)
        if gov is None or gov.token.id in out:
            continue
        if gov.pattern.code.startswith("13") and tree.exact_children(m.token, "nsubj", "nsubj:pass"):
            continue  # "warned that Russia would attack": a warning about another's act, not a threat
        code = asked_for_code(gov.pattern.code, m.pattern.code)
        if code is not None:
            out[gov.token.id] = code
    return out


def embedded_acts(tree: Tree, embedded: Iterable[TriggerMatch],
                  matches: Iterable[TriggerMatch]) -> dict[int, TriggerMatch]:
    """Governing trigger token id -> the first act embedded under it ("threatened to impose
    restrictions against German goods": the restrictions' target is the threat's)."""
    by_id = {m.token.id: m for m in matches}
    out: dict[int, TriggerMatch] = {}
    for m in embedded:
        gov = _governor(tree, m, by_id)
        if gov is not None and gov.token.id not in out:
            out[gov.token.id] = m
    return out


def _governor(tree: Tree, m: TriggerMatch, by_id: dict[int, TriggerMatch]) -> TriggerMatch | None:
    cur = m.token
    for _ in range(4):
        head = tree.head_of(cur)
        if head is None or cur.deprel.split(":")[0] not in EMBEDDING_RELS:
            return None
        if head.id in by_id:
            return by_id[head.id]
        cur = head
    return None


def attempted_code(tree: Tree, m: TriggerMatch, code: str) -> str:
    """ "tried to assassinate the prime minister", "an attempt to kill the president": 185."""
    head = tree.head_of(m.token)
    if code in ATTEMPTED and head is not None and head.lemma.lower() in ATTEMPTS \
            and m.token.deprel.split(":")[0] in ("xcomp", "acl", "advcl"):
        return ATTEMPTED[code]
    return code



def protest_codes(tree: Tree, coded: dict[int, tuple[TriggerMatch, str]]) -> tuple[dict[int, str], dict[int, int]]:
    """ "Protesters blocked roads demanding the government's resignation": a demand or complaint
    carried by a protest is what the protest is about, not an event of its own. A reform demand
    gives a three-digit protest its fourth digit (144 + 1041 -> 1441); any other demand,
    complaint or protest ("staged rallies to demand higher wages", "began a hunger strike to
    protest the ruling") is absorbed as it is.

    ``coded`` maps trigger token ids to (match, code); returns new codes and, for each demand
    consumed, the protest that took it."""
    new: dict[int, str] = {}
    used: dict[int, int] = {}
    for tid, (m, code) in coded.items():
        if code[:3] not in PROTESTS or tid in used:
            continue
        holders = [m.token] + ([m.obj] if m.obj is not None else [])  # "a strike demanding X"
        holders += _joining(tree, m.token)
        for kid in (k for h in holders for k in tree.children(h, "advcl", "xcomp", "acl", "conj", "obl")):
            demand = coded.get(kid.id)
            if demand is None or not _carried(demand[1]) or kid.id == tid:
                continue
            if len(code) == 3 and demand[1][:3] in REFORM_DEMANDS and len(demand[1]) == 4:
                new[tid] = code + demand[1][3]
            used[kid.id] = tid
            break
    return new, used


def _joining(tree: Tree, protest: Token) -> list[Token]:
    """ "rioted at a jail, joining demonstrators in demanding X": a participle of joining in the
    protest's clause (on the verb or on one of its nouns), whose demand is the protest's."""
    out = []
    for t in tree.tokens:
        if t.lemma.lower() not in JOINING or t.upos != "VERB":
            continue
        head = tree.head_of(t)
        while head is not None and head.upos in ("NOUN", "PROPN"):
            head = tree.head_of(head)
        if head is not None and head.id == protest.id:
            out.append(t)
    return out


def riot_code(code: str, sources) -> str:
    """ "Protesters torched a police station", "a rioter demolished the building", "protesters
    attacked the police": property destruction, assault or plain attack by demonstrators is
    violent protest (145); armed fighting with named weapons (193-196) stays what it is."""
    if (code[:2] in RIOT_ROOTS or code == PLAIN_ATTACK) and any(t.lemma.lower() in RIOTERS and t.upos == "NOUN"
                                        for phrase in sources for t in phrase):
        return RIOT
    return code


def _carried(code: str) -> bool:
    """Codes a protest can carry: demands (10), reform appeals (024), complaints (110, 111, 114) and
    protests (14)."""
    return code[:2] in ("10", "14") or code[:3] in CARRIED_COMPLAINTS or code[:3] in REFORM_DEMANDS
