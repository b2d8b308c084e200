"""Long core work (an export, a sync) on a thread of its own, so the window keeps answering.

A run reports through signals, which Qt delivers on the window's thread: ``finished_with`` (the
result), ``refused`` (a plain sentence from a :class:`UserError`) or ``broke`` (an unexpected error,
for the window's crash report).  Each kind of run declares its own ``progressed`` signal.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QThread, Signal

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
