"""Build dictionaries/actors/countries.yaml from pycountry, countryinfo and overrides.yaml.

Run from the repository root (dev-time only; the library never imports these packages):

    .venv/bin/pip install countryinfo pycountry
    .venv/bin/python scripts/build_countries.py [--check]

Bulk facts come from pycountry (every ISO 3166-1 country: names) and countryinfo
(alternative spellings, demonym, capital, population). dictionaries/actors/overrides.yaml
holds what we keep by hand: extra aliases, demonym plurals, seats of government, drops, and
entries that are not ISO countries (Kosovo, CAMEO regions). A phrase claimed by two
countries goes to the one whose override lists it, else to the more populous one.
Capitals become metonyms (-> country + GOV) only for countries of at least 500,000 people.
``--check`` exits 1 when the file on disk differs from what the build would write.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventcode.actors.normalize import split_phrase  # noqa: E402

ACTORS = ROOT / "dictionaries" / "actors"
OVERRIDES = ACTORS / "overrides.yaml"
TARGET = ACTORS / "countries.yaml"
MIN_SEAT_POPULATION = 500_000
LISTS = ("aliases", "demonyms", "metonyms")
_NO_PLURAL = ("ese", "s", "sh", "ch", "x", "z", "y")


def _key(text: str) -> str:
    return " ".join(split_phrase(text).folded)


def _usable(text: str) -> bool:
    """Latin-script spellings that are not bare ISO codes and not 'Name, qualifier' forms."""
    text = text.strip()
    if not text or "," in text or "(" in text or (text.isupper() and len(text) <= 3):
        return False
    return all(not ch.isalpha() or (unicodedata.name(ch, "").startswith("LATIN")
                                    and not 0x250 <= ord(ch) <= 0x2AF) for ch in text)


def _plural(demonym: str) -> str | None:
    return None if demonym.lower().endswith(_NO_PLURAL) else demonym + "s"


def _infos_by_alpha3() -> dict[str, list[dict]]:
    import countryinfo

    found: dict[str, list[dict]] = defaultdict(list)
    for country in countryinfo.all_countries():
        info = country.info()
        alpha3 = (info.get("ISO") or {}).get("alpha3")
        if alpha3:
            found[alpha3].append(info)
    return found


def _as_list(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [v.strip() for v in str(value or "").split(",") if v.strip()]


def _generated(country: object, infos: list[dict]) -> dict:
    names = [getattr(country, a, None) for a in ("common_name", "name", "official_name")]
    infos = sorted(infos, key=lambda i: i.get("name") not in names)  # matching entry first
    name = next((n for n in [infos[0].get("name") if infos else None, *names] if n and _usable(n)),
                country.name)
    spellings = [a for i in infos for a in i.get("altSpellings") or []]
    aliases = [*names, *(i.get("name") for i in infos), *spellings]
    demonyms = [d for i in infos[:1] for d in _as_list(i.get("demonym"))]
    demonyms += [p for d in demonyms if (p := _plural(d))]
    population = max((i.get("population") or 0 for i in infos), default=0)
    capitals = [c for i in infos[:1] for c in _as_list(i.get("capital"))]
    return {"id": country.alpha_3.lower(), "name": name, "code": country.alpha_3,
            "aliases": [a for a in aliases if a and _usable(a)], "demonyms": demonyms,
            "metonyms": capitals if population >= MIN_SEAT_POPULATION else [],
            "population": population}


def _apply(entry: dict, override: dict) -> dict:
    drop = {_key(d) for d in override.get("drop", [])}
    out = {**entry, **{k: v for k, v in override.items() if k in ("id", "name", "code", "comment")}}
    for field in LISTS:
        merged = [*entry.get(field, []), *override.get(field, [])]
        out[field] = [t for t in merged if _key(t) not in drop]
    out["claims"] = {_key(t) for f in LISTS for t in override.get(f, [])}
    return out


def _dedupe(entry: dict) -> None:
    """Each phrase once per entry: names beat demonyms beat seats; the name is not an alias."""
    seen = {_key(entry["name"])}
    for field in ("demonyms", "aliases", "metonyms"):
        keep = []
        for text in entry[field]:
            if _key(text) and _key(text) not in seen:
                seen.add(_key(text))
                keep.append(text)
        entry[field] = keep


def _settle_collisions(entries: list[dict]) -> list[str]:
    """Give each phrase claimed by several countries to one; return what was settled."""
    owners: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        for text in (entry["name"], *(t for f in LISTS for t in entry[f])):
            owners[_key(text)].append(entry)
    notes = []
    for key, claimants in sorted(owners.items()):
        if len({e["id"] for e in claimants}) < 2:
            continue
        winner = max(claimants, key=lambda e: (key in e.get("claims", ()), e.get("population", 0)))
        for entry in claimants:
            if entry is not winner:
                for field in LISTS:
                    entry[field] = [t for t in entry[field] if _key(t) != key]
        losers = sorted({e["code"] for e in claimants} - {winner["code"]})
        notes.append(f"{key!r}: {winner['code']} (not {', '.join(losers)})")
    return notes


def build() -> tuple[list[dict], list[str]]:
    import pycountry

    data = yaml.safe_load(OVERRIDES.read_text(encoding="utf-8"))
    overrides = {o["id"]: o for o in data["entries"]}
    if len(overrides) != len(data["entries"]):
        raise SystemExit("overrides.yaml: an id appears twice")
    infos = _infos_by_alpha3()
    entries = [_apply(_generated(c, infos.get(c.alpha_3, [])), overrides.pop(c.alpha_3.lower(), {}))
               for c in pycountry.countries]
    entries += [_apply({"population": 0, **{f: [] for f in LISTS}}, o) for o in overrides.values()]
    for entry in entries:
        _dedupe(entry)
    notes = _settle_collisions(entries)
    return sorted(entries, key=lambda e: e["id"]), notes


def render(entries: list[dict], as_of: str) -> str:
    lines = ["# GENERATED by scripts/build_countries.py from pycountry, countryinfo and",
             "# overrides.yaml: do not edit here; edit overrides.yaml and rebuild.",
             "kind: country", f'as_of: "{as_of}"', "entries:"]
    for e in entries:
        lines += [f"  - id: {e['id']}", f"    name: {json.dumps(e['name'], ensure_ascii=False)}",
                  f"    code: {e['code']}"]
        lines += [f"    {f}: {json.dumps(e[f], ensure_ascii=False)}" for f in LISTS if e[f]]
        if e.get("comment"):
            lines.append(f"    comment: {json.dumps(e['comment'], ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the file on disk")
    args = parser.parse_args()
    entries, notes = build()
    as_of = yaml.safe_load(OVERRIDES.read_text(encoding="utf-8"))["as_of"]
    text = render(entries, as_of)
    if args.check:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print("countries.yaml is up to date" if same else "countries.yaml is stale: rebuild it")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(entries)} entries")
    print("shared phrases settled:\n  " + "\n  ".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
