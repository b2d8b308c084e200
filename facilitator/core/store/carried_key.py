"""An encrypted backup carried to another laptop opens there: its key file travels beside it.

A backup written outside the data dir (``backup --to`` a stick, File ▸ Back up data…) of encrypted data
is encrypted with the data's key, which only the data dir's key file holds.  So that key file is written
beside the copy, as ``NAME.keys.json``: it opens only with the passphrase or the recovery key, as the
data dir's own does, so it tells a finder nothing the copy does not.  Restored into data that is not
encrypted (a new laptop), the data there is first encrypted with that key file (the conversion that
``encrypt`` runs, finished like one when interrupted), so what workers said never lies there in the
clear, and the restored data opens with the passphrase and recovery key it had.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from facilitator import paths
from facilitator.core.errors import UserError
from facilitator.core.store import cipher, keys
from facilitator.core.store.connect import is_plain, key_of
from facilitator.core.store.instance import DataDirLock
from facilitator.i18n import translate

PAGE = 512  # the smallest page SQLite writes: a database is whole pages

# Carried key files opened in this process, by backup: what :func:`adopt` encrypts the data here with.
_OPENED: dict[Path, tuple[cipher.Envelope, bytes]] = {}


def beside(copy: Path) -> Path:
    """Where the key file of an encrypted copy is written, next to it."""
    return copy.with_name(f"{copy.name}.keys.json")


def write_beside(data_dir: Path, copy: Path) -> Path | None:
    """The data's key file beside ``copy`` when the data is encrypted (None when it is not)."""
    envelope = cipher.read_envelope(data_dir)
    if envelope is None:
        return None
    target = beside(copy)
    cipher.write_envelope_at(target, envelope)
    return target


def _carried(backup: Path) -> tuple[Path, cipher.Envelope] | None:
    """The key file that came with ``backup``: beside it, or the data dir's own when a whole data folder
    (or its backups folder) was copied."""
    places = [beside(backup), backup.parent / cipher.KEY_FILE]
    if backup.parent.name == paths.backups_dir(Path()).name:
        places.append(backup.parent.parent / cipher.KEY_FILE)
    for place in places:
        envelope = cipher.read_envelope_at(place)
        if envelope is not None:
            return place, envelope
    return None


def opens_here(backup: Path) -> bool:
    try:
        key_of(backup)
    except sqlite3.DatabaseError:
        return False
    return True


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` may be an encrypted database: not plain SQLite, and whole pages long (a text file
    or a spreadsheet named .sqlite3 rarely is)."""
    size = path.stat().st_size if path.is_file() else 0
    return not is_plain(path) and size >= PAGE and size % PAGE == 0


def needs_secret(backup: Path) -> bool:
    """Whether ``backup`` is encrypted with a key not opened here yet, and came with its key file: its
    passphrase or recovery key is asked for before it is checked or restored."""
    backup = Path(backup)
    return looks_encrypted(backup) and not opens_here(backup) and _carried(backup) is not None


def open_with(backup: Path, secret: str) -> None:
    """Open the key file carried with ``backup`` with its passphrase or recovery key; refused in plain
    words when the secret is wrong or the key file is another data's."""
    backup = Path(backup).resolve()
    carried = _carried(backup)
    if carried is None:
        raise UserError(not_openable(backup))
    place, envelope = carried
    data_key = cipher.open_envelope(envelope, secret)
    try:
        key_of(backup, data_key)
    except sqlite3.DatabaseError as exc:
        raise UserError(
            translate("Restore", "The key file {0} is not the key of {1}. Nothing was changed.").format(place, backup)
        ) from exc
    keys.remember(backup.parent, data_key)
    _OPENED[backup] = (envelope, data_key)


def not_openable(backup: Path) -> str:
    """What to tell of an encrypted backup that no key here opens and that came without its key file."""
    return translate(
        "Restore",
        "{0} is encrypted, or is not a Facilitator database: no key here opens it, and its key file ({1}, written "
        "beside each backup made to another place) is not beside it. Copy that file from where the backup was "
        "made, next to it. Nothing was changed.",
    ).format(backup, beside(Path(backup)).name)


def will_adopt(data_dir: Path, backup: Path) -> bool:
    """Whether restoring ``backup`` here first encrypts the data here with the backup's key file."""
    return not cipher.is_encrypted(data_dir) and Path(backup).resolve() in _OPENED


def adopt(data_dir: Path, backup: Path, lock: DataDirLock | None = None) -> bool:
    """Before an encrypted backup is restored into data that is not encrypted: encrypt the data here with
    the key file carried with it (opened by :func:`open_with`).  Whether it did."""
    backup = Path(backup).resolve()
    if cipher.is_encrypted(data_dir) or is_plain(backup):
        return False
    opened = _OPENED.get(backup)
    if opened is None:
        raise UserError(
            translate(
                "Restore",
                "{0} is encrypted, and the data here is not: it is restored here with its key file and that "
                "data's passphrase or recovery key. Nothing was changed.",
            ).format(backup)
        )
    cipher.adopt(data_dir, *opened, lock=lock)
    return True
