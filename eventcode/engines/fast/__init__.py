"""The ``fast`` engine: embedded, pure Python + numpy, trained on UD English EWT."""

from eventcode.engines.fast.engine import FastEngine

__all__ = ["FastEngine"]
