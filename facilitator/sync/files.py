"""Files written whole or not at all, on any file system a sync folder may live on (FAT32 and exFAT
sticks, network shares, cloud folders): a temporary name, fsync, then a rename to a name that no one
else writes.  No symlinks, no locks, and no trust in modification times."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

TEMPORARY_PREFIX = ".tmp-"
TEMPORARY_SUFFIX = ".part"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path``, which must not exist yet: readers see all of it or nothing."""
    if path.exists():
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{TEMPORARY_PREFIX}{uuid.uuid4().hex}{TEMPORARY_SUFFIX}")
    try:
        with temporary.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.rename(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_directory(path.parent)


def _sync_directory(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows or FAT)."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def remove_leftovers(folder: Path) -> None:
    """Temporary files of an interrupted write (only ever in a folder this laptop alone writes)."""
    if folder.is_dir():
        for leftover in folder.glob(f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}"):
            with contextlib.suppress(OSError):
                leftover.unlink()
