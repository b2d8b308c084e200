"""Help ▸ Keyboard shortcuts: written from the declarations in :mod:`facilitator.ui.keys`, the same ones
the actions are made from, so the list shows every key (the Live screen's too, built or not) and
nothing that is not one."""

from __future__ import annotations

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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, texts in enumerate(listed):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            shown = " ".join(self.table.item(row, column).text() for column in range(3)).casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in shown)
