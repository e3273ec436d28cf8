"""Greedy left-to-right averaged-perceptron tagger predicting joint ``UPOS/XPOS`` tags."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from eventcode.engines.fast.hashed import gather_sum
from eventcode.engines.fast.normalize import norm, shape
from eventcode.engines.fast.perceptron import Weights
from eventcode.engines.fast.tagger_features import PADS, role_features
from eventcode.engines.fast.tagger_words import (
    ARTICLES,
    BARE_INFINITIVE,
    CLAUSE_END,
    CLOSED,
    CONJUNCTIONS,
    HAVE,
    HEDGES,
    INFLECTED,
    NOMINAL,
    NP_START,
    PARTICIPLE_ENDS,
    REPORTING,
    TIME_AFTER,
)
from eventcode.lexicon import function_words, lexicon_class

__all__ = ["START", "Tagger"]

START = ("-T2-", "-T1-")
_CACHE_LIMIT = 200_000


def _only_verb(classes: str) -> bool:
    """A verb and no noun in the lexicon ("disperse": ADJ|VERB; not "attack": NOUN|VERB)."""
    names = classes.split("|")
    return "VERB" in names and "NOUN" not in names


class Tagger:
    """Tags a sentence (a sequence of words) with joint tags such as ``"VERB/VBD"``."""

    FINITE_MARGIN = 4.0
    """Score margin under which a VBN between a noun and a noun phrase becomes VBD."""

    def __init__(self, weights: Weights, classes: Sequence[str], tagdict: dict[str, str]) -> None:
        self.weights = weights
        self.classes = list(classes)
        self.tagdict = tagdict
        self._index = {c: i for i, c in enumerate(self.classes)}
        self._finite = frozenset(i for i, c in enumerate(self.classes)
                                 if c.split("/")[1] in ("VBD", "VBZ", "VBP", "MD"))
        self._vbn, self._vbd = self._index.get("VERB/VBN", -1), self._index.get("VERB/VBD", -1)
        self._adj = self._index.get("ADJ/JJ", 0)
        self._vb = self._index.get("VERB/VB", -1)
        self._vbz, self._nns = self._index.get("VERB/VBZ", -1), self._index.get("NOUN/NNS", -1)
        self._to = self._index.get("PART/TO", -1)
        self._in = self._index.get("ADP/IN", -1)
        self._vbg = self._index.get("VERB/VBG", -1)
        self._finite_main = frozenset(self._index[c] for c in ("VERB/VBD", "VERB/VBZ", "VERB/VBP")
                                      if c in self._index)
        self._modifiers = frozenset(i for i, c in enumerate(self.classes)
                                    if c in ("NOUN/NN", "ADJ/JJ", "NOUN/NNS", "PROPN/NNP"))
        self._after_noun = frozenset(i for i, c in enumerate(self.classes)
                                     if c.split("/")[1] in ("IN", "VBD", "VBZ", "MD") or c.startswith("PUNCT/"))
        self._np_start = frozenset(i for i, c in enumerate(self.classes) if c.split("/")[1] in NP_START)
        self._nominal = frozenset(i for i, c in enumerate(self.classes) if c.split("/")[1] in NOMINAL)
        self._main_verb = {i: self._index[c.replace("AUX/", "VERB/")] for i, c in enumerate(self.classes)
                           if c.startswith("AUX/") and c.replace("AUX/", "VERB/") in self._index}
        self._auxiliary = {v: k for k, v in self._main_verb.items()}
        self._upos = [c.split("/")[0] for c in self.classes]
        self._closed = frozenset(i for i, u in enumerate(self._upos) if u in CLOSED)
        self._propn = self._index.get("PROPN/NNP", -1)
        self._noun = self._index.get("NOUN/NN", -1)
        self._prev1, self._prev2 = self._transition_tables()
        rows = self.weights.rows
        self._not_first = rows.get("i>0", 0)
        self._later = self.weights.matrix[rows.get("b", 0)] + self.weights.matrix[self._not_first]
        self._words: dict[str, tuple[str, str, np.ndarray]] = {}

    def _transition_tables(self) -> tuple[np.ndarray, np.ndarray]:
        """Weights of ``t-1`` (by class) and ``t-2 t-1`` (by class pair), start symbols last."""
        names = [*self.classes, *START]
        n, m = len(names), self.weights.matrix
        rows = self.weights.rows
        prev1 = m[[rows.get("t-1=" + a, 0) for a in names]]
        pairs = [rows.get(f"t-2t-1={a} {b}", 0) for a in names for b in names]
        return prev1, m[pairs].reshape(n, n, -1)

    def _word(self, word: str) -> tuple[str, str, np.ndarray]:
        """Normalised form, shape and per-role summed weights of ``word`` (cached)."""
        hit = self._words.get(word)
        if hit is None:
            if len(self._words) >= _CACHE_LIMIT:
                self._words.clear()
            w, sh = (word, word) if word in PADS else (norm(word), shape(word))
            groups = role_features(w, sh)
            rows = self.weights.lookup([f for group in groups for f in group])
            starts = np.cumsum([0, *(len(g) for g in groups[:-1])])
            roles = np.add.reduceat(self.weights.matrix.take(rows, axis=0), starts, axis=0)
            hit = self._words[word] = (w, sh, roles)
        return hit

    def _statics(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], np.ndarray]:
        """Padded normalised words per sentence and (sentences, longest, classes) static scores."""
        info: list[tuple[str, str, np.ndarray]] = []
        starts = []
        for words in sentences:
            starts.append(len(info))
            info += map(self._word, (*PADS[:2], *words, *PADS[2:]))
        normed, shapes = [x[0] for x in info], [x[1] for x in info]
        roles = np.stack([x[2] for x in info])
        pairs, firsts, first_rows = self._pair_rows(normed, shapes, starts, sentences)
        p = np.asarray([k for a, w in zip(starts, sentences) for k in range(a + 2, a + 2 + len(w))],
                       dtype=np.intp)
        matrix = self.weights.matrix
        flat = gather_sum(matrix, np.asarray(pairs, dtype=np.intp).reshape(len(p), 2)) + self._later
        flat[firsts] += matrix[first_rows] - matrix[self._not_first]
        flat += roles[p, 0] + roles[p - 1, 1] + roles[p - 2, 2] + roles[p + 1, 3] + roles[p + 2, 4]
        return [normed[a:a + len(w) + 4] for a, w in zip(starts, sentences)], self._pad(flat, sentences)

    def _pair_rows(self, normed: list[str], shapes: list[str], starts: list[int],
                   sentences: Sequence[Sequence[str]]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        """Rows of the two word-pair features of each token; where sentences start and the rows
        of their first tokens' shape feature (the features of ``pair_features``)."""
        get = self.weights.rows.get
        pairs: list[tuple[int, int]] = []
        firsts, first_rows = [], []
        for start, words in zip(starts, sentences):
            if words:
                firsts.append(len(pairs))
                first_rows.append(get("i0sh=" + shapes[start + 2], 0))
            for k in range(start + 2, start + 2 + len(words)):
                w = normed[k]
                pairs.append((get("w-1w=" + normed[k - 1] + " " + w, 0), get("ww+1=" + w + " " + normed[k + 1], 0)))
        return pairs, firsts, first_rows

    def _pad(self, flat: np.ndarray, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        longest = max(len(w) for w in sentences)
        index = np.full((len(sentences), longest), len(flat), dtype=np.intp)
        at = 0
        for k, words in enumerate(sentences):
            index[k, : len(words)] = np.arange(at, at + len(words))
            at += len(words)
        return np.vstack([flat, np.zeros((1, flat.shape[1]), dtype=flat.dtype)])[index]

    def analyse(self, words: Sequence[str]) -> tuple[list[str], list[str]]:
        """Normalised forms and joint tags of one sentence."""
        return self.analyse_many([words])[0]

    def tag(self, words: Sequence[str]) -> list[str]:
        """One joint tag per word."""
        return self.analyse_many([words])[0][1]

    def analyse_many(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[str]]]:
        """Normalised forms (as the parser wants them) and joint tags of each sentence.

        Sentences are decoded side by side, longest first, one position per step.
        """
        if not sentences:
            return []
        order = sorted(range(len(sentences)), key=lambda k: -len(sentences[k]))
        normed, base = self._statics([sentences[k] for k in order])
        ids, margins = self._decode(normed, base, [len(sentences[k]) for k in order])
        for k, words, tags, margin in zip(order, normed, ids, margins):
            self._infinitives(words[2:-2], tags)
            self._to_numbers(words[2:-2], tags)
            self._nouns_after_verbs(words[2:-2], tags)
            self._gerund_nouns(words[2:-2], tags)
            self._hedge_adjectives(words[2:-2], tags)
            self._ensure_finite(words[2:-2], tags, margin)
            self._hyphen_adjectives(sentences[k], tags)
            self._have(words[2:-2], tags)
            self._possessed(words[2:-2], tags)
            self._names(sentences[k], tags)
            self._demonyms(sentences[k], tags)
        out: list[tuple[list[str], list[str]]] = [([], [])] * len(sentences)
        for k, words, tags in zip(order, normed, ids):
            out[k] = (words[2:-2], [self.classes[t] for t in tags])
        return out

    def _ensure_finite(self, words: Sequence[str], tags: list[int], margins: list[float]) -> None:
        """Past participles between a noun and a noun phrase become past tense.

        News sentences like "Troops shelled positions" are rare in web text, so the tagger leans
        to the participle (VBN, as in a reduced relative) for a verb after a plural noun. Such a
        VBN becomes VBD when the sentence has no other verb that could head it (the likeliest
        one; "..., officials said" does not count), or when it only narrowly beat VBD. With no
        such VBN, a VBN after an apposition's closing comma ("X, the UN coordinator, demanded
        ...") or an -ed adjective that the lexicon knows as a verb ("Protesters blocked roads")
        in that place is taken instead.
        """
        candidates = [k for k in range(1, len(tags) - 1) if tags[k] == self._vbn
                      and tags[k - 1] in self._nominal and tags[k + 1] in self._np_start]
        candidates = candidates or self._after_apposition(words, tags)
        if not self._has_finite(words, tags):
            candidates = candidates or self._adjectival_verbs(words, tags)
            if not candidates and self._present_verb(words, tags):
                return
            if candidates:
                tags[min(candidates, key=margins.__getitem__)] = self._vbd
            return
        for k in candidates:
            if margins[k] < self.FINITE_MARGIN:
                tags[k] = self._vbd

    def _infinitives(self, words: Sequence[str], tags: list[int]) -> None:
        """ "to disperse the crowd": after *to*, a word the lexicon knows as a verb and not as a
        noun is a base-form verb and *to* its infinitive marker, whatever tags they got."""
        for k in range(1, len(tags)):
            if words[k - 1] == "to" and not self.classes[tags[k]].endswith("/VB") \
                    and not words[k].endswith(INFLECTED) \
                    and _only_verb(lexicon_class(words[k])):
                tags[k - 1], tags[k] = self._to, self._vb

    def _to_numbers(self, words: Sequence[str], tags: list[int]) -> None:
        """ "granted asylum to five officers": an infinitive marker is never followed by a
        number, so *to* before one is a preposition."""
        for k in range(len(tags) - 1):
            if tags[k] == self._to and self._upos[tags[k + 1]] == "NUM":
                tags[k] = self._in

    def _nouns_after_verbs(self, words: Sequence[str], tags: list[int]) -> None:
        """ "workers stopped work": a base-form verb right after a finite main verb that takes no
        bare infinitive, which the lexicon also knows as a noun, is that verb's object."""
        for k in range(1, len(tags)):
            if tags[k] == self._vb and tags[k - 1] in self._finite_main and words[k - 1] not in BARE_INFINITIVE \
                    and "NOUN" in lexicon_class(words[k]).split("|"):
                tags[k] = self._noun

    def _gerund_nouns(self, words: Sequence[str], tags: list[int]) -> None:
        """ "a roadside bombing near the town killed": an -ing word that the lexicon knows as a
        noun, after an article (and its modifiers) and before a preposition or a finite verb,
        heads that noun phrase."""
        for k in range(1, len(tags) - 1):
            if tags[k] != self._vbg or (tags[k + 1] not in self._after_noun and words[k + 1] not in TIME_AFTER):
                continue
            j = k - 1
            while j > 0 and tags[j] in self._modifiers:
                j -= 1
            if self.classes[tags[j]].endswith("/DT") and words[j] in ARTICLES \
                    and "NOUN" in lexicon_class(words[k]).split("|"):
                tags[k] = self._noun

    def _hedge_adjectives(self, words: Sequence[str], tags: list[int]) -> None:
        """ "extradited suspected militant X", "the alleged plotters", "Ousted President X": a
        hedging or status participle first in the sentence or after a verb, article, preposition,
        number ("the two exiled dissidents") or punctuation, and before a noun phrase, is an
        adjective."""
        for k in range(len(tags) - 1):
            if words[k] in HEDGES and tags[k] in (self._vbn, self._vbd) and tags[k + 1] in self._np_start \
                    and (k == 0 or self._upos[tags[k - 1]] in ("VERB", "DET", "ADP", "PUNCT", "NUM")):
                tags[k] = self._adj

    def _has_finite(self, words: Sequence[str], tags: list[int]) -> bool:
        """Whether some verb could head the sentence: a finite verb other than a reporting verb
        (a base form never does: "blocked roads to press their demands", "that he be
        reinstated") or one right after *and*/*or*, which needs a first conjunct ("Police
        arrested ten protesters and detained them")."""
        return any(t in self._finite and words[k] not in REPORTING
                   and not (k > 0 and words[k - 1] in CONJUNCTIONS) for k, t in enumerate(tags))

    def _present_verb(self, words: Sequence[str], tags: list[int]) -> bool:
        """ "Greece plans to impose restrictions": with no finite verb, a plural noun after a
        nominal and before infinitival *to*, which the lexicon knows as a verb, is the present
        tense verb (VBZ); whether one was found."""
        for k in range(1, len(tags) - 2):
            if tags[k] == self._nns and words[k].endswith("s") and tags[k - 1] in self._nominal \
                    and words[k + 1] == "to" and "VERB" in lexicon_class(words[k]).split("|"):
                tags[k] = self._vbz
                return True
        return False

    def _after_apposition(self, words: Sequence[str], tags: list[int]) -> list[int]:
        """ "Kenzo Oshima, the UN relief coordinator, demanded ...": a VBN after a comma that
        closes a noun phrase, before a noun phrase."""
        return [k for k in range(2, len(tags) - 1) if tags[k] == self._vbn and words[k - 1] == ","
                and tags[k - 2] in self._nominal and tags[k + 1] in self._np_start]

    def _adjectival_verbs(self, words: Sequence[str], tags: list[int]) -> list[int]:
        """ "Protesters blocked roads": an -ed adjective between a noun and a noun phrase that
        the lexicon knows as a verb, in a sentence with no finite verb."""
        return [k for k in range(1, len(tags) - 1) if tags[k] == self._adj and words[k].endswith("ed")
                and tags[k - 1] in self._nominal and tags[k + 1] in self._np_start
                and "VERB" in lexicon_class(words[k])]

    def _possessed(self, words: Sequence[str], tags: list[int]) -> None:
        """ "Israel's military said": an adjective between a possessive and a finite verb is
        the possessed noun."""
        for k in range(1, len(tags) - 1):
            if tags[k] == self._adj and words[k - 1] in ("'s", "'") and tags[k + 1] in self._finite:
                tags[k] = self._noun

    def _hyphen_adjectives(self, words: Sequence[str], tags: list[int]) -> None:
        """``Saudi-led``, ``Iran-backed`` before a noun are adjectives, not verbs; so is
        ``war-torn`` tagged as a base form after *to*."""
        for k in range(len(tags) - 1):
            participle = tags[k] in (self._vbn, self._vbd) or (
                tags[k] == self._vb and words[k].lower().endswith(PARTICIPLE_ENDS))
            if (participle and tags[k + 1] in self._np_start
                    and "-" in words[k][1:-1] and words[k][-1:].isalpha()):
                tags[k] = self._adj

    def _names(self, words: Sequence[str], tags: list[int]) -> None:
        """A capitalised word tagged as a function word that no function word is spelt like is a
        name ("Beijing" as AUX, "Watch" in "Human Rights Watch" as PRON)."""
        for k, word in enumerate(words):
            if tags[k] in self._closed and word[:1].isupper() and self._propn >= 0 \
                    and word.replace("-", "").isalpha() and word.lower() not in function_words():
                tags[k] = self._propn

    def _demonyms(self, words: Sequence[str], tags: list[int]) -> None:
        """ "Kenyan police used ...": a capitalised word tagged as a name that the lexicon knows
        only as an adjective and a noun (a demonym), before a common noun, is an adjective; so is
        one coordinated with such an adjective ("Kenyan and Ugandan troops")."""
        for k in range(len(tags) - 2, -1, -1):
            if tags[k] != self._propn or not words[k][:1].isupper() or lexicon_class(words[k]) != "ADJ|NOUN":
                continue
            listed = k + 2 < len(tags) and words[k + 1] in CONJUNCTIONS | {","} and tags[k + 2] == self._adj
            if tags[k + 1] in (self._noun, self._nns) or listed:
                tags[k] = self._adj

    def _have(self, words: Sequence[str], tags: list[int]) -> None:
        """``have`` is an auxiliary exactly when a past participle follows in its clause: AUX
        with none after it (but a word that could be its object) becomes a main verb ("Bush has
        any plan", "I have to go"); VERB right before one (adverbs between) becomes AUX."""
        for k, word in enumerate(words):
            if word not in HAVE:
                continue
            if tags[k] in self._main_verb and self._bare(tags, k + 1):
                tags[k] = self._main_verb[tags[k]]
            elif tags[k] in self._auxiliary and self._participle_next(tags, k + 1):
                tags[k] = self._auxiliary[tags[k]]

    def _participle_next(self, tags: list[int], start: int) -> bool:
        """Whether the first word from ``start`` that is not ADV/PART is a VBN."""
        for t in tags[start:]:
            if self._upos[t] not in ("ADV", "PART"):
                return self.classes[t].endswith("/VBN")
        return False

    def _bare(self, tags: list[int], start: int) -> bool:
        """Whether the clause from ``start`` has no VBN but some word other than ADV/PART."""
        content = False
        for t in tags[start:]:
            upos = self._upos[t]
            if upos in CLAUSE_END:
                break
            if self.classes[t].endswith("/VBN"):
                return False
            content = content or upos not in ("ADV", "PART")
        return content

    def _decode(self, normed: list[list[str]], base: np.ndarray,
                lengths: list[int]) -> tuple[list[list[int]], list[list[float]]]:
        """Greedy decoding of sentences sorted longest first: class numbers per token, and the
        margin of VBN over VBD at each token."""
        count, classes = len(lengths), self.classes
        longest = lengths[0]
        names = [*classes, *START]
        c1 = np.full(count, len(classes) + 1, dtype=np.intp)
        c2 = np.full(count, len(classes), dtype=np.intp)
        out: list[list[int]] = [[] for _ in lengths]
        margins: list[list[float]] = [[] for _ in lengths]
        live = count
        for i in range(longest):
            while lengths[live - 1] <= i:
                live -= 1
            rows = self._context_rows(normed, i, live, c1, names)
            scores = base[:live, i] + self._prev1[c1[:live]] + self._prev2[c2[:live], c1[:live]]
            scores += gather_sum(self.weights.matrix, np.asarray(rows, dtype=np.intp))
            guesses = scores.argmax(axis=1)
            gaps = (scores[:, self._vbn] - scores[:, self._vbd]).tolist()
            for k in range(live):
                margins[k].append(gaps[k])
                fixed = self.tagdict.get(normed[k][i + 2])
                guesses[k] = guesses[k] if fixed is None else self._index[fixed]
                out[k].append(int(guesses[k]))
            c2[:live], c1[:live] = c1[:live], guesses
        return out, margins

    def _context_rows(self, normed: list[list[str]], i: int, live: int, c1: np.ndarray,
                      names: list[str]) -> list[tuple[int, int]]:
        get = self.weights.rows.get
        rows = []
        for k in range(live):
            t1, words = names[c1[k]], normed[k]
            rows.append((get("t-1w=" + t1 + " " + words[i + 2], 0), get("t-1w+1=" + t1 + " " + words[i + 3], 0)))
        return rows
