"""Backups that can be trusted: checked at both ends, complete before they get their name.

A copy is made with SQLite's backup API from a read-only connection (so it reads through the WAL of a
running app), switched to a single self-contained file (journal mode DELETE), checked with
``integrity_check``, flushed to disk, and only then renamed from ``.NAME.partial`` to its final name.
A killed backup therefore leaves at most a hidden partial file, which is never listed and is
removed by the next backup.  A damaged source is refused before anything is copied, so damage never
spreads into the backups.

Kinds, by file-name prefix: ``auto`` (rolling, every few hours), ``manual``, ``pre-migration`` (before a
new version changes the structure) and ``pre-restore`` (what was in place before a restore).  Pruning
only ever runs right after a new copy of that kind passed its check, and it keeps that copy, so it
can never delete the last good backup.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

from msgspec import Struct

from facilitator import paths
from facilitator.core.errors import UserError
from facilitator.core.store import integrity
from facilitator.core.store.connect import OpenHere, connect, connect_new, driver_errors, key_of, plain_error
from facilitator.i18n import translate

SUFFIX = ".sqlite3"
PARTIAL = ".partial"
KINDS = ("auto", "manual", "pre-migration", "pre-restore")
KEPT = {"auto": 10, "pre-migration": 5, "pre-restore": 5}
STAMP = "%Y%m%dT%H%M%S%fZ"
SIDECARS = ("-wal", "-shm", "-journal")
STRAY_AGE_SECONDS = 3600


def stamp(moment: datetime) -> str:
    return moment.strftime(STAMP)


def _stamped(text: str) -> datetime | None:
    """The moment a backup's name carries, when :func:`stamp` wrote it (ISO 8601's basic form, which
    ``fromisoformat`` reads without loading ``strptime``'s machinery at every start)."""
    try:
        made = datetime.fromisoformat(text)
    except ValueError:
        return None
    return made if made.tzinfo is not None and stamp(made) == text else None


class Backup(Struct, frozen=True):
    """One backup file, its kind (auto, manual, pre-migration, pre-restore) and when it was made."""

    path: Path
    kind: str
    made_at: datetime | None

    @property
    def name(self) -> str:
        return self.path.name


def _kind_and_time(name: str) -> tuple[str, datetime | None] | None:
    if not name.endswith(SUFFIX) or name.startswith("."):
        return None
    stem = name.removesuffix(SUFFIX)
    for kind in KINDS:
        if stem.startswith(kind + "-"):
            return kind, _stamped(stem.rsplit("-", 1)[-1])
    return None


def fsync_dir(directory: Path) -> None:
    """Make a rename durable (a no-op where folders cannot be opened, as on Windows)."""
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def remove_with_sidecars(path: Path) -> None:
    for suffix in ("", *SIDECARS):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_verified(
    source: Path, target: Path, check_source: bool = True, immutable: bool = False, open_here: OpenHere | None = None
) -> Path:
    """Copy the database ``source`` to ``target`` safely; raise a plain :class:`UserError` on any failure.

    On failure nothing is left under ``target``'s name; an existing ``target`` is replaced only by a
    complete, checked copy.  ``immutable``: the source is on read-only media.  A copy of an encrypted
    database is encrypted with the same key: a backup never holds the data in the clear.  ``open_here``:
    this process holds ``source`` open (see :class:`~facilitator.core.store.connect.OpenHere`).
    """
    if check_source:
        found = integrity.problems(source, full=True, immutable=immutable, open_here=open_here)
        if found:
            raise integrity.DamagedDatabase(
                translate(
                    "Database", "{path} is damaged ({problem}), so no backup was made of it; earlier backups are kept."
                ).format(path=source, problem="; ".join(found[:2]))
            )
    partial = target.with_name(f".{target.name}{PARTIAL}")
    placed = False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_with_sidecars(partial)
        known = open_here or OpenHere(key_of(source))  # sniffed once, and only when not open here
        key = known.key
        src = connect(source, read_only=True, immutable=immutable, open_here=known)
        dst = connect_new(partial, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        found = integrity.problems(partial, full=True, key=key)
        if found:
            raise UserError(
                translate("Database", "The copy in {path} did not pass its check ({problem}); it was removed.").format(
                    path=target.parent, problem="; ".join(found[:2])
                )
            )
        _fsync_file(partial)
        os.replace(partial, target)
        placed = True
        fsync_dir(target.parent)
    except (OSError, *driver_errors()) as exc:
        raise plain_error(exc, target) or UserError(
            translate("Database", "The backup could not be written to {path}: {reason}").format(
                path=target, reason=getattr(exc, "strerror", None) or exc
            )
        ) from exc
    finally:
        # However it ended (a refusal, a full disk, Ctrl+C): no copy of the data is left half-made, which
        # would hold people's names outside the database, and in the clear once that is encrypted.
        if not placed:
            remove_with_sidecars(partial)
    return target


def listed(data_dir: Path) -> list[Backup]:
    """The backups of a data dir, oldest first: complete, non-empty SQLite files only."""
    folder = paths.backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        known = _kind_and_time(path.name)
        if known is None or not path.is_file() or integrity.file_problems(path):
            continue
        found.append(Backup(path, *known))
    return sorted(found, key=lambda b: (b.made_at or datetime.min.replace(tzinfo=UTC), b.name))


def newest(data_dir: Path, kind: str) -> Backup | None:
    of_kind = [b for b in listed(data_dir) if b.kind == kind]
    return of_kind[-1] if of_kind else None


def newest_good(data_dir: Path) -> Path | None:
    """The newest backup of any kind that passes ``quick_check`` (None when there is none)."""
    for backup in reversed(listed(data_dir)):
        if not integrity.problems(backup.path):
            return backup.path
    return None


def make(
    source: Path, data_dir: Path, kind: str, now: datetime, detail: str = "", open_here: OpenHere | None = None
) -> Path:
    """A checked backup of ``kind`` in the backups folder, then pruning of that kind.  ``detail`` goes
    into the name (the schema revision a pre-migration copy was made from)."""
    name = "-".join(part for part in (kind, detail, stamp(now)) if part)
    target = paths.backups_dir(data_dir) / f"{name}{SUFFIX}"
    copy_verified(source, target, open_here=open_here)
    prune(data_dir, kind, keep_also=target)
    return target


def prune(data_dir: Path, kind: str, keep_also: Path) -> list[Path]:
    """Drop the oldest backups of ``kind`` beyond the number kept; ``keep_also`` (a copy that just passed
    its check) is never dropped, so a good backup always remains.  Stray partial files go too."""
    folder = paths.backups_dir(data_dir)
    for stray in folder.glob(f".*{PARTIAL}"):
        if time.time() - stray.stat().st_mtime > STRAY_AGE_SECONDS:  # not a copy being written right now
            remove_with_sidecars(stray)
    if kind not in KEPT:
        return []
    of_kind = [b.path for b in listed(data_dir) if b.kind == kind and b.path != keep_also]
    dropped = of_kind[: max(0, len(of_kind) - (KEPT[kind] - 1))]
    for path in dropped:
        remove_with_sidecars(path)
    return dropped
