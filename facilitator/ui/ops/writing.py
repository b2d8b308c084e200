"""A document written on a thread of its own, so the window keeps answering while a report with photos is
laid out; its ops return the running :class:`Writing` for the view to follow."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from facilitator.core.errors import UserError


class Writing(QThread):
    """One document written off the window's thread: ``written`` (its path), ``refused`` (a plain
    sentence from the core) or ``broke`` (an unexpected error, for the window's crash report)."""

    written = Signal(object)
    refused = Signal(str)
    broke = Signal(object)

    def __init__(self, write: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.write = write

    def run(self) -> None:
        try:
            path = self.write()
        except UserError as refusal:
            self.refused.emit(str(refusal))
        except Exception:
            self.broke.emit(sys.exc_info())
        else:
            self.written.emit(path)


_running: set[Writing] = set()


def write_off_thread(write: Callable[[], Path], refused: Callable[[str], None]) -> Writing:
    """Start ``write`` on its own thread; a refusal goes to ``refused``, an unexpected error to the crash
    report.  The thread is kept alive here until it ends, whoever started it."""
    writing = Writing(write)
    writing.refused.connect(refused)
    writing.broke.connect(lambda info: sys.excepthook(*info))
    _running.add(writing)
    writing.finished.connect(lambda: (writing.wait(), _running.discard(writing)))  # ended before it may go
    writing.start()
    return writing
