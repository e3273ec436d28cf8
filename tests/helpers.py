"""Test helpers: hand-built parses and a tiny stand-in actor resolver."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from eventcode.engines.conllu import read_conllu
from eventcode.records import Actor, ParsedSentence


def parse(spec: str, text: str | None = None) -> ParsedSentence:
    """Build a parse from "form/lemma/UPOS/head/deprel[/XPOS]" items separated by spaces."""
    rows, forms = [], []
    for i, item in enumerate(spec.split(), 1):
        form, lemma, upos, head, deprel, *xpos = item.split("/")
        forms.append(form)
        rows.append("\t".join([str(i), form, lemma, upos, xpos[0] if xpos else "_", "_", head, deprel,
                               "_", "_"]))
    conllu = f"# text = {text or ' '.join(forms)}\n" + "\n".join(rows) + "\n"
    return read_conllu(conllu)[0]


class StubActors:
    """Resolves a phrase by its words: country words give the country, role words add roles."""

    COUNTRIES = {"turkey": "TUR", "turkish": "TUR", "russia": "RUS", "russian": "RUS",
                 "syria": "SYR", "syrian": "SYR", "iran": "IRN", "israel": "ISR", "kurdish": "KUR"}
    ROLES = {"troops": "MIL", "forces": "MIL", "jets": "MIL", "police": "COP", "rebels": "REB",
             "government": "GOV", "minister": "GOV", "protesters": "OPP"}

    def resolve(self, words: Sequence[str], *, date: dt.date | None = None) -> Actor | None:
        low = [w.lower() for w in words]
        country = next((self.COUNTRIES[w] for w in low if w in self.COUNTRIES), None)
        roles = [self.ROLES[w] for w in low if w in self.ROLES]
        if country is None and not roles:
            return None
        code = (country or "") + "".join(dict.fromkeys(roles))
        return Actor(code=code, name=" ".join(words), country=country, roles=tuple(roles),
                     matched_text=" ".join(words), match="exact" if country else "agent")
