"""Form pieces every section uses: combos over coded values, a multi-line field that commits when left,
and a side panel that scrolls instead of forcing the window to grow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QFrame, QPlainTextEdit, QScrollArea, QWidget

from facilitator.core import taxonomy
from facilitator.core.vocabulary import Vocabulary


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that reports when the user leaves it, like QLineEdit.editingFinished."""

    def __init__(self, on_commit: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._on_commit()
        super().focusOutEvent(event)


def group_combo(include_none: str) -> QComboBox:
    """Stakeholder groups in taxonomy order, with a first entry for 'none' or 'all'."""
    combo = QComboBox()
    combo.addItem(include_none, "")
    for group in taxonomy.stakeholder_groups().values():
        combo.addItem(group.label, group.id)
    return combo


def choice_combo(table: Vocabulary) -> QComboBox:
    """The codes of a vocabulary, shown by their labels."""
    combo = QComboBox()
    for code in table:
        combo.addItem(table.label(code), code)
    return combo


def set_combo(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def scrolling(widget: QWidget) -> QScrollArea:
    """A side panel that scrolls rather than forcing the window to be tall or wide."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
