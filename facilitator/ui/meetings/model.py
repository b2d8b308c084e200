"""The meetings list as a Qt table model: one row per meeting, columns named by constants."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from facilitator.core import meetings, vocabulary
from facilitator.core.db import Database
from facilitator.core.meetings import MeetingSummary

Index = QModelIndex | QPersistentModelIndex


class MeetingsModel(QAbstractTableModel):
    COLUMN_TITLE, COLUMN_DATE, COLUMN_PLACE, COLUMN_STATUS, COLUMN_PEOPLE = range(5)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.search = ""
        self.include_archived = False
        self._rows: list[MeetingSummary] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = meetings.list_meetings(self.db, self.search, self.include_archived)
        self.endResetModel()

    def row_of(self, meeting_id: str) -> int:
        return next((row for row, summary in enumerate(self._rows) if summary.id == meeting_id), -1)

    def summary(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Meeting"), self.tr("Date"), self.tr("Place"), self.tr("Status"), self.tr("People"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        column = index.column()
        if role == self.ID_ROLE:
            return m.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_TITLE:
                return m.title + (self.tr(" (archived)") if m.archived else "")
            if column == self.COLUMN_DATE:
                return m.local_start.strftime("%Y-%m-%d %H:%M")
            if column == self.COLUMN_PLACE:
                return ", ".join(part for part in (m.city, vocabulary.COUNTRIES.label(m.country)) if part)
            if column == self.COLUMN_STATUS:
                return vocabulary.MEETING_STATUSES.label(m.status)
            if column == self.COLUMN_PEOPLE:
                return m.participants
        if role == self.SORT_ROLE:
            if column == self.COLUMN_DATE:
                return m.starts_at.isoformat()
            if column == self.COLUMN_PEOPLE:
                return m.participants
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_TITLE:
            return m.id
        return None
