"""Actor dictionaries and actor resolution (exact n-grams, agents, dated roles, fuzzy)."""

from eventcode.actors.dictionary import ActorDictionary
from eventcode.actors.entries import ActorEntry, AgentEntry, Role
from eventcode.actors.loader import load_actor_dictionary

__all__ = ["ActorDictionary", "ActorEntry", "AgentEntry", "Role", "load_actor_dictionary"]
