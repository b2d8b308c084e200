"""Small widget helpers the visit forms share."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QTableView

NARROW_CHARACTERS = 10


def narrow(combo: QComboBox) -> QComboBox:
    """A combo as wide as its column allows, not as its longest entry (a zone name, an organisation's), so
    forms fit beside each other at 1366×768."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(NARROW_CHARACTERS)
    return combo


def rows_follow_columns(table: QTableView) -> None:
    """Wrapped rows take the height their text needs at the columns' final widths (a stretched column
    gets its width only once the table is laid out), recomputed once per burst of resizes."""
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(lambda *_: timer.start())
