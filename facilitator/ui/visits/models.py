"""The tables of the Visits section as Qt models over the core's rows, readable without a window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from facilitator.core import taxonomy
from facilitator.core.ledger.entries import KINDS, EntryRow
from facilitator.core.ledger.status import STATUSES
from facilitator.core.visits.findings import FindingRow
from facilitator.core.visits.visits import AnswerRow, VisitRow
from facilitator.core.visits.vocabulary import (
    ANNOUNCEMENT,
    ANSWERS,
    FINDING_STATUSES,
    GAP_ANSWERS,
    SEVERITIES,
    SITE_KINDS,
)
from facilitator.core.visits.vocabulary import EVIDENCE as EVIDENCE_KINDS
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.ui.common.style import WARNING
from facilitator.ui.common.table_model import SORT_ROLE, Index, RowsModel


def risk_label(tag: str) -> str:
    found = taxonomy.risk_tags().get(tag)
    return found.label if found else tag


class VisitsModel(RowsModel[VisitRow]):
    CONTEXT = "VisitsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("VisitsModel", "Visit"),
        QT_TRANSLATE_NOOP("VisitsModel", "Checklist"),
        QT_TRANSLATE_NOOP("VisitsModel", "Findings"),
    )
    VISIT, CHECKLIST, FINDINGS = range(3)

    def cell(self, row: VisitRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{row.site_name}\n{row.when}",
                f"{row.answered}/{row.items}",
                str(row.findings),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "VisitsModel", "{kind}, {place}; {announcement}; {when} ({zone}); conversations: {talks}"
            ).format(
                kind=SITE_KINDS.label(row.site_kind), place=row.place or "—",
                announcement=ANNOUNCEMENT.label(row.announcement).lower(), when=row.when, zone=row.timezone,
                talks=row.conversations,
            )  # fmt: skip
        return None


class ChecklistModel(RowsModel[AnswerRow]):
    """A visit's checklist; the note is edited in place, the answer by its keys, and a tick says whether
    the supplier's report carries the note."""

    CONTEXT = "ChecklistModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ChecklistModel", "Item"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Answer"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Note"),
        QT_TRANSLATE_NOOP("ChecklistModel", "To supplier"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Photos"),
    )
    ITEM, ANSWER, NOTE, FOR_SUPPLIER, PHOTOS = range(5)
    LONG_TEXT_COLUMNS = frozenset({NOTE})

    def __init__(self, on_edit: Callable[[str, dict[str, Any]], bool]) -> None:
        """``on_edit(item_key, changes)`` saves an answer or note and says whether it was taken."""
        super().__init__()
        self._on_edit = on_edit

    @staticmethod
    def id_of(row: AnswerRow) -> str:
        return row.item.name

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.NOTE:
            return flags | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.FOR_SUPPLIER and self.row(index.row()).note:  # no note, nothing to choose
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def cell(self, row: AnswerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            answer = ANSWERS.label(row.answer) if row.item.type == "observation" else row.answer
            return (row.item.label, answer, row.note, "", str(row.photos) if row.photos else "")[column]
        if role == Qt.ItemDataRole.EditRole and column == self.NOTE:
            return row.note
        if role == Qt.ItemDataRole.CheckStateRole and column == self.FOR_SUPPLIER and row.note:
            return Qt.CheckState.Checked if row.note_for_supplier else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FOR_SUPPLIER:
                return QCoreApplication.translate(
                    "ChecklistModel",
                    "Ticked, the supplier's report carries this note too; unticked, only the internal report does (S)",
                )
            return row.item.hint or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ANSWER and row.answer in GAP_ANSWERS:
            return QBrush(WARNING)
        if role == Qt.ItemDataRole.FontRole and column == self.ANSWER and not row.answer:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self.row(index.row()).item.name
        if role == Qt.ItemDataRole.EditRole and index.column() == self.NOTE:
            return self._on_edit(key, {"note": str(value)})
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.FOR_SUPPLIER:
            return self._on_edit(key, {"note_for_supplier": Qt.CheckState(value) == Qt.CheckState.Checked})
        return False


class FindingsModel(RowsModel[FindingRow]):
    """Findings as the risk register lists them: per supplier, newest visit first, most severe first."""

    CONTEXT = "FindingsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
        QT_TRANSLATE_NOOP("FindingsModel", "Risk"),
        QT_TRANSLATE_NOOP("FindingsModel", "Severity"),
        QT_TRANSLATE_NOOP("FindingsModel", "Evidence"),
        QT_TRANSLATE_NOOP("FindingsModel", "Status"),
        QT_TRANSLATE_NOOP("FindingsModel", "Site"),
        QT_TRANSLATE_NOOP("FindingsModel", "Supplier"),
        QT_TRANSLATE_NOOP("FindingsModel", "Visited"),
    )
    TITLE, RISK, SEVERITY, EVIDENCE, STATUS, SITE, SUPPLIER, VISITED = range(8)
    CHOICES = {
        SEVERITY: ("severity", SEVERITIES),
        EVIDENCE: ("evidence", EVIDENCE_KINDS),
        STATUS: ("status", FINDING_STATUSES),
    }

    def __init__(self, on_edit: Callable[[str, dict[str, Any]], bool] | None = None) -> None:
        super().__init__()
        self._on_edit = on_edit

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = self._on_edit is not None and (index.column() in self.CHOICES or index.column() == self.TITLE)
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def cell(self, row: FindingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.title, risk_label(row.risk_tag), SEVERITIES.label(row.severity), EVIDENCE_KINDS.label(row.evidence),
                FINDING_STATUSES.label(row.status), row.site_name, row.supplier, f"{row.visited_on:%Y-%m-%d}",
            )[column]  # fmt: skip
        if role == Qt.ItemDataRole.EditRole:
            return {self.TITLE: row.title, self.SEVERITY: row.severity, self.EVIDENCE: row.evidence}.get(
                column, row.status if column == self.STATUS else None
            )
        if role == SORT_ROLE and column == self.SEVERITY:
            return row.severity_rank
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.detail or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY and row.severity in ("high", "critical"):
            return QBrush(WARNING)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._on_edit is None:
            return False
        column = index.column()
        field = "title" if column == self.TITLE else self.CHOICES[column][0] if column in self.CHOICES else None
        return bool(field) and self._on_edit(self.row(index.row()).id, {field: str(value)})


class LedgerModel(RowsModel[EntryRow]):
    """The commitments ledger: overdue entries first, in the warning colour."""

    CONTEXT = "LedgerModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("LedgerModel", "Commitment"),
        QT_TRANSLATE_NOOP("LedgerModel", "Owner"),
        QT_TRANSLATE_NOOP("LedgerModel", "Due"),
        QT_TRANSLATE_NOOP("LedgerModel", "Status"),
        QT_TRANSLATE_NOOP("LedgerModel", "Since"),
        QT_TRANSLATE_NOOP("LedgerModel", "Agreed at"),
    )
    DESCRIPTION, OWNER, DUE, STATUS, SINCE, MEETING = range(6)
    LONG_TEXT_COLUMNS = frozenset({DESCRIPTION})

    def cell(self, row: EntryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            status = STATUSES.label(row.status)
            if row.overdue:
                status = QCoreApplication.translate("LedgerModel", "{0} — overdue").format(status)
            owner = row.owner_organisation or row.owner
            return (
                row.description, owner, _day(row.due), status, _day(row.status_since),
                row.meeting_title or KINDS.label(row.kind),
            )[column]  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(WARNING)
        if role == Qt.ItemDataRole.FontRole and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""
