"""While the file is converted (encryption turned on or off) the database takes no connection, so nothing
is written to a file that is about to be replaced; a sync holding a connection keeps it from starting."""

from __future__ import annotations

import pytest

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import notes


def test_a_suspended_database_refuses_every_session_and_connection_until_it_reconnects(demo_db: Database) -> None:
    meeting_id = meetings.list_meetings(demo_db)[0].id
    demo_db.suspend()
    demo_db.suspend()  # asked twice, it stays as it is
    assert demo_db.suspended
    with pytest.raises(UserError, match="being converted"):
        notes.save_draft(demo_db, meeting_id, "a line typed while the files are converted")
    with pytest.raises(UserError, match="being converted"), demo_db.engine.begin():
        pass
    demo_db.reconnect()
    assert not demo_db.suspended
    assert notes.load_draft(demo_db, meeting_id) == ""
    notes.save_draft(demo_db, meeting_id, "typed after")
    assert notes.load_draft(demo_db, meeting_id) == "typed after"


def test_a_connection_in_use_keeps_the_database_from_being_suspended(demo_db: Database) -> None:
    meeting_id = meetings.list_meetings(demo_db)[0].id
    # A sync in the middle of its transaction.
    with demo_db.engine.connect(), pytest.raises(UserError, match="in use"):
        demo_db.suspend()
    assert not demo_db.suspended
    notes.save_draft(demo_db, meeting_id, "still saved")
    assert notes.load_draft(demo_db, meeting_id) == "still saved"


def test_a_sync_under_way_keeps_the_data_from_being_converted_and_none_starts_during_it(demo_db: Database) -> None:
    # Between two of a sync's transactions, no connection is open.
    with demo_db.in_use(), pytest.raises(UserError, match="in use"):
        demo_db.suspend()
    demo_db.suspend()
    with pytest.raises(UserError, match="being converted"), demo_db.in_use():
        pass
    demo_db.reconnect()
    with demo_db.in_use():
        assert meetings.list_meetings(demo_db)
