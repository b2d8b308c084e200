"""Opening the one SQLite database of a data dir: checks, pragmas, migrations, sessions and backups.

Durability: WAL with ``synchronous=FULL``.  In WAL mode FULL syncs the log on every commit, so a
speaker switch or a note that was committed survives a power cut, not only a crash of the app.
NORMAL would be faster but may lose the last commits when the laptop's battery dies mid-meeting,
and a roundtable cannot be held again.  The cost is one fsync per commit, measured by the
live-session benchmark.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from functools import cache, cached_property
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Select, create_engine, event, func, insert, select, union_all
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from facilitator import paths
from facilitator.core import change_log, migrations, text
from facilitator.core.clock import HybridClock
from facilitator.core.errors import UserError
from facilitator.core.models import SYNCED_MODELS, LocalState, Synced, new_id, utcnow
from facilitator.core.store import backups, carried_key, cipher, integrity
from facilitator.core.store.connect import OpenHere, connect, key_of, make_engine, plain_error
from facilitator.core.store.restore import schema_revision
from facilitator.i18n import translate

AUTO_BACKUP_INTERVAL = timedelta(hours=6)
CREATE_LOCK_NAME = ".facilitator.create.lock"
CREATE_LOCK_TIMEOUT = 60


def _refuse_damaged(directory: Path, path: Path, found: list[str]) -> None:
    """Damage found on open: refuse in plain words, before anything is written, offering a good backup."""
    if found:
        integrity.check_or_refuse(path, backups.newest_good(directory), found)


def _write_problem(directory: Path, path: Path) -> OSError | None:
    """Why the data dir (or its database) cannot be written, found by a real write, since a
    write-protected USB stick can look writable to a permissions check; None when it can."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        _keep_private(directory)
        probe = directory / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return exc
    if path.exists() and not os.access(path, os.W_OK):
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    return None


def _keep_private(directory: Path) -> None:
    """The data dir only its owner can enter (what workers said is in it): its files are then out of other
    users' reach whatever mode SQLite gives them.  Where modes mean nothing (a stick's FAT, Windows) or
    the folder is someone else's, it is left as it is."""
    if os.name != "posix":
        return
    try:
        found = directory.stat()
        if found.st_uid == os.getuid() and found.st_mode & 0o077:
            directory.chmod(found.st_mode & 0o700)
    except OSError:
        pass


def _read_only_refusal(directory: Path, problem: OSError) -> UserError:
    if problem.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and directory.is_dir():
        return UserError(
            translate(
                "Database",
                "The data folder {path} is read-only (a write-protected USB stick?). Copy the folder to this "
                "computer to work in it; the commands that only read, such as 'facilitator meetings' and "
                "'facilitator export', show its data as it is.",
            ).format(path=directory)
        )
    return UserError(
        translate("Database", "The data folder {path} cannot be written: {reason}").format(
            path=directory, reason=problem.strerror or problem
        )
    )


def _put_in_place(ready: Path, path: Path) -> None:
    """Rename a complete, single-file database over ``path``; a stale log of the old file goes first, so it
    can never be replayed onto the new one."""
    with connect(ready) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    for suffix in backups.SIDECARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(ready, path)
    backups.fsync_dir(path.parent)


def _create_atomically(directory: Path, path: Path) -> None:
    """A new database is built under a temporary name and renamed when complete: a first start killed at
    any moment leaves either no database or a working one."""
    work = directory / f".{path.name}.new"
    backups.remove_with_sidecars(work)
    try:
        engine = make_engine(work)
        try:
            migrations.upgrade(engine)
            _device_id(engine)
        finally:
            engine.dispose()
        _put_in_place(work, path)
    except BaseException:
        backups.remove_with_sidecars(work)  # a full disk must not keep the half-built file
        raise


def _migrate_atomically(directory: Path, path: Path, current: str | None) -> None:
    """Upgrade a copy, then swap it in: a killed upgrade leaves the old database as it was, and the
    checked pre-migration copy is kept (pruned like the other backups)."""
    backups.make(path, directory, "pre-migration", utcnow(), detail=current or "none")
    work = directory / f".{path.name}.migrating"
    try:
        backups.copy_verified(path, work, check_source=False)
        engine = make_engine(work)
        try:
            migrations.upgrade(engine)
        finally:
            engine.dispose()
        _put_in_place(work, path)
    except BaseException:
        backups.remove_with_sidecars(work)
        raise


def _open_error(path: Path, exc: BaseException) -> UserError:
    return plain_error(exc, path) or UserError(
        translate(
            "Database", "{path} cannot be opened as a Facilitator database: {reason}. It was left untouched."
        ).format(path=path, reason=getattr(exc, "orig", exc))
    )


def _newer_version_refusal(path: Path) -> UserError:
    return UserError(
        translate(
            "Database", "{path} was written by a newer version of Facilitator; update the app to open it."
        ).format(path=path)
    )


class Database:
    """The open database of one data dir, with its device id and clock.

    Core functions take a ``Database`` and do their work inside :meth:`session`, which commits when
    the block ends: every change a user makes is committed at once.
    """

    def __init__(
        self,
        directory: Path,
        engine: Engine,
        device_id: str,
        open_here: OpenHere,
        read_only: bool = False,
        scratch: Path | None = None,
    ) -> None:
        self.directory = directory
        self.path = paths.database_path(directory)
        self.engine = engine
        # The file the engine holds, and its key: checks and backups never read it with plain file calls.
        self.open_here = open_here
        self.device_id = device_id
        # Read-only: the data dir cannot be written (write-protected media); reads work, writes are refused.
        self.read_only = read_only
        self._scratch = scratch  # a private copy opened instead of media that cannot hold a WAL's index
        self.suspended = False  # the file is being converted (encryption turned on or off): no connection
        self.closed = False  # closed: nothing reads or writes through this object any more
        self._users = 0  # pieces of work of several transactions under way (a sync), see in_use
        self._use = threading.Lock()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        text.install(self._sessions)
        event.listen(self._sessions, "before_flush", self._stamp_changes)
        change_log.attach(engine)

    @cached_property
    def clock(self) -> HybridClock:
        """The edit clock, made at the first edit: read-only work (a window that only looks, a report)
        never scans for the newest stamp."""
        clock = HybridClock(self.device_id)
        latest = _latest_stamp(self.engine)
        if latest:
            # A laptop whose clock was set back since the last edit must still stamp later edits later.
            clock.observe(latest)
        return clock

    @classmethod
    def open(cls, directory: Path, writable: bool = True) -> Database:
        """Open (creating or upgrading as needed) the database in ``directory``.

        The file is checked (``quick_check``) before anything is written; damage, a foreign file, an
        unwritable folder or a newer version's database is refused with a plain :class:`UserError`, and
        nothing on disk is changed.  ``writable=False`` is for commands that only read: on read-only
        media they get a read-only database instead of a refusal.
        """
        path = paths.database_path(directory)
        cipher.require_unlocked(directory)  # an encrypted file unread is not a damaged one
        problem = _write_problem(directory, path)
        if problem is not None:
            if writable or not path.exists():
                raise _read_only_refusal(directory, problem)
            return cls._open_read_only(directory, path)
        if path.exists():
            _refuse_damaged(directory, path, integrity.problems(path))
        try:
            with FileLock(directory / CREATE_LOCK_NAME, timeout=CREATE_LOCK_TIMEOUT):
                if not path.exists():
                    _create_atomically(directory, path)
                current = schema_revision(path)
                if current != migrations.head_revision():
                    if current is not None and current not in migrations.known_revisions():
                        raise _newer_version_refusal(path)
                    _migrate_atomically(directory, path, current)
            open_here = OpenHere(key_of(path))  # read before any connection holds the file's locks
            engine = make_engine(path, open_here=open_here)
            device_id = _device_id(engine)
        except Timeout as exc:
            raise UserError(
                translate("Database", "{path} is being set up by another Facilitator; try again in a minute.").format(
                    path=path
                )
            ) from exc
        except (DBAPIError, OSError) as exc:
            raise _open_error(path, exc) from exc
        return cls(directory, engine, device_id, open_here)

    @classmethod
    def _open_read_only(cls, directory: Path, path: Path) -> Database:
        """Open read-only media without writing to it: as an immutable file, or, when a crash left a log
        beside it, as a private copy of the file and its log, so the last saved changes are shown too."""
        scratch = None
        target, immutable = path, True
        log = Path(f"{path}-wal")
        try:
            if log.exists() and log.stat().st_size > 0:
                scratch = Path(tempfile.mkdtemp(prefix="facilitator-read-only-"))
                target, immutable = scratch / path.name, False
                shutil.copyfile(path, target)
                shutil.copyfile(log, f"{target}-wal")
            _refuse_damaged(directory, path, integrity.problems(target, immutable=immutable))
            revision = schema_revision(target, immutable=immutable)
            if revision != migrations.head_revision():
                if revision in migrations.known_revisions():
                    raise UserError(
                        translate(
                            "Database",
                            "{path} was made by an older version and must be upgraded before it can be read; "
                            "open it once in a folder that can be written.",
                        ).format(path=path)
                    )
                raise _newer_version_refusal(path)
            open_here = OpenHere(key_of(target))
            engine = make_engine(target, read_only=True, immutable=immutable, open_here=open_here)
            with Session(engine) as session:
                row = session.get(LocalState, "device_id")
        except (DBAPIError, OSError) as exc:
            if scratch:
                shutil.rmtree(scratch, ignore_errors=True)
            raise _open_error(path, exc) from exc
        except UserError:
            if scratch:
                shutil.rmtree(scratch, ignore_errors=True)
            raise
        return cls(directory, engine, row.value if row else "", open_here, read_only=True, scratch=scratch)

    @contextmanager
    def in_use(self) -> Iterator[None]:
        """Held by work of several transactions (a sync), so the file is not converted in the middle of it;
        refused while it is being converted."""
        with self._use:
            if self.suspended:
                _refuse_while_converted()
            self._users += 1
        try:
            yield
        finally:
            with self._use:
                self._users -= 1

    def suspend(self) -> None:
        """No connection to the file until :meth:`reconnect`, because it is about to be replaced (encryption
        turned on or off): a write to the old file then, such as the Live screen's draft saved each second,
        would be lost.  Every session and connection is refused meanwhile, with a plain sentence.  Refused
        at once, with nothing changed, while other work holds the data (:meth:`in_use`, or a connection)."""
        with self._use:
            if self.suspended:
                return
            if self._users or self.engine.pool.checkedout():
                raise UserError(
                    translate(
                        "Database", "The data is in use (a sync or an export is running); try again once it ends."
                    )
                )
            engine, self.engine = self.engine, create_engine("sqlite://", creator=_refuse_while_converted)
            self._sessions.configure(bind=self.engine)
            self.suspended = True
        engine.dispose()

    def reconnect(self) -> None:
        """A new engine on the same file, after it was converted in place (encryption turned on or off)."""
        self.engine.dispose()
        self.open_here = OpenHere(key_of(self.path))  # now plain, or encrypted; no connection holds it yet
        self.engine = make_engine(self.path, open_here=self.open_here)
        self._sessions.configure(bind=self.engine)
        change_log.attach(self.engine)
        self.suspended = False

    def close(self) -> None:
        self.closed = True
        # SQLAlchemy's event registry holds the listener, and so this object and its engine, until removed.
        if event.contains(self._sessions, "before_flush", self._stamp_changes):
            event.remove(self._sessions, "before_flush", self._stamp_changes)
        self.engine.dispose()
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)

    @contextmanager
    def session(self, immediate: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        ``immediate`` takes the write lock at the start (``BEGIN IMMEDIATE``), so what the block reads
        cannot change before it writes: a check for duplicates inside it holds against a second writer.
        A full disk, read-only media or damage become a plain :class:`UserError`; SQLite's rollback
        guarantees that nothing of the transaction was half-written.
        """
        try:
            with self._sessions() as session, session.begin():
                if immediate:
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                yield session
        except DBAPIError as exc:
            mapped = plain_error(exc, self.path)
            if mapped is None:
                raise
            raise mapped from exc

    def _stamp_changes(self, session: Session, _context: object, _instances: object) -> None:
        for obj in session.new:
            if isinstance(obj, Synced):
                obj.id = obj.id or new_id()
                obj.origin = obj.origin or self.device_id
                obj.created_at = obj.created_at or utcnow()
                obj.updated_hlc = self.clock.now()
        for obj in session.dirty:
            if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
                obj.updated_hlc = self.clock.now()

    # -- local state -------------------------------------------------------------------------------

    def get_local(self, key: str, default: str = "") -> str:
        with self.session() as session:
            row = session.get(LocalState, key)
            return row.value if row else default

    def set_local(self, key: str, value: str) -> None:
        with self.session() as session:
            session.merge(LocalState(key=key, value=value))

    # -- backups -----------------------------------------------------------------------------------

    def backup(self, target: Path | None = None) -> Path:
        """A checked copy at ``target``, or a ``manual-…`` backup in the backups folder.  A copy of
        encrypted data elsewhere gets the key file beside it, so that it opens on another laptop too."""
        if target is None:
            return backups.make(self.path, self.directory, "manual", utcnow(), open_here=self.open_here)
        made = backups.copy_verified(self._read_from, target, immutable=self._immutable, open_here=self.open_here)
        carried_key.write_beside(self.directory, made)
        return made

    @property
    def _read_from(self) -> Path:
        """The file the engine reads: the database, or the private copy of a read-only one with a log."""
        return self._scratch / self.path.name if self._scratch else self.path

    @property
    def _immutable(self) -> bool:
        return self.read_only and self._scratch is None

    def auto_backup(self, now: datetime | None = None) -> Path | None:
        """Keep a rolling set of backups: one at most every few hours, the oldest dropped once a new one
        passed its check."""
        now = now or utcnow()
        newest = backups.newest(self.directory, "auto")
        if newest and newest.made_at and now - newest.made_at < AUTO_BACKUP_INTERVAL:
            return None
        return backups.make(self.path, self.directory, "auto", now, open_here=self.open_here)

    def integrity_problems(self, full: bool = True) -> list[str]:
        """The full check, for idle time: what is wrong with the database now (empty when nothing)."""
        return integrity.problems(self._read_from, full=full, immutable=self._immutable, open_here=self.open_here)


def _refuse_while_converted() -> None:
    raise UserError(translate("Database", "The data is being converted; try again when that is done."))


@cache
def _newest_stamp_query() -> Select:
    """One query over every synced table (not one each): the first edit after opening waits for it."""
    newest = union_all(*(select(func.max(model.updated_hlc).label("stamp")) for model in SYNCED_MODELS)).subquery()
    return select(func.max(newest.c.stamp))


def _latest_stamp(engine: Engine) -> str:
    """The newest edit stamp stored in any synced table ("" for a new database)."""
    with engine.connect() as connection:
        return connection.scalar(_newest_stamp_query()) or ""


def _device_id(engine: Engine) -> str:
    """The device id is made once per data dir and stamped on everything this laptop creates.  Read
    without the ORM's session: every command opens the data, and this is on its path."""
    table = LocalState.__table__
    with engine.begin() as connection:
        found = connection.scalar(select(table.c.value).where(table.c.key == "device_id"))
        if found is None:
            found = new_id()
            connection.execute(insert(table).values(key="device_id", value=found))
        return found
