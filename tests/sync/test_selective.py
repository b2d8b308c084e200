"""Selective sync: the user chooses the meetings per target; a confidential meeting stays on the laptop
unless chosen by name; people, organisations and consents go with the meetings they take part in."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.live import notes
from facilitator.core.models import Consent, Meeting, Person
from facilitator.core.participants import participation, people
from facilitator.sync import segments
from facilitator.sync.run import synchronise
from facilitator.sync.state import choose_meetings
from facilitator.sync.targets.folder import SEGMENTS, FolderTarget
from tests.sync.replicas import replica
from tests.sync.sticks import PASSPHRASE


def _meeting(db: Database, title: str, **fields) -> Meeting:
    return meetings.create(
        db, title, datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17), timezone="Asia/Kolkata", **fields
    )


def _names(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Person.name)))


def _titles(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Meeting.title)))


@pytest.fixture
def laptops(tmp_path: Path, stick: Path):
    home, other = replica(tmp_path / "home"), replica(tmp_path / "other")
    open_meeting = _meeting(home, "Supplier roundtable")
    closed = _meeting(home, "Worker caucus, Budhpura", default_confidentiality="confidential")
    participation.add_new_participant(home, open_meeting.id, "Marieke de Vries", organisation="Steenhuis BV")
    worker = participation.add_new_participant(home, closed.id, "Kamla Devi", organisation="Quarry workers' union")
    participation.record_consent(home, worker.person_id, "quotes", False, date(2026, 3, 1))
    notes.add_note(home, closed.id, notes.ParsedNote(body="The contractor keeps our ID cards"))
    people.create_person(home, "Only in the register")
    return home, other, stick, open_meeting, closed, worker


def test_a_confidential_meeting_and_its_people_stay_on_the_laptop(laptops) -> None:
    home, other, stick, _, _, _ = laptops
    report = synchronise(home, FolderTarget(stick, PASSPHRASE))
    synchronise(other, FolderTarget(stick, PASSPHRASE))
    assert _titles(other) == {"Supplier roundtable"}
    assert _names(other) == {"Marieke de Vries"}
    with other.session() as session:
        assert session.scalars(select(Consent)).all() == []
    team = FolderTarget(stick, PASSPHRASE).team
    written = [segments.unpack(team, path.read_bytes())[1] for path in (stick / SEGMENTS).rglob("*.fseg")]
    assert not any("ID cards" in change.value or "Kamla" in change.value for part in written for change in part)
    assert report.meetings == [laptops[3].id]


def test_a_confidential_meeting_goes_only_where_it_is_chosen_by_name(laptops) -> None:
    home, other, stick, _, closed, _ = laptops
    target = FolderTarget(stick, PASSPHRASE)
    choose_meetings(home, target.key, target.kind, target.location, [closed.id])
    synchronise(home, target)
    synchronise(other, FolderTarget(stick, PASSPHRASE))
    assert _titles(other) == {"Worker caucus, Budhpura"}
    assert _names(other) == {"Kamla Devi"}
    with other.session() as session:
        [consent] = session.scalars(select(Consent)).all()
        assert consent.kind == "quotes" and consent.granted is False
    assert [n.body for n in notes.list_notes(other, closed.id)] == ["The contractor keeps our ID cards"]


def test_a_person_who_joins_a_shared_meeting_later_arrives_with_their_history(laptops) -> None:
    home, other, stick, open_meeting, _, worker = laptops
    synchronise(home, FolderTarget(stick, PASSPHRASE))
    participation.add_participant(home, open_meeting.id, worker.person_id)
    synchronise(home, FolderTarget(stick, PASSPHRASE))
    synchronise(other, FolderTarget(stick, PASSPHRASE))
    assert _names(other) == {"Marieke de Vries", "Kamla Devi"}
    with other.session() as session:
        assert [c.kind for c in session.scalars(select(Consent))] == ["quotes"]  # given before she joined
    assert _titles(other) == {"Supplier roundtable"}  # her other meeting stays where it was


def test_a_meeting_chosen_later_is_sent_with_all_its_history(laptops) -> None:
    home, other, stick, open_meeting, closed, _ = laptops
    target = FolderTarget(stick, PASSPHRASE)
    choose_meetings(home, target.key, target.kind, target.location, [open_meeting.id])
    synchronise(home, target)
    meetings.update(home, closed.id, venue="Community centre")
    choose_meetings(home, target.key, target.kind, target.location, [open_meeting.id, closed.id])
    synchronise(home, target)
    synchronise(other, FolderTarget(stick, PASSPHRASE))
    assert _titles(other) == {"Supplier roundtable", "Worker caucus, Budhpura"}
    assert meetings.get(other, closed.id).venue == "Community centre"
    assert "Only in the register" not in _names(other)
