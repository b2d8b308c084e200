"""Editing a table cell as a user does: F2 opens the editor, Enter commits once the event loop runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget


def open_editor(qtbot, table: QTableView, row: int, column: int) -> QWidget:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    return editor


def press_return(qtbot, table: QTableView, editor: QWidget) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    QApplication.processEvents()  # what the view reads again once the editor has closed
