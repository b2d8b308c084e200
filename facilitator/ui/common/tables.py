"""Table helpers: columns as wide as their contents, up to a width that leaves the next columns on screen,
and a refused cell opened again with what was typed in it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLineEdit, QTableView

# A long entry (a proxy's "NGO – proxy for children and families", a ministry's full name) is cut with an
# ellipsis at this many average characters and shown whole in its tooltip, so that a status beside it
# stays in view on a 1366-pixel screen.
WIDEST_COLUMN_CHARACTERS = 34


def fit_columns_to_contents(table: QTableView) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMaximumSectionSize(header.fontMetrics().averageCharWidth() * WIDEST_COLUMN_CHARACTERS)
    header.setStretchLastSection(True)


def edit_again(table: QAbstractItemView, index: QModelIndex, text: str) -> None:
    """The cell at ``index`` opened again with ``text``, what was typed in it before it was refused, to
    mend rather than type again."""
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    if isinstance(editor, QLineEdit):
        editor.setText(text)
