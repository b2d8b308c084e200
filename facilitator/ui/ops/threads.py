"""Long core work (an export, a sync, a report) on a thread of its own, so the window keeps answering.

A run reports through signals, which Qt delivers on the window's thread: ``finished_with`` (the
result), ``refused`` (a plain sentence from a :class:`UserError`) or ``broke`` (an unexpected error,
for the window's crash report).  A kind of run that shows progress declares its own ``progressed``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from facilitator.core.errors import UserError


class CoreRun(QThread):
    finished_with = Signal(object)
    refused = Signal(str)
    broke = Signal(object)

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
    """One document written off the window's thread; ``finished_with`` carries its path."""

    def __init__(self, write: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.write = write

    def work(self) -> Path:
        return self.write()


_running: set[Writing] = set()


def write_off_thread(
    write: Callable[[], Path], saved: Callable[[Path], None], refused: Callable[[str], None]
) -> Writing:
    """Start ``write`` on its own thread; the path written goes to ``saved``, a refusal to ``refused``, an
    unexpected error to the crash report.  Every receiver is connected before the thread starts: a small
    file is written before the caller could connect one, and its notice would be lost.  The thread is
    kept alive here until it ends, whoever started it."""
    writing = Writing(write)
    writing.finished_with.connect(lambda path: saved(Path(path)))
    writing.refused.connect(refused)
    writing.broke.connect(lambda info: sys.excepthook(*info))
    _running.add(writing)
    writing.finished.connect(lambda: (writing.wait(), _running.discard(writing)))  # ended before it may go
    writing.start()
    return writing
