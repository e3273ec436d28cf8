"""Attack nouns that say how a violent act was done, not another attack."""

from __future__ import annotations

from collections.abc import Sequence

from eventcode.coding.tree import Tree, phrase_heads
from eventcode.coding.triggers import TriggerMatch
from eventcode.records import Token

__all__ = ["instrument_agents", "instrument_nouns", "weapon_subjects"]

VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def weapon_subjects(tree: Tree, matches: list[TriggerMatch],
                     coded: dict[int, tuple[TriggerMatch, str]]) -> dict[int, int]:
    """ "A roadside bombing killed two soldiers", "an Israeli air strike killed three
    fighters": an attack noun that is the subject of a violent verb names how the verb's act
    was done; one event with the noun's code and the verb's roles (verb id -> noun id)."""
    out: dict[int, int] = {}
    for m in matches:
        if m.token.id not in coded or coded[m.token.id][1][:2] not in VIOLENT_ROOTS or m.token.upos != "VERB":
            continue
        for k in tree.exact_children(m.token, "nsubj"):
            noun = coded.get(k.id)
            if noun is not None and k.upos == "NOUN" and noun[1][:2] in VIOLENT_ROOTS:
                out[m.token.id] = k.id
    return out


def instrument_nouns(tree: Tree, matches: list[TriggerMatch],
                      coded: dict[int, tuple[TriggerMatch, str]]) -> dict[int, int]:
    """ "killed in Israeli tank shelling": an attack noun in the phrase a violent pattern
    matched is how that act was done, not another attack (noun id -> verb id)."""
    out: dict[int, int] = {}
    for m in matches:
        if m.prep_obj is None or m.token.id not in coded or coded[m.token.id][1][:2] not in VIOLENT_ROOTS:
            continue
        for noun in (m.prep_obj, *tree.children(m.prep_obj)):
            if noun.id in coded and noun.id != m.token.id and coded[noun.id][1][:2] in VIOLENT_ROOTS:
                out[noun.id] = m.token.id
    return out


def instrument_agents(tree: Tree, weapons: Sequence[Sequence[Token]]) -> list[Token]:
    """ "blown up by a missile believed to be fired by pro-Russia rebels": who used the weapon
    that a violent act names as its agent (the *by* phrase of a participle on the weapon)."""
    out: list[Token] = []
    for phrase in weapons:
        for head in phrase_heads(phrase):
            todo = list(tree.children(head, "acl"))
            while todo:  # through "believed to be fired": acl, then its xcomp
                verb = todo.pop()
                todo += tree.children(verb, "xcomp")
                out += tree.children(verb, "obl:agent")
    return out
