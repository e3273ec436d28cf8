"""Word lists the tokenizer and sentence splitter consult (immutable data)."""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "FINAL_ABBREVIATIONS", "NUMBER_ABBREVIATIONS", "SENTENCE_STARTERS"]

_TITLES = """mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr cdr brig rep sen gov pres
sec amb rev fr st hon supt insp det cpl pvt gens messrs mme mlle sr jr""".split()
_MONTHS = "jan feb mar apr jun jul aug sep sept oct nov dec".split()
_OTHER = """inc corp co ltd llc plc bros dept univ assn ave blvd rd mt ft vs etc approx est
govt intl natl vol fig ed eds al cf ca op viz""".split()

ABBREVIATIONS: frozenset[str] = frozenset(_TITLES + _MONTHS + _OTHER)
"""Lowercase words (without the final period) that keep their period: ``Gen.``, ``Jan.``."""

NUMBER_ABBREVIATIONS: frozenset[str] = frozenset({"no", "nos", "art", "p", "pp"})
"""Abbreviations that keep their period only before a number (``No. 2``)."""

FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    "inc corp co ltd llc plc bros etc jr sr al govt intl natl".split()
)
"""Abbreviations that often end a sentence (``... Apple Inc. The company ...``)."""

SENTENCE_STARTERS: frozenset[str] = frozenset("""a an the this that these those he she it
they we i you his her its their our my your there here but and or so yet in on at for
from with after before when while if although though as since because however meanwhile
mr mrs ms dr some many most all no not one two both each every several other another
according earlier later last next on what who why how where which police officials
government troops""".split())
"""Lowercase words after which an abbreviation such as ``U.S.`` is taken to end the sentence."""
