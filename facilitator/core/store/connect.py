"""Engines built from a path, and what SQLite's failures mean to a user.

The database URL is made with :meth:`sqlalchemy.engine.URL.create` and the connection itself by a
creator that hands SQLite a ``file:`` URI built by :meth:`pathlib.Path.as_uri`.

A data dir encrypted at rest (:mod:`.cipher`) holds SQLCipher files: they are opened with the
``sqlcipher3`` driver and the raw data key (``PRAGMA key``; no key derivation per connection), found in
:mod:`.keys`, and through SQLAlchemy's ``sqlite+pysqlcipher`` dialect.  A file is taken for plain
SQLite by its header; anything else is tried with the unlocked keys.  Nothing is ever
pasted into a URL string, so a data dir named ``Roundtable ? 50% #2`` or ``बैठक`` opens that folder and
no other.  The engine hides statement parameters, so an error about a failed write never carries
the text of a note into a log or a dialog.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from facilitator.core.errors import UserError
from facilitator.core.store import dialects
from facilitator.i18n import translate


def sqlite_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """A ``file:`` URI for SQLite; every special character of the path is percent-encoded."""
    uri = Path(path).resolve().as_uri()
    options = [option for option, wanted in (("mode=ro", read_only), ("immutable=1", immutable)) if wanted]
    return uri + ("?" + "&".join(options) if options else "")


PLAIN_HEADER = b"SQLite format 3\x00"


def driver_errors() -> tuple[type[Exception], ...]:
    """The errors of either driver, for the checks and copies that use them directly.  SQLCipher's driver
    loads with the first encrypted file (its library takes milliseconds of a plain data dir's start), and
    none of its errors can come before."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error,) if cipher is None else (sqlite3.Error, cipher.Error)


class OpenHere(NamedTuple):
    """A database file this process holds open through SQLite, and its key (None: a plain file).

    Such a file is never read with plain file calls here: closing any handle on it drops every POSIX lock
    the process holds on it, which are SQLite's locks, and a Facilitator command in another process then
    takes the file as unused and deletes its write-ahead log under the open connections (what they write
    next is lost).  SQLite's own connections are safe: it keeps the handles of one file together."""

    key: bytes | None


def is_plain(path: Path) -> bool:
    """Whether ``path`` is absent, empty or a plain SQLite file (not an encrypted one)."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return True
    except OSError:
        return True  # the checks say what is wrong with a file that cannot be read
    return not head or head == PLAIN_HEADER


def key_pragma(key: bytes) -> str:
    """The raw-key form of SQLCipher's PRAGMA key: the 32 bytes are the page key itself."""
    return f"\"x'{key.hex()}'\""


def open_encrypted(path: Path, key: bytes, *, read_only: bool = False, immutable: bool = False, check: bool = True):
    """A SQLCipher connection to ``path`` with ``key``; ``check`` reads page 1, so a wrong key fails here."""
    import sqlcipher3

    connection = sqlcipher3.connect(
        sqlite_uri(path, read_only=read_only, immutable=immutable), uri=True, check_same_thread=False
    )
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is an answer, not a log line
    connection.execute(f"PRAGMA key = {key_pragma(key)}")
    if check:
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.dbapi2.Error:
            connection.close()
            raise
    return connection


def key_of(path: Path, key: bytes | None = None) -> bytes | None:
    """The key that opens ``path``: None for a plain file, else ``key`` or the unlocked key that works.

    Raises the driver's "file is not a database" when no unlocked key opens it."""
    if is_plain(path):
        return None
    import sqlcipher3

    from facilitator.core.store import keys

    tried = [key] if key is not None else keys.candidates(path)
    for candidate in tried:
        try:
            open_encrypted(path, candidate, read_only=True).close()
        except sqlcipher3.dbapi2.Error:
            continue
        return candidate
    raise sqlite3.DatabaseError("file is not a database (it is encrypted, and not with a key unlocked here)")


def connect(
    path: Path,
    *,
    read_only: bool = False,
    immutable: bool = False,
    key: bytes | None = None,
    open_here: OpenHere | None = None,
):
    """A connection (for checks and copies) that opens exactly ``path``, plain or encrypted; the file is
    not sniffed when it is ``open_here``."""
    found = open_here.key if open_here is not None else key_of(path, key)
    if found is not None:
        return open_encrypted(path, found, read_only=read_only, immutable=immutable)
    return sqlite3.connect(
        sqlite_uri(path, read_only=read_only, immutable=immutable), uri=True, check_same_thread=False
    )


def connect_new(path: Path, key: bytes | None):
    """A connection that creates ``path``: encrypted with ``key``, or plain without one."""
    if key is None:
        return sqlite3.connect(sqlite_uri(path), uri=True, check_same_thread=False)
    return open_encrypted(path, key, check=False)


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


def make_engine(
    path: Path,
    *,
    read_only: bool = False,
    immutable: bool = False,
    open_here: OpenHere | None = None,
) -> Engine:
    """The engine of one database file: WAL and FULL sync for writing, or a read-only view.  An encrypted
    file gets the pysqlcipher dialect, which sets the key on every new connection before anything else.
    Every engine shares the process's compiled statements (:mod:`.dialects`).
    The file is sniffed here once (not at all when ``open_here`` says what it is), never again for each new
    connection (see :class:`OpenHere`)."""
    found = open_here.key if open_here is not None else key_of(path)
    if found is None:
        uri = sqlite_uri(path, read_only=read_only, immutable=immutable)
        engine = create_engine(
            URL.create(dialects.PLAIN, database=str(path)),
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            hide_parameters=True,
            execution_options={"compiled_cache": dialects.COMPILED},
        )
    else:
        import sqlcipher3

        def creator():
            connection = sqlcipher3.connect(
                sqlite_uri(path, read_only=read_only, immutable=immutable), uri=True, check_same_thread=False
            )
            connection.execute("PRAGMA cipher_log_level = NONE")
            return connection

        engine = create_engine(
            URL.create(dialects.ENCRYPTED, password=f"x'{found.hex()}'", database=str(path)),
            creator=creator,
            module=sqlcipher3,
            # The plain file's pool (this dialect would keep one connection per thread instead), so an open
            # connection is counted alike whether the data is encrypted or not (Database.suspend asks).
            poolclass=QueuePool,
            hide_parameters=True,
            execution_options={"compiled_cache": dialects.COMPILED},
        )
    event.listen(engine, "connect", _set_read_pragmas if read_only else _set_pragmas)
    return engine


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of an error (SQLITE_FULL, SQLITE_READONLY, ...), if it has one."""
    original = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


# Short of this much free space, a failed open or check is the disk's fault (SQLite cannot make the
# files a WAL database needs beside it), not the file's.
NEARLY_FULL_BYTES = 1 << 20


def disk_trouble(error: BaseException, path: Path) -> UserError | None:
    """An open or a check of ``path`` that failed because of where it lies (a full disk, a folder that
    cannot be written, media gone), in plain words; None when the file itself may be at fault."""
    code = sqlite_code(error)
    if code not in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY):
        return None
    try:
        full = shutil.disk_usage(path.parent).free < NEARLY_FULL_BYTES
    except OSError:
        full = False
    if full:
        code = sqlite3.SQLITE_FULL
    elif not os.access(path.parent, os.W_OK):
        code = sqlite3.SQLITE_READONLY
    elif code == sqlite3.SQLITE_CANTOPEN:
        return None
    if code == sqlite3.SQLITE_FULL:  # nothing was being changed: opening needs room for the files beside it
        return UserError(
            translate(
                "Database",
                "The disk holding {path} is full: even to be read, the data needs a little room beside it. Free "
                "some space and try again; nothing was changed.",
            ).format(path=path)
        )
    return _in_words(code, path)


def plain_error(error: BaseException, path: Path) -> UserError | None:
    """A storage failure in words a facilitator can act on, or None for any other error."""
    full = getattr(error, "errno", None) == 28  # ENOSPC, from a copy or a write outside SQLite
    return _in_words(sqlite3.SQLITE_FULL if full else sqlite_code(error), path)


def _in_words(code: int | None, path: Path) -> UserError | None:
    if code == sqlite3.SQLITE_FULL:
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
