"""One window per data dir: an operating-system file lock that a crash cannot leave stuck.

The lock is ``filelock``'s: an ``flock``/``LockFileEx`` on ``.facilitator.lock`` in the data dir, which
the operating system releases when the process ends, however it ends.  The window holds it while it
is open; ``restore`` takes it, so it cannot pull the database away from under an open window.  Commands
that only read do not take it and keep working beside the window.

Commands share a second lock while they have the database open (:class:`DataDirUse`, ``filelock``'s
reader-writer lock on ``.facilitator.users.lock``), and ``restore`` needs it to itself: a sync waiting
at its passphrase prompt would otherwise write, after the restore, into the file the restore moved
aside, and send the data the user meant to take back to the other laptops.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock, Timeout

from facilitator.core.errors import UserError
from facilitator.i18n import translate

if TYPE_CHECKING:
    from filelock import ReadWriteLock

LOCK_NAME = ".facilitator.lock"
USERS_LOCK_NAME = ".facilitator.users.lock"
_HELD: dict[Path, DataDirLock] = {}  # the locks this process holds, so its own restore can go ahead
_USING: dict[Path, DataDirUse] = {}  # the data dirs this process has open, as one of their users
# How long a command waits to open data that a restore has to itself: a restore takes seconds.
WAIT_FOR_RESTORE_S = 120


def held_here(data_dir: Path) -> DataDirLock | None:
    """The lock on ``data_dir`` that this process holds (its window), if any."""
    return _HELD.get(data_dir.resolve())


class DataDirLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._lock = FileLock(self.path, timeout=0, thread_local=False)

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it.  A folder that cannot hold a lock file
        (read-only media) counts as not locked: nothing there can be written anyway."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
        except Timeout:
            return False
        except OSError:
            return True
        _HELD[self.path.parent.resolve()] = self
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()
            _HELD.pop(self.path.parent.resolve(), None)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def held_elsewhere(self) -> bool:
        """Whether another process holds the lock now (without keeping it)."""
        if self.held:
            return False
        if not self.acquire():
            return True
        self.release()
        return False


class DataDirUse:
    """A process's share of a data dir while it has the database open; :meth:`alone` is a restore's."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.resolve()
        self.path = data_dir / USERS_LOCK_NAME
        self._lock: ReadWriteLock | None = None
        self._alone = False

    def _rw(self) -> ReadWriteLock:
        if self._lock is None:
            from filelock import ReadWriteLock  # its SQLite part loads in ~7 ms, which the window's start skips

            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock = ReadWriteLock(self.path, is_singleton=False)
        return self._lock

    def _taking(self, take: Callable[[ReadWriteLock], object]) -> None:
        """``take`` the lock; a lock file that is not one (damaged, or left by something else) is made
        again once: it holds nothing but the lock."""
        import sqlite3

        try:
            take(self._rw())
        except (sqlite3.DatabaseError, ValueError):
            self._lock = None
            self.path.unlink(missing_ok=True)
            take(self._rw())

    def _taken_now(self, take: Callable[[ReadWriteLock], object]) -> bool | None:
        """``take`` the lock without waiting: True when taken, False while another process holds it, None
        where nothing can hold the lock file (read-only media: nothing can share or restore there)."""
        try:
            self._taking(take)
        except Timeout:
            return False
        except OSError:
            return None
        return True

    def share_now(self) -> bool:
        """Hold a share if no restore runs now; False when one does (:meth:`share` then waits for it)."""
        taken = self._taken_now(lambda lock: lock.acquire_read(timeout=0, blocking=False))
        if taken:
            _USING[self.data_dir] = self
        return taken is not False

    def share(self) -> None:
        """Hold a share, waiting while a restore runs.  Media that cannot hold the lock file (read-only)
        go unshared: nothing there can be restored either."""
        try:
            self._taking(lambda lock: lock.acquire_read(timeout=WAIT_FOR_RESTORE_S))
        except Timeout as waited:
            raise UserError(
                translate("Restore", "A backup is being put back in {0}; try again once it is done.").format(
                    self.data_dir
                )
            ) from waited
        except OSError:
            return
        _USING[self.data_dir] = self

    def release(self) -> None:
        if _USING.get(self.data_dir) is self:
            self._rw().release()
            del _USING[self.data_dir]

    def alone(self) -> bool:
        """Take the data dir for this process alone; False while another process has it open."""
        taken = self._taken_now(lambda lock: lock.acquire_write(timeout=0, blocking=False))
        self._alone = bool(taken)
        return taken is not False

    def done(self) -> None:
        """Give up :meth:`alone`."""
        if self._alone:
            self._rw().release()
            self._alone = False


def using_here(data_dir: Path) -> DataDirUse | None:
    """This process's share of ``data_dir``, if it has the database open (the window, a command)."""
    return _USING.get(data_dir.resolve())
