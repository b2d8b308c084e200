"""The meeting's actions and commitments as a Qt table model; an action's description, due date and
status are edited in place (a commitment is a note, edited in the Live section)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from facilitator.core import actions
from facilitator.core.actions import ActionRow
from facilitator.core.ledger import status as ledger_status
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.ui.common.style import WARNING
from facilitator.ui.common.table_model import Index, RowsModel

DESCRIPTION, OWNER, DUE, STATUS, ITEM, KIND = range(6)
EDITABLE = {DESCRIPTION, DUE, STATUS}
FIELD = {DESCRIPTION: "description", DUE: "due", STATUS: "status"}


class ActionsModel(RowsModel[ActionRow]):
    CONTEXT = "ActionsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ActionsModel", "What was agreed"),
        QT_TRANSLATE_NOOP("ActionsModel", "Owner"),
        QT_TRANSLATE_NOOP("ActionsModel", "Due"),
        QT_TRANSLATE_NOOP("ActionsModel", "Status"),
        QT_TRANSLATE_NOOP("ActionsModel", "Agenda item"),
        QT_TRANSLATE_NOOP("ActionsModel", "Kind"),
    )

    def __init__(self, on_edit: Callable[[ActionRow, str, str], bool]) -> None:
        """``on_edit(row, field, typed_text)`` saves one edit and says whether it was taken."""
        super().__init__()
        self._on_edit = on_edit
        self.today = date.today()  # what is overdue is judged against; read again with the rows
        self.in_ledger: dict[str, str] = {}  # action id -> the ledger's status, for those followed there

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row(index.row())
        # A commitment not followed up yet is a note: it gets a status or a due date, its words stay the note's.
        editable = index.column() in EDITABLE and (row.followed or index.column() in (DUE, STATUS))
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def overdue(self, action: ActionRow) -> bool:
        """Past its date and not done: by the ledger once it is followed there (done in the ledger is done)."""
        followed = self.in_ledger.get(action.id)
        return action.overdue(self.today) and (followed is None or followed in ledger_status.OUTSTANDING)

    def cell(self, action: ActionRow, column: int, role: int) -> Any:
        due = action.due.isoformat() if action.due else ""
        if role == Qt.ItemDataRole.EditRole:
            return {DESCRIPTION: action.description, DUE: due, STATUS: action.status}.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            status = actions.STATUSES.label(action.status) if action.status else "–"
            if column == STATUS and action.id in self.in_ledger:  # Done in the ledger read as still Open here
                ledger = ledger_status.STATUSES.label(self.in_ledger[action.id])
                status = self.tr("{own} · ledger: {ledger}").format(own=status, ledger=ledger)
            kind = actions.KINDS.label(action.kind)
            return (action.description, action.owner, due, status, action.agenda_item, kind)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS and not action.status:
            return self.tr("A commitment in someone's name; give it a status or a due date to follow it up.")
        if column == DUE and self.overdue(action):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WARNING)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Overdue: due {0} and not done.").format(due)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.FontRole and action.status in ("done", "dropped"):
            font = QFont()
            font.setStrikeOut(action.status == "dropped")
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        return self._on_edit(self.row(index.row()), FIELD[index.column()], str(value))
