"""The shipped gazetteer: GeoNames countries, admin1 divisions and places, read lazily.

The file (``dictionaries/places/gazetteer.tsv.gz``, written by ``scripts/build_gazetteer.py``)
holds three sections separated by a blank line: a TSV of entries under a header line
(countries, then admin1 divisions, then places); the sorted normalised names; each name's
comma-separated row numbers. Rows are parsed on first use.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

import attrs

from eventcode.errors import DictionaryError
from eventcode.places.normalize import name_key
from eventcode.records import Location
from eventcode.resources import dictionaries_dir

__all__ = ["Entry", "Gazetteer", "places_dir"]

FEATURES = {"C": "country", "A": "admin1", "P": "place", "L": "landmark"}
CODES = {v: k for k, v in FEATURES.items()}
PRECISION = {"country": 3, "admin1": 3, "place": 1, "landmark": 1}
COLUMNS = ("feature", "geonameid", "name", "country", "admin1", "latitude", "longitude",
           "population")


@attrs.frozen(slots=True)
class Entry:
    """One gazetteer row. ``admin1`` is the GeoNames admin1 code; ``row`` its number."""

    row: int
    feature: str
    geonameid: int
    name: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    population: int

    @property
    def admin1_key(self) -> tuple[str, str]:
        return (self.country, self.admin1)


def places_dir() -> Path:
    """``dictionaries/places``."""
    return dictionaries_dir() / "places"


def parse_row(row: int, line: str, source: str = "gazetteer") -> Entry:
    """An ``Entry`` from one TSV line; malformed lines raise ``DictionaryError``."""
    cells = line.split("\t")
    try:
        code, gid, name, country, admin1, lat, lon, pop = cells
        return Entry(row, FEATURES[code], int(gid), name, country, admin1,
                     float(lat), float(lon), int(pop))
    except (KeyError, ValueError) as exc:
        raise DictionaryError(f"bad row {line[:80]!r}: {exc}", source=f"{source}:{row + 2}") from exc


def format_row(entry: Entry) -> str:
    """The TSV line of ``entry`` (inverse of ``parse_row``)."""
    return "\t".join((CODES[entry.feature], str(entry.geonameid), entry.name, entry.country,
                      entry.admin1, f"{entry.latitude:.5f}", f"{entry.longitude:.5f}",
                      str(entry.population)))


class Gazetteer:
    """Name -> entries. Build with ``Gazetteer.load()``; ``append``/``alias`` extend it.

    The shipped names stay two sorted lists (keys, row lists) searched by bisection, which
    loads much faster than a dict of 340,000 names; names added later live in a small dict.
    """

    __slots__ = (
        "_admin1",
        "_by_id",
        "_cache",
        "_countries",
        "_extra",
        "_ids",
        "_keys",
        "_lines",
        "curated",
    )

    def __init__(self, lines: list[str], keys: list[str], ids: list[str]) -> None:
        self._lines = lines
        self._keys, self._ids = keys, ids
        self._extra: dict[str, str] = {}
        self._cache: dict[int, Entry] = {}
        self._by_id: dict[int, int] | None = None
        self._admin1: dict[tuple[str, str], Entry] | None = None
        self._countries: dict[str, Entry] | None = None
        self.curated: set[tuple[int, str]] = set()

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Read the gazetteer file (default: the shipped one)."""
        path = path or places_dir() / "gazetteer.tsv.gz"
        try:
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
            rows, keys, ids = text.rstrip("\n").split("\n\n")
        except (OSError, ValueError, EOFError) as exc:
            raise DictionaryError(f"unreadable gazetteer ({exc}); rebuild it with "
                                  "scripts/build_gazetteer.py", source=str(path)) from exc
        lines, key_list, id_list = rows.split("\n"), keys.split("\n"), ids.split("\n")
        if tuple(lines[0].split("\t")) != COLUMNS:
            raise DictionaryError(f"header must be {COLUMNS}", source=f"{path}:1")
        if len(key_list) != len(id_list) or key_list != sorted(key_list):
            raise DictionaryError("the name index is not sorted or not aligned; rebuild it "
                                  "with scripts/build_gazetteer.py", source=str(path))
        return cls(lines[1:], key_list, id_list)

    def _rows_of(self, key: str) -> str:
        """Comma-separated row numbers filed under ``key`` ("" if none)."""
        extra = self._extra.get(key)
        if extra is not None:
            return extra
        i = bisect_left(self._keys, key)
        return self._ids[i] if i < len(self._keys) and self._keys[i] == key else ""

    def __len__(self) -> int:
        return len(self._lines)

    def __contains__(self, key: str) -> bool:
        return bool(self._rows_of(key))

    def entry(self, row: int) -> Entry:
        """The entry in row ``row`` (parsed once)."""
        found = self._cache.get(row)
        if found is None:
            found = self._cache[row] = parse_row(row, self._lines[row])
        return found

    def candidates(self, key: str) -> tuple[Entry, ...]:
        """Entries one of whose names normalises to ``key``, in file order."""
        ids = self._rows_of(key)
        return tuple(self.entry(int(i)) for i in ids.split(",")) if ids else ()

    def is_primary(self, entry: Entry, key: str) -> bool:
        """True when ``key`` is the entry's own name or a hand-kept (supplement) name."""
        return key == name_key(entry.name) or self.is_curated(entry, key)

    def is_curated(self, entry: Entry, key: str) -> bool:
        """True when the supplement files ``entry`` under ``key``."""
        return (entry.row, key) in self.curated

    def by_geonameid(self, geonameid: int) -> Entry | None:
        """The entry with this GeoNames id (country, admin1 or place), or None."""
        if self._by_id is None:
            ids = (line.split("\t", 2)[1] for line in reversed(self._lines))
            last = len(self._lines) - 1
            self._by_id = {int(gid): last - i for i, gid in enumerate(ids)}
        row = self._by_id.get(geonameid)
        return None if row is None else self.entry(row)

    def admin1(self, country: str, code: str) -> Entry | None:
        """The admin1 entry for a (ISO3 country, GeoNames admin1 code) pair."""
        if self._admin1 is None:
            self._admin1 = {e.admin1_key: e for e in self._scan("A\t")}
        return self._admin1.get((country, code))

    def country(self, iso3: str) -> Entry | None:
        """The country entry for an ISO 3166-1 alpha-3 code."""
        if self._countries is None:
            self._countries = {e.country: e for e in self._scan("C\t")}
        return self._countries.get(iso3)

    def _scan(self, prefix: str) -> Iterable[Entry]:
        """Rows of one feature among the leading countries and admin1 divisions (the file
        lists countries, then admin1 divisions, then places)."""
        for i, line in enumerate(self._lines):
            if line.startswith("P\t"):
                return
            if line.startswith(prefix):
                yield self.entry(i)

    def append(self, entry: Entry, keys: Iterable[str]) -> Entry:
        """Add ``entry`` (a place or landmark) as a new row under the curated names ``keys``."""
        entry = attrs.evolve(entry, row=len(self._lines))
        self._lines.append(format_row(entry))
        if self._by_id is not None and entry.geonameid:
            self._by_id.setdefault(entry.geonameid, entry.row)
        self.alias(entry.row, keys)
        return entry

    def alias(self, row: int, keys: Iterable[str]) -> None:
        """File row ``row`` under the curated names ``keys`` too, ahead of other entries."""
        for key in keys:
            others = [i for i in self._rows_of(key).split(",") if i and i != str(row)]
            self._extra[key] = ",".join([str(row), *others])
            self.curated.add((row, key))

    def location(self, entry: Entry, *, precision: int | None = None) -> Location:
        """A ``Location`` record for ``entry`` (admin1 as its English name)."""
        admin1 = None
        if entry.feature in ("place", "landmark", "admin1") and entry.admin1:
            found = entry if entry.feature == "admin1" else self.admin1(*entry.admin1_key)
            admin1 = found.name if found else None
        return Location(name=entry.name, country=entry.country or None, admin1=admin1,
                        latitude=entry.latitude, longitude=entry.longitude,
                        geonameid=entry.geonameid or None, feature=entry.feature,
                        precision=precision or PRECISION[entry.feature])

