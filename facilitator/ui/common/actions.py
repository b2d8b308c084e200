"""Making actions: one helper, so every key is set, scoped and shown in tooltips the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence | QKeySequence.StandardKey | Qt.Key | str


def make_action(
    owner: QWidget,
    text: str,
    slot: Callable[[], object],
    *keys: Key,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QAction:
    """An action of ``owner`` whose keys work while the focus is anywhere in it (a section's keys do not
    clash with another section's), and whose tooltip names them, so a toolbar that overflows still
    tells the key."""
    action = QAction(text, owner)
    if keys:
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(context)
        names = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
        action.setToolTip(f"{text.replace('&', '')} ({names})")
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action
