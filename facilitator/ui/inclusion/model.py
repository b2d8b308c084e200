"""The inclusion checks as a table model: one row per check, tinted by how it came out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from facilitator.core.inclusion.report import Result
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.ui.common.style import STATUS_TINTS
from facilitator.ui.common.table_model import RowsModel


class InclusionModel(RowsModel[Result]):
    """One row per check: how it came out, what it checks, and what was found."""

    CONTEXT = "InclusionModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("InclusionModel", "Result"),
        QT_TRANSLATE_NOOP("InclusionModel", "Check"),
        QT_TRANSLATE_NOOP("InclusionModel", "Finding"),
    )
    COLUMN_STATUS, COLUMN_CHECK, COLUMN_FINDING = range(3)

    @staticmethod
    def id_of(result: Result) -> str:
        return result.rule.id

    def result(self, number: int) -> Result:
        return self.row(number)

    def cell(self, result: Result, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_STATUS:
                return {"pass": "✓ ", "fail": "✗ ", "warning": "⚠ ", "advice": "ℹ ", "not_yet": "… "}[
                    result.status
                ] + result.status_label
            return result.rule.message if column == self.COLUMN_CHECK else result.detail
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COLUMN_STATUS:
            return STATUS_TINTS[result.status]
        if role == Qt.ItemDataRole.ToolTipRole:
            sources = self.tr("Sources: {0}").format(result.rule.sources)
            return f"{result.rule.why}\n{sources}"
        return None
