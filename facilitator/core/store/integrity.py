"""Finding damage before anything is written.

A database is looked at through a read-only connection, which can neither checkpoint a WAL into a
damaged file nor repair it: what is found damaged stays exactly as it was found, for whoever helps.
``quick_check`` runs at every open (its cost on a marathon-sized database is measured by the
storage benchmark); the full ``integrity_check`` runs before and after every backup and in idle time.

A file of 0 bytes, a file shorter than SQLite's header, a file that is not a whole number of pages
and a file with a foreign header are damage, never a new empty database.  An encrypted file has no
readable header: once a key is unlocked it must be whole pages, and then pass the same checks through
SQLCipher, with its own key (a wrong key is told apart before, by the key file's check).
"""

from __future__ import annotations

from pathlib import Path

from facilitator.core.errors import UserError
from facilitator.core.store import keys
from facilitator.core.store.connect import OpenHere, connect, disk_trouble, driver_errors
from facilitator.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
MAX_REPORTED = 5
CIPHER_PAGE = 1024  # SQLCipher's pages are a multiple of this (4096 by default)


class DamagedDatabase(UserError):
    """A database that failed its check; ``backup`` is the newest backup that passed one, if any, and
    ``damage`` says in one sentence what is wrong, without the advice for the command line."""

    def __init__(self, message: str, backup: Path | None = None, damage: str = "") -> None:
        super().__init__(message)
        self.backup = backup
        self.damage = damage or message


def file_problems(path: Path) -> list[str]:
    """What is wrong with the file as bytes, before SQLite is asked: size, header and page size."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        return [translate("Database", "it cannot be read: {0}").format(exc.strerror or exc)]
    if size == 0:
        return [translate("Database", "the file is empty (0 bytes)")]
    if not header.startswith(SQLITE_HEADER) and keys.candidates(path):
        # Encrypted (or foreign): SQLCipher with the unlocked keys tells which, page by page.
        return [] if size % CIPHER_PAGE == 0 else [translate("Database", "the file is cut short or damaged")]
    if not header.startswith(SQLITE_HEADER):
        return [translate("Database", "it is not a Facilitator database")]
    if size < HEADER_SIZE:
        return [translate("Database", "the file is cut short ({0} bytes)").format(size)]
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        return [translate("Database", "the file is cut short or its header is damaged")]
    return []


def problems(
    path: Path,
    full: bool = False,
    immutable: bool = False,
    key: bytes | None = None,
    open_here: OpenHere | None = None,
) -> list[str]:
    """Every problem found in the database at ``path``; empty when it passed.  A check that cannot run
    because of the disk (full, not writable, gone) raises a :class:`UserError` saying so instead.

    ``full`` runs ``integrity_check`` (also compares every index with its table); otherwise the
    much cheaper ``quick_check``.  ``immutable`` reads a file on read-only media, where SQLite cannot
    make the shared-memory file a WAL database needs.  ``key`` opens an encrypted file that lies outside
    the data dirs unlocked here (a copy being written elsewhere).  A file ``open_here`` is checked through
    SQLite alone: its bytes were checked when it was opened, and reading them again would drop its locks.
    """
    found = file_problems(path) if open_here is None else []
    if found:
        return found
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = connect(path, read_only=True, immutable=immutable, key=key, open_here=open_here)
        try:
            connection.execute("PRAGMA cell_size_check=ON")
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}({MAX_REPORTED})")]
        finally:
            connection.close()
    except driver_errors() as exc:
        trouble = disk_trouble(exc, path)
        if trouble is not None:
            raise trouble from exc  # the disk's fault, not the file's: nothing is called damaged
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def check_or_refuse(path: Path, newest_good: Path | None, found: list[str]) -> None:
    """Raise :class:`DamagedDatabase` in plain words when a check of ``path`` ``found`` problems."""
    if not found:
        return
    if newest_good is not None:
        advice = translate(
            "Database",
            'The newest backup that passed its check is {backup}; put it back with: facilitator restore "{backup}"',
        ).format(backup=newest_good)
    else:
        advice = translate("Database", "No backup that passes its check was found; keep the file for whoever helps.")
    damage = translate("Database", "{path} is damaged ({problem}). Facilitator did not write anything to it.").format(
        path=path, problem="; ".join(found[:2])
    )
    raise DamagedDatabase(f"{damage} {advice}", newest_good, damage)
