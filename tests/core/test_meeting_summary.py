"""The quick read of the meetings list (used for the first paint) agrees with the ORM's, and steps aside
for anything unusual rather than guess."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from facilitator import paths
from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.meeting_summary import read_summaries


def test_the_quick_read_gives_what_the_orm_gives(demo_db: Database) -> None:
    meetings.duplicate(demo_db, meetings.list_meetings(demo_db)[0].id, "Second roundtable")
    archived = meetings.list_meetings(demo_db)[0]
    meetings.update(demo_db, archived.id, archived=True)
    for include_archived in (False, True):
        quick = read_summaries(demo_db.path, include_archived)
        assert quick == meetings.list_meetings(demo_db, include_archived=include_archived)
    # The demo's 2022 roundtable (where the ledger's commitments were agreed) is archived as well.
    assert len(read_summaries(demo_db.path, True)) == 3 and len(read_summaries(demo_db.path)) == 1


def test_no_file_an_empty_file_or_another_schema_gives_no_preview(tmp_path: Path, db: Database) -> None:
    assert read_summaries(tmp_path / "absent.sqlite3") is None
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert read_summaries(tmp_path / "empty.sqlite3") is None
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all" * 100)
    assert read_summaries(tmp_path / "junk.sqlite3") is None
    with sqlite3.connect(db.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'older'")
    assert read_summaries(db.path) is None


def test_the_quick_read_writes_nothing(demo_db: Database) -> None:
    database = paths.database_path(demo_db.directory)
    demo_db.close()
    before = database.read_bytes()
    assert read_summaries(database)
    assert database.read_bytes() == before
