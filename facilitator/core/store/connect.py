"""Engines built from a path, and what SQLite's failures mean to a user.

The database URL is made with :meth:`sqlalchemy.engine.URL.create` and the connection itself by a
creator that hands SQLite a ``file:`` URI built by :meth:`pathlib.Path.as_uri`.  Nothing is ever
pasted into a URL string, so a data dir named ``Roundtable ? 50% #2`` or ``बैठक`` opens that folder and
no other.  The engine hides statement parameters, so an error about a failed write never carries
the text of a note into a log or a dialog.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError

from facilitator.core.errors import UserError
from facilitator.i18n import translate


def sqlite_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """A ``file:`` URI for SQLite; every special character of the path is percent-encoded."""
    uri = Path(path).resolve().as_uri()
    options = [option for option, wanted in (("mode=ro", read_only), ("immutable=1", immutable)) if wanted]
    return uri + ("?" + "&".join(options) if options else "")


def connect(path: Path, *, read_only: bool = False, immutable: bool = False) -> sqlite3.Connection:
    """A plain connection (for checks and copies) that opens exactly ``path``."""
    return sqlite3.connect(
        sqlite_uri(path, read_only=read_only, immutable=immutable), uri=True, check_same_thread=False
    )


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA cell_size_check=ON")
    cursor.close()


def _set_read_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA cell_size_check=ON")
    cursor.close()


def make_engine(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """The engine of one database file: WAL and FULL sync for writing, or a read-only view."""
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        creator=lambda: connect(path, read_only=read_only, immutable=immutable),
        hide_parameters=True,
    )
    event.listen(engine, "connect", _set_read_pragmas if read_only else _set_pragmas)
    return engine


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of an error (SQLITE_FULL, SQLITE_READONLY, ...), if it has one."""
    original = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def plain_error(error: BaseException, path: Path) -> UserError | None:
    """A storage failure in words a facilitator can act on, or None for any other error."""
    code = sqlite_code(error)
    if code == sqlite3.SQLITE_FULL or getattr(error, "errno", None) == 28:
        return UserError(
            translate(
                "Database",
                "The disk holding {path} is full. Nothing of this change was saved; free some space and try again.",
            ).format(path=path)
        )
    if code == sqlite3.SQLITE_READONLY:
        return UserError(
            translate("Database", "{path} is read-only here, so nothing can be changed. Nothing was saved.").format(
                path=path
            )
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return UserError(
            translate(
                "Database", "{path} is damaged. Nothing was saved; restore a backup with 'facilitator restore'."
            ).format(path=path)
        )
    if code == sqlite3.SQLITE_IOERR:
        return UserError(
            translate(
                "Database",
                "The disk holding {path} could not be read or written (was a USB stick pulled out?). "
                "Nothing of this change was saved.",
            ).format(path=path)
        )
    return None
