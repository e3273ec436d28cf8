"""Who is the source and who the target of a trigger, read off the dependency tree."""

from __future__ import annotations

import attrs

from eventcode.coding.repairs import (
    apposed,
    comma_list,
    free,
    nominal_top,
    with_possessor,
)
from eventcode.coding.surface import listed_subjects
from eventcode.coding.tree import Tree, is_temporal
from eventcode.coding.triggers import ANNOUNCING, TriggerMatch
from eventcode.records import Token

__all__ = ["Roles", "phrases", "roles_for", "subject_of"]

TARGET_PREPS = ("with", "against", "to", "toward", "towards", "on", "upon", "into", "at", "for",
                "from", "over", "near", "along", "around", "across")  # in order of preference
RECIPROCAL_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "spar", "feud",
                              "quarrel", "wrangle", "argue", "disagree", "agree", "trade", "duel"})
PARTNER_PREPS = frozenset({"with", "between", "against", "toward", "towards"})
_PREP_RANK = {p: i for i, p in enumerate(TARGET_PREPS)}
STATIVE = frozenset({"engage", "involve"})  # "were engaged/involved in": active in meaning
_OBJECT_PREPS = frozenset({"from", "to", "into", "against"})
RELATIVE = frozenset({"that", "which", "who", "whom"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
CLAUSE_BREAK = frozenset({"VERB", "AUX", "SCONJ"})
SPEECH_VERBS = frozenset({"say", "tell", "report", "announce", "claim", "add", "state", "write",
                          "note", "confirm", "quote"})
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten", "offer", "agree", "refuse",
                             "order", "command", "instruct"})  # an ordered act is coded as the orderer's
APPEAL_VERBS = frozenset({"call", "appeal", "prevail", "press", "plead", "rely", "count"})
INHERIT_RELS = frozenset({"conj", "xcomp", "advcl", "acl", "ccomp", "parataxis"})
DOCUMENTS = frozenset({"decree", "law", "resolution", "statement", "order", "bill", "letter",
                       "declaration", "communique", "communiqué", "edict",
                       "directive", "motion", "petition", "memorandum", "note", "report"})
"""Texts that act for their author: "signed a decree recognising X" -> the signer recognises."""
Phrase = tuple[Token, ...]


@attrs.frozen(slots=True)
class Roles:
    """Candidate actor phrases (one per coordinated member) and the voice of the clause."""

    sources: tuple[Phrase, ...]
    targets: tuple[Phrase, ...]
    passive: bool = False
    partners: tuple[Phrase, ...] = ()  # "cooperation with Pakistan": if the target is no actor
    apposed: tuple[Phrase, ...] = ()  # "a member of parliament, Ali Said,": if the subject is none
    fallback: tuple[Phrase, ...] = ()  # the trigger's other prepositional phrases, best first
    venues: tuple[Phrase, ...] = ()  # "in X" on the trigger or its object: the last resort


def roles_for(tree: Tree, m: TriggerMatch) -> Roles:
    """Source and target phrases of a matched trigger."""
    if m.pattern.kind == "noun":
        return _noun_roles(tree, m)
    if m.pattern.source_role == "prep":
        return _source_from_prep(tree, m)
    passive = is_passive(tree, m.token) or _reduced_relative(tree, m.token)
    subj = _agent(tree, m.token) if passive else subject_of(tree, m.token)
    if subj is None and not passive:
        subj = _left_subject(tree, m.token)
    target = _target(tree, m, passive)
    other_names = phrases(tree, apposed(tree, subj, m.token))
    sources = _subjects(tree, m.token, subj, passive)
    if passive and subj is None and m.pattern.prep_object and m.prep_obj is not None:
        sources = _attackers(tree, m.prep_obj)  # "were killed in a Russian air strike"
    own = tree.subtree_ids(m.token)
    drop = {m.token.id} if target is None or target.id in own else own  # "bombed villages" misparse
    after = m.token.deprel == "amod" and target is not None and target.id > m.token.id
    targets = tuple(p for p in (tuple(t for t in ph if t.id not in drop and (not after or t.id > m.token.id))
                                for ph in phrases(tree, target)) if p)
    return Roles(sources=tuple(p for p in sources if p), targets=targets, passive=passive,
                 partners=phrases(tree, _partner(tree, target or m.prep_obj or m.obj, m.token)), apposed=other_names,
                 fallback=_fallback(tree, m, target), venues=_venues(tree, m, target))


def _attackers(tree: Tree, attack: Token) -> tuple[Phrase, ...]:
    """Who carried out an attack a passive names: its *by* phrase ("an air strike by government
    forces"), else its modifiers ("a Russian air strike", "Israeli tank shelling")."""
    agent = next((k for k in tree.children(attack, "nmod") if tree.case_of(k) == "by"), None)
    if agent is not None:
        return phrases(tree, agent)
    mods = _modifiers(tree, attack)
    return (mods,) if mods else ()


def _modifiers(tree: Tree, noun: Token, skip: frozenset[str] = frozenset()) -> Phrase:
    """The words of a noun's adjectival, compound and possessive modifiers ("Russian air" in
    "a Russian air strike"), leaving out modifiers whose lemma is in ``skip``."""
    return tuple(t for k in tree.children(noun, "amod", "compound", "nmod:poss")
                 if k.lemma.lower() not in skip for t in tree.phrase(k))


def _partner(tree: Tree, target: Token | None, verb: Token) -> Token | None:
    """ "called for closer cooperation with Pakistan": the other party of an event noun
    (parsers hang the with-phrase on the noun or on the verb)."""
    if target is None or target.upos != "NOUN":
        return None
    found = [k for h in (target, verb) for k in tree.children(h, "nmod", "obl")
             if k.id > target.id and tree.case_of(k) in PARTNER_PREPS and k.upos in ("NOUN", "PROPN")]
    return found[0] if found else None


def _subjects(tree: Tree, verb: Token, subj: Token | None, passive: bool) -> tuple[Phrase, ...]:
    """One phrase per subject; a list of names right before the verb that the parser broke
    apart ("Chile and Peru signed", "The US, Russia and Switzerland met") is read off the word
    order instead when that gives at least as many members."""
    sources = tuple(_before(p, verb) for p in phrases(tree, subj))
    if subj is None or passive or subj.id > verb.id:
        return sources
    # "Sudan's army and the RSF agreed" parsed as two subjects, the second with the "and"
    sources += tuple(_before(p, verb) for k in tree.exact_children(verb, "nsubj")
                     if k.id != subj.id and k.id < verb.id and tree.exact_children(k, "cc")
                     for p in phrases(tree, k))
    listed = listed_subjects(tree, verb)
    return listed if listed and len(listed) >= len(sources) else sources


def _source_from_prep(tree: Tree, m: TriggerMatch) -> Roles:
    """``source: prep`` ("was freed from X"): the prepositional object acts on the subject."""
    tok = m.token
    subj = next(iter(tree.exact_children(tok, "nsubj:pass", "nsubj")), None) or subject_of(tree, tok)
    head = tree.head_of(tok)
    if subj is None and head is not None and tok.deprel == "xcomp":  # "X was seen to break in Y"
        subj = next(iter(tree.exact_children(head, "nsubj:pass")), None)
    return Roles(sources=phrases(tree, m.prep_obj), targets=phrases(tree, subj))


def _fallback(tree: Tree, m: TriggerMatch, chosen: Token | None) -> tuple[Phrase, ...]:
    """ "welcomed memos from Bree", "toll rose in the dispute with X", "believes X can cope":
    when the chosen target names no actor, the trigger's other ``TARGET_PREPS`` phrases are
    tried, then those inside its other prepositional phrases ("in Minsk" itself is a place),
    then the subject of a clause after the verb."""
    if m.pattern.target != "auto" or (m.pattern.prep and not m.pattern.prep_object):
        return ()
    obls = [k for k in tree.children(m.token, "obl") if k.deprel != "obl:agent" and not is_temporal(k)
            and (chosen is None or k.id != chosen.id) and tree.case_of(k) is not None]
    direct = sorted((k for k in obls if tree.case_of(k) in _PREP_RANK), key=lambda k: _PREP_RANK[tree.case_of(k)])
    nested = [n for k in obls if tree.case_of(k) not in _PREP_RANK
              for n in tree.children(k, "nmod") if tree.case_of(n) in _PREP_RANK]
    clauses = [s for c in tree.exact_children(m.token, "ccomp") if c.id > m.token.id
               for s in tree.exact_children(c, "nsubj") if s.upos != "PRON"]
    held = [h for h in (chosen, m.obj, m.prep_obj) if h is not None] + obls
    return tuple(p for k in direct + nested + _objectphrases(tree, m) + clauses + _participial(tree, held)
                 for p in phrases(tree, k))


def _objectphrases(tree: Tree, m: TriggerMatch) -> list[Token]:
    """ "withdraw weapons inspectors and aid workers from Iraq": a directional phrase the
    parser hung on the matched object (or one of its conjuncts) rather than on the verb."""
    if m.obj is None:
        return []
    return [n for o in tree.conjuncts(m.obj) for n in tree.children(o, "nmod")
            if tree.case_of(n) in _OBJECT_PREPS]


def _venues(tree: Tree, m: TriggerMatch, chosen: Token | None) -> tuple[Phrase, ...]:
    """Last resort after ``_fallback``: an *in* phrase on the trigger or its object ("protected
    civilians in Ivory Coast", "renewed his licence in Michel Delving"); the coder drops one
    of the source's own country ("protested in Tbilisi")."""
    if m.pattern.target != "auto" or (m.pattern.prep and not m.pattern.prep_object):
        return ()
    holders = [m.token, *(h for h in (chosen, m.obj) if h is not None)]
    return tuple(p for h in holders for k in tree.children(h, "obl", "nmod") if k.deprel != "obl:agent"
                 and not is_temporal(k) and tree.case_of(k) == "in" for p in phrases(tree, k))


def _participial(tree: Tree, holders: list[Token]) -> list[Token]:
    """ "memos sent by Bree", "the roads leading into Mordor": the agent or ``TARGET_PREPS``
    phrase of a participle that modifies the object (or a noun inside it)."""
    nouns = [n for h in holders for n in [h, *tree.children(h, "nmod", "obj")]]
    found = []
    for verb in (c for n in nouns for c in tree.exact_children(n, "acl") if c.upos == "VERB"):
        obls = [k for k in tree.children(verb, "obl") if not is_temporal(k)]
        found += [k for k in obls if k.deprel == "obl:agent"]
        found += sorted((k for k in obls if tree.case_of(k) in _PREP_RANK), key=lambda k: _PREP_RANK[tree.case_of(k)])
    return found


def _before(phrase: Phrase, trigger: Token) -> Phrase:
    """A subject phrase that a misparse runs through its own verb stops at the verb."""
    if phrase and phrase[0].id < trigger.id and any(t.id == trigger.id for t in phrase):
        return tuple(t for t in phrase if t.id < trigger.id)
    return phrase


def _reduced_relative(tree: Tree, tok: Token) -> bool:
    """ "soldiers killed in Ukraine", "protesters arrested by police": a past participle after
    the noun it modifies is passive, and the noun is what it acted on."""
    if tok.deprel != "acl" or not (tok.xpos == "VBN" or "Voice=Pass" in tok.feats):
        return False
    head = tree.head_of(tok)
    if head is None or head.id > tok.id or head.upos not in ("NOUN", "PROPN", "PRON"):
        return False
    governor = tree.head_of(head)  # "Protesters rallied": a parser's "protesters (who were) rallied"
    if governor is None or governor.upos not in ("VERB", "AUX") or governor.lemma.lower() in SPEECH_VERBS:
        return False  # "he said government proposed ...": a clause the parser broke up
    return not tree.exact_children(tok, "nsubj", "nsubj:pass", "aux", "aux:pass", "obj")


def is_passive(tree: Tree, tok: Token) -> bool:
    """A passive auxiliary or subject, or a participle with an agent ("soldiers killed by
    rebels" parsed with "soldiers" as a plain subject)."""
    if tok.lemma.lower() in STATIVE and any(tree.case_of(k) == "in" for k in tree.children(tok, "obl")):
        return False  # "Serb forces were engaged in ethnic cleansing": the forces did it
    return bool(tree.exact_children(tok, "nsubj:pass", "aux:pass", "csubj:pass")) or (
        tok.xpos == "VBN" and bool(tree.exact_children(tok, "obl:agent")))


def subject_of(tree: Tree, tok: Token, depth: int = 0) -> Token | None:
    """The active subject of ``tok``, inherited through conj/xcomp/advcl chains when missing."""
    subjects = tree.exact_children(tok, "nsubj", "csubj")
    subj = next((k for k in subjects if not is_temporal(k)), None) or next(
        (k for k in subjects if k.upos == "NUM"), None)  # "1,800 of the teachers"
    if subj is not None and subj.lemma.lower() in RELATIVE and tok.deprel == "acl:relcl":
        return tree.head_of(tok)
    if subj is not None or depth > 4:
        return subj
    head = tree.head_of(tok)
    if head is None or tok.deprel.split(":")[0] not in INHERIT_RELS:
        return None
    if tok.deprel.startswith("acl") and head.lemma.lower() in DOCUMENTS and head.deprel == "obj":
        return subject_of(tree, tree.head_of(head), depth + 1)  # "signed a decree recognising X"
    if tok.deprel == "acl" and head.upos == "NOUN" and tree.infinitive(tok) and (
            (head.deprel == "obj" and not tree.exact_children(head, "nmod:poss")
             and not any(tree.case_of(k) in ("of", "by") for k in tree.exact_children(head, "nmod")))
            or (head.deprel == "obl" and tree.case_of(head) is not None)):
        # "used tear gas to disperse them"; "a hunger strike outside parliament to demand ..."
        return subject_of(tree, tree.head_of(head), depth + 1)
    if tok.deprel.startswith("acl") and head.upos in ("NOUN", "PROPN"):
        first = tree.head_of(head)  # "troops and gunmen clashed" misparsed as "gunmen (who) clashed"
        mutual = head.deprel == "conj" and tok.lemma.lower() in RECIPROCAL_VERBS
        return first if mutual and first is not None and first.deprel == "root" else head
    if tok.deprel == "xcomp":
        controller = _object_controller(tree, head, tok) or _passive_subject(tree, head)
        if controller is not None:
            return controller
    if tok.deprel == "conj" and is_passive(tree, head) and not is_passive(tree, tok):
        return _agent(tree, head)
    if head.lemma.lower() in SPEECH_VERBS and (
            (tok.deprel == "conj" and not tree.exact_children(tok, "cc")) or (
            tok.deprel.startswith(("advcl", "ccomp", "parataxis")) and not _speakers_participle(tree, tok, head))):
        return None  # "..., killing nine civilians, a monitoring group said": not the speaker
    return subject_of(tree, head, depth + 1)


def _speakers_participle(tree: Tree, tok: Token, speech: Token) -> bool:
    """ "The elders wrote to the president, urging him to ...": a bare participle after the
    speech verb is the speaker's act (one before it, "..., killing nine, a group said", is not)."""
    return tok.deprel == "advcl" and tok.xpos == "VBG" and speech.id < tok.id and not tree.exact_children(tok, "mark")


def _passive_subject(tree: Tree, head: Token) -> Token | None:
    """ "Obama is scheduled to attend", "rebels were forced to withdraw": the passive's subject
    does the act of its xcomp."""
    return next(iter(tree.exact_children(head, "nsubj:pass")), None)


def _object_controller(tree: Tree, head: Token, xcomp: Token) -> Token | None:
    """ "urged Iran to free X", "called on Iran to free X": Iran is the one who frees."""
    if head.lemma.lower() in SUBJECT_CONTROL:
        return None
    for k in tree.children(head, "obj", "iobj"):
        if k.id != xcomp.id and k.id < xcomp.id:
            return k
    if head.lemma.lower() in APPEAL_VERBS:
        for k in tree.children(head, "obl"):
            if k.id < xcomp.id and tree.case_of(k) in ("on", "upon", "to"):
                return k
    return None


def _agent(tree: Tree, tok: Token) -> Token | None:
    """The by-phrase of a passive; parsers may hang it one level down ("was accused of spying
    by Russia": on "spying")."""
    for k in tree.children(tok, "obl"):
        if k.deprel == "obl:agent" or tree.case_of(k) == "by":
            return k
    for inner in tree.children(tok, "advcl", "obl", "xcomp"):
        for k in tree.children(inner, "obl", "nmod"):
            if k.id > inner.id and (k.deprel == "obl:agent" or tree.case_of(k) == "by") and k.upos == "PROPN":
                return k
    return None


def _target(tree: Tree, m: TriggerMatch, passive: bool) -> Token | None:
    mode = m.pattern.target
    if mode in ("none", "subject"):  # "subject" goes with source "prep" (_source_from_prep)
        return None
    if mode == "prep" or (mode == "auto" and m.pattern.prep and not m.pattern.prep_object):
        if m.prep_obj is not None and m.prep_obj.upos in ("VERB", "AUX"):
            # "warned Damascus that ...": the one addressed; "demanded that Moscow ...": the subject
            return _direct_object(tree, m.token, passive) or _clause_subject(tree, m.prep_obj)
        return m.prep_obj
    direct = _direct_object(tree, m.token, passive)
    if mode in ("object", "addressee"):
        return direct
    if m.pattern.object and m.pattern.prep_object and m.prep_obj is not None:
        # "imposed restrictions on imports from China": the phrase the pattern names is a thing
        found = _prep_target(tree, [m.prep_obj, *([m.obj] if m.obj else [])], skip=m.prep_obj.id)
        if found is not None:
            return found
    if m.pattern.object:
        return _prep_target(tree, [m.token] + ([m.obj] if m.obj else [])) or _of_target(tree, m.obj)
    return direct or _prep_target(tree, [m.token])


def _direct_object(tree: Tree, tok: Token, passive: bool) -> Token | None:
    rels = ("nsubj:pass",) if passive else ("obj", "iobj")
    found = tree.exact_children(tok, *rels)
    if passive and not found and _reduced_relative(tree, tok):
        return tree.head_of(tok)
    if passive and not found:
        found = tree.exact_children(tok, "nsubj")
    iobj = [k for k in found if k.deprel == "iobj"]
    if not found and tok.deprel == "amod":  # misparse "rejected calls" as an adjective + noun
        head = tree.head_of(tok)
        return head if head is not None and head.id > tok.id else None
    return (iobj or found or [None])[0]


def _left_subject(tree: Tree, tok: Token) -> Token | None:
    """A finite verb the parser left without a subject ("Polish police today released ..."):
    the nearest nominal to its left that no preposition governs, within the same clause."""
    adjectival = tok.deprel == "amod" and tok.xpos in ("VBD", "VBN") and _after_nominal(tree, tok)
    bare_root = tok.deprel == "root" and tok.xpos == "VBN"  # "Oxfam today called on ...", mistagged
    if tok.xpos not in FINITE and not tree.exact_children(tok, "aux") and not adjectival and not bare_root:
        return None
    for t in reversed(tree.tokens[: tok.id - 1]):
        if t.upos in CLAUSE_BREAK and t.head != tok.id or t.lemma.lower() in RELATIVE:
            return None
        if t.upos in ("NOUN", "PROPN", "PRON") and not is_temporal(t):
            # the nearest noun must be free: "after an attack killed ..." has no subject here
            return nominal_top(tree, t, tok) if free(tree, t) else None
    return None


def _after_nominal(tree: Tree, tok: Token) -> bool:
    """ "forces detained dozens": the word before the verb ends a noun phrase."""
    before = [t for t in tree.tokens[: tok.id - 1] if t.upos != "ADV" and not is_temporal(t)
              and not (t.upos == "ADP" and (h := tree.head_of(t)) is not None and is_temporal(h))]
    return bool(before) and before[-1].upos in ("NOUN", "PROPN", "PRON")


def _prep_target(tree: Tree, holders: list[Token], skip: int = 0) -> Token | None:
    """The prepositional phrase most likely to name the target ("with X" before "on the phone");
    never the token ``skip``."""
    found = [(TARGET_PREPS.index(case), k.id, k) for h in holders for k in tree.children(h, "obl", "nmod")
             if k.deprel != "obl:agent" and not is_temporal(k) and (case := tree.case_of(k)) in TARGET_PREPS
             and not free(tree, k) and k.id != skip]
    return min(found)[2] if found else None


def _clause_subject(tree: Tree, tok: Token | None) -> Token | None:
    """ "demanded that Moscow withdraw its troops": the target of a clause is its subject;
    without one ("threatened to attack Israel") the clause itself is read as the target phrase."""
    if tok is None or tok.upos not in ("VERB", "AUX"):
        return tok
    return next(iter(tree.exact_children(tok, "nsubj", "nsubj:pass")), tok)


def _of_target(tree: Tree, obj: Token | None) -> Token | None:
    """ "demanded the withdrawal of Russian troops": the of-phrase of an event noun."""
    if obj is None:
        return None
    return next((k for k in tree.children(obj, "nmod") if tree.case_of(k) == "of"), None)


def _noun_roles(tree: Tree, m: TriggerMatch) -> Roles:
    """An event noun's source is in its modifiers ("Turkish air strikes"), else, for the object
    of an announcing verb, that verb's subject ("Italy announced a suspension of flights");
    its target the pattern's prepositional object, or another such phrase on that object or
    on the noun ("suspension of air links with Serbia", "a ban on imports from Russia")."""
    sources: tuple[Phrase, ...] = ()
    source = _modifiers(tree, m.token, frozenset(m.pattern.particles))
    head = tree.head_of(m.token)
    if not source and m.token.deprel == "obj" and head is not None and head.lemma.lower() in ANNOUNCING:
        sources = phrases(tree, subject_of(tree, head))
    target = m.prep_obj if m.pattern.prep else _prep_target(tree, [m.token])
    targets = phrases(tree, target)
    if target is not None and m.pattern.prep:  # "a ban on imports from Russia"
        targets += phrases(tree, _prep_target(tree, [target, m.token], skip=target.id))
    return Roles(sources=(source,) if source else sources, targets=targets)


def phrases(tree: Tree, head: Token | None) -> tuple[Phrase, ...]:
    """One phrase per coordinated member: "Turkey and Russia", "French and German leaders",
    "the presidents of Iraq and Egypt" each give two."""
    if head is None:
        return ()
    return tuple(with_possessor(tree, v) for t in tree.conjuncts(head)
                 for v in _variants(tree, tuple(tree.phrase(t)), t))


def _variants(tree: Tree, phrase: Phrase, head: Token) -> tuple[Phrase, ...]:
    listed = comma_list(tree, phrase, head)
    if listed:
        return listed
    for mod in phrase:
        members = tree.exact_children(mod, "conj") if mod.id != head.id else []
        if members:
            drop = {t.id for t in tree.phrase(mod)}
            rest = [t for t in phrase if t.id not in drop]
            return tuple(tuple(sorted(rest + tree.phrase(m), key=lambda t: t.id))
                         for m in [mod, *members])
    return (phrase,)
