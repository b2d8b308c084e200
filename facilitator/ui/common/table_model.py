"""The base of every table model: rows of frozen records read from the core, columns named by constants.

A model answers ``data()`` from plain rows, so it is tested without a window (as Vorta does).  A
subclass declares its columns as ``COLUMNS`` (English headers marked for translation) and, with
``id_of``, which value identifies a row.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the id of the record a row shows
LONGEST_SHOWN = 300  # characters of a long text's cell; a note of 5,000 made its row several screens tall
LONGEST_TIP = 1500  # and of its tooltip, which shows more of it
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a sort proxy compares


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of records with one column per entry of ``COLUMNS`` (translated in ``CONTEXT``)."""

    CONTEXT: ClassVar[str] = ""
    COLUMNS: ClassVar[Sequence[str]] = ()
    # Columns of free text up to thousands of characters: cut short in the cell, more in the tooltip, whole
    # in the editor.  Other columns show all (a search of the rows reads what they show).
    LONG_TEXT_COLUMNS: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    @staticmethod
    def id_of(row: Row) -> str:
        return row.id  # type: ignore[attr-defined]

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def row_of(self, record_id: str | None) -> int:
        """The row showing this record, or -1."""
        return next((number for number, row in enumerate(self._rows) if self.id_of(row) == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return self.id_of(row)
        if index.column() in self.LONG_TEXT_COLUMNS and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._long_text(row, index.column(), role)
        return self.cell(row, index.column(), role)

    def _long_text(self, row: Row, column: int, role: int) -> Any:
        text = self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or len(text) <= LONGEST_SHOWN:
            return text if role == Qt.ItemDataRole.DisplayRole else self.cell(row, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return text[: LONGEST_SHOWN - 1].rstrip() + "…"
        shown = text if len(text) <= LONGEST_TIP else text[: LONGEST_TIP - 1].rstrip() + "…"
        return f"<p>{html.escape(shown)}</p>"  # as rich text, so that the tooltip wraps

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What one cell shows for ``role``; subclasses answer the roles they use."""
        return None
