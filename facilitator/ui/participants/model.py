"""Table models for people: a meeting's participants, the register, and the inclusion checks.

Each model holds plain rows read from the core and answers data() from them, so it is tested
without a window.  Status colours are translucent tints: the text keeps the palette's own colour and
stays legible on light and dark palettes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from facilitator.core import disclosure
from facilitator.core.inclusion.report import Result
from facilitator.core.participants.participation import ParticipantRow
from facilitator.core.participants.people import RegisterRow
from facilitator.core.participants.vocabulary import (
    CAUCUSES,
    GENDERS,
    NEEDS,
    ROLES,
    STATUSES,
    group_label,
    language_names,
)

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

STATUS_TINTS = {
    "pass": QColor(67, 160, 71, 70),
    "fail": QColor(229, 57, 53, 90),
    "warning": QColor(251, 140, 0, 80),
    "advice": QColor(30, 136, 229, 60),
    "declined": QColor(158, 158, 158, 70),
}


def _group(code: str) -> str:
    return group_label(code) if code else ""


class _RowsModel(QAbstractTableModel):
    """Rows of frozen records, with header titles supplied by the subclass."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class ParticipantsModel(_RowsModel):
    """A meeting's list: who, from which group, coming or not, in which session, and what they need."""

    (COLUMN_NAME, COLUMN_GROUP, COLUMN_STATUS, COLUMN_SESSION, COLUMN_GENDER, COLUMN_ORGANISATION,
     COLUMN_LANGUAGES, COLUMN_NEEDS, COLUMN_PRIVACY) = range(9)  # fmt: skip

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Group"), self.tr("Status"), self.tr("Session"), self.tr("Gender"),
                self.tr("Organisation"), self.tr("Languages"), self.tr("Needs"), self.tr("Shown as"))  # fmt: skip

    def row_of(self, participation_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.participation_id == participation_id), -1)

    def needs_text(self, row: ParticipantRow) -> str:
        parts = []
        for need in NEEDS:
            state = getattr(row, need)
            if state in ("needed", "arranged"):
                mark = "✓" if state == "arranged" else "!"
                parts.append(f"{NEEDS.label(need)} {mark}")
        if row.interpretation_language:
            parts.append(self.tr("Interpretation: {0}").format(language_names([row.interpretation_language])))
        if row.accessibility:
            parts.append(row.accessibility)
        return "; ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ParticipantRow = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.participation_id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.status == "declined":
            return STATUS_TINTS["declined"]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_GROUP and row.is_proxy:
            return self.tr("Proxy: speaks for {0}, who are not there in person").format(_group(row.speaks_for))
        return None

    def _text(self, row: ParticipantRow, column: int) -> str:
        if column == self.COLUMN_NAME:
            role = ROLES.label(row.participation_role)
            return row.name if row.participation_role == "participant" else f"{row.name} ({role})"
        if column == self.COLUMN_GROUP:
            group = _group(row.stakeholder_group) or self.tr("(no group)")
            if row.speaks_for:
                kind = self.tr("proxy for") if row.is_proxy else self.tr("speaks for")
                group += f" – {kind} {_group(row.speaks_for)}"
            return group
        if column == self.COLUMN_ORGANISATION:
            return row.organisation
        if column == self.COLUMN_GENDER:
            return GENDERS.label(row.gender)
        if column == self.COLUMN_STATUS:
            status = STATUSES.label(row.status)
            return f"{status} {row.arrived_at.astimezone():%H:%M}" if row.arrived_at else status
        if column == self.COLUMN_SESSION:
            return CAUCUSES.label(row.caucus)
        if column == self.COLUMN_LANGUAGES:
            return ", ".join(row.languages_spoken)
        if column == self.COLUMN_NEEDS:
            return self.needs_text(row)
        return disclosure.level_label(row.anonymity)


class RegisterModel(_RowsModel):
    """The people known across meetings."""

    (COLUMN_NAME, COLUMN_ORGANISATION, COLUMN_GROUP, COLUMN_ROLE, COLUMN_GENDER, COLUMN_LANGUAGES, COLUMN_PRIVACY,
     COLUMN_MEETINGS) = range(8)  # fmt: skip

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Organisation"), self.tr("Group"), self.tr("Role"), self.tr("Gender"),
                self.tr("Languages"), self.tr("Shown as"), self.tr("Meetings"))  # fmt: skip

    def row_of(self, person_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == person_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: RegisterRow = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE and column == self.COLUMN_MEETINGS:
            return row.meetings
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        values = (
            row.name, row.organisation, _group(row.stakeholder_group), row.role,
            GENDERS.label(row.gender), ", ".join(row.languages_spoken),
            disclosure.level_label(row.anonymity), row.meetings,
        )  # fmt: skip
        return values[column]


class InclusionModel(_RowsModel):
    """One row per check: how it came out, what it checks, and what was found."""

    COLUMN_STATUS, COLUMN_CHECK, COLUMN_FINDING = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Result"), self.tr("Check"), self.tr("Finding"))

    def result(self, number: int) -> Result:
        return self._rows[number]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result: Result = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return result.rule.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_STATUS:
                return {"pass": "✓ ", "fail": "✗ ", "warning": "⚠ ", "advice": "ℹ "}[
                    result.status
                ] + result.status_label
            return result.rule.message if column == self.COLUMN_CHECK else result.detail
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COLUMN_STATUS:
            return STATUS_TINTS[result.status]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{result.rule.why} [{result.rule.source}]"
        return None
