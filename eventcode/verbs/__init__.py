"""The verb dictionary: records, loader and trigger matching."""

from eventcode.verbs.loader import load_verb_dictionary
from eventcode.verbs.records import Discard, VerbDictionary, VerbPattern

__all__ = ["Discard", "VerbDictionary", "VerbPattern", "load_verb_dictionary"]
