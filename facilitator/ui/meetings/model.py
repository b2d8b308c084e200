"""The meetings list as a Qt table model: one row per meeting, columns named by constants."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from facilitator.core import vocabulary
from facilitator.core.meeting_summary import MeetingSummary
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.ui.common.table_model import SORT_ROLE, RowsModel


class MeetingsModel(RowsModel[MeetingSummary]):
    CONTEXT = "MeetingsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("MeetingsModel", "Meeting"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Date"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Place"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Status"),
        QT_TRANSLATE_NOOP("MeetingsModel", "People"),
    )
    COLUMN_TITLE, COLUMN_DATE, COLUMN_PLACE, COLUMN_STATUS, COLUMN_PEOPLE = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.search = ""
        self.include_archived = False

    def cell(self, m: MeetingSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(m, column)
        if role == SORT_ROLE:
            if column == self.COLUMN_DATE:
                return m.starts_at.isoformat()
            if column == self.COLUMN_PEOPLE:
                return m.participants
            return str(self._text(m, column)).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_TITLE:
            return f"{self._text(m, column)}\n{m.id}"  # the whole title, and the id the command line takes
        return None

    def _text(self, m: MeetingSummary, column: int) -> Any:
        if column == self.COLUMN_TITLE:
            return m.title + (QCoreApplication.translate("MeetingsModel", " (archived)") if m.archived else "")
        if column == self.COLUMN_DATE:
            return m.local_start.strftime("%Y-%m-%d %H:%M")
        if column == self.COLUMN_PLACE:
            return ", ".join(part for part in (m.city, vocabulary.COUNTRIES.label(m.country)) if part)
        if column == self.COLUMN_STATUS:
            return vocabulary.MEETING_STATUSES.label(m.status)
        return m.participants
