"""Inline editors of the agenda table: a combo for kind and interpretation, spin boxes for minutes and
day, a checklist for risk tags, and plain lines for the rest."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from facilitator.core import taxonomy
from facilitator.core.agenda.items import MAX_DAYS, MAX_MINUTES
from facilitator.core.agenda.kinds import INTERPRETATION_MODES, KINDS, interpretation_label, kind_label
from facilitator.ui.agenda import model as columns
from facilitator.ui.common.forms import TypeAheadCombo, show_choice

Index = QModelIndex | QPersistentModelIndex
PICKER_HEIGHT = 240


class RiskTagPicker(QListWidget):
    """A checklist of the taxonomy's risk tags; Space ticks, Enter or leaving the list saves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for tag in taxonomy.risk_tags().values():
            entry = QListWidgetItem(tag.label)
            entry.setData(Qt.ItemDataRole.UserRole, tag.id)
            entry.setToolTip(tag.description)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(entry)

    def set_tags(self, tags: list[str]) -> None:
        for row in range(self.count()):
            entry = self.item(row)
            checked = entry.data(Qt.ItemDataRole.UserRole) in tags
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def tags_order(self) -> list[str]:
        """Tag ids in the order they are listed."""
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]

    def tags(self) -> list[str]:
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]


def _combo(parent: QWidget, choices: dict[str, str], label: Any) -> QComboBox:
    combo = TypeAheadCombo(parent)
    for code in choices:
        combo.addItem(label(code), code)
    return combo


class AgendaDelegate(QStyledItemDelegate):
    """Every cell of the agenda; it leaves Qt's own look of a cell alone, so that sizing the rows to their
    text (at each reload, for every cell) stays in Qt."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Cells as usual, with a rule above the first item of each new day."""
        super().paint(painter, option, index)
        row = index.row()
        if row > 0:
            model = index.model()
            day = model.index(row, columns.DAY).data(Qt.ItemDataRole.EditRole)
            if model.index(row - 1, columns.DAY).data(Qt.ItemDataRole.EditRole) != day:
                painter.save()
                painter.setPen(QPen(option.palette.color(QPalette.ColorRole.WindowText), 2))
                painter.drawLine(option.rect.topLeft(), option.rect.topRight())
                painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == columns.KIND:
            return _combo(parent, KINDS, kind_label)
        if column == columns.INTERPRETATION:
            return _combo(parent, INTERPRETATION_MODES, interpretation_label)
        if column == columns.PLANNED:
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_MINUTES)
            spin.setSingleStep(5)
            spin.setSuffix(self.tr(" min"))
            return spin
        if column == columns.DAY:
            spin = QSpinBox(parent)
            spin.setRange(1, MAX_DAYS)
            return spin
        if column == columns.RISKS:
            return RiskTagPicker(parent)
        editor = QLineEdit(parent)
        if column == columns.FIXED:
            editor.setPlaceholderText(self.tr("HH:MM, empty for none"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            show_choice(editor, value)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, RiskTagPicker):
            editor.set_tags(list(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value: Any = editor.currentData()
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            value = editor.value()
        elif isinstance(editor, RiskTagPicker):
            value = editor.tags()
        else:
            value = editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        if isinstance(editor, RiskTagPicker):
            rect = QRect(option.rect)
            rect.setWidth(max(rect.width(), 260))
            rect.setHeight(PICKER_HEIGHT)
            editor.setGeometry(rect)
            return
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, (QSpinBox, QComboBox)) and editor.width() < editor.sizeHint().width():
            # A narrow column cut "15 min" to "15 mi" behind the arrows: the editor takes the width it needs.
            editor.resize(editor.sizeHint().width(), editor.height())


class OneLineDelegate(AgendaDelegate):
    """The risk tags' column: one line in its fixed width (their tooltip lists them all), where titles wrap."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
