"""The base of every table model: rows of frozen records read from the core, columns named by constants.

A model answers ``data()`` from plain rows, so it is tested without a window (as Vorta does).  A
subclass declares its columns as ``COLUMNS`` (English headers marked for translation) and, with
``id_of``, which value identifies a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the id of the record a row shows
LONGEST_SHOWN = 300  # characters of a cell's text; a note of 5,000 made its row several screens tall
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a sort proxy compares


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of records with one column per entry of ``COLUMNS`` (translated in ``CONTEXT``)."""

    CONTEXT: ClassVar[str] = ""
    COLUMNS: ClassVar[Sequence[str]] = ()

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
        value = self.cell(row, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str) and len(value) > LONGEST_SHOWN:
            return value[: LONGEST_SHOWN - 1].rstrip() + "…"  # the whole text is in the editor (F2)
        return value

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What one cell shows for ``role``; subclasses answer the roles they use."""
        return None
