"""The full integrity check in idle time: damage found while the window is open is said at once.

The check reads through its own read-only connection in a worker thread (SQLite releases the GIL),
a few minutes after the start and then every few hours, so a long meeting never waits for it.  When it
finds damage the window says so in plain words; automatic backups refuse a damaged file by themselves.
A check the disk stops (full, pulled out, no longer writable) is said once too, in the words the check
gives, instead of ending in a traceback nobody sees.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.core.errors import UserError

if TYPE_CHECKING:
    from facilitator.core.db import Database

FIRST_CHECK_MS = 5 * 60 * 1000
EVERY_MS = 3 * 60 * 60 * 1000


class IntegrityWatch(QObject):
    found = Signal(list)
    cannot_check = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check_soon)
        self.timer.start(FIRST_CHECK_MS)
        self.found.connect(self._report)
        self.cannot_check.connect(self._report_unchecked)
        self.reported = False
        self.unchecked_reported = False

    def check_soon(self) -> None:
        if self.db.suspended:  # a file half converted (encryption turned on or off) is not damage: soon after
            self.timer.setInterval(FIRST_CHECK_MS)
            return
        self.timer.setInterval(EVERY_MS)
        threading.Thread(target=self._check, daemon=True).start()

    def _check(self) -> None:
        try:
            problems = self.db.integrity_problems(full=True)
        except UserError as error:  # the disk's fault, not the file's
            self.cannot_check.emit(str(error))
            return
        if problems:
            self.found.emit(problems)

    @Slot(str)
    def _report_unchecked(self, reason: str) -> None:
        if self.unchecked_reported:
            return
        self.unchecked_reported = True
        QMessageBox.warning(
            QApplication.activeWindow(), QCoreApplication.translate("App", "The data could not be checked"), reason
        )

    @Slot(list)
    def _report(self, problems: list[str]) -> None:
        if self.reported:
            return
        self.reported = True
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("App", "The data is damaged"),
            QCoreApplication.translate(
                "App",
                "Facilitator found damage in its database ({0}). Stop entering data, close the window and restore "
                "the newest backup (File ▸ Restore from backup…, or 'facilitator restore'). Earlier backups are "
                "kept; no backup is made of the damaged file.",
            ).format("; ".join(problems[:2])),
        )
