"""The meeting's actions as a Qt table model; description, due date and status are edited in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from facilitator.core import actions
from facilitator.core.actions import ActionRow

Index = QModelIndex | QPersistentModelIndex

DESCRIPTION, OWNER, DUE, STATUS, ITEM = range(5)
EDITABLE = {DESCRIPTION, DUE, STATUS}
FIELD = {DESCRIPTION: "description", DUE: "due", STATUS: "status"}


class ActionsModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, on_edit: Callable[[str, str, str], bool]) -> None:
        """``on_edit(action_id, field, typed_text)`` saves one edit and says whether it was taken."""
        super().__init__()
        self._on_edit = on_edit
        self._rows: list[ActionRow] = []

    def set_rows(self, rows: list[ActionRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, number: int) -> ActionRow:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"), self.tr("Agenda item"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action, column = self._rows[index.row()], index.column()
        if role == self.ID_ROLE:
            return action.id
        if role == Qt.ItemDataRole.EditRole:
            return {
                DESCRIPTION: action.description,
                DUE: action.due.isoformat() if action.due else "",
                STATUS: action.status,
            }.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                action.description,
                action.owner,
                action.due.isoformat() if action.due else "",
                actions.STATUSES.label(action.status),
                action.agenda_item,
            )[column]
        if role == Qt.ItemDataRole.FontRole and action.status in ("done", "dropped"):
            font = QFont()
            font.setStrikeOut(action.status == "dropped")
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        return self._on_edit(self._rows[index.row()].id, FIELD[index.column()], str(value))
