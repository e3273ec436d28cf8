"""Where shipped data lives: inside the wheel, or beside the source tree in a checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["dictionaries_dir", "models_dir"]


def dictionaries_dir() -> Path:
    """The default ``dictionaries/`` directory (wheel: ``eventcode/_data/dictionaries``)."""
    packaged = Path(str(resources.files("eventcode"))) / "_data" / "dictionaries"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "dictionaries"


def models_dir() -> Path:
    """Shipped model files of the fast engine (``eventcode/models``)."""
    return Path(str(resources.files("eventcode"))) / "models"
