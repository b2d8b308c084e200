"""An export on a thread of its own, so the window keeps answering while a long meeting is laid out."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.export import minutes


class ExportRun(QThread):
    """One export; ``progressed(done, total)`` while the pages are laid out, then ``written`` (the path),
    ``refused`` (a plain sentence) or ``broke`` (an unexpected error, for the crash report)."""

    progressed = Signal(int, int)
    written = Signal(str)
    refused = Signal(str)
    broke = Signal(object)

    def __init__(self, db: Database, request: minutes.Request, target: Path) -> None:
        super().__init__()
        self.db, self.request, self.target = db, request, target

    def run(self) -> None:
        try:
            written = minutes.export(self.db, self.request, self.target, progress=self.progressed.emit)
        except UserError as refusal:
            self.refused.emit(str(refusal))
            return
        except Exception:  # reported on the window's thread, by its crash handler
            self.broke.emit(sys.exc_info())
            return
        self.written.emit(str(written))
