"""Help ▸ Keyboard shortcuts: written from the declarations in :mod:`facilitator.ui.keys`, the same ones
the actions are made from, so the list shows every key (the Live screen's too, built or not) and
nothing that is not one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui import keys

KEYS_WIDTH_EM = 26  # "Alt+Shift+1 … Alt+Shift+9" on one line; a longer family of keys wraps


def rows() -> list[tuple[str, str, str]]:
    """(where it works, what it does, its keys), the window's keys first, then each section's in tab order."""
    return [
        (keys.place(where), key.described(), key.shown()) for where in keys.places() for key in keys.in_place(where)
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        listed = rows()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a key or what it does…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find a shortcut"))
        self.filter.textChanged.connect(self._filter)
        self.table = QTableWidget(len(listed), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, texts in enumerate(listed):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        # What a key does is read whole: long texts (a note's kinds, a family of keys) wrap onto more lines
        # instead of being cut, and the keys take no more room than most of them need.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            2, min(self.table.sizeHintForColumn(2), KEYS_WIDTH_EM * self.fontMetrics().averageCharWidth())
        )
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.table.resizeRowsToContents)  # once the columns have their widths

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            shown = " ".join(self.table.item(row, column).text() for column in range(3)).casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in shown)
