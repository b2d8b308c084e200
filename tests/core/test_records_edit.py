"""An edit's checks and its write are one transaction that holds the write lock from its start: another
writer (a sync's merge) cannot commit between what the check read and what is written."""

from __future__ import annotations

import sqlite3

import pytest

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Meeting
from facilitator.core.records import edit


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
