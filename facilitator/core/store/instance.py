"""One window per data dir: an operating-system file lock that a crash cannot leave stuck.

The lock is ``filelock``'s: an ``flock``/``LockFileEx`` on ``.facilitator.lock`` in the data dir, which
the operating system releases when the process ends, however it ends.  The window holds it while it
is open; ``restore`` takes it, so it cannot pull the database away from under an open window.  Commands
that only read do not take it and keep working beside the window.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

LOCK_NAME = ".facilitator.lock"
_HELD: dict[Path, DataDirLock] = {}  # the locks this process holds, so its own restore can go ahead


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
