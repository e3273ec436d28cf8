"""Negation, modality, future and attribution around a trigger.

``mood_of`` says how a trigger is asserted: "asserted", "negated", "refused" (negated
future: "will not release" -> the rejection family), "intent" (future, plans, pledges: coded
with the intent/threat family), "hypothetical" (may, could, conditionals,
questions: not coded), or "embedded" (under a governor that codes the event itself, such as
"threaten to attack" or "deny attacking").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from eventcode.coding.tree import Tree
from eventcode.records import Token

__all__ = ["intent_code", "mood_of", "most_specific", "refusal_code"]

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would"})
HYPOTHETICAL_AUX = frozenset({"may", "might", "could", "should", "must", "can", "ought"})
CONDITIONAL = frozenset({"if", "unless", "whether", "lest"})
INTENT_GOVERNORS = frozenset({
    "plan", "intend", "pledge", "promise", "vow", "agree", "prepare", "want", "seek", "hope",
    "aim", "offer", "expect", "propose", "wish", "resolve", "commit", "set", "schedule",
    "go", "mean", "pledged", "plot", "willing", "ready", "prepared", "determined", "eager", "keen",
    "committed", "swear", "sworn",
    # nouns: "reached an agreement to exchange prisoners", "a decision to withdraw"
    "agreement", "consensus", "decision", "commitment", "deal", "understanding", "accord",
})
EMBEDDING_GOVERNORS = frozenset({
    "deny", "refuse", "fail", "decline", "reject", "avoid", "threaten", "urge", "call", "ask",
    "demand", "warn", "accuse", "condemn", "blame", "allege", "suspect", "stop", "halt", "cease",
    "prevent", "forbid", "ban", "oppose", "appeal", "press", "encourage", "invite", "pressure",
    "pressurise", "pressurize",
    # punished or charged for an act: "arrested two men for attacking", "convicted X of murder"
    "charge", "convict", "sentence", "indict", "prosecute", "punish", "fine", "arrest", "jail",
    "imprison", "detain", "deport", "expel",
})  # not "order": an ordered act is coded as the orderer's (roles.SUBJECT_CONTROL)
EMBEDDING_NOUNS = frozenset({
    "pressure", "permission", "call", "demand", "request", "appeal", "plea", "ultimatum",
    "authorization", "authorisation", "mandate", "invitation", "approval", "licence", "license",
    "go-ahead", "right",
})  # "faces pressure to help Iran", "the right to fire": the act is asked for or allowed only
WANTING = frozenset({"want", "wish"})  # "X wants Y to act": X asks Y, Y does nothing yet
NEGATIVE_NOUNS = frozenset({"plan", "intention", "intent", "desire"})
_INTENT = MappingProxyType({
    "04": "036", "045": "039", "046": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313",
    "064": "0314", "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
    "0833": "0343", "0834": "0344", "084": "0353", "085": "0354", "086": "0355",
    "087": "0356", "14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311",
    "163": "1312", "164": "134", "165": "135", "166": "136", "17": "137", "172": "132",
    "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "18": "1383",
    "19": "1384", "191": "1381", "192": "1382", "20": "1383", "204": "1385",
})


_REFUSAL = MappingProxyType({
    "03": "120", "04": "125", "045": "126", "046": "125", "05": "120", "057": "127", "06": "121",
    "061": "1211", "062": "1212", "063": "1213", "07": "122", "071": "1221", "072": "1222",
    "073": "1223", "074": "1224", "08": "124", "081": "1241", "082": "1242", "083": "123",
    "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
})


def most_specific(table: Mapping[str, str], code: str) -> str | None:
    """The entry of ``table`` for the longest prefix of ``code`` (4, 3, then 2 digits)."""
    return next((table[k] for k in (code[:4], code[:3], code[:2]) if k in table), None)


def refusal_code(code: str) -> str | None:
    """ "will not release the prisoners": a refused cooperative act is a rejection (084 -> 1243);
    None for acts whose refusal is not an event ("will not attack")."""
    return most_specific(_REFUSAL, code)


def intent_code(code: str) -> str | None:
    """The intent/threat code that stands for a future ``code`` (194 -> 1384), or None to keep it."""
    return most_specific(_INTENT, code)


def mood_of(tree: Tree, tok: Token) -> str:
    """How the event at ``tok`` is asserted (see module docstring)."""
    if _negated(tree, tok):
        return "refused" if _future(tree, tok) else "negated"
    if _question(tree, tok):
        return "hypothetical"
    mood = _own_mood(tree, tok)
    if mood == "hypothetical":
        return mood
    cur = tok
    for _ in range(4):
        head = tree.head_of(cur)
        if head is None or cur.deprel.split(":")[0] not in ("xcomp", "ccomp", "advcl", "acl", "obj",
                                                             "obl", "iobj") or cur.deprel == "acl:relcl":
            break
        above = _governor_mood(tree, cur, head)
        if above == "asserted" and cur.deprel.startswith("acl") and head.upos in ("NOUN", "PROPN") \
                and not head.deprel.startswith("nsubj"):
            governor = tree.head_of(head)  # "accused Israel of attacking": through the noun
            if governor is not None:
                above = _governor_mood(tree, head, governor)
        if above in ("negated", "embedded", "hypothetical"):
            return above
        if above == "intent":
            mood = "intent"
        cur = head
    return mood


def _own_mood(tree: Tree, tok: Token) -> str:
    if any(tree.case_of(k) in CONDITIONAL for k in [tok]) or _marked(tree, tok, CONDITIONAL):
        return "hypothetical"
    auxes = {a.lemma.lower() for a in tree.exact_children(tok, "aux")} | \
        {a.text.lower() for a in tree.exact_children(tok, "aux")}
    if auxes & HYPOTHETICAL_AUX:
        return "hypothetical"
    if auxes & FUTURE_AUX or _going_to(tree, tok):
        return "intent"
    if tree.infinitive(tok) and tok.deprel in ("root", "parataxis"):
        return "intent"  # headline: "Turkey, Russia to hold talks"
    return "asserted"


def _governor_mood(tree: Tree, child: Token, head: Token) -> str:
    lemma = head.lemma.lower()
    if _negated(tree, head) and child.deprel.split(":")[0] in ("xcomp", "acl", "ccomp"):
        return "negated"
    if lemma in EMBEDDING_GOVERNORS and child.deprel.split(":")[0] in ("xcomp", "ccomp", "advcl",
                                                                        "obj", "obl", "iobj"):
        return "embedded"
    if _noun_complement(tree, child, head):
        return "embedded"
    if lemma in WANTING and _asked(tree, child, head):
        return "embedded"  # "wants Uganda to release ...": an appeal to Uganda (02.want.to)
    own = _own_mood(tree, head)
    if own == "hypothetical":
        return own  # "unless the president agrees to step down": nothing is intended yet
    if lemma in INTENT_GOVERNORS and (child.deprel.split(":")[0] in ("xcomp", "acl") or (
            child.deprel == "advcl" and tree.infinitive(child))):
        return "intent"  # "plans to attack"; "is committed to opening up" (to + -ing)
    if own == "intent" and child.deprel == "advcl" and tree.infinitive(child):
        return "intent"  # "will visit Kenya to mediate": the purpose of a planned act is planned too
    return "asserted"


def _noun_complement(tree: Tree, child: Token, head: Token) -> bool:
    """ "permission to attack", "faces pressure from Congress to help Iran" (the infinitive
    hung on the verb whose object the noun is): an infinitive completing a noun of asking or
    allowing."""
    if not tree.infinitive(child):
        return False
    if child.deprel.startswith("acl"):
        return head.lemma.lower() in EMBEDDING_NOUNS
    return child.deprel == "advcl" and any(
        o.lemma.lower() in EMBEDDING_NOUNS for o in tree.exact_children(head, "obj"))


def _asked(tree: Tree, child: Token, head: Token) -> bool:
    """ "wants Uganda to release": an infinitive after the object (as the verb's xcomp, or hung
    on the object by the parser) is what the object is asked to do."""
    if child.deprel == "xcomp":
        return any(k.id < child.id for k in tree.exact_children(head, "obj", "iobj"))
    return child.deprel in ("obj", "iobj") and any(
        tree.infinitive(k) for k in tree.exact_children(child, "acl"))


def _future(tree: Tree, tok: Token) -> bool:
    auxes = {a.lemma.lower() for a in tree.exact_children(tok, "aux")} | \
        {a.text.lower() for a in tree.exact_children(tok, "aux")}
    return bool(auxes & FUTURE_AUX)


def _negated(tree: Tree, tok: Token) -> bool:
    for k in tree.children(tok, "advmod", "neg", "det", "aux", "cc:preconj"):
        if k.lemma.lower() in NEGATORS or k.text.lower() in NEGATORS or "Polarity=Neg" in k.feats:
            if k.deprel != "det" or tok.lemma.lower() in NEGATIVE_NOUNS:
                return True
    return False


def _marked(tree: Tree, tok: Token, words: frozenset[str] | set[str]) -> bool:
    return any(k.lemma.lower() in words for k in tree.exact_children(tok, "mark"))


def _going_to(tree: Tree, tok: Token) -> bool:
    head = tree.head_of(tok)
    return bool(head and head.lemma.lower() == "go" and tok.deprel == "xcomp"
                and tree.exact_children(head, "aux"))


def _question(tree: Tree, tok: Token) -> bool:
    text = tree.sentence.text.rstrip()
    return tok.deprel == "root" and text.endswith("?")
