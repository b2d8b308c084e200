"""Ctrl+Z in a text field with nothing of its own to undo takes back the window's last step.

A text field claims the undo and redo keys for its own typing.  Right after a field's edit is saved
(Tab to the next field, Enter in the note line) the field the cursor is in has none, and the keys did
nothing at all while the toolbar offered "Undo Edit meeting".  They now go to the window's Undo and
Redo whenever the field has nothing to undo or redo itself; its own typing is still undone first.
The watch goes to each text field as it takes the focus, the only one whose keys matter: on every
field from the start it would see each of their events, thousands while the sections are built.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit)


def _has_own(field: QObject, undo: bool) -> bool:
    if isinstance(field, QLineEdit):
        return field.isUndoAvailable() if undo else field.isRedoAvailable()
    if isinstance(field, QPlainTextEdit | QTextEdit):
        document = field.document()
        return not field.isReadOnly() and (document.isUndoAvailable() if undo else document.isRedoAvailable())
    return True


class UndoKeysToWindow(QObject):
    """On each text field that took the focus: the undo and redo keys pass to the window when the field
    has no step of its own to take."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focused)

    def _focused(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(old, TEXT_FIELDS):
            old.removeEventFilter(self)  # only the field with the focus is watched
        if isinstance(new, TEXT_FIELDS):
            new.installEventFilter(self)  # once: Qt keeps one entry per filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        for undo, key in ((True, QKeySequence.StandardKey.Undo), (False, QKeySequence.StandardKey.Redo)):
            if event.matches(key) and not _has_own(watched, undo):
                event.ignore()
                return True  # left to the window's Undo and Redo
        return False


def install(app: QApplication) -> None:
    """Watch the focus of ``app``'s text fields (once; the tests' application outlives many windows)."""
    if not any(isinstance(child, UndoKeysToWindow) for child in app.children()):
        UndoKeysToWindow(app)
