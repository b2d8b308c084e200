"""Asks for the few facts a new meeting needs; everything else is edited in its Overview."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from facilitator.ui.common.date_edits import DateTimeEdit
from facilitator.ui.common.zone_combo import zone_combo


class NewMeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Roundtable on silica dust in Bundi quarries"))
        tomorrow = QDateTime.currentDateTime().addDays(1)
        tomorrow.setTime(QTime(9, 0))
        self.start_edit = DateTimeEdit(tomorrow)
        self.end_edit = DateTimeEdit(tomorrow.addSecs(8 * 3600 + 30 * 60))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._start = self.start_edit.dateTime()
        self.start_edit.dateTimeChanged.connect(self._keep_the_length)
        self.end_edit.setMinimumDateTime(self._start)
        self.zone_combo = zone_combo("Asia/Kolkata")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Starts:"), self.start_edit)
        form.addRow(self.tr("&Ends:"), self.end_edit)
        form.addRow(self.tr("Time &zone:"), self.zone_combo)
        form.addRow(buttons)

    def _keep_the_length(self, start: QDateTime) -> None:
        """A later start moves the end with it, so a meeting moved to next month does not last a month;
        the end cannot be set before the start."""
        end = self.end_edit.dateTime().addSecs(self._start.secsTo(start))
        self._start = start
        self.end_edit.setMinimumDateTime(start)
        self.end_edit.setDateTime(end)

    def values(self) -> tuple[str, datetime, datetime, str]:
        """Title, local start, local end and zone, as typed; the core validates them."""
        start = self.start_edit.dateTime().toPython()
        end = self.end_edit.dateTime().toPython()
        return self.title_edit.text(), start, end, self.zone_combo.currentText().strip()
