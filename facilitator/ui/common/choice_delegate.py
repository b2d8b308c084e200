"""Cells whose value is a code of a vocabulary are edited with a list of its labels; others as plain text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from facilitator.core.vocabulary import Vocabulary
from facilitator.ui.common.lines_delegate import LinesDelegate
from facilitator.ui.common.table_model import Index


class ChoiceDelegate(LinesDelegate):
    """``choices`` maps a column to the vocabulary its codes come from; every line of a cell is kept."""

    def __init__(self, choices: Mapping[int, Vocabulary], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = dict(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        vocabulary = self.choices.get(index.column())
        if vocabulary is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for code in vocabulary:
            combo.addItem(vocabulary.label(code), code)
        return combo

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        """A list as wide as its longest label: in a narrow column it read "Op ▾" for "Open"."""
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, QComboBox):
            editor.resize(max(editor.width(), editor.sizeHint().width()), editor.height())

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
