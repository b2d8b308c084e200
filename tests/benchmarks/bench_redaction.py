"""Screening typed text for the names of a large register's people who asked not to be named.

A facilitator's register grows over the years to thousands of people, and every public output screens
its text for each of them who is not named: their whole names and distinctive parts.  Measured with
2,000 such people (and 500 named ones):

- build: the finders and the redactor made from them, as public minutes and reports make them;
- redact: 5,000 notes of a marathon day passed through it, some naming a worker, most naming nobody,
  the names looked for in both scripts, as shareable outputs look for them (some of the register's
  names are written in Devanagari);
- and the same with each hidden person's phone number known, some notes giving one, and any other
  phone-length number or address withheld too, as the public minutes withhold them.

The targets keep a public export of such a register within a second or two.
"""

from __future__ import annotations

import random
import time

from figures import Figure

from facilitator.core import disclosure

FIRST = ("Kamla", "Sunita", "Ramesh", "Gita", "Mohan", "Pooja", "Arjun", "Lakshmi", "Rakesh", "Meena", "गीता")
LAST = ("Devi", "Kumari", "Meena", "Gurjar", "Sharma", "Verma", "Singh", "Bai", "Lal", "Prasad", "कुमारी")


def _people(count: int, rng: random.Random) -> list[str]:
    return [f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(FIRST)}{index}" for index in range(count)]


def run() -> list[Figure]:
    rng = random.Random(7)
    hidden, named = _people(2_000, rng), _people(500, rng)
    start = time.perf_counter()
    finders = disclosure.name_finders(hidden, named)
    found = [(finder.found, "[Woman worker]") for finder in finders]
    redact = disclosure.Redactor(found, names=[words for words, _label in found])
    built = time.perf_counter() - start
    notes = [
        f"{rng.choice(hidden) if rng.random() < 0.1 else 'The supervisor'} said the dust is worse in the "
        f"cutting yard since the new saw; masks are given out on Mondays only ({index})."
        for index in range(5_000)
    ]
    start = time.perf_counter()
    shown = [redact(note) for note in notes]
    redacted = time.perf_counter() - start
    assert sum("[Woman worker]" in note for note in shown) == sum(note[0] != "T" for note in notes)
    phones = [f"+91 98{index:08d}" for index in range(len(hidden))]
    start = time.perf_counter()
    contacts = [(phone, "[contact withheld]") for phone in phones]
    with_contacts = disclosure.Redactor(
        found, contacts, unknown_contacts="[contact withheld]", names=[w for w, _ in found]
    )
    built_with_contacts = time.perf_counter() - start
    calls = [f"{note} Call {rng.choice(phones)[4:]}." if index % 20 == 0 else note for index, note in enumerate(notes)]
    start = time.perf_counter()
    shown = [with_contacts(note) for note in calls]
    redacted_with_contacts = time.perf_counter() - start
    assert sum("Call [contact withheld]." in note for note in shown) == len(notes) // 20
    return [
        Figure("redaction.build_2000_hidden", built, "s", "<=1"),
        Figure("redaction.redact_5000_notes", redacted, "s", "<=1"),
        Figure("redaction.redactor_from_those_finders_and_2000_phones", built_with_contacts, "s", "<=1"),
        Figure("redaction.redact_5000_notes_with_phones", redacted_with_contacts, "s", "<=1"),
    ]
