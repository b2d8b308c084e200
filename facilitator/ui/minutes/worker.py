"""An export on a thread of its own, so the window keeps answering while a long meeting is laid out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal

from facilitator.core.db import Database
from facilitator.export import minutes
from facilitator.ui.ops.threads import CoreRun


class ExportRun(CoreRun):
    """One export; ``progressed(done, total)`` while the pages are laid out, then ``finished_with`` (the
    path written), ``refused`` or ``broke``."""

    progressed = Signal(int, int)

    def __init__(self, db: Database, request: minutes.Request, target: Path) -> None:
        super().__init__()
        self.db, self.request, self.target = db, request, target

    def work(self) -> str:
        return str(minutes.export(self.db, self.request, self.target, progress=self.progressed.emit))
