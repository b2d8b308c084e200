"""The register, participation in a meeting, check-ins, consents and the anonymity of exports."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.errors import UserError
from facilitator.core.models import CheckIn, Consent, Participation, Person
from facilitator.core.participants import participation, people
from facilitator.core.participants.vocabulary import GENDERS
from facilitator.core.records import set_deleted
from facilitator.export import participants as participant_export


@pytest.fixture
def meeting_id(db: Database) -> str:
    return meetings.create(db, "Kota roundtable", datetime(2024, 3, 1, 9), datetime(2024, 3, 1, 17), "Asia/Kolkata").id


def test_a_person_is_entered_once_and_invited_to_many_meetings(db: Database, meeting_id: str) -> None:
    person = people.create_person(
        db, "  Kamla   Devi ", organisation="Budhpura Women's Group", stakeholder_group="RH_WOMEN_WORKER",
        gender="F", languages_spoken=["RAJ", "hi", "hi"], anonymity="anonymous",
    )  # fmt: skip
    second = meetings.create(db, "Follow-up", datetime(2024, 6, 1, 9), datetime(2024, 6, 1, 12)).id
    participation.add_participant(db, meeting_id, person.id)
    participation.add_participant(db, second, person.id, caucus="women_caucus")
    [row] = people.list_register(db)
    assert (row.name, row.organisation, row.gender, row.languages_spoken, row.meetings) == (
        "Kamla Devi", "Budhpura Women's Group", "woman", ("raj", "hi"), 2,
    )  # fmt: skip
    with pytest.raises(UserError, match="already on this meeting's list"):
        participation.add_participant(db, meeting_id, person.id)


def test_register_filters_by_group_class_and_search(demo_db: Database) -> None:
    women = people.list_register(demo_db, group="RH_WOMEN_WORKER")
    assert [r.name for r in women] == ["Kamla Devi", "Santosh Bai"]
    business = people.list_register(demo_db, group="business")
    assert len(business) == 8
    assert [r.name for r in people.list_register(demo_db, search="steenhuis")] == ["Marieke de Vries"]


def test_bad_person_fields_are_refused_before_writing(db: Database) -> None:
    for fields in ({"stakeholder_group": "ALIENS"}, {"anonymity": "secret"}):
        with pytest.raises(UserError):
            people.create_person(db, "Someone", **fields)
    with pytest.raises(UserError, match="needs a name"):
        people.create_person(db, "   ")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_gender_is_self_described_and_optional(db: Database) -> None:
    described = people.create_person(db, "A", gender="Two-spirit")
    silent = people.create_person(db, "B", gender="prefer not to say")
    assert described.gender == "Two-spirit" and silent.gender == "prefer_not_to_say"
    assert GENDERS.label("prefer_not_to_say") == "Prefer not to say"


def test_participation_fields_are_checked_and_undoable(demo_db: Database) -> None:
    pid = demo_id("participation/worker1")
    previous = participation.update_participation(demo_db, pid, lost_wages="arranged", caucus="worker_caucus")
    assert previous == {"lost_wages": "needed", "caucus": "plenary"}
    participation.update_participation(demo_db, pid, **previous)
    row = next(r for r in participation.list_participants(demo_db, MEETING_ID) if r.participation_id == pid)
    assert (row.lost_wages, row.caucus) == ("needed", "plenary")
    refused = ({"status": "maybe"}, {"lost_wages": "perhaps"}, {"speaks_for": "NOPE"}, {"caucus": " "}, {"x": 1})
    for bad in refused:
        with pytest.raises(UserError):
            participation.update_participation(demo_db, pid, **bad)


def test_check_in_is_insert_only_and_marks_attendance(demo_db: Database) -> None:
    pid = demo_id("participation/migrant_worker")  # he had declined, and came after all
    arrived = datetime(2023, 10, 27, 3, 40, tzinfo=UTC)
    participation.check_in(demo_db, pid, "arrival", arrived)
    participation.check_in(demo_db, pid, "departure", datetime(2023, 10, 27, 11, 0, tzinfo=UTC))
    participation.check_in(demo_db, pid, "arrival", datetime(2023, 10, 27, 4, 0, tzinfo=UTC))
    row = next(r for r in participation.list_participants(demo_db, MEETING_ID) if r.participation_id == pid)
    assert row.status == "attended" and row.arrived_at == arrived and row.departed_at.hour == 11
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).where(CheckIn.participation_id == pid)) == 3
    with pytest.raises(UserError):
        participation.check_in(demo_db, pid, "lunch")


def test_the_latest_dated_consent_counts_and_earlier_ones_stay(demo_db: Database) -> None:
    person_id = demo_id("person/worker1")
    participation.record_consent(demo_db, person_id, "quotes", True, date(2023, 10, 1))
    participation.record_consent(demo_db, person_id, "quotes", False, date(2023, 10, 20), note="Changed his mind")
    row = next(r for r in participation.list_participants(demo_db, MEETING_ID) if r.person_id == person_id)
    assert row.consents["quotes"] == (False, date(2023, 10, 20))
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).where(Consent.person_id == person_id)) == 2
    with pytest.raises(UserError):
        participation.record_consent(demo_db, person_id, "fingerprints", True, date(2023, 10, 1))


def test_composition_counts_groups_and_gender_without_staff(demo_db: Database) -> None:
    rows = participation.list_participants(demo_db, MEETING_ID)
    counts = participation.composition(participation.in_stage(rows, "planning"))
    assert counts.total == 16
    assert counts.by_group["BIZ_BUYER"] == 5 and counts.by_group["RH_WOMEN_WORKER"] == 2
    assert "INTERPRETER" not in counts.by_group and "RH_MIGRANT" not in counts.by_group
    assert counts.by_gender == {"woman": 6, "man": 10}
    assert participation.composition(rows).by_status["declined"] == 1


def test_csv_export_shows_each_person_as_their_anonymity_allows(demo_db: Database) -> None:
    text = participant_export.export_csv(demo_db, MEETING_ID)
    records = list(csv.DictReader(io.StringIO(text)))
    assert len(records) == 19
    for hidden in ("Kamla Devi", "Santosh Bai", "Ramprasad Gurjar", "Bhanwar Lal Bheel", "Arjun Majhi"):
        assert hidden not in text
    committee = next(r for r in records if r["anonymity"] == "group_only")
    assert committee["name"] == "Worker committees" and committee["organisation"] == ""
    anonymous = [r for r in records if r["anonymity"] == "anonymous"]
    assert {r["stakeholder_group"] for r in anonymous} == {""} and len(anonymous) == 4
    assert records[-1]["anonymity"] == "anonymous"  # their place in the list gives no group away
    marieke = next(r for r in records if r["name"] == "Marieke de Vries")
    assert marieke["organisation"] == "Steenhuis Natuursteen BV" and marieke["stakeholder_group"] == "BIZ_BUYER"


def test_stage_filter(demo_db: Database) -> None:
    rows = participation.list_participants(demo_db, MEETING_ID)
    assert len(participation.in_stage(rows, "planning")) == 18
    assert len(participation.in_stage(rows, "day")) == 18  # everyone but the migrant worker checked in
    nobody_yet = meetings.duplicate(demo_db, MEETING_ID).id
    assert participation.in_stage(participation.list_participants(demo_db, nobody_yet), "day") == []
    with pytest.raises(UserError):
        participation.in_stage(rows, "afterwards")


def test_someone_new_is_entered_and_invited_in_one_step(demo_db: Database) -> None:
    made = participation.add_new_participant(
        demo_db, MEETING_ID, "Laxmi Bheel", organisation="Shram Sahyog Kendra",
        stakeholder_group="RH_MARGINALISED", status="confirmed",
    )  # fmt: skip
    row = next(r for r in participation.list_participants(demo_db, MEETING_ID) if r.participation_id == made.id)
    assert (row.name, row.organisation, row.status) == ("Laxmi Bheel", "Shram Sahyog Kendra", "confirmed")
    with pytest.raises(UserError):
        participation.add_new_participant(demo_db, MEETING_ID, "Zzyzx", status="maybe")
    assert people.list_register(demo_db, search="Zzyzx") == []


def test_rights_holders_start_anonymous(db: Database) -> None:
    assert people.create_person(db, "Kamla", stakeholder_group="RH_WOMEN_WORKER").anonymity == "anonymous"
    assert people.create_person(db, "Mohan", stakeholder_group="REP_UNION").anonymity == "named"
    assert people.create_person(db, "Raju", stakeholder_group="RH_WORKER", anonymity="named").anonymity == "named"


def test_a_place_taken_away_and_given_again_is_the_same_record_afresh(db: Database, meeting_id: str) -> None:
    person = people.create_person(db, "Gopal Singh")
    first = participation.add_participant(db, meeting_id, person.id, caucus="worker_caucus", status="confirmed")
    set_deleted(db, Participation, first.id, True)
    again = participation.add_participant(db, meeting_id, person.id)
    assert again.id == first.id
    (row,) = participation.list_participants(db, meeting_id)
    assert (row.caucus, row.status) == ("plenary", "invited")  # a fresh invitation, not the old one
    with pytest.raises(UserError, match="already on this meeting's list"):
        participation.add_participant(db, meeting_id, person.id)
