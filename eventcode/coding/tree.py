"""Fast read-only views of a ParsedSentence's dependency tree."""

from __future__ import annotations

from collections.abc import Sequence

from eventcode.coding.labels import bare_objects
from eventcode.coding.time_words import TIME_WORDS
from eventcode.records import ParsedSentence, Token

__all__ = ["TIME_WORDS", "Tree", "is_temporal", "phrase_heads"]

NOMINAL_EXCLUDE = frozenset({"acl", "acl:relcl", "advcl", "punct", "conj", "cc", "parataxis",
                             "dep", "appos", "case", "mark", "cc:preconj", "discourse", "vocative",
                             "reparandum", "list", "orphan", "ccomp", "xcomp"})


class Tree:
    """Children lists and small queries over one sentence (built once per sentence)."""

    __slots__ = ("sentence", "tokens", "_children", "_memo")

    def __init__(self, sentence: ParsedSentence) -> None:
        self.sentence = sentence
        self.tokens = bare_objects(sentence.tokens)
        kids: list[list[Token]] = [[] for _ in range(len(self.tokens) + 1)]
        for t in self.tokens:
            if 0 <= t.head <= len(self.tokens) and t.head != t.id:
                kids[t.head].append(t)
        self._children = kids
        self._memo: dict[tuple[str, int], object] = {}  # per-token answers (the tree never changes)

    def words(self) -> frozenset[str]:
        """Every lowercased word and lemma of the sentence, and adjacent pairs written together
        ("air strike" -> "airstrike"): what dictionary words could possibly match here."""
        key = ("words", 0)
        if key not in self._memo:
            forms = [(t.text.lower(), t.lemma.lower()) for t in self.tokens]
            out = {w for pair in forms for w in pair}
            out |= {a + b for (a, a2), (b, b2) in zip(forms, forms[1:]) for a, b in ((a, b), (a2, b2))}
            self._memo[key] = frozenset(out)
        return self._memo[key]  # type: ignore[return-value]

    def token(self, tid: int) -> Token:
        return self.tokens[tid - 1]

    def head_of(self, tok: Token) -> Token | None:
        return self.tokens[tok.head - 1] if 0 < tok.head <= len(self.tokens) else None

    def children(self, tok: Token, *deprels: str) -> list[Token]:
        """Children of ``tok``; with ``deprels``, only those whose relation (or its base) is listed."""
        kids = self._children[tok.id]
        if not deprels:
            return kids
        return [k for k in kids if k.deprel in deprels or k.deprel.split(":")[0] in deprels]

    def child(self, tok: Token, *deprels: str) -> Token | None:
        found = self.children(tok, *deprels)
        return found[0] if found else None

    def exact_children(self, tok: Token, *deprels: str) -> list[Token]:
        return [k for k in self._children[tok.id] if k.deprel in deprels]

    def case_of(self, tok: Token) -> str | None:
        """The lemma of the preposition (case/mark) attached to ``tok``, lowercased."""
        key = ("case", tok.id)
        if key not in self._memo:
            self._memo[key] = self._case_of(tok)
        return self._memo[key]  # type: ignore[return-value]

    def infinitive(self, tok: Token) -> bool:
        """Whether ``tok`` is marked by infinitival *to* ("to mediate")."""
        return any(k.lemma.lower() == "to" for k in self.exact_children(tok, "mark"))

    def _case_of(self, tok: Token) -> str | None:
        for k in self._children[tok.id]:
            if k.deprel in ("case", "mark") and k.upos in ("ADP", "SCONJ", "PART"):
                return k.lemma.lower()
        return None

    def subtree_ids(self, tok: Token) -> frozenset[int]:
        """Ids of ``tok`` and everything below it (from the children lists; cycle-safe)."""
        key = ("subtree", tok.id)
        if key not in self._memo:
            seen, todo = {tok.id}, [tok.id]
            while todo:
                for k in self._children[todo.pop()]:
                    if k.id not in seen:
                        seen.add(k.id)
                        todo.append(k.id)
            self._memo[key] = frozenset(seen)
        return self._memo[key]  # type: ignore[return-value]

    def conjuncts(self, tok: Token) -> list[Token]:
        """``tok`` and the tokens coordinated with it ("Turkey and Russia" -> both); an
        attribution misparsed as a conjunct ("..., according to X") is none."""
        out, todo, seen = [], [tok], {tok.id}
        while todo:
            t = todo.pop(0)
            out.append(t)
            for k in self.exact_children(t, "conj"):
                if any(c.text.lower() == "according" for c in self.exact_children(k, "case")):
                    continue  # "... to the Red Crescent, according to the Swiss agency": a source
                if k.id not in seen:  # a malformed (cyclic) tree must not loop
                    seen.add(k.id)
                    todo.append(k)
        return out

    def phrase(self, tok: Token, exclude: frozenset[str] = NOMINAL_EXCLUDE) -> list[Token]:
        """The noun phrase headed by ``tok``: its subtree minus clauses, conjuncts and its case."""
        keep, todo, seen = [tok], [tok], {tok.id}
        while todo:
            t = todo.pop()
            for k in self._children[t.id]:
                if k.id not in seen and (_in_phrase(k, exclude, nested=t is not tok)
                                         or self._glued_apposition(tok, k)):
                    seen.add(k.id)
                    keep.append(k)
                    todo.append(k)
        keep.sort(key=lambda t: t.id)
        return keep

    def _glued_apposition(self, head: Token, k: Token) -> bool:
        """ "Bree Prime Minister Romendacil" parsed as "Bree" + apposition: with no punctuation
        between them, the apposition is part of the noun phrase (not "Ali Hassan, a minister")."""
        if k.deprel != "appos" or k.head != head.id or k.id < head.id:
            return False
        return all(t.upos != "PUNCT" for t in self.tokens[head.id:k.id - 1])

    def compound_lemma(self, tok: Token) -> list[str]:
        """Strings a noun may match, lemma and word form ("arms" stays "arms" as well as "arm"),
        alone and with its contiguous modifiers: "strike", "air strike", "airstrike", and the
        modifiers before any head: "air *". Each form with a hyphen also comes without it
        ("peace-keeping force" as "peacekeeping force")."""
        key = ("compound", tok.id)
        if key not in self._memo:
            self._memo[key] = self._compound_lemma(tok)
        return self._memo[key]  # type: ignore[return-value]

    def _compound_lemma(self, tok: Token) -> list[str]:
        heads = dict.fromkeys((tok.lemma.lower(), tok.text.lower()))
        out, mods, prev = list(heads), [], tok.id - 1
        for k in reversed(self._children[tok.id]):
            if k.id == prev and k.deprel in ("compound", "amod", "nmod:npmod"):
                mods.insert(0, k.lemma.lower())
                for head in heads:
                    out += [" ".join(mods + [head]), "".join(mods + [head])]
                out.append(" ".join(mods) + " *")  # "artillery *": any head with these modifiers
                prev -= 1
        return out + [x.replace("-", "") for x in out if "-" in x]  # "peace-keeping force" too

def _in_phrase(k: Token, exclude: frozenset[str], *, nested: bool) -> bool:
    base = k.deprel.split(":")[0]
    if k.deprel == "nmod:poss":
        return True
    if k.deprel in exclude or base in exclude:
        return base == "case" and nested  # "troops of Syria": "of" belongs inside the phrase
    return True


def phrase_heads(phrase: Sequence[Token]) -> list[Token]:
    """The tokens of ``phrase`` whose head lies outside it (its head first, for a phrase)."""
    ids = {t.id for t in phrase}
    return [t for t in phrase if t.head not in ids]


def is_temporal(tok: Token) -> bool:
    """ "on Wednesday", "in March", "for two years": phrases of time, never targets."""
    return tok.deprel.endswith(":tmod") or tok.lemma.lower() in TIME_WORDS or tok.upos == "NUM"
