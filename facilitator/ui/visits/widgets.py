"""Small widget helpers the visit forms share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from facilitator.ui.common.lines_delegate import LinesDelegate


def rows_follow_columns(table: QTableView) -> None:
    """Wrapped rows take the height their text needs at the columns' final widths (a stretched column
    gets its width only once the table is laid out), recomputed once per burst of resizes."""
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(lambda *_: timer.start())


def record_table(model: QAbstractItemModel, name: str, editable: bool = False) -> QTableView:
    """A table of records chosen one row at a time, wrapped text rows (every line kept, in any script),
    edited (where the model allows) by double-click or F2."""
    table = QTableView()
    table.setModel(model)
    table.setItemDelegate(LinesDelegate(table))
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    triggers = QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
    table.setEditTriggers(triggers if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab goes on to the form beside a list, as a keyboard user expects, not from cell to cell of it (and from
    # one record to the next); in an editable one it moves between the cells being edited.
    table.setTabKeyNavigation(editable)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    rows_follow_columns(table)
    return table
