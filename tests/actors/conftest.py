"""Shared fixtures: the shipped actor dictionary and resolver (loaded once), and tiny dictionaries."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from eventcode.actors import ActorDictionary, ActorResolver, load_actor_dictionary


@pytest.fixture(scope="session")
def actor_dictionary() -> ActorDictionary:
    return load_actor_dictionary()


@pytest.fixture(scope="session")
def actor_resolver(actor_dictionary: ActorDictionary) -> ActorResolver:
    return ActorResolver(actor_dictionary)


@pytest.fixture()
def write_dict(tmp_path: Path) -> Callable[..., Path]:
    """Write ``{file name: YAML text}`` into a fresh ``actors/`` directory and return it."""

    def write(files: dict[str, str], *, name: str = "actors") -> Path:
        root = tmp_path / name
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return root

    return write
