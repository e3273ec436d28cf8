"""eventcode: political event coding (who did what to whom, where, when, and why we think so)."""

from eventcode._version import __version__
from eventcode.api import Coder, DocResult, code, code_corpus, iter_corpus
from eventcode.textprep import Limits
from eventcode.codebook import Codebook, default_codebook
from eventcode.dictionaries import Dictionaries, load_dictionaries
from eventcode.errors import DictionaryError, EngineError, EventcodeError, InputError, ModelNotFoundError
from eventcode.export import COLUMNS, events_to_frame
from eventcode.records import Actor, Event, Location, ParsedSentence, Token

__all__ = [
    "Actor",
    "COLUMNS",
    "Codebook",
    "Coder",
    "Dictionaries",
    "DictionaryError",
    "DocResult",
    "EngineError",
    "Event",
    "EventcodeError",
    "InputError",
    "Limits",
    "Location",
    "ModelNotFoundError",
    "ParsedSentence",
    "Token",
    "__version__",
    "code",
    "code_corpus",
    "default_codebook",
    "events_to_frame",
    "iter_corpus",
    "load_dictionaries",
]
