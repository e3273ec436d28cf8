"""The coding logic between a parse and the dictionaries."""

from eventcode.coding.document import DocumentCoder

__all__ = ["DocumentCoder"]
