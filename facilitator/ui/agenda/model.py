"""The agenda as a table: one row per item with its computed times, editable in place, reordered by dragging.

The model never changes data itself: an edit or a drop calls back into the section, which runs an
undoable op; the op's announcement reloads the model.  So every change takes the same road.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from facilitator.core import taxonomy
from facilitator.core.agenda.items import Agenda
from facilitator.core.agenda.kinds import interpretation_label, kind_label
from facilitator.core.agenda.timing import Slot, format_clock
from facilitator.core.models import AgendaItem
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.ui.agenda.style import WARNING_TINT, kind_colour
from facilitator.ui.common.table_model import Index, RowsModel

MIME_TYPE = "application/x-facilitator-agenda-item"

DAY, START, END, TITLE, KIND, PLANNED, EFFECTIVE, INTERPRETATION, FIXED, TRACK, RISKS = range(11)
# Column -> the item field an inline edit changes.
FIELDS = {
    DAY: "day",
    TITLE: "title",
    KIND: "kind",
    PLANNED: "planned_minutes",
    INTERPRETATION: "interpretation",
    FIXED: "fixed_start",
    TRACK: "track",
    RISKS: "risk_tags",
}


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


class AgendaModel(RowsModel[AgendaItem]):
    CONTEXT = "AgendaModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("AgendaModel", "Day"),
        QT_TRANSLATE_NOOP("AgendaModel", "Start"),
        QT_TRANSLATE_NOOP("AgendaModel", "End"),
        QT_TRANSLATE_NOOP("AgendaModel", "Title"),
        QT_TRANSLATE_NOOP("AgendaModel", "Kind"),
        QT_TRANSLATE_NOOP("AgendaModel", "Planned"),
        QT_TRANSLATE_NOOP("AgendaModel", "Effective"),
        QT_TRANSLATE_NOOP("AgendaModel", "Interpretation"),
        QT_TRANSLATE_NOOP("AgendaModel", "Fixed at"),
        QT_TRANSLATE_NOOP("AgendaModel", "Track"),
        QT_TRANSLATE_NOOP("AgendaModel", "Risk tags"),
    )

    def __init__(
        self,
        on_edit: Callable[[str, dict[str, Any]], bool],
        on_move: Callable[[str, int], None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._on_edit, self._on_move = on_edit, on_move
        self.agenda: Agenda | None = None
        self._slots: dict[str, Slot] = {}
        self._swatches: dict[str, QIcon] = {}
        self._warned: dict[str, list[str]] = {}
        # What each cell answers, once per load: the table sizes every row and column to its text, so Qt
        # asks each cell for each role again at every layout (thousands of calls for one edit).
        self._answers: dict[tuple[int, int, int], Any] = {}

    # -- loading -----------------------------------------------------------------------------------

    def set_agenda(self, agenda: Agenda | None) -> None:
        self.agenda = agenda
        self._slots = agenda.timing.by_id() if agenda else {}
        self._warned = {}
        for warning in agenda.timing.warnings if agenda else []:
            self._warned.setdefault(warning.item_id, []).append(warning.message)
        self.set_rows(list(agenda.items) if agenda else [])

    def set_rows(self, rows: Sequence[AgendaItem]) -> None:
        self._answers = {}  # every answer was of the rows before
        super().set_rows(rows)

    def item(self, row: int) -> AgendaItem:
        return self.row(row)

    def slot(self, row: int) -> Slot:
        return self._slots[self.row(row).id]

    # -- reading -----------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = (index.row(), index.column(), role)
        if key not in self._answers:
            self._answers[key] = super().data(index, role)
        return self._answers[key]

    def cell(self, item: AgendaItem, column: int, role: int) -> Any:
        slot = self._slots[item.id]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, slot, column)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(item, FIELDS[column]) if column in FIELDS else self._display(item, slot, column)
            return value + 1 if column == DAY else value
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return self._swatch(item.kind)
        if role == Qt.ItemDataRole.BackgroundRole and self._late(slot, column):
            return WARNING_TINT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, slot)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DAY, START, END, PLANNED, EFFECTIVE, FIXED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: AgendaItem, slot: Slot, column: int) -> str:
        if column == DAY:
            return str(item.day + 1)
        if column == START:
            return format_clock(slot.start)  # past midnight it keeps counting (24:25), as the day's summary does
        if column == END:
            return format_clock(slot.end)
        if column == TITLE:
            return item.title
        if column == KIND:
            return kind_label(item.kind)
        if column == PLANNED:
            return QCoreApplication.translate("AgendaModel", "{0} min").format(slot.planned)
        if column == EFFECTIVE:
            return QCoreApplication.translate("AgendaModel", "{0} min").format(slot.effective)
        if column == INTERPRETATION:
            return interpretation_label(item.interpretation) if item.interpretation != "none" else ""
        if column == FIXED:
            return item.fixed_start
        if column == TRACK:
            return item.track
        tags = taxonomy.risk_tags()
        return ", ".join(tags[tag].label if tag in tags else tag for tag in item.risk_tags)

    def _late(self, slot: Slot, column: int) -> bool:
        return column in (START, END) and (slot.runs_into_fixed or slot.past_end)

    def _tooltip(self, item: AgendaItem, slot: Slot) -> str:
        lines = [item.title]
        if item.purpose:
            lines.append(item.purpose)
        if item.risk_tags:
            lines.append(self._display(item, slot, RISKS))
        if slot.runs_into_fixed:
            lines.append(QCoreApplication.translate("AgendaModel", "Runs into a fixed-time item that follows."))
        if slot.past_end:
            lines.append(QCoreApplication.translate("AgendaModel", "Ends after the day's end time."))
        lines += self._warned.get(item.id, [])
        return "\n".join(dict.fromkeys(lines))

    def _swatch(self, kind: str) -> QIcon:
        if kind not in self._swatches:
            self._swatches[kind] = _swatch(kind_colour(kind))
        return self._swatches[kind]

    # -- editing -----------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in FIELDS:
            return False
        item = self._rows[index.row()]
        name = FIELDS[index.column()]
        if name == "day":
            value = int(value) - 1
        if getattr(item, name) == value:
            return False
        return self._on_edit(item.id, {name: value})

    # -- drag and drop -----------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        data.setData(MIME_TYPE, "\n".join(self._rows[row].id for row in rows[:1]).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Move the dragged item before ``row`` (or before the row it was dropped on)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = bytes(data.data(MIME_TYPE)).decode()
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        self._on_move(item_id, row)
        # False: the view must not remove the source row; the reload after the move shows the new order.
        return False
