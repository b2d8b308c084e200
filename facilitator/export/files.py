"""Writing an export (PDF, JSON, CSV) to disk: checked before the work starts, written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from facilitator.core.errors import UserError
from facilitator.i18n import translate
from facilitator.paths import DATABASE_NAME, SYNC_TEAM_FILE

SQLITE_HEADER = b"SQLite format 3\x00"
# What an export may replace: a file of a kind exports write.  An encrypted database has no header to
# know it by, and a sync folder's team file is JSON; neither is replaced (nor anything in a sync folder).
EXPORT_SUFFIXES = (".pdf", ".json", ".csv", ".ics")


def _folder_around(target: Path, marker: str) -> Path | None:
    """The folder holding ``target`` at any depth that has a file named ``marker`` (a data folder's
    database: its backups and templates too; a sync folder's team file: its segments too), if one does."""
    return next((folder for folder in target.resolve().parents if (folder / marker).exists()), None)


def _is_database(target: Path) -> bool:
    try:
        with target.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_writable(target: Path, replaces: tuple[str, ...] = EXPORT_SUFFIXES) -> Path:
    """Refuse, in plain words and before a long export starts, a place that cannot be written, or one where
    writing would destroy data: inside a data folder, or over a database."""
    target = Path(target).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UserError(translate("Export", "{0} is a folder; give a file name to write.").format(target))
    if not folder.is_dir():
        raise UserError(translate("Export", "The folder {0} does not exist.").format(folder))
    # A file name typed or chosen wrongly must never replace the meetings' data, its backups or settings.
    data_folder = _folder_around(target, DATABASE_NAME)
    if data_folder is not None:
        raise UserError(
            translate("Export", "{0} is inside the data folder {1}; write exports to another folder.").format(
                target, data_folder
            )
        )
    if _is_database(target):
        raise UserError(translate("Export", "{0} is a database; an export never replaces one.").format(target))
    if target.name == SYNC_TEAM_FILE or _folder_around(target, SYNC_TEAM_FILE) is not None:
        raise UserError(translate("Export", "{0} is in a sync folder; write exports to another folder.").format(target))
    if target.exists() and target.suffix.casefold() not in replaces:
        raise UserError(
            translate("Export", "{0} exists and is not a {1} file; choose another name.").format(
                target, " / ".join(suffix.lstrip(".").upper() for suffix in replaces)
            )
        )
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise UserError(translate("Export", "{0} cannot be written here: permission denied.").format(target))
    return target


def write_file(data: bytes, target: Any) -> None:
    """``data`` into ``target`` (a path or a binary file object).  A path gets a temporary sibling that
    replaces it once complete, so a full disk leaves the old file, not half a new one."""
    if hasattr(target, "write"):
        target.write(data)
        return
    target = check_writable(Path(target))
    temporary = ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private; the export gets the mode the old file had, or a document's usual one.
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(temporary, target)
    except OSError as error:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
        raise UserError(
            translate("Export", "{0} cannot be written: {1}").format(target, error.strerror or error)
        ) from error
