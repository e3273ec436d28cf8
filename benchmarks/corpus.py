"""A generated news-like corpus for benchmarks: wire-style sentences from templates over
actor, verb and place vocabularies (no evaluation data). Seeded: the same arguments give the
same file.

    python benchmarks/corpus.py --sentences 100000 -o /tmp/news.jsonl

Sentences average about 21 words and 135 characters (wire copy: 20-25 words); a little over
half report an event, some two.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ACTORS = [
    "Turkish troops", "Syrian government forces", "Russian warplanes", "Kurdish fighters",
    "the Iraqi army", "Afghan police", "Taliban militants", "Israeli forces", "Palestinian protesters",
    "Iranian President Hassan Rouhani", "the U.S. State Department", "the European Union",
    "the United Nations Security Council", "Ukrainian soldiers", "pro-Russian separatists",
    "Nigerian troops", "Boko Haram fighters", "Somali security forces", "al-Shabaab militants",
    "the Yemeni government", "Houthi rebels", "Saudi-led coalition jets", "Egyptian police",
    "Libyan National Army forces", "the Pakistani foreign ministry", "Indian police",
    "Venezuelan opposition leaders", "Colombian rebels", "French President Emmanuel Macron",
    "German Chancellor Angela Merkel", "Chinese officials", "North Korea", "South Korean diplomats",
    "Ethiopian federal forces", "Sudanese protesters", "Malian soldiers", "Burkinabe police",
    "the Lebanese army", "Hezbollah fighters", "Hamas militants", "Philippine troops",
    "Myanmar's military", "Bangladeshi authorities", "Mexican federal police", "striking workers",
    "opposition supporters", "the African Union", "NATO", "Qatari mediators", "Jordanian officials",
]
EVENTS = [
    "shelled positions held by {t} near {p}", "attacked {t} in {p}", "clashed with {t} outside {p}",
    "launched air strikes on {t} around {p}", "killed at least {n} members of {t} in {p}",
    "met with {t} in {p} to discuss the crisis", "held talks with {t} in {p}",
    "signed an agreement with {t} in {p}", "agreed to a ceasefire with {t}",
    "condemned {t} over the violence in {p}", "accused {t} of war crimes in {p}",
    "called on {t} to withdraw from {p}", "urged {t} to release detained activists",
    "threatened {t} with sanctions", "rejected a proposal by {t}", "praised {t} for its efforts in {p}",
    "sent humanitarian aid to {t} in {p}", "arrested dozens of {t} in {p}",
    "demonstrated against {t} in {p}", "deployed troops to {p}", "expelled diplomats from {t}",
    "imposed a curfew in {p}", "visited {p} to meet {t}", "released prisoners held by {t}",
    "seized weapons from {t} near {p}", "denounced an attack by {t} on {p}",
]
PLACES = [
    "Idlib", "Aleppo", "Damascus", "Kabul", "Kandahar", "Mosul", "Baghdad", "Tripoli", "Benghazi",
    "Sanaa", "Aden", "Hodeidah", "Donetsk", "Luhansk", "Kyiv", "Mogadishu", "Maiduguri", "Gaza",
    "the West Bank", "Beirut", "Cairo", "Khartoum", "Bamako", "Ouagadougou", "Caracas", "Bogota",
    "Karachi", "Peshawar", "Kashmir", "Mindanao", "Rakhine state", "Tigray", "Darfur", "Juba",
    "Ras al-Ain", "Deir Ezzor", "Raqqa", "Homs", "Hama", "Basra", "Kirkuk", "Herat", "Jalalabad",
]
LEADS = ["", "", "On {day}, ", "Earlier on {day}, ", "Late on {day}, ", "Officials said ",
         "According to local media, ", "In a statement, ", "Witnesses said "]
TAILS = [
    "", " on {day}", ", officials said", ", according to a statement released by the ministry",
    ", killing at least {n} people and wounding dozens more", " in the latest escalation of the conflict",
    ", the state news agency reported", ", a spokesman told reporters on {day}",
    " despite international calls for restraint", ", residents and aid workers said",
]
FILLER = [
    "Aid agencies have warned for months that the fighting around {p} could trigger a new wave of displacement towards the border, where camps are already overcrowded.",
    "The region has been largely cut off from the outside world since the start of the year, making it difficult to verify reports of casualties independently.",
    "Diplomats at the United Nations said a draft resolution on the crisis was still being negotiated and a vote was unlikely before the end of the month.",
    "Local journalists in {p} said electricity and internet services had been cut for {n} days, leaving residents unable to contact relatives abroad.",
    "The conflict has displaced more than {n} thousand people since it began, according to aid groups.",
    "Analysts say the region has become a flashpoint for rival powers seeking influence.",
    "The country's economy has been battered by years of war, sanctions and a collapsing currency.",
    "Talks brokered by regional mediators stalled last month over the question of prisoner exchanges.",
    "Prices of bread and fuel have risen sharply in {p} over the past {n} weeks.",
    "The ministry did not immediately respond to a request for comment on the report.",
    "Human rights groups have documented hundreds of cases of arbitrary detention in the area.",
    "The government has repeatedly denied targeting civilian infrastructure in its campaign.",
    "Elections scheduled for next year are expected to be a test of the ruling party's support.",
    "The United Nations estimates that {n} million people in the country need humanitarian aid.",
]
CLAUSES = [
    ", a day after {s} {e}", " as {s} {e}", ", two days after {s} {e}",
    ", in what officials described as a response after {s} {e}",
    ", hours before {s} {e}",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sentence(rng: random.Random) -> str:
    """One news-like sentence: an event report or a background sentence."""
    fill = {"p": rng.choice(PLACES), "n": rng.randint(2, 90), "day": rng.choice(DAYS)}
    if rng.random() < 0.4:
        return rng.choice(FILLER).format(**fill)
    source, target = rng.sample(ACTORS, 2)
    event = rng.choice(EVENTS).format(t=target, **fill)
    lead, tail = rng.choice(LEADS).format(**fill), rng.choice(TAILS).format(**fill)
    if rng.random() < 0.55:
        other, whom = rng.sample(ACTORS, 2)
        tail += rng.choice(CLAUSES).format(s=other, e=rng.choice(EVENTS).format(t=whom, **fill))
    first = source[0].upper() + source[1:] if not lead else source
    return f"{lead}{first} {event}{tail}."


def documents(n_sentences: int, *, seed: int = 13, per_doc: tuple[int, int] = (4, 14),
              start: dt.date = dt.date(2019, 1, 1)) -> Iterator[dict[str, str]]:
    """Documents of a few sentences each, dated over a year, ``n_sentences`` sentences in all."""
    rng = random.Random(seed)
    left, number = n_sentences, 0
    while left > 0:
        size = min(left, rng.randint(*per_doc))
        date = start + dt.timedelta(days=rng.randrange(365))
        text = " ".join(sentence(rng) for _ in range(size))
        yield {"id": f"doc{number:07d}", "date": date.isoformat(), "text": text}
        left -= size
        number += 1


def write_jsonl(path: Path, n_sentences: int, *, seed: int = 13) -> int:
    """Write the corpus; returns the number of documents."""
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for doc in documents(n_sentences, seed=seed):
            fh.write(json.dumps(doc) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    n = write_jsonl(args.output, args.sentences, seed=args.seed)
    sys.stdout.write(f"{args.sentences} sentences in {n} documents -> {args.output}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
