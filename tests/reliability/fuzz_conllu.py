"""Fuzz target for the CoNLL-U reader: any input gives sentences or ``InputError``, nothing else.

Run with atheris when it is installed (``pip install atheris``)::

    python tests/reliability/fuzz_conllu.py -max_total_time=60

``test_fuzz.py`` drives the same target with hypothesis.
"""

from __future__ import annotations

import sys

from eventcode.engines.conllu import read_conllu
from eventcode.errors import InputError
from eventcode.records import ParsedSentence


def TestOneInput(data: bytes) -> None:  # the name atheris expects
    """Parse ``data`` as CoNLL-U; fail on any exception other than ``InputError``."""
    text = data.decode("utf-8", errors="replace")
    try:
        sentences = read_conllu(text)
    except InputError:
        return
    for s in sentences:
        assert isinstance(s, ParsedSentence)
        assert [t.id for t in s.tokens] == list(range(1, len(s.tokens) + 1))
        assert all(0 <= t.head <= len(s.tokens) for t in s.tokens)


def main() -> None:
    import atheris

    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
