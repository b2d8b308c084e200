"""Meetings: time zones, validation that writes nothing, search, duplicate, archive, id prefixes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.core.demo.seed import seed_demo
from facilitator.core.errors import UserError
from facilitator.core.models import Meeting, Participation


def make(db: Database, title: str = "Roundtable", **fields) -> str:
    return meetings.create(
        db, title, datetime(2023, 10, 27, 9), datetime(2023, 10, 27, 17), "Asia/Kolkata", **fields
    ).id


def test_local_times_are_stored_as_utc_with_the_zone(db: Database) -> None:
    meeting = meetings.get(db, make(db))
    assert meeting.starts_at == datetime(2023, 10, 27, 3, 30, tzinfo=UTC)
    assert meetings.to_local(meeting.starts_at, meeting.timezone).hour == 9
    assert meeting.timezone == "Asia/Kolkata"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"timezone": "Mars/Olympus"}, "Unknown time zone"),
        ({"country": "Indai"}, "Unknown country: Indai"),
        ({"languages": ["hi", "Hindish"]}, "Unknown language: Hindish"),
        ({"status": "postponed"}, "Unknown meeting status"),
        ({"default_confidentiality": "secret"}, "Unknown confidentiality"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(db: Database, fields: dict, message: str) -> None:
    values = {"title": "Roundtable", "timezone": "Asia/Kolkata", **fields}
    title, zone = values.pop("title"), values.pop("timezone")
    with pytest.raises(UserError, match=message):
        meetings.create(db, title, datetime(2023, 10, 27, 9), datetime(2023, 10, 27, 17), zone, **values)
    assert meetings.list_meetings(db, include_archived=True) == []


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("India", "IN"), ("in", "IN"), ("भारत", "IN"), ("Nederland", "NL"), ("  netherlands ", "NL"), ("", "")],
)
def test_a_country_is_stored_as_its_iso_code(db: Database, typed: str, stored: str) -> None:
    meeting_id = make(db)
    meetings.update(db, meeting_id, country=typed)
    assert meetings.get(db, meeting_id).country == stored


def test_languages_are_stored_as_iso_codes(db: Database) -> None:
    meeting_id = make(db)
    meetings.update(db, meeting_id, languages=["Hindi", "raj", "Engels", "हिन्दी", "Bhojpuri"])
    assert meetings.get(db, meeting_id).languages == ["hi", "raj", "en", "bho"]


def test_a_meeting_must_end_after_it_starts(db: Database) -> None:
    with pytest.raises(UserError, match="end after it starts"):
        meetings.create(db, "Backwards", datetime(2023, 10, 27, 17), datetime(2023, 10, 27, 9))
    meeting_id = make(db)
    with pytest.raises(UserError, match="end after it starts"):
        meetings.update(db, meeting_id, ends_at=datetime(2020, 1, 1, tzinfo=UTC))
    assert meetings.get(db, meeting_id).ends_at.year == 2023


def test_update_returns_previous_values_so_it_can_be_undone(db: Database) -> None:
    meeting_id = make(db, city="Kota")
    previous = meetings.update(db, meeting_id, city="Bundi", title="New title")
    assert previous == {"city": "Kota", "title": "Roundtable"}
    meetings.update(db, meeting_id, **previous)
    assert meetings.get(db, meeting_id).city == "Kota"


def test_search_and_archive(db: Database) -> None:
    kota = make(db, "Kota dialogue", city="Kota")
    make(db, "Xiamen dialogue", city="Xiamen")
    assert [m.title for m in meetings.list_meetings(db, search="kota")] == ["Kota dialogue"]
    meetings.set_archived(db, kota, True)
    assert [m.title for m in meetings.list_meetings(db)] == ["Xiamen dialogue"]
    assert len(meetings.list_meetings(db, include_archived=True)) == 2
    # Whether the list with no search shows a meeting (a search that hides it keeps it open in the window).
    assert not meetings.is_listed(db, kota) and meetings.is_listed(db, kota, include_archived=True)
    assert not meetings.is_listed(db, "no such meeting")


def test_resolve_by_unambiguous_prefix(db: Database) -> None:
    starts, ends = datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 1, 2, tzinfo=UTC)
    with db.session() as session:
        for meeting_id in ("abc10000-0000-4000-8000-000000000000", "abc20000-0000-4000-8000-000000000000"):
            session.add(Meeting(id=meeting_id, title=meeting_id, starts_at=starts, ends_at=ends))
    assert meetings.resolve(db, "ABC1").id.startswith("abc1")
    with pytest.raises(UserError, match="More than one"):
        meetings.resolve(db, "abc")
    with pytest.raises(UserError, match="No meeting"):
        meetings.resolve(db, "zzzz")
    with pytest.raises(UserError, match="first characters"):
        meetings.resolve(db, " ")


def test_duplicate_copies_settings_and_invitations_not_what_was_said(demo_db: Database) -> None:
    copy = meetings.duplicate(demo_db, MEETING_ID)
    original = meetings.get(demo_db, MEETING_ID)
    assert copy.id != original.id and copy.title.endswith("(copy)")
    assert copy.timezone == original.timezone and copy.languages == original.languages
    assert copy.balance_window_minutes == original.balance_window_minutes
    assert copy.status == "planned" and not copy.archived
    with demo_db.session() as session:
        invited = session.query(Participation).filter_by(meeting_id=copy.id).all()
    assert invited and {p.status for p in invited} == {"invited"}


def test_demo_is_seeded_once(db: Database) -> None:
    assert seed_demo(db) == seed_demo(db) == MEETING_ID
    assert len(meetings.list_meetings(db)) == 1
