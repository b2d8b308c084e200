"""A long fixed list of choices (six hundred languages, the world's countries) for a combo box.

Added one by one, such a list cost every form that has one some thousand calls into Qt, each section
built at start-up among them; a combo box reads from a model only the entries it shows, so this one
hands out the names and codes the core sorted once per language (``sorted_choices``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from facilitator.ui.common.table_model import Index

TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)


class ChoiceList(QAbstractListModel):
    """(name, code) entries: the name is what the combo shows and completes, the code its item data."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        name, code = self._choices[index.row()]
        if role in TEXT_ROLES:
            return name
        if role == Qt.ItemDataRole.UserRole:
            return code
        return None
