"""Compose the matches of one noun phrase into an ``Actor``.

The base is the last named match (country, person, organisation, group, metonym). Agent
role blocks are appended to its code in order, skipping blocks already there:
- a country (name, demonym, capital) takes every agent of the phrase ("army of Syria");
  anything else takes only the agents after it ("Assad's forces", not "Minister Çavuşoğlu");
- a capital or seat means ``GOV`` only on its own: "Moscow police" is RUSCOP;
- GOV-type agents (officials, spokesman, ministry) add GOV only to a code with no role yet
  ("Syrian officials" SYRGOV, "UN officials" IGOUNO, "rebel leader" REB);
- an armed role (MIL REB INS UAF SEP) is not added to a code that has one already.
Without a named match the agents' roles stand alone ("police" -> COP); an agent "of" another
is that one's member ("leaders of the opposition" -> OPP, "officers of the Russian military"
-> RUSMIL).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from eventcode.actors.entries import split_code
from eventcode.actors.matcher import Match
from eventcode.records import Actor

__all__ = ["ARMED_ROLES", "compose"]

ARMED_ROLES = frozenset({"MIL", "REB", "INS", "UAF", "SEP"})
LOCATIVES = frozenset({"in", "at", "near", "outside", "inside", "around", "from", "into", "across"})
OUT_OF_OFFICE = frozenset({"ELI", "OPP", "PTY"})
FORMER = frozenset({"former", "ex", "late", "ousted", "deposed", "exiled", "toppled", "outgoing",
                    "retired", "erstwhile", "one-time", "onetime"})


def compose(matches: Sequence[Match], words: Sequence[str], *, date: _dt.date | None,
            country_codes: frozenset[str]) -> Actor | None:
    """The actor named by ``matches`` (ignored matches skipped), or None."""
    used = [m for m in matches if not m.ignored and not _party_to(m, words)]
    named = [m for m in used if m.named]
    if not named:
        return _agents_only(used, words)
    base = _base(named, date)
    entry = base.sense.pick(date)
    if entry is None and _titled(base, used):
        shared = _compatriots(base, used, words, date, country_codes)
        if shared is not None:
            return shared
    if entry is None or ((base.sense.common or _placed(base, words)) and not _titled(base, used)) \
            or _other_first_name(base, entry.name, used, words):
        rest = [m for m in matches if m is not base]  # an unclear surname names nobody
        return compose(rest, words, date=date, country_codes=country_codes)
    agents = _members_dropped([m for m in used if not m.named and (entry.kind == "country" or m.start >= base.end)],
                              words)
    blocks = _out_of_office(_in_office(split_code(entry.code_on(date)), entry.kind, base, used, words),
                            entry.kind, base, words)
    if entry.kind == "person":
        blocks = _office_of_body(blocks, base, used, words, date)
    if entry.kind == "person" and blocks[:1] == ("IGO",) and "GOV" not in blocks and "ELI" not in blocks:
        blocks = (*blocks, "GOV")  # an international body's office holder: its executive (Annan IGOUNOGOV)
    if base.sense.form == "seat" and not agents:
        blocks = (*blocks, "GOV")
    if not agents:
        blocks = _people(blocks, base, named, date, country_codes)
    final = _add_roles(blocks, [b for m in agents for b in split_code(m.sense.agent.role)], bare=1)
    span = [base, *agents]
    return Actor(code="".join(final), name=entry.name,
                 country=final[0] if final[0] in country_codes else None, roles=final[1:],
                 matched_text=_text(span, words), entry_id=entry.id,
                 match="composed" if len(final) > len(blocks) else base.match,
                 score=min(m.score for m in span))


def _base(named: Sequence[Match], date: _dt.date | None) -> Match:
    """The last named match, except that an organisation or group keeps its place before a
    country that only says where it works ("Oxfam Canada", "UN Syria envoy")."""
    last = named[-1]
    if len(named) > 1 and last.sense.form in ("name", "demonym") and _kind(last, date) == "country":
        org = next((m for m in reversed(named[:-1]) if _kind(m, date) in ("organisation", "group")), None)
        if org is not None:
            return org
    return last


def _people(blocks: tuple[str, ...], base: Match, named: Sequence[Match],
            date: _dt.date | None, country_codes: frozenset[str]) -> tuple[str, ...]:
    """An ethnic code with a state before it is that state's people ("Iraqi Kurds" IRQCVL)."""
    if len(blocks) != 1 or base.possessive or blocks[0] in country_codes:
        return blocks
    state = next((m for m in reversed(named) if m.end <= base.start and _kind(m, date) == "country"), None)
    entry = state.sense.pick(date) if state is not None else None
    return (split_code(entry.code_on(date))[0], "CVL") if entry is not None else blocks


def _other_first_name(surname: Match, name: str, used: Sequence[Match], words: Sequence[str]) -> bool:
    """ "Idi Amin" is not Ma'ruf Amin: a surname right after a capitalised word that is neither
    part of the entry's name nor a matched title names someone else."""
    if surname.sense.form != "surname" or surname.start == 0:
        return False
    before = words[surname.start - 1]
    return before[:1].isupper() and before.isalpha() and before not in name.split() \
        and not any(m.start <= surname.start - 1 < m.end for m in used)


def _placed(surname: Match, words: Sequence[str]) -> bool:
    """ "a church in Lagos": a bare surname after a locative preposition is a place."""
    return surname.sense.form == "surname" and surname.start > 0 \
        and words[surname.start - 1].lower() in LOCATIVES


def _office_of_body(blocks: tuple[str, ...], person: Match, used: Sequence[Match], words: Sequence[str],
                    date: _dt.date | None) -> tuple[str, ...]:
    """ "Arab League Secretary General Chedli Klibi", "NATO Secretary General Jens Stoltenberg":
    an international body's office named before the person says whom he acts for (IGO... GOV),
    whatever his nationality (not after "former")."""
    title = _title_of(person, used)
    if title is None or _former(words, title.start, 3):
        return blocks
    body = next((m for m in used if m.named and m.end == title.start and _kind(m, date) == "organisation"), None)
    entry = body.sense.pick(date) if body is not None else None
    code = split_code(entry.code_on(date)) if entry is not None else ()
    return (*code, "GOV") if code[:1] == ("IGO",) else blocks


def _party_to(m: Match, words: Sequence[str]) -> bool:
    """ "the parties to the conflict": sides of a dispute, not political parties."""
    return not m.named and words[m.start].lower() in ("party", "parties") \
        and words[m.end: m.end + 1] == ["to"]


def _compatriots(surname: Match, used: Sequence[Match], words: Sequence[str], date: _dt.date | None,
                 country_codes: frozenset[str]) -> Actor | None:
    """ "President Bush" on a date when neither Bush is in office: the people the surname may
    mean share one country, and the title says the office ("USA" + GOV; after "former", ELI)."""
    countries = {split_code(e.code_on(date))[0] for e in surname.sense.entries}
    title = _title_of(surname, used)
    if len(countries) != 1 or title is None or not countries <= country_codes:
        return None
    country = countries.pop()
    roles = (country, "ELI") if _former(words, title.start, 2) else \
        _add_roles((country,), split_code(title.sense.agent.role), bare=1)
    span = [title, surname]
    return Actor(code="".join(roles), name=surname.text, country=country, roles=roles[1:],
                 matched_text=f"{title.text} {surname.text}", entry_id=None, match="composed",
                 score=min(m.score for m in span))


def _kind(m: Match, date: _dt.date | None) -> str | None:
    entry = m.sense.pick(date)
    return entry.kind if entry is not None else None


def _titled(surname: Match, used: Sequence[Match]) -> bool:
    """ "President Bush", "Prime Minister May": a title right before the surname."""
    return _title_of(surname, used) is not None


def _title_of(person: Match, used: Sequence[Match]) -> Match | None:
    """The agent match (a title) right before ``person``, if any."""
    return next((m for m in used if not m.named and m.end == person.start), None)


def _former(words: Sequence[str], end: int, width: int) -> bool:
    """Whether one of the ``width`` words before ``end`` says the office is over ("former")."""
    return bool(FORMER.intersection(w.lower().rstrip("-") for w in words[max(0, end - width): end]))


def _in_office(blocks: tuple[str, ...], kind: str, person: Match, used: Sequence[Match],
               words: Sequence[str]) -> tuple[str, ...]:
    """ "Russian President Boris Yeltsin" on a date after his term, "President Gbagbo" on one
    before it: the text's own title says he held the office when it was written, so its role
    replaces the dictionary's ``ELI``, ``OPP`` or ``PTY`` (not after "former", "ex-", "late",
    "ousted"...)."""
    if kind != "person" or blocks[-1] not in OUT_OF_OFFICE:
        return blocks
    title = _title_of(person, used)
    if title is None or _former(words, person.start, person.start):
        return blocks
    roles = split_code(title.sense.agent.role)
    return (*blocks[:-1], *roles) if roles and not OUT_OF_OFFICE.intersection(roles) else blocks


def _out_of_office(blocks: tuple[str, ...], kind: str, person: Match, words: Sequence[str]) -> tuple[str, ...]:
    """ "Ousted President Askar Akayev", "former Prime Minister X": whatever office the date
    gives, the text says it is over, so the person is one of the country's elites (``ELI``)."""
    if kind != "person" or blocks[-1:] != ("GOV",) or len(blocks) < 2:
        return blocks
    return (*blocks[:-1], "ELI") if _former(words, person.start, 4) else blocks


def _add_roles(blocks: tuple[str, ...], roles: Sequence[str], *, bare: int) -> tuple[str, ...]:
    """Append ``roles`` to ``blocks`` by the rules above; ``bare``: blocks before any role."""
    out = list(blocks)
    for role in roles:
        if role in out or (role == "GOV" and len(out) > bare):
            continue
        if role in ARMED_ROLES and ARMED_ROLES.intersection(out):
            continue
        out.append(role)
    return tuple(out)


def _members_dropped(agents: list[Match], words: Sequence[str]) -> list[Match]:
    """ "officers of the Russian military", "leaders of the opposition": an agent followed by
    "of" and another agent is one of that body's members and takes its role (RUSMIL, OPP)."""
    if len(agents) > 1 and words[agents[0].end: agents[0].end + 1] == ["of"]:
        return agents[1:]
    return agents


def _agents_only(agents: Sequence[Match], words: Sequence[str]) -> Actor | None:
    if not agents:
        return None
    agents = _members_dropped(list(agents), words)
    roles = _add_roles((), [b for m in agents for b in split_code(m.sense.agent.role)], bare=0)
    head = agents[0].sense.agent
    return Actor(code="".join(roles), name=head.id, roles=roles, matched_text=_text(agents, words),
                 entry_id=head.id, match="agent", score=min(m.score for m in agents))


def _text(matches: Sequence[Match], words: Sequence[str]) -> str:
    start = min(m.start for m in matches)
    end = max(m.end for m in matches)
    return " ".join(words[start:end])
