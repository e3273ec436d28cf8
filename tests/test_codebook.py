import pytest

from eventcode.codebook import default_codebook

ROOTS = [f"{i:02d}" for i in range(1, 21)]


def test_codebook_has_every_root_with_children() -> None:
    cb = default_codebook()
    for root in ROOTS:
        assert cb.is_valid(root)
        assert cb.children(root), f"root {root} has no 3-digit codes"
        assert f"{root}0" in cb.codes


def test_codebook_size_and_goldstein_range() -> None:
    cb = default_codebook()
    assert len(cb) == 317
    assert all(-10.0 <= info.goldstein <= 10.0 for info in cb)


@pytest.mark.parametrize("code,quad", [("010", 1), ("057", 1), ("061", 2), ("087", 2), ("090", 3),
                                       ("138", 3), ("141", 4), ("195", 4), ("204", 4)])
def test_codebook_quad_classes(code: str, quad: int) -> None:
    assert default_codebook().quad_class(code) == quad


def test_codebook_lookups() -> None:
    cb = default_codebook()
    assert cb.name("195").lower().startswith("employ aerial")
    assert cb.goldstein("190") == -10.0
    assert cb.root("1951") == "19"
    assert cb.children("195") == ["1951", "1952"]
    assert not cb.is_valid("1999") and not cb.is_valid("19x")
    assert cb.info("141").target_optional and cb.info("111").target_optional
    assert not cb.info("042").target_optional and not cb.info("161").target_optional
    assert not cb.info("112").target_optional and not cb.info("073").target_optional  # aid, accusation
    assert cb.info("116").target_optional and cb.info("074").target_optional
    assert cb.info("036").target_optional and cb.info("030").target_optional  # intents stay optional


def test_codebook_symmetric_codes() -> None:
    cb = default_codebook()
    assert {c.code for c in cb if c.symmetric} == {"040", "041", "046", "057"}
