"""The store: checks before any write, verified backups, restore, atomic first start, paths as paths."""

from __future__ import annotations

import multiprocessing
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.store import backups, integrity, restore
from facilitator.core.store.instance import DataDirLock
from tests.core.storage_helpers import contents, damage, restore_after_crash

ROOT = Path(__file__).resolve().parents[2]


def _meeting(db: Database, title: str = "Roundtable") -> str:
    return meetings.create(db, title, datetime(2024, 3, 1, 9), datetime(2024, 3, 1, 17)).id


# -- damage found before anything is written ----------------------------------------------------------


def test_a_zero_byte_database_is_damage_not_a_new_database(data_dir: Path) -> None:
    data_dir.mkdir()
    paths.database_path(data_dir).write_bytes(b"")
    with pytest.raises(integrity.DamagedDatabase, match="empty"):
        Database.open(data_dir)
    assert paths.database_path(data_dir).stat().st_size == 0


@pytest.mark.parametrize("how", ["zero", "random", "header", "pointers", "truncate"])
def test_a_damaged_page_is_refused_on_open_with_the_newest_good_backup_offered(demo_db: Database, how: str) -> None:
    db, data_dir = demo_db, demo_db.directory
    good = db.backup()
    db.close()
    path = paths.database_path(data_dir)
    damage(path, how, random.Random(3))
    before = path.read_bytes()
    with pytest.raises(integrity.DamagedDatabase) as refused:
        Database.open(data_dir)
    assert refused.value.backup == good
    assert "did not write anything" in str(refused.value) and str(good) in str(refused.value)
    assert path.read_bytes() == before
    log = Path(f"{path}-wal")
    assert not log.exists() or log.stat().st_size == 0


def test_a_damaged_database_is_never_copied_into_a_backup(db: Database) -> None:
    _meeting(db)
    kept = db.auto_backup(datetime(2024, 1, 1, tzinfo=UTC))
    db.close()
    damage(db.path, "header", random.Random(1))
    with pytest.raises(integrity.DamagedDatabase, match="no backup was made"):
        backups.make(db.path, db.directory, "auto", datetime(2024, 1, 2, tzinfo=UTC))
    assert [b.path for b in backups.listed(db.directory)] == [kept]


# -- backups ------------------------------------------------------------------------------------------


def test_rolling_backups_keep_the_newest_and_each_passed_its_check(db: Database) -> None:
    _meeting(db)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    assert db.auto_backup(start) is not None
    assert db.auto_backup(start + timedelta(hours=1)) is None  # too soon for another
    for step in range(1, 15):
        db.auto_backup(start + timedelta(hours=7 * step))
    kept = [b for b in backups.listed(db.directory) if b.kind == "auto"]
    assert len(kept) == backups.KEPT["auto"]
    assert kept[-1].name.startswith("auto-20240105T")
    assert all(integrity.problems(b.path, full=True) == [] for b in kept)
    assert all(not Path(f"{b.path}-wal").exists() for b in kept)  # each is one self-contained file


def test_partial_and_empty_files_are_never_listed(db: Database) -> None:
    made = db.backup()
    folder = paths.backups_dir(db.directory)
    (folder / "auto-20240101T000000000000Z.sqlite3").write_bytes(b"")
    (folder / f".auto-20240102T000000000000Z.sqlite3{backups.PARTIAL}").write_bytes(made.read_bytes()[:4096])
    (folder / "manual-20240103T000000000000Z.sqlite3").write_bytes(made.read_bytes()[:5000])
    assert [b.path for b in backups.listed(db.directory)] == [made]


def test_a_backup_killed_mid_copy_leaves_no_file_under_the_final_name(demo_db: Database, monkeypatch) -> None:
    db = demo_db
    target = db.directory / "copy.sqlite3"

    def killed(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_fsync_file", killed)
    with pytest.raises(UserError, match="full"):
        db.backup(target)
    assert not target.exists()
    assert list(db.directory.glob(".copy.sqlite3*")) == []


def test_a_backup_stopped_by_ctrl_c_leaves_no_half_made_copy(demo_db: Database, monkeypatch) -> None:
    """Four backups stopped by Ctrl+C left four hidden full copies, in the clear after encryption."""

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(backups, "_fsync_file", interrupted)  # the copy is complete and checked by then
    with pytest.raises(KeyboardInterrupt):
        demo_db.backup()
    assert list(paths.backups_dir(demo_db.directory).glob(f".*{backups.PARTIAL}*")) == []
    assert backups.listed(demo_db.directory) == []


def test_pre_migration_copies_are_pruned_like_other_backups(data_dir: Path) -> None:
    data_dir.mkdir()
    for round_ in range(backups.KEPT["pre-migration"] + 3):
        path = paths.database_path(data_dir)
        path.unlink(missing_ok=True)
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE keepsake (note TEXT)")
            connection.execute("INSERT INTO keepsake VALUES (?)", (f"round {round_}",))
        connection.close()
        Database.open(data_dir).close()
    copies = [b for b in backups.listed(data_dir) if b.kind == "pre-migration"]
    assert len(copies) == backups.KEPT["pre-migration"]
    with sqlite3.connect(copies[-1].path) as newest:
        assert newest.execute("SELECT note FROM keepsake").fetchone() == (f"round {round_}",)
    newest.close()


# -- restore ------------------------------------------------------------------------------------------


def test_restore_puts_the_backup_in_place_and_keeps_what_was_there(db: Database) -> None:
    first = _meeting(db, "Before the backup")
    backup = db.backup()
    _meeting(db, "After the backup")
    db.close()
    done = restore.restore(db.directory, backup)
    reopened = Database.open(db.directory)
    assert [m.id for m in meetings.list_meetings(reopened)] == [first]
    reopened.close()
    assert done.moved_aside is not None
    aside = Database.open(db.directory)  # the pre-restore copy can itself be restored
    aside.close()
    restore.restore(db.directory, done.moved_aside)
    again = Database.open(db.directory)
    assert {m.title for m in meetings.list_meetings(again)} == {"Before the backup", "After the backup"}
    again.close()


def test_restore_refuses_while_a_window_holds_the_data_dir(db: Database) -> None:
    backup = db.backup()
    lock = DataDirLock(db.directory)
    holding = "from filelock import FileLock; held = FileLock(sys.argv[1]); held.acquire()"  # kept while it waits
    with _another_process(holding, lock.path), pytest.raises(UserError, match="Close its window first"):
        restore.restore(db.directory, backup)
    restore.restore(db.directory, backup)  # a killed holder leaves no stuck lock


@contextmanager
def _another_process(code: str, argument: Path) -> Iterator[None]:
    """Another process that ran ``code`` (with ``argument`` as sys.argv[1]) and waits, until it is killed."""
    waiting = subprocess.Popen(
        [sys.executable, "-c", f"import sys, time; {code}; print('ready', flush=True); time.sleep(60)", str(argument)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert waiting.stdout is not None and waiting.stdout.readline().strip() == "ready"
        yield
    finally:
        waiting.kill()
        waiting.wait()


def test_restore_refuses_while_another_command_has_the_data_open(db: Database) -> None:
    """A sync waiting at its passphrase prompt has the database open; restored under it, it wrote into the
    file moved aside and sent the data the user took back to the other laptops.  The restore waits for no
    one and changes nothing; this process's own window (or command) is no obstacle to its own restore."""
    from facilitator.commands.context import CommandContext
    from facilitator.core.store.instance import using_here

    backup = db.backup()
    meetings.create(db, "Made after the backup", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 17))
    before = contents(paths.database_path(db.directory))
    opening = "from pathlib import Path; from facilitator.commands.context import CommandContext; " \
              "CommandContext(Path(sys.argv[1]), 'en').db"  # fmt: skip
    with _another_process(opening, db.directory):
        with pytest.raises(UserError, match="Another Facilitator command is using"):
            restore.restore(db.directory, backup)
        assert contents(paths.database_path(db.directory)) == before
    assert CommandContext(db.directory, "en").db is not None  # this process's own share
    restore.restore(db.directory, backup)  # a killed command leaves no stuck share
    assert using_here(db.directory) is not None  # taken back after the restore
    assert contents(paths.database_path(db.directory)) != before


def test_a_window_takes_no_share_beside_its_lock_and_still_restores_itself(db: Database) -> None:
    """The window's lock keeps every other process's restore out; a share beside it would only load the
    reader-writer lock at each start.  Its own restore goes ahead, and a command's share still stops it."""
    from facilitator.commands.context import CommandContext
    from facilitator.core.store.instance import using_here

    backup = db.backup()
    lock = DataDirLock(db.directory)
    assert lock.acquire()
    try:
        assert CommandContext(db.directory, "en").db is not None
        assert using_here(db.directory) is None
        opening = "from pathlib import Path; from facilitator.commands.context import CommandContext; " \
                  "CommandContext(Path(sys.argv[1]), 'en').db"  # fmt: skip
        with _another_process(opening, db.directory), pytest.raises(UserError, match="Another Facilitator command"):
            restore.restore(db.directory, backup, lock)
        restore.restore(db.directory, backup, lock)
        assert lock.held
    finally:
        lock.release()


def test_restore_refuses_damaged_foreign_and_newer_backups(db: Database, tmp_path: Path) -> None:
    before = contents(db.path)
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE other (x)")
    connection.close()
    newer = tmp_path / "newer.sqlite3"
    db.backup(newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    connection.close()
    damaged = tmp_path / "damaged.sqlite3"
    db.backup(damaged)
    damage(damaged, "header", random.Random(2))
    named = ((foreign, "not a Facilitator backup"), (newer, "newer version"), (damaged, "cannot be"))
    for backup, message in (*named, (tmp_path, "is a folder: name the backup file in it")):
        with pytest.raises(UserError, match=message):
            restore.restore(db.directory, backup)
    assert contents(db.path) == before


@pytest.mark.parametrize("trial", range(3))
def test_after_a_crashed_writer_the_restored_data_equals_the_backup_exactly(data_dir: Path, trial: int) -> None:
    expected, restored, left_log = restore_after_crash(data_dir, trial, 40 + 30 * trial)
    assert left_log > 0  # the crash left a log that a plain copy would replay
    assert restored == expected


# -- first start and paths ----------------------------------------------------------------------------


def _first_start(data_dir: Path) -> None:
    Database.open(data_dir)


def test_a_first_start_killed_at_any_moment_leaves_no_database_or_a_working_one(tmp_path: Path) -> None:
    # Each start is forked from a process that has already imported the app, so every kill lands while
    # the database is being created (about 0.2 s), not while Python is still importing.
    starts = multiprocessing.get_context("forkserver")
    starts.set_forkserver_preload(["facilitator.core.db", __name__])
    rng = random.Random(7)
    outcomes = {"none": 0, "working": 0}
    for trial in range(8):
        data_dir = tmp_path / f"start-{trial}"
        child = starts.Process(target=_first_start, args=(data_dir,))
        child.start()
        time.sleep(rng.uniform(0.0, 0.4))
        child.kill()
        child.join()
        assert child.exitcode in (0, -signal.SIGKILL), "the start failed by itself"
        if not paths.database_path(data_dir).exists():
            outcomes["none"] += 1
        db = Database.open(data_dir)  # either way, the next start works
        outcomes["working"] += paths.database_path(data_dir).exists()
        db.close()
        assert not list(data_dir.glob(".facilitator.sqlite3.new*"))
    assert outcomes["working"] == 8


@pytest.mark.parametrize(
    "folder", ["with space", "what?", "100% sure", "%20escaped", "room #2", "बैठक", "会议 ?a=b%2F#x"]
)
def test_data_dirs_with_url_characters_open_that_folder_and_no_other(tmp_path: Path, folder: str) -> None:
    data_dir = tmp_path / folder
    db = Database.open(data_dir)
    meeting_id = _meeting(db, folder)
    backup = db.backup()
    db.close()
    assert paths.database_path(data_dir).stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    assert any(folder in line for line in contents(backup))
    reopened = Database.open(data_dir)
    assert meetings.get(reopened, meeting_id).title == folder
    reopened.close()


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


def test_a_check_that_a_full_or_write_protected_disk_stops_is_not_called_damage(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a full disk SQLite cannot make the files a WAL database needs beside it, and the open failed
    with "disk I/O error", which every command reported as a damaged database; so did "unable to open"
    in a write-protected folder.  A real "malformed" still is damage."""
    import shutil
    from collections import namedtuple

    from facilitator.core.store import connect as connecting

    database = paths.database_path(db.directory)
    usage = namedtuple("usage", "total used free")
    failing = {"error": _sqlite_error("disk I/O error", sqlite3.SQLITE_IOERR)}

    def refuse(*_args, **_kwargs):
        raise failing["error"]

    monkeypatch.setattr(integrity, "connect", refuse)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 10**9, 4096))
    with pytest.raises(UserError, match="is full") as raised:
        integrity.problems(database)
    assert not isinstance(raised.value, integrity.DamagedDatabase)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 0, 10**9))
    failing["error"] = _sqlite_error("unable to open database file", sqlite3.SQLITE_CANTOPEN)
    monkeypatch.setattr(connecting.os, "access", lambda _path, _mode: False)
    with pytest.raises(UserError, match="read-only here"):
        integrity.problems(database)
    failing["error"] = _sqlite_error("database disk image is malformed", sqlite3.SQLITE_CORRUPT)
    assert integrity.problems(database) == ["database disk image is malformed"]


def test_a_damaged_lock_of_the_data_dirs_users_is_made_again(db: Database) -> None:
    """A lock file that is no lock (a half-written one, a file copied over it) made every writing command
    and every restore stop with a traceback."""
    from facilitator.commands.context import CommandContext
    from facilitator.core.store.instance import USERS_LOCK_NAME

    backup = db.backup()
    (db.directory / USERS_LOCK_NAME).write_bytes(b"not a lock at all" * 100)
    assert CommandContext(db.directory, "en").db is not None
    (db.directory / USERS_LOCK_NAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    restore.restore(db.directory, backup)


def test_media_that_cannot_hold_the_lock_restore_without_it_and_a_long_restore_is_told(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import ReadWriteLock, Timeout

    from facilitator.core.store.instance import DataDirUse

    backup = db.backup()

    def unwritable(*_args, **_kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(ReadWriteLock, "acquire_write", unwritable)
    restore.restore(db.directory, backup)  # it released a lock it never took, after the restore was done

    def waited_too_long(*_args, **_kwargs):
        raise Timeout(str(db.directory))

    monkeypatch.setattr(ReadWriteLock, "acquire_read", waited_too_long)
    with pytest.raises(UserError, match="A backup is being put back"):
        DataDirUse(db.directory).share()  # it went on writing, unshared, beside the restore


def test_a_command_that_waits_for_a_restore_says_so_before_it_waits(db: Database, monkeypatch) -> None:
    """It waited up to two minutes without a word, as if it hung."""
    import io

    from filelock import ReadWriteLock, Timeout

    from facilitator.commands.context import CommandContext

    takes = ReadWriteLock.acquire_read
    asked: list[bool] = []

    def busy_at_first(self, timeout=-1, blocking=True):  # type: ignore[no-untyped-def]
        asked.append(blocking)
        if not blocking:
            raise Timeout(str(self))  # a restore has the data dir to itself just now
        return takes(self, timeout=timeout, blocking=blocking)

    monkeypatch.setattr(ReadWriteLock, "acquire_read", busy_at_first)
    said = io.StringIO()
    context = CommandContext(db.directory, "en", err=said)
    assert context.db is not None
    assert asked == [False, True] and said.getvalue().startswith("Waiting while a backup is put back in")
    context.close()


@pytest.mark.skipif(sys.platform == "win32", reason="folder modes are POSIX's")
def test_the_data_dir_is_its_owners_alone(tmp_path: Path) -> None:
    """The database and its backups were readable by every user of the machine (-rw-r--r--)."""
    fresh = tmp_path / "fresh"
    Database.open(fresh).close()
    assert fresh.stat().st_mode & 0o777 == 0o700
    older = tmp_path / "older"
    older.mkdir(mode=0o755)
    older.chmod(0o755)  # as an earlier version left it
    db = Database.open(older)
    db.backup()
    db.close()
    assert older.stat().st_mode & 0o777 == 0o700
