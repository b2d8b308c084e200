"""Every write to a synced table is in the change log, in the same transaction; writes the log could not
follow are refused."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, text, update

from facilitator.core import meetings
from facilitator.core.change_log import adopt_unlogged
from facilitator.core.db import Database
from facilitator.core.live import notes, speaking
from facilitator.core.models import Meeting, NoteRevision, SpeakingTurn, new_id
from tests.sync.replicas import T0, log_of, replica, roundtable


@pytest.fixture
def laptop(tmp_path: Path) -> Database:
    return replica(tmp_path / "laptop")


def test_a_new_record_is_one_row_change_with_all_its_columns(laptop: Database) -> None:
    meeting = roundtable(laptop, people=0, items=0)
    [change] = [c for c in log_of(laptop) if c.table == "meeting"]
    values = json.loads(change.value)
    assert (change.row_id, change.field, change.base, change.scope) == (meeting.id, "*", "", f"m:{meeting.id}")
    assert change.hlc == meetings.get(laptop, meeting.id).updated_hlc
    assert values["purpose"] == "Talk about water and sheds" and values["starts_at"] == "2026-03-02T09:00:00.000000Z"
    assert values["deleted"] is False and "id" not in values and "updated_hlc" not in values


def test_an_edit_is_logged_per_field_with_the_stamp_it_replaced(laptop: Database) -> None:
    meeting = roundtable(laptop, people=0, items=0)
    created = meetings.get(laptop, meeting.id).updated_hlc
    meetings.update(laptop, meeting.id, title="Kota, day one", purpose="Water first")
    first = meetings.get(laptop, meeting.id).updated_hlc
    meetings.update(laptop, meeting.id, purpose="Water, then sheds")
    edits = [(c.field, c.base, json.loads(c.value)) for c in log_of(laptop) if c.table == "meeting" and c.field != "*"]
    assert edits == [
        ("title", created, "Kota, day one"),
        ("purpose", created, "Water first"),
        ("purpose", first, "Water, then sheds"),
    ]


def test_the_speaker_switch_written_without_a_session_is_logged_too(laptop: Database) -> None:
    meeting = roundtable(laptop, people=1, items=0)
    [speaker] = speaking.load_roster(laptop, meeting.id)
    turn = speaking.record_switch(laptop, meeting.id, T0, speaker)
    [change] = [c for c in log_of(laptop) if c.table == "speaking_turn"]
    assert (change.row_id, change.hlc, change.scope) == (turn.id, turn.updated_hlc, f"m:{meeting.id}")
    assert json.loads(change.value)["participation_id"] == speaker


def test_a_record_that_hangs_off_another_travels_with_its_meeting(laptop: Database) -> None:
    meeting = roundtable(laptop, people=0, items=0)
    note = notes.add_note(laptop, meeting.id, notes.ParsedNote(body="No masks at the cutting yard"))
    [revision] = [c for c in log_of(laptop) if c.table == NoteRevision.__tablename__]
    assert json.loads(revision.value)["note_id"] == note.id and revision.scope == f"m:{meeting.id}"


def test_what_is_rolled_back_leaves_no_log_row(laptop: Database) -> None:
    meeting = roundtable(laptop, people=0, items=0)
    before = log_of(laptop)
    with pytest.raises(RuntimeError), laptop.session() as session:
        session.get(Meeting, meeting.id).title = "Not kept"
        session.flush()
        raise RuntimeError("the laptop's battery died")
    assert log_of(laptop) == before


@pytest.mark.parametrize(
    "write",
    [
        lambda c, m: c.execute(delete(Meeting.__table__).where(Meeting.__table__.c.id == m)),
        lambda c, m: c.execute(update(Meeting.__table__).values(title="all at once")),
        lambda c, m: c.execute(text("UPDATE meeting SET title = 'behind its back'")),
        lambda c, m: c.execute(text("delete from speaking_turn")),
        lambda c, m: c.execute(
            insert(Meeting.__table__).values([{"id": new_id(), "title": "a", "starts_at": T0, "ends_at": T0}] * 2)
        ),
    ],
    ids=["delete", "many-row-update", "sql-update", "sql-delete", "multi-values-insert"],
)
def test_writes_the_log_could_not_follow_are_refused(laptop: Database, write) -> None:
    meeting = roundtable(laptop, people=0, items=0)
    with pytest.raises(RuntimeError, match="synced"), laptop.engine.begin() as connection:
        write(connection, meeting.id)
    assert meetings.get(laptop, meeting.id).title == "Roundtable Kota"


def test_deleting_through_a_session_is_refused_deleting_is_a_tombstone(laptop: Database) -> None:
    meeting = roundtable(laptop, people=0, items=0)
    with pytest.raises(RuntimeError, match="tombstone"), laptop.session() as session:
        session.delete(session.get(Meeting, meeting.id))
    assert meetings.get(laptop, meeting.id).title == "Roundtable Kota"


def test_facts_that_only_grow_cannot_be_edited_only_tombstoned(laptop: Database) -> None:
    meeting = roundtable(laptop, people=1, items=0)
    [speaker] = speaking.load_roster(laptop, meeting.id)
    turn = speaking.record_switch(laptop, meeting.id, T0, speaker)
    with pytest.raises(RuntimeError, match="never edited"), laptop.session() as session:
        session.get(SpeakingTurn, turn.id).started_at = T0 + timedelta(seconds=5)
    with laptop.session() as session:
        session.get(SpeakingTurn, turn.id).deleted = True
    assert [c.field for c in log_of(laptop) if c.row_id == turn.id] == ["*", "deleted"]


def test_rows_written_before_the_log_existed_are_adopted_once(laptop: Database) -> None:
    meeting = roundtable(laptop, people=0, items=0)
    with laptop.engine.begin() as connection:  # as an older version left it: a row without a log row
        connection.exec_driver_sql("DELETE FROM sync_change")
        connection.exec_driver_sql("UPDATE meeting SET updated_hlc = ''")
    with laptop.engine.begin() as connection:
        assert adopt_unlogged(connection, laptop.clock.now) == 1
    with laptop.engine.begin() as connection:
        assert adopt_unlogged(connection, laptop.clock.now) == 0
    [change] = log_of(laptop)
    assert change.row_id == meeting.id and change.hlc == meetings.get(laptop, meeting.id).updated_hlc != ""
    assert change.device == laptop.device_id
