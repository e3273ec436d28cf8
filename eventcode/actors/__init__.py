"""Actor dictionaries and actor resolution: exact n-grams, agents, dated roles, fuzzy names.

>>> resolver = ActorResolver(load_actor_dictionary())
>>> resolver.resolve(["Syrian", "government", "forces"]).code
'SYRGOVMIL'
"""

from eventcode.actors.dictionary import ActorDictionary
from eventcode.actors.entries import ActorEntry, AgentEntry, Role
from eventcode.actors.loader import load_actor_dictionary
from eventcode.actors.resolver import ActorResolver

__all__ = ["ActorDictionary", "ActorEntry", "ActorResolver", "AgentEntry", "Role", "load_actor_dictionary"]
