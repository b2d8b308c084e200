"""Opening the one SQLite database of a data dir: checks, pragmas, migrations, sessions and backups.

Durability: WAL with ``synchronous=FULL``.  In WAL mode FULL syncs the log on every commit, so a
speaker switch or a note that was committed survives a power cut, not only a crash of the app.
NORMAL would be faster but may lose the last commits when the laptop's battery dies mid-meeting,
and a roundtable cannot be held again.  The cost is one fsync per commit, measured by the
live-session benchmark.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from facilitator import paths
from facilitator.core import change_log, migrations
from facilitator.core.clock import HybridClock
from facilitator.core.errors import UserError
from facilitator.core.models import SYNCED_MODELS, LocalState, Synced, new_id, utcnow
from facilitator.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
AUTO_BACKUP_INTERVAL = timedelta(hours=6)
AUTO_BACKUPS_KEPT = 10


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _refuse_foreign_file(path: Path) -> None:
    """A file that is not SQLite is left exactly as it is, and the user is told so."""
    if not path.exists():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise UserError(
            translate("Database", "Cannot read the database {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    if header and header != SQLITE_HEADER:
        raise UserError(
            translate(
                "Database",
                "{path} is not a Facilitator database (it may be damaged). It was left untouched; "
                "restore a backup from {backups}.",
            ).format(path=path, backups=paths.backups_dir(path.parent))
        )


def _prepare_dir(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UserError(
            translate("Database", "The data folder {path} cannot be written: {reason}").format(
                path=directory, reason=exc.strerror or exc
            )
        ) from exc


def backup_file(source: Path, target: Path) -> Path:
    """A consistent copy of a live database (the SQLite backup API reads through the WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return target


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S%fZ")


class Database:
    """The open database of one data dir, with its device id and clock.

    Core functions take a ``Database`` and do their work inside :meth:`session`, which commits when
    the block ends: every change a user makes is committed at once.
    """

    def __init__(self, directory: Path, engine: Engine, device_id: str) -> None:
        self.directory = directory
        self.path = paths.database_path(directory)
        self.engine = engine
        self.device_id = device_id
        self._sessions = sessionmaker(engine, expire_on_commit=False)
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
    def open(cls, directory: Path) -> Database:
        """Open (creating or upgrading as needed) the database in ``directory``.

        Raises :class:`UserError` with a plain message when the folder cannot be written or the file
        is not a database; in both cases nothing on disk is changed.
        """
        path = paths.database_path(directory)
        _refuse_foreign_file(path)
        _prepare_dir(directory)
        existed = path.exists() and path.stat().st_size > 0
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _set_pragmas)
        try:
            with engine.connect() as connection:
                current = migrations.current_revision(connection)
            if current != migrations.head_revision():
                if existed:
                    backup_file(
                        path,
                        paths.backups_dir(directory) / f"pre-migration-{current or 'none'}-{_stamp(utcnow())}.sqlite3",
                    )
                migrations.upgrade(engine)
            device_id = _device_id(engine)
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            raise UserError(
                translate(
                    "Database", "{path} cannot be opened as a Facilitator database: {reason}. It was left untouched."
                ).format(path=path, reason=getattr(exc, "orig", exc))
            ) from exc
        return cls(directory, engine, device_id)

    def close(self) -> None:
        # SQLAlchemy's event registry holds the listener, and so this object and its engine, until removed.
        if event.contains(self._sessions, "before_flush", self._stamp_changes):
            event.remove(self._sessions, "before_flush", self._stamp_changes)
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

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
        target = target or paths.backups_dir(self.directory) / f"manual-{_stamp(utcnow())}.sqlite3"
        return backup_file(self.path, target)

    def auto_backup(self, now: datetime | None = None) -> Path | None:
        """Keep a rolling set of backups: one at most every few hours, the oldest dropped."""
        now = now or utcnow()
        folder = paths.backups_dir(self.directory)
        existing = sorted(folder.glob("auto-*.sqlite3")) if folder.exists() else []
        if existing:
            newest = datetime.strptime(existing[-1].stem.removeprefix("auto-"), "%Y%m%dT%H%M%S%fZ")
            if now - newest.replace(tzinfo=UTC) < AUTO_BACKUP_INTERVAL:
                return None
        made = backup_file(self.path, folder / f"auto-{_stamp(now)}.sqlite3")
        for old in sorted(folder.glob("auto-*.sqlite3"))[:-AUTO_BACKUPS_KEPT]:
            old.unlink()
        return made


def _latest_stamp(engine: Engine) -> str:
    """The newest edit stamp stored in any synced table ("" for a new database)."""
    with engine.connect() as connection:
        stamps = [connection.scalar(select(func.max(model.updated_hlc))) for model in SYNCED_MODELS]
    return max((stamp for stamp in stamps if stamp), default="")


def _device_id(engine: Engine) -> str:
    """The device id is made once per data dir and stamped on everything this laptop creates."""
    with Session(engine) as session, session.begin():
        row = session.scalar(select(LocalState).where(LocalState.key == "device_id"))
        if row is None:
            row = LocalState(key="device_id", value=new_id())
            session.add(row)
        return row.value
