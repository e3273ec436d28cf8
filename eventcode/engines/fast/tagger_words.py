"""Word lists the fast tagger's repairs read (``tagger.py``)."""

from __future__ import annotations

NP_START = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP", "PRP$"})
NOMINAL = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
HAVE = frozenset({"have", "has", "had", "'ve", "having"})
CLAUSE_END = frozenset({"PUNCT", "SCONJ", "CCONJ"})
CLOSED = frozenset({"AUX", "ADP", "PRON", "DET", "SCONJ", "CCONJ", "PART"})
BARE_INFINITIVE = frozenset({"make", "makes", "made", "let", "lets", "help", "helps", "helped",
                              "see", "sees", "saw", "hear", "hears", "heard", "watch", "watched",
                              "do", "does", "did", "dare", "need", "bid", "have", "has", "had"})
CONJUNCTIONS = frozenset({"and", "or"})
PARTICIPLE_ENDS = ("ed", "en", "orn", "own", "led", "held", "hit", "run", "built", "made")
HEDGES = frozenset({"suspected", "alleged", "purported", "reputed", "presumed", "accused",
                     # "Ousted President X", "the jailed opposition leader"
                     "ousted", "deposed", "toppled", "exiled", "jailed", "detained", "slain",
                     "embattled", "imprisoned", "besieged", "beleaguered"})
ARTICLES = frozenset({"a", "an", "the"})
INFLECTED = ("ing", "ed", "en")  # "to getting", "to Hidden Valley": not base forms
REPORTING = frozenset({"said", "says", "told", "reported", "added", "announced", "stated"})
TIME_AFTER = frozenset({"last", "yesterday", "earlier"})  # "the museum shooting last week"
