"""Long core work (an export, a sync, a report) on a thread of its own, so the window keeps answering.

A run reports through signals, which Qt delivers on the window's thread: ``finished_with`` (the
result), ``refused`` (a plain sentence from a :class:`UserError`) or ``broke`` (an unexpected error,
for the window's crash report).  A kind of run that shows progress declares its own ``progressed``.

What receives a run's signals is a slot (``@Slot``) of an object on the window's thread, never a lambda:
a queued call then carries its arguments as Qt converted them, the way PySide delivers across threads
safely.  A run waits for its thread to end before its owner may let it go.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from facilitator.core.errors import UserError


class CoreRun(QThread):
    finished_with = Signal(object)
    refused = Signal(str)
    broke = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self._wait_to_end)  # first of the receivers of ``finished``

    @Slot()
    def _wait_to_end(self) -> None:
        """``finished`` comes while the thread is still winding down; it has ended once this returns."""
        self.wait()

    def work(self) -> object:
        """The core call; its result is sent with ``finished_with``."""
        raise NotImplementedError

    def run(self) -> None:
        try:
            result = self.work()
        except UserError as refusal:
            self.refused.emit(str(refusal))
            return
        except Exception:  # reported on the window's thread, by its crash handler
            self.broke.emit(sys.exc_info())
            return
        self.finished_with.emit(result)


class Writing(CoreRun):
    """One document written off the window's thread; the path written goes to ``saved``, a refusal to
    ``refused``, an unexpected error to the crash report."""

    def __init__(
        self, write: Callable[[], Path], saved: Callable[[Path], None], refused: Callable[[str], None]
    ) -> None:
        super().__init__()
        self.write, self.saved, self.told_refused = write, saved, refused
        self.finished_with.connect(self._saved)
        self.refused.connect(self._refused)
        self.broke.connect(self._broke)
        self.finished.connect(self._ended)

    def work(self) -> Path:
        return self.write()

    @Slot(object)
    def _saved(self, path: object) -> None:
        self.saved(Path(str(path)))

    @Slot(str)
    def _refused(self, message: str) -> None:
        self.told_refused(message)

    @Slot(object)
    def _broke(self, info: object) -> None:
        sys.excepthook(*info)

    @Slot()
    def _ended(self) -> None:
        _running.discard(self)


_running: set[Writing] = set()


def write_off_thread(
    write: Callable[[], Path], saved: Callable[[Path], None], refused: Callable[[str], None]
) -> Writing:
    """Start ``write`` on its own thread (see :class:`Writing`).  Every receiver is connected before the
    thread starts: a small file is written before the caller could connect one, and its notice would be
    lost.  The thread is kept alive here until it ends, whoever started it."""
    writing = Writing(write, saved, refused)
    _running.add(writing)
    writing.start()
    return writing
