"""Ops: the one way the window changes data.

An op runs a core function (which commits at once), pushes an undo entry, and announces which kinds
of data changed, so that only the views showing those kinds refresh.  A core refusal
(:class:`UserError`) is shown to the user in plain words and leaves the undo stack as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator.core.changes import Change
from facilitator.core.db import Database
from facilitator.core.errors import UserError


@dataclass(frozen=True)
class Changed:
    kinds: Change
    meeting_id: str | None = None


class DataBus(QObject):
    """Views connect to ``changed`` and refresh when the announcement names what they show."""

    changed = Signal(object)

    def announce(self, kinds: Change, meeting_id: str | None = None) -> None:
        self.changed.emit(Changed(kinds, meeting_id))


class _UndoEntry(QUndoCommand):
    """An already-applied change: the first redo() (called by push) does nothing."""

    def __init__(
        self,
        ops: Ops,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        kinds: Change,
        meeting_id: str | None,
    ) -> None:
        super().__init__(text)
        self._ops, self._redo, self._undo = ops, redo, undo
        self._kinds, self._meeting_id = kinds, meeting_id
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._ops.guarded(self._redo)
        self._ops.bus.announce(self._kinds, self._meeting_id)

    def undo(self) -> None:
        self._ops.guarded(self._undo)
        self._ops.bus.announce(self._kinds, self._meeting_id)


class Ops:
    """Runs changes for the window: commit, undo entry, announcement, plain-words errors."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.db = db
        self.bus = DataBus()
        self.undo_stack = QUndoStack()
        self.parent = parent

    def guarded(self, action: Callable[[], Any]) -> tuple[bool, Any]:
        """Run a core call with a busy cursor (an import of thousands of rows takes seconds), and turn
        a refusal into a message once the cursor is back."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return True, action()
        except UserError as error:
            refusal = str(error)
        finally:
            QApplication.restoreOverrideCursor()
        self.show_error(refusal)
        return False, None

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.parent, QMessageBox.tr("Facilitator"), message)

    def run(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], Any] | None,
        kinds: Change,
        meeting_id: str | None = None,
        redo: Callable[[Any], Any] | None = None,
    ) -> tuple[bool, Any]:
        """Apply ``do``; when it succeeds and ``undo`` is given, push an undo entry named ``text``.

        ``undo`` (and ``redo``, when repeating ``do`` would be wrong, as for a creation) receive what
        ``do`` returned: the previous field values, the new record, and so on.
        """
        ok, result = self.guarded(do)
        if not ok:
            return False, None
        if undo is not None:
            again = (lambda: redo(result)) if redo is not None else do
            self.undo_stack.push(_UndoEntry(self, text, again, lambda: undo(result), kinds, meeting_id))
        self.bus.announce(kinds, meeting_id)
        return True, result

    def edit(
        self,
        text: str,
        update: Callable[..., dict[str, Any]],
        record_id: str,
        changes: dict[str, Any],
        kinds: Change,
        meeting_id: str | None = None,
    ) -> bool:
        """A field edit through a core ``update(db, id, **changes) -> previous values`` function."""
        ok, _ = self.run(
            text,
            lambda: update(self.db, record_id, **changes),
            lambda previous: update(self.db, record_id, **previous),
            kinds,
            meeting_id,
        )
        return ok
