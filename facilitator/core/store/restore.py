"""Putting a backup back in place, so that the data afterwards is exactly the backup's.

Copying a backup over ``facilitator.sqlite3`` by hand is not a restore: after a crash the old ``-wal``
file is still there, and SQLite replays it onto the copied file, corrupting it or bringing the old
data back.  :func:`restore` instead

1. refuses while a window is open on the data dir (it takes the data dir's lock), or another command
   that writes has its database open (a sync waiting for its passphrase);
2. checks the backup (``integrity_check``) and its schema version (one this version knows);
3. moves the current database together with its ``-wal`` and ``-shm`` aside as one
   ``pre-restore-…`` set in the backups folder, so nothing of it is lost and no stale log remains;
4. copies the backup under a temporary name in the data dir, checks the copy, gives it the form of the
   data dir's files (a backup in the clear restored into encrypted data is encrypted on the way in), and
   renames it into place.  An encrypted backup restored into data that is not encrypted (a new laptop)
   first has the data there encrypted with the key file carried with it (:mod:`.carried_key`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from msgspec import Struct

from facilitator import paths
from facilitator.core import migrations
from facilitator.core.errors import UserError
from facilitator.core.models import utcnow
from facilitator.core.store import backups, carried_key, cipher, integrity, keys
from facilitator.core.store.connect import connect, driver_errors, key_of
from facilitator.core.store.instance import DataDirLock, DataDirUse, held_here, using_here
from facilitator.i18n import translate


class Restored(Struct, frozen=True):
    """The database put back, and where the copy of what it replaced was kept."""

    database: Path
    moved_aside: Path | None  # the pre-restore copy of what was in place, if there was a database


def incoming_copy(data_dir: Path) -> Path:
    """Where a restore puts the backup's copy before it takes the database's place.  A restore killed
    before then leaves it, maybe in the clear beside encrypted data: :func:`remove_leftover` takes it."""
    return data_dir / f".{paths.database_path(data_dir).name}.restoring"


def remove_leftover(data_dir: Path) -> None:
    """Only with the data dir's lock held (a window's, a restore's): a restore under way owns the copy."""
    backups.remove_with_sidecars(incoming_copy(data_dir))


def schema_revision(path: Path, immutable: bool = False) -> str | None:
    """The Alembic revision a database file was last migrated to (None for none, or for no database)."""
    connection = connect(path, read_only=True, immutable=immutable)
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] if has_table else None
    except driver_errors():
        return None
    finally:
        connection.close()


def check_backup(backup: Path) -> None:
    """Refuse a backup that is damaged, is no Facilitator database, or comes from a newer version."""
    if backup.is_dir():
        raise UserError(
            translate("Restore", "{0} is a folder: name the backup file in it.")
            .format(backup)
        )  # fmt: skip
    if not backup.is_file():
        raise UserError(translate("Restore", "There is no backup file {0}.").format(backup))
    if carried_key.looks_encrypted(backup) and not carried_key.opens_here(backup):
        raise UserError(carried_key.not_openable(backup))
    found = integrity.problems(backup, full=True)
    if found:
        raise UserError(
            translate("Restore", "{path} cannot be restored: {problem}. Nothing was changed.").format(
                path=backup, problem="; ".join(found[:2])
            )
        )
    revision = schema_revision(backup)
    if revision is None:
        raise UserError(translate("Restore", "{0} is not a Facilitator backup. Nothing was changed.").format(backup))
    if revision not in migrations.known_revisions():
        raise UserError(
            translate(
                "Restore", "{0} was made by a newer version of Facilitator; update the app first. Nothing was changed."
            ).format(backup)
        )


def move_aside(database: Path, now: datetime) -> Path | None:
    """Move the database and its -wal/-shm into the backups folder as one pre-restore set."""
    if not database.exists():
        for suffix in backups.SIDECARS:
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        return None
    folder = paths.backups_dir(database.parent)
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"pre-restore-{backups.stamp(now)}{backups.SUFFIX}"
    # The sidecars go first: a database moved without its log would look complete and miss the last changes.
    for suffix in (*backups.SIDECARS, ""):
        source = Path(f"{database}{suffix}")
        if source.exists():
            os.replace(source, f"{aside}{suffix}")
    backups.fsync_dir(folder)
    backups.fsync_dir(database.parent)
    return aside


def restore(data_dir: Path, backup: Path, lock: DataDirLock | None = None) -> Restored:
    """Put ``backup`` in place of the data dir's database.  The data dir must not be open in a window,
    unless the window is this process's own (it holds the lock, passed or found): it restores itself."""
    backup = Path(backup).resolve()
    database = paths.database_path(data_dir)
    if backup == database.resolve():
        raise UserError(translate("Restore", "That is the database itself, not a backup."))
    check_backup(backup)
    lock = lock or held_here(data_dir)
    own = lock is None
    lock = lock or DataDirLock(data_dir)
    if own and not lock.acquire():
        raise UserError(
            translate("Restore", "Facilitator is open on {0}. Close its window first, then restore.").format(data_dir)
        )
    try:
        with _alone(data_dir):
            remove_leftover(data_dir)
            carried_key.adopt(data_dir, backup, lock)  # before the copy: encrypting sweeps leftovers away
            incoming = incoming_copy(data_dir)
            backups.copy_verified(backup, incoming, check_source=False)
            try:
                _in_the_data_dirs_form(data_dir, incoming)
            except BaseException:
                backups.remove_with_sidecars(incoming)
                raise
            aside = move_aside(database, utcnow())
            os.replace(incoming, database)
            backups.fsync_dir(data_dir)
    finally:
        if own:
            lock.release()
    return Restored(database, aside)


def _in_the_data_dirs_form(data_dir: Path, incoming: Path) -> None:
    """The copy of a backup encrypted as the data dir's files are: one in the clear restored into encrypted
    data would lie on the disk readable, and take every later write with it; one made under another key
    would open with none of this data's.  (Encrypted data restored into plain data made that encrypted.)"""
    if not cipher.is_encrypted(data_dir):
        return
    cipher.require_unlocked(data_dir)
    found, wanted = key_of(incoming), keys.of_data_dir(data_dir)
    if found != wanted:
        cipher.convert(incoming, found, wanted)


@contextmanager
def _alone(data_dir: Path) -> Iterator[None]:
    """The data dir for this restore alone: no other process has its database open (a command of this
    process that has it open gives up its share meanwhile, and takes it back after; a window holds the
    lock instead, passed to :func:`restore`)."""
    mine = using_here(data_dir)
    if mine is not None:
        mine.release()
    use = DataDirUse(data_dir)
    try:
        if not use.alone():
            raise UserError(
                translate(
                    "Restore",
                    "Another Facilitator command is using {0} (a sync or an import, perhaps waiting for an "
                    "answer). Let it finish, then restore. Nothing was changed.",
                ).format(data_dir)
            )
        try:
            yield
        finally:
            use.done()
    finally:
        if mine is not None:
            mine.share()
