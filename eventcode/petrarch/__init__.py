"""Import PETRARCH/TABARI dictionaries (verbs, actors, agents, discards) into our records.

>>> imported = read_petrarch(["CAMEO.2.0.txt", "Phoenix.agents.txt"])   # doctest: +SKIP
>>> for issue in imported.issues: print(issue)                           # doctest: +SKIP
>>> write_import(imported, "petrarch_dicts/")                             # doctest: +SKIP

``load_dictionaries(petrarch=[...])`` reads such files directly (see ``merge_petrarch``).
"""

from eventcode.petrarch.merge import compile_patterns, merge_import, merge_petrarch
from eventcode.petrarch.reader import read_petrarch, read_petrarch_file
from eventcode.petrarch.records import FileImport, Issue, PetrarchImport
from eventcode.petrarch.writer import write_import

__all__ = ["FileImport", "Issue", "PetrarchImport", "compile_patterns", "merge_import", "merge_petrarch",
           "read_petrarch", "read_petrarch_file", "write_import"]
