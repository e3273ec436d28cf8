import eventcode


def test_public_api_all_is_sorted_and_exported() -> None:
    assert eventcode.__all__ == sorted(eventcode.__all__)
    exported = {n for n in dir(eventcode) if not n.startswith("_") and not _is_module(n)}
    assert set(eventcode.__all__) - {"__version__"} == exported


def _is_module(name: str) -> bool:
    import types
    return isinstance(getattr(eventcode, name), types.ModuleType)


def test_public_api_columns_contract() -> None:
    assert eventcode.COLUMNS[:4] == ("doc_id", "sentence_id", "date", "source_code")
    assert "geonameid" in eventcode.COLUMNS and eventcode.COLUMNS[-1] == "sentence"
