"""All dictionaries together: loading the defaults and merging user directories over them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from eventcode.codebook import Codebook, default_codebook
from eventcode.errors import DictionaryError
from eventcode.resources import dictionaries_dir
from eventcode.verbs import VerbDictionary, load_verb_dictionary

__all__ = ["Dictionaries", "load_dictionaries"]


@attrs.frozen
class Dictionaries:
    """Verb patterns, actor entries and the codebook a ``Coder`` works with."""

    verbs: VerbDictionary
    actors: Any
    codebook: Codebook
    directories: tuple[Path, ...] = ()


def load_dictionaries(extra: Sequence[str | Path] = (), *, defaults: bool = True,
                      petrarch: Sequence[str | Path] = ()) -> Dictionaries:
    """Load the shipped dictionaries, then each ``extra`` directory over them (same format).

    An entry in a later directory with the same ``id`` replaces the earlier one. ``petrarch``
    takes PETRARCH/TABARI-format files (verbs, actors, agents, discards) and reads them directly.
    """
    dirs = ([dictionaries_dir()] if defaults else []) + [_checked(Path(d)) for d in extra]
    codebook = default_codebook()
    verbs = load_verb_dictionary([d / "verbs" for d in dirs if (d / "verbs").is_dir()],
                                 codebook=codebook)
    actors = _load_actors([d / "actors" for d in dirs if (d / "actors").is_dir()])
    if petrarch:
        from eventcode.petrarch import merge_petrarch  # optional importer
        verbs, actors = merge_petrarch(verbs, actors, [Path(p) for p in petrarch], codebook=codebook)
    return Dictionaries(verbs=verbs, actors=actors, codebook=codebook, directories=tuple(dirs))


def _checked(path: Path) -> Path:
    if not path.is_dir():
        raise DictionaryError(f"'{path}' is not a directory; pass a folder holding verbs/ and/or actors/")
    if not (path / "verbs").is_dir() and not (path / "actors").is_dir():
        raise DictionaryError(f"'{path}' has neither a verbs/ nor an actors/ folder; nothing to load")
    return path


def _load_actors(dirs: list[Path]) -> Any:
    from eventcode.actors import load_actor_dictionary

    return load_actor_dictionary(dirs)
