"""A command run in another process while this one holds the database open (the window, with a
facilitator's terminal beside it) leaves the open connections' write-ahead log alone, and what is written
after it reaches the file.  It did not: each new pooled connection, backup and check read the file's
header with plain file calls, which drops the process's SQLite locks, and the command then deleted the
log under the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.core import meetings
from facilitator.core.db import Database

ROOT = Path(__file__).resolve().parents[2]


def _facilitator(data_dir: Path, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "facilitator", "--data-dir", str(data_dir), *args], check=True,
                   capture_output=True, env=env)  # fmt: skip


def _city_read_by_another_process(db: Database, meeting_id: str) -> str:
    code = "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(" \
           "'SELECT city FROM meeting WHERE id = ?', (sys.argv[2],)).fetchone()[0])"  # fmt: skip
    return subprocess.run([sys.executable, "-c", code, str(db.path), meeting_id], check=True, capture_output=True,
                          text=True).stdout.strip()  # fmt: skip


@pytest.mark.parametrize("before", ["edits", "backup", "integrity check"])
def test_a_command_beside_the_open_database_loses_nothing_written_after_it(demo_db: Database, before: str) -> None:
    meeting_id = meetings.list_meetings(demo_db)[0].id
    with demo_db.session(), demo_db.session():  # two pooled connections at once
        pass
    meetings.update(demo_db, meeting_id, city="Bundi")
    if before == "backup":
        demo_db.backup()
    elif before == "integrity check":
        assert demo_db.integrity_problems() == []
    log = Path(f"{paths.database_path(demo_db.directory)}-wal")
    assert log.exists()
    _facilitator(demo_db.directory, "meetings")
    assert log.exists()
    meetings.update(demo_db, meeting_id, city="Budhpura")
    assert _city_read_by_another_process(demo_db, meeting_id) == "Budhpura"
