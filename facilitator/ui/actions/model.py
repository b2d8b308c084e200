"""The meeting's actions as a Qt table model; description, due date and status are edited in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from facilitator.core import actions
from facilitator.core.actions import ActionRow
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.ui.common.table_model import Index, RowsModel

DESCRIPTION, OWNER, DUE, STATUS, ITEM = range(5)
EDITABLE = {DESCRIPTION, DUE, STATUS}
FIELD = {DESCRIPTION: "description", DUE: "due", STATUS: "status"}


class ActionsModel(RowsModel[ActionRow]):
    CONTEXT = "ActionsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ActionsModel", "Action"),
        QT_TRANSLATE_NOOP("ActionsModel", "Owner"),
        QT_TRANSLATE_NOOP("ActionsModel", "Due"),
        QT_TRANSLATE_NOOP("ActionsModel", "Status"),
        QT_TRANSLATE_NOOP("ActionsModel", "Agenda item"),
    )

    def __init__(self, on_edit: Callable[[str, str, str], bool]) -> None:
        """``on_edit(action_id, field, typed_text)`` saves one edit and says whether it was taken."""
        super().__init__()
        self._on_edit = on_edit

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else flags

    def cell(self, action: ActionRow, column: int, role: int) -> Any:
        due = action.due.isoformat() if action.due else ""
        if role == Qt.ItemDataRole.EditRole:
            return {DESCRIPTION: action.description, DUE: due, STATUS: action.status}.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            status = actions.STATUSES.label(action.status)
            return (action.description, action.owner, due, status, action.agenda_item)[column]
        if role == Qt.ItemDataRole.FontRole and action.status in ("done", "dropped"):
            font = QFont()
            font.setStrikeOut(action.status == "dropped")
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        return self._on_edit(self.row(index.row()).id, FIELD[index.column()], str(value))
