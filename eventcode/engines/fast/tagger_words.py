"""Word lists the fast tagger's repairs read (``tagger.py``)."""

from __future__ import annotations

_NP_START = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP", "PRP$"})
_NOMINAL = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_HAVE = frozenset({"have", "has", "had", "'ve", "having"})
_CLAUSE_END = frozenset({"PUNCT", "SCONJ", "CCONJ"})
_CLOSED = frozenset({"AUX", "ADP", "PRON", "DET", "SCONJ", "CCONJ", "PART"})
_BARE_INFINITIVE = frozenset({"make", "makes", "made", "let", "lets", "help", "helps", "helped",
                              "see", "sees", "saw", "hear", "hears", "heard", "watch", "watched",
                              "do", "does", "did", "dare", "need", "bid", "have", "has", "had"})
_CONJUNCTIONS = frozenset({"and", "or"})
_PARTICIPLE_ENDS = ("ed", "en", "orn", "own", "led", "held", "hit", "run", "built", "made")
_HEDGES = frozenset({"suspected", "alleged", "purported", "reputed", "presumed", "accused",
                     # "Ousted President X", "the jailed opposition leader"
                     "ousted", "deposed", "toppled", "exiled", "jailed", "detained", "slain",
                     "embattled", "imprisoned", "besieged", "beleaguered"})
_ARTICLES = frozenset({"a", "an", "the"})
_INFLECTED = ("ing", "ed", "en")  # "to getting", "to Hidden Valley": not base forms
_REPORTING = frozenset({"said", "says", "told", "reported", "added", "announced", "stated"})
_TIME_AFTER = frozenset({"last", "yesterday", "earlier"})  # "the museum shooting last week"
