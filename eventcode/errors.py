"""The exception tree. Every error the library raises on purpose is an ``EventcodeError``."""

from __future__ import annotations

__all__ = [
    "DictionaryError",
    "EngineError",
    "EventcodeError",
    "InputError",
    "ModelNotFoundError",
]


class EventcodeError(Exception):
    """Base class of every error eventcode raises on purpose."""


class InputError(EventcodeError, ValueError):
    """Arguments or input documents are unusable; the message says what to change."""


class DictionaryError(EventcodeError, ValueError):
    """A dictionary file is malformed; ``source`` names the file, line and path."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class EngineError(EventcodeError, RuntimeError):
    """A parsing engine failed or is unavailable."""


class ModelNotFoundError(EngineError, FileNotFoundError):
    """A parser model is missing; the message names the command that fetches it."""
