"""Two imports of one list at the same time give one set of people."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.models import Participation, Person

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 300


def test_two_processes_importing_one_list_at_once_give_one_set_of_people(db: Database, tmp_path: Path) -> None:
    meeting_id = meetings.create(db, "Kota", datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 17)).id
    listing = tmp_path / "list.csv"
    listing.write_text("Name,Organisation,Group\n" + "".join(
        f"Worker {i},Cooperative {i % 7},RH_WORKER\n" for i in range(PEOPLE)), encoding="utf-8")  # fmt: skip
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    command = [sys.executable, "-m", "tests.core.import_race_child", str(db.directory), meeting_id, str(listing)]
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen(
            [*command, str(barrier)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
        for _ in range(2)
    ]
    results = [child.communicate(timeout=120) for child in children]
    assert all(child.returncode == 0 for child in children), results
    planned, added = zip(*[(int(out.split()[0]), int(out.split()[1])) for out, _ in results], strict=True)
    assert planned == (PEOPLE, PEOPLE)  # both saw an empty register when they planned
    assert sorted(added) == [0, PEOPLE]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == PEOPLE
        assert session.scalar(select(func.count()).select_from(Participation)) == PEOPLE


def test_the_database_refuses_a_second_live_place_for_one_person(db: Database) -> None:
    meeting_id = meetings.create(db, "Kota", datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 17)).id
    with db.session() as session:
        person = Person(name="Kamla")
        session.add(person)
        session.flush()
        session.add(Participation(meeting_id=meeting_id, person_id=person.id, deleted=True))
        session.add(Participation(meeting_id=meeting_id, person_id=person.id))
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Participation(meeting_id=meeting_id, person_id=person.id))
