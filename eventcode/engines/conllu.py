"""The ``conllu`` engine: reads CoNLL-U from any UD parser into ParsedSentence records.

Handles comments (``# text =``, ``# sent_id =``), multiword token ranges (``1-2``: the
surface form is used for offsets, the words are kept), and empty nodes (``8.1``: skipped).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from eventcode.errors import InputError
from eventcode.records import ParsedSentence, Token

__all__ = ["ConlluEngine", "read_conllu", "to_conllu"]


class ConlluEngine:
    """``parse(text)`` takes CoNLL-U text (not raw prose) and returns its sentences."""

    name = "conllu"

    def parse(self, text: str) -> list[ParsedSentence]:
        return read_conllu(text)

    def parse_many(self, texts: Iterable[str]) -> Iterator[list[ParsedSentence]]:
        for text in texts:
            yield self.parse(text)

    @staticmethod
    def read_file(path: str | Path) -> list[ParsedSentence]:
        """All sentences of a ``.conllu`` file."""
        return read_conllu(Path(path).read_text(encoding="utf-8"))


def read_conllu(text: str) -> list[ParsedSentence]:
    """Parse CoNLL-U ``text``; malformed lines raise ``InputError`` naming the line number."""
    sentences, block, start_line = [], [], 1
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            if not block:
                start_line = n
            block.append(line)
        elif block:
            sentences.append(_sentence(block, start_line, len(sentences)))
            block = []
    if block:
        sentences.append(_sentence(block, start_line, len(sentences)))
    return _with_doc_offsets(sentences)


def _sentence(lines: list[str], first_line: int, index: int) -> ParsedSentence:
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    surfaces: dict[int, tuple[int, str, str]] = {}
    for k, line in enumerate(lines):
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            meta[key.strip()] = value.strip()
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise InputError(f"CoNLL-U line {first_line + k}: expected 10 tab-separated columns, "
                             f"found {len(cols)}; check the file is CoNLL-U")
        if "-" in cols[0]:
            a, _, b = cols[0].partition("-")
            surfaces[_int(a, first_line + k)] = (_int(b, first_line + k), cols[1], cols[9])
        elif "." not in cols[0]:
            rows.append(cols)
    text = meta.get("text") or _rebuild_text(rows, surfaces)
    tokens = _tokens(rows, text, surfaces, first_line)
    _check_tree(tokens, first_line)
    return ParsedSentence(tokens=tuple(tokens), text=text, index=index, start=0, end=len(text),
                          sent_id=meta.get("sent_id"))


def _tokens(rows: list[list[str]], text: str, surfaces: dict, first_line: int) -> list[Token]:
    out, pos, span_end, span = [], 0, 0, (-1, -1)
    for cols in rows:
        tid = _int(cols[0], first_line)
        if tid in surfaces:
            span_end, form, _ = surfaces[tid]
            span = _find(text, form, pos)
            pos = span[1] if span[0] >= 0 else pos
        if tid <= span_end:
            start, end = span
        else:
            start, end = _find(text, cols[1], pos)
            pos = end if start >= 0 else pos
        out.append(Token(id=tid, text=cols[1], lemma=_blank(cols[2], cols[1]), upos=cols[3],
                         xpos=cols[4], feats=cols[5], head=_int(cols[6], first_line, 0),
                         deprel=cols[7], start=start, end=end))
    return out


def _check_tree(tokens: list[Token], first_line: int) -> None:
    """Ids run 1..n, heads lie in 0..n, and no tokens head each other in a cycle (a token
    that is its own head is tolerated: it ends the walk like the root)."""
    where = f"CoNLL-U sentence at line {first_line}"
    heads = {}
    for i, t in enumerate(tokens, 1):
        if t.id != i:
            raise InputError(f"{where}: token ids must run 1, 2, 3 ...; found {t.id} in place {i}")
        if not 0 <= t.head <= len(tokens):
            raise InputError(f"{where}: token {t.id} has head {t.head}, outside 0-{len(tokens)}")
        heads[t.id] = t.head
    rooted = {0} | {i for i, h in heads.items() if i == h}
    for start in heads:
        path, node = set(), start
        while node not in rooted:
            if node in path:
                raise InputError(f"{where}: following heads from token {start} loops and never reaches 0")
            path.add(node)
            node = heads[node]
        rooted |= path


def _find(text: str, form: str, pos: int) -> tuple[int, int]:
    i = text.find(form, pos)
    return (i, i + len(form)) if i >= 0 else (-1, -1)


def _int(value: str, line: int, default: int | None = None) -> int:
    try:
        return int(value)
    except ValueError:
        if default is not None and value == "_":
            return default
        raise InputError(f"CoNLL-U sentence at line {line}: '{value}' is not a token id") from None


def _blank(lemma: str, form: str) -> str:
    return form if lemma == "_" and form != "_" else lemma


def _rebuild_text(rows: list[list[str]], surfaces: dict) -> str:
    parts, skip_to = [], 0
    for cols in rows:
        tid = int(cols[0]) if cols[0].isdecimal() and cols[0].isascii() else 0
        if tid in surfaces:
            skip_to, form, misc = surfaces[tid]
            parts.append(form + ("" if "SpaceAfter=No" in misc else " "))
        elif tid > skip_to:
            parts.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return "".join(parts).strip()


def _with_doc_offsets(sentences: list[ParsedSentence]) -> list[ParsedSentence]:
    """Give each sentence offsets in a document made of the sentences joined by one space."""
    out, offset = [], 0
    for s in sentences:
        toks = tuple(attrs.evolve(t, start=t.start + offset if t.start >= 0 else -1,
                                  end=t.end + offset if t.end >= 0 else -1) for t in s.tokens)
        out.append(ParsedSentence(tokens=toks, text=s.text, index=s.index, start=offset,
                                  end=offset + len(s.text), sent_id=s.sent_id))
        offset += len(s.text) + 1
    return out


def to_conllu(sentences: Iterable[ParsedSentence]) -> str:
    """Write sentences back as CoNLL-U (multiword ranges are not restored)."""
    blocks = []
    for s in sentences:
        lines = ([f"# sent_id = {s.sent_id}"] if s.sent_id else []) + [f"# text = {s.text}"]
        lines += ["\t".join([str(t.id), t.text, t.lemma, t.upos, t.xpos, t.feats, str(t.head),
                             t.deprel, "_", "_"]) for t in s.tokens]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
