"""Write-protected and full disks, simulated honestly: a read-only bind mount and a tiny tmpfs.

Both need ``mount`` (root, as on the CI machine); elsewhere those tests are skipped, and the full-disk
case is still covered by SQLite's own SQLITE_FULL, reached by capping the database's page count.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from facilitator import cli, paths
from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.store import integrity
from tests.core.live_crash_child import Recorder
from tests.core.live_helpers import small_meeting


def _mount(*args: str) -> bool:
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture
def write_protect() -> Iterator:
    """Makes a folder read-only for everyone, root included, as a write-protected USB stick is."""
    mounted: list[Path] = []

    def protect(folder: Path) -> None:
        if not (_mount("--bind", str(folder), str(folder)) and _mount("-o", "remount,ro,bind", str(folder))):
            _umount(folder)
            pytest.skip("needs mount (root) to make a folder read-only for root too")
        mounted.append(folder)

    yield protect
    for folder in mounted:
        _umount(folder)


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = cli.main(list(args))
    finally:
        sys.stdout, sys.stderr = real_out, real_err
    return code, out.getvalue(), err.getvalue()


def test_read_commands_work_on_a_write_protected_stick_and_say_so(demo_dir: Path, write_protect) -> None:
    from facilitator.core.demo.roundtable import MEETING_ID

    data_dir, meeting_id = demo_dir, MEETING_ID
    write_protect(data_dir)
    for command in (["meetings"], ["meeting", meeting_id[:8]], ["participants", meeting_id[:8], "--json"],
                    ["stats", meeting_id[:8]], ["check", meeting_id[:8]], ["agenda", meeting_id[:8]]):  # fmt: skip
        code, out, err = _run("--data-dir", str(data_dir), *command)
        assert code == 0, (command, err)
        assert "Read-only" in err and out
    code, _, err = _run("--data-dir", str(data_dir), "demo")
    assert code == cli.EXIT_ERROR and "read-only" in err and "Traceback" not in err
    copy = data_dir.parent / "copied-off-the-stick.sqlite3"
    code, out, err = _run("--data-dir", str(data_dir), "backup", "--to", str(copy))
    assert code == 0 and str(copy) in out and integrity.problems(copy, full=True) == []
    assert sorted(p.name for p in data_dir.iterdir() if not p.name.startswith(".")) == ["facilitator.sqlite3"]


def test_a_stick_pulled_after_a_crash_still_shows_the_last_saved_changes(data_dir: Path, write_protect) -> None:
    db = Database.open(data_dir)
    meeting_id = small_meeting(db)
    db.close()
    child = Recorder(data_dir, meeting_id, 1)
    committed = [child.next().split() for _ in range(30)][1:]
    child.kill()
    assert Path(f"{paths.database_path(data_dir)}-wal").stat().st_size > 0
    write_protect(data_dir)
    db = Database.open(data_dir, writable=False)
    assert db.read_only
    with db.session() as session:
        stored = {row[0] for row in session.execute(text("SELECT id FROM speaking_turn UNION SELECT id FROM note"))}
    assert {fields[1] for fields in committed if fields[0] in ("turn", "note")} <= stored
    with pytest.raises(UserError, match="read-only"):
        meetings.create(db, "Not here", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 10))
    db.close()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=1200k", "tmpfs", str(disk)):
        pytest.skip("needs mount (root) for a small tmpfs")
    yield disk
    _umount(disk)


def _fill_until_full(db: Database, meeting_id: str) -> int:
    from facilitator.core.live import notes

    written = 0
    with pytest.raises(UserError) as refused:
        for step in range(10_000):
            parsed = notes.parse(f"n: {step} " + "testimony " * 450, {})
            notes.add_note(db, meeting_id, parsed, None)
            written += 1
    assert "full" in str(refused.value) and "cannot be opened" not in str(refused.value)
    return written


def test_a_full_disk_is_reported_as_full_and_nothing_is_half_written(tiny_disk: Path) -> None:
    from facilitator.core.models import Note

    data_dir = tiny_disk / "data"
    db = Database.open(data_dir)
    meeting_id = meetings.create(db, "Full", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 17)).id
    written = _fill_until_full(db, meeting_id)
    with db.session() as session:
        assert session.query(Note).count() == written
    with pytest.raises(UserError, match="full"):
        db.backup()
    assert not [p for p in paths.backups_dir(data_dir).glob("*") if p.stat().st_size]
    db.close()
    assert integrity.problems(paths.database_path(data_dir), full=True) == []


def test_a_first_start_on_a_full_disk_says_full_and_leaves_nothing(tiny_disk: Path) -> None:
    (tiny_disk / "filler").write_bytes(b"x" * (1200 * 1024 - 64 * 1024))
    with pytest.raises(UserError, match="full"):
        Database.open(tiny_disk / "data")
    assert not paths.database_path(tiny_disk / "data").exists()
    assert not list((tiny_disk / "data").glob(".facilitator.sqlite3*"))  # the half-built file is gone too


def test_data_on_a_disk_that_filled_up_meanwhile_says_it_needs_room_to_be_read(tiny_disk: Path) -> None:
    """Only reading was asked for, and the message said "Nothing of this change was saved"."""
    from tests.cli.invoke import run

    data_dir = tiny_disk / "data"
    Database.open(data_dir).close()
    filler, size = tiny_disk / "filler", 1200 * 1024
    while size > 4096:
        try:
            with filler.open("ab") as out:
                out.write(b"x" * size)
        except OSError:
            size //= 2
    printed = run("meetings", data_dir=data_dir)
    if printed.returncode == 0:
        pytest.skip("this SQLite opened the data with no room at all")
    assert "even to be read" in printed.stderr and "Nothing of this change" not in printed.stderr


def test_sqlite_full_is_a_plain_refusal_and_the_transaction_is_rolled_back(db: Database) -> None:
    from facilitator.core.models import Note

    meeting_id = meetings.create(db, "Capped", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 17)).id
    with db.engine.connect() as connection:
        pages = connection.execute(text("PRAGMA page_count")).scalar()
    db.engine.dispose()

    from sqlalchemy import event

    event.listen(db.engine, "connect", lambda conn, _r: conn.execute(f"PRAGMA max_page_count={pages + 20}"))
    written = _fill_until_full(db, meeting_id)
    with db.session() as session:
        assert session.query(Note).count() == written
    assert integrity.problems(db.path, full=True) == []
