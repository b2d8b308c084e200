"""What another process writes to the open data shows in the window.

A command run beside the window (a sync from the command line, a note, an import) wrote to the data
while the window went on showing what it had loaded: a new venue from another laptop stayed unseen
until something else refreshed the view.  Every few seconds the window looks at the change log; changes
it did not announce itself refresh the views that show them, as a sync in the window does, and undo
steps of the records they changed can no longer be replayed.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from facilitator.core.errors import UserError
from facilitator.sync.kinds import kinds_of
from facilitator.sync.log import logged_upto, written_since

if TYPE_CHECKING:
    from facilitator.ui.ops import Changed, Ops

EVERY_MS = 3000


class OutsideWrites(QObject):
    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.seen = logged_upto(ops.db)
        ops.bus.changed.connect(self._caught_up)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(EVERY_MS)

    def _caught_up(self, _changed: Changed) -> None:
        """The window announced its own change: everything logged by now is shown (a change written outside
        in the same moment is shown with it)."""
        if self._readable():
            with suppress(UserError):
                self.seen = logged_upto(self.ops.db)

    def check(self) -> None:
        if not self._readable():
            return
        try:
            self.seen, rows = written_since(self.ops.db, self.seen)
        except UserError:  # a disk pulled out or full: said where the data is written; looked at again later
            return
        if rows:
            self.ops.merged(rows, kinds_of({table for table, _ in rows}))

    def _readable(self) -> bool:
        db = self.ops.db
        if db.closed:  # the window closed, or a backup was put in its place
            self.timer.stop()
            return False
        return not db.suspended  # being converted (encryption turned on or off): after that
