"""An edit's checks and its write are one transaction that holds the write lock from its start: another
writer (a sync's merge) cannot commit between what the check read and what is written."""

from __future__ import annotations

import sqlite3

import pytest

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import notes
from facilitator.core.models import Meeting
from facilitator.core.records import edit
from facilitator.core.visits import visits


def test_no_other_writer_commits_while_an_edit_is_checked(demo_db: Database) -> None:
    meeting_id = meetings.list_meetings(demo_db)[0].id
    refused: list[str] = []

    def checked(_session, meeting: Meeting) -> dict:
        other = sqlite3.connect(demo_db.path, timeout=0)
        try:
            other.execute("UPDATE meeting SET city = 'Bundi' WHERE id = ?", (meeting_id,))
            other.commit()
        except sqlite3.OperationalError as error:
            refused.append(str(error))
        finally:
            other.close()
        return {"venue": f"{meeting.city} town hall"}

    edit(demo_db, Meeting, meeting_id, checked)
    assert refused == ["database is locked"]
    assert meetings.get(demo_db, meeting_id).venue == "Kota town hall"


def test_a_field_the_record_does_not_have_is_refused_plainly(demo_db: Database) -> None:
    meeting_id = meetings.list_meetings(demo_db)[0].id
    with pytest.raises(UserError, match="no field colour_of_the_tent"):
        meetings.update(demo_db, meeting_id, colour_of_the_tent="blue")


def test_every_kind_of_record_is_named_by_its_first_characters_under_the_same_rules(demo_db: Database) -> None:
    """Meetings, notes and visits are found by an id prefix typed in any case; a pasted screenful or a
    terminal escape is refused in plain words, and a prefix that fits two records asks for more."""
    meeting_id = meetings.list_meetings(demo_db)[0].id
    note_id = notes.list_notes(demo_db, meeting_id)[0].id
    visit_id = visits.rows(demo_db, meeting_id)[0].id
    assert meetings.resolve(demo_db, meeting_id[:8].upper()).id == meeting_id
    assert notes.resolve(demo_db, meeting_id, "\x1b[2J" + note_id[:8].upper()) == note_id
    assert visits.resolve(demo_db, " " + visit_id[:8].upper()).id == visit_id
    for find in (
        lambda reference: meetings.resolve(demo_db, reference),
        lambda reference: notes.resolve(demo_db, meeting_id, reference),
        lambda reference: visits.resolve(demo_db, reference),
    ):
        with pytest.raises(UserError, match="not an id: an id has 36 characters, this has 5000"):
            find("a" * 5000)
        with pytest.raises(UserError, match="first characters"):
            find("  ")
        with pytest.raises(UserError, match="%"):
            find("%")  # a wildcard is matched as typed, so it names nothing
    several = notes.list_notes(demo_db, meeting_id)
    shared = next((a.id[:1] for a in several for b in several if a.id != b.id and a.id[:1] == b.id[:1]), None)
    assert shared is not None
    with pytest.raises(UserError, match="More than one note"):
        notes.resolve(demo_db, meeting_id, shared)
