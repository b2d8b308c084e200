"""Inclusion and import speed: all checks for 500 participants, and importing a 5,000-row XLSX sheet.

- All checks: :func:`facilitator.core.inclusion.report.evaluate` on 500 people already read (the panel reruns
  it after every edit); target under 20 ms.
- Read and check: the same plus reading the meeting, its settings, people, consents and check-ins from
  SQLite (reference).
- Import: reading a 5,000-row XLSX sheet, planning it against the register, and writing it; under 3 s.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from figures import Figure
from openpyxl import Workbook

from facilitator.core import meetings, taxonomy
from facilitator.core.db import Database
from facilitator.core.inclusion import report as inclusion
from facilitator.core.inclusion import settings as inclusion_settings
from facilitator.core.models import Consent, Participation, Person
from facilitator.core.participants import importing as participant_import
from facilitator.core.participants import participation

PEOPLE = 500
IMPORT_ROWS = 5000
REPEATS = 200
LANGUAGES = (("hi", "en"), ("raj", "hi"), ("nl", "en"), ("or",), ("hi",), ("en",))


def _meeting(db: Database) -> str:
    meeting = meetings.create(db, "Benchmark", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17), "Asia/Kolkata",
                              languages=["hi", "en"], recording_allowed=True)  # fmt: skip
    inclusion_settings.update_settings(db, meeting.id, photos_allowed=True, ground_rules="Chatham House Rule")
    rng = random.Random(4)
    groups = list(taxonomy.stakeholder_groups())
    with db.session() as session:
        for number in range(PEOPLE):
            person = Person(name=f"Person {number}", stakeholder_group=rng.choice(groups),
                            gender=rng.choice(("woman", "man", "")), languages_spoken=list(rng.choice(LANGUAGES)),
                            languages_read=list(rng.choice(LANGUAGES)),
                            anonymity=rng.choice(("named", "group_only", "anonymous")))  # fmt: skip
            session.add(person)
            session.flush()
            proxy = number % 40 == 0
            session.add(Participation(meeting_id=meeting.id, person_id=person.id,
                                      role="interpreter" if number % 50 == 0 else "participant",
                                      status=rng.choice(("invited", "confirmed", "attended")),
                                      caucus=rng.choice(("plenary", "worker_caucus")),
                                      lost_wages=rng.choice(("", "needed", "arranged")),
                                      is_proxy=proxy, speaks_for="RH_MIGRANT" if proxy else ""))  # fmt: skip
            for kind in ("recording", "photos"):
                if rng.random() < 0.9:
                    session.add(Consent(person_id=person.id, kind=kind, granted=True, given_on=date(2026, 2, 1)))
    return meeting.id


def _median_ms(action: object, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _sheet(folder: Path) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Name", "Organisation", "Group", "Gender", "Languages", "Email"])
    groups = list(taxonomy.stakeholder_groups())
    for number in range(IMPORT_ROWS):
        sheet.append([f"Invitee {number}", f"Organisation {number % 300}", groups[number % len(groups)],
                      ("F", "M", "")[number % 3], "Hindi, English", f"invitee{number}@example.org"])  # fmt: skip
    path = folder / "invitations.xlsx"
    book.save(path)
    return path


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "data")
        meeting_id = _meeting(db)
        situation = inclusion.situation(db, meeting_id, "planning")
        checks = _median_ms(lambda: inclusion.evaluate(situation))
        read_and_check = _median_ms(lambda: inclusion.check(db, meeting_id, "planning"), repeats=20)
        path = _sheet(Path(folder))
        start = time.perf_counter()
        table = participant_import.read_table(path)
        plan = participant_import.plan(db, meeting_id, table)
        outcome = participant_import.apply(db, plan)
        imported = time.perf_counter() - start
        assert outcome.added == IMPORT_ROWS, outcome
        assert len(participation.list_participants(db, meeting_id)) == PEOPLE + IMPORT_ROWS
        db.close()
    return [
        Figure("inclusion.all_checks_500_people", checks, "ms", "<=20"),
        Figure("inclusion.read_and_check_500_people", read_and_check, "ms", ""),
        Figure("inclusion.import_xlsx_5000_rows", imported, "s", "<=3"),
    ]
