"""Parsing engines; choose one by name or pass an instance."""

from __future__ import annotations

from typing import Any

from eventcode.engines.base import Engine
from eventcode.errors import InputError

__all__ = ["ENGINE_NAMES", "Engine", "get_engine"]

ENGINE_NAMES = ("fast", "stanza", "conllu")


def get_engine(engine: str | Engine = "fast", **options: Any) -> Engine:
    """An engine instance from a name ("fast", "stanza", "conllu") or an instance as given."""
    if not isinstance(engine, str):
        if not isinstance(engine, Engine):
            raise InputError(f"engine {engine!r} lacks parse()/parse_many(); see docs/engines.md")
        return engine
    if engine == "fast":
        from eventcode.engines.fast import FastEngine
        return FastEngine(**options)
    if engine == "conllu":
        from eventcode.engines.conllu import ConlluEngine
        return ConlluEngine(**options)
    if engine == "stanza":
        from eventcode.engines.stanza import StanzaEngine
        return StanzaEngine(**options)
    raise InputError(f"unknown engine '{engine}'; choose one of {', '.join(ENGINE_NAMES)}")
