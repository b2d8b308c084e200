"""Ctrl+Z in a text field with nothing of its own to undo takes back the window's last step.

A text field claims the undo and redo keys for its own typing.  Right after a field's edit is saved
(Tab to the next field, Enter in the note line) the field the cursor is in has none, and the keys did
nothing at all while the toolbar offered "Undo Edit meeting".  They now go to the window's Undo and
Redo whenever the field has nothing to undo or redo itself; its own typing is still undone first.
Ctrl+Y redoes as well where the platform binds only Ctrl+Shift+Z (the field's own typing first, too).
The watch goes to each text field as it takes the focus, the only one whose keys matter: on every
field from the start it would see each of their events, thousands while the sections are built.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from facilitator.ui.keys import EXTRA_REDO

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
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return False
        if _extra_redo(event):  # the field knows only the platform's keys: its own redo is done here
            if not _has_own(watched, undo=False):
                event.ignore()
                return event.type() == QEvent.Type.ShortcutOverride  # left to the window's Redo
            if event.type() == QEvent.Type.KeyPress and isinstance(watched, TEXT_FIELDS):
                watched.redo()
            event.accept()
            return True
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        for undo, key in ((True, QKeySequence.StandardKey.Undo), (False, QKeySequence.StandardKey.Redo)):
            if event.matches(key) and not _has_own(watched, undo):
                event.ignore()
                return True  # left to the window's Undo and Redo
        return False


def _extra_redo(event: QKeyEvent) -> bool:
    """Ctrl+Y where the platform does not bind it to redo itself (asked of every key typed in a field:
    one comparison of numbers first)."""
    return event.keyCombination().toCombined() == _extra_redo_key() and not event.matches(QKeySequence.StandardKey.Redo)


@cache
def _extra_redo_key() -> int:
    return QKeySequence(EXTRA_REDO)[0].toCombined()


def install(app: QApplication) -> None:
    """Watch the focus of ``app``'s text fields (once; the tests' application outlives many windows)."""
    if not any(isinstance(child, UndoKeysToWindow) for child in app.children()):
        UndoKeysToWindow(app)
