"""Small dialogs of the agenda section: choose a template or an earlier meeting, and set each day's hours."""

from __future__ import annotations

from msgspec import Struct
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Choice(Struct, frozen=True):
    """One entry a dialog offers: its id, its text and a line of detail."""

    id: str
    text: str
    detail: str = ""


class ChooseDialog(QDialog):
    """Pick one entry from a list, with its details shown below; Enter or a double click accepts."""

    def __init__(self, title: str, prompt: str, choices: list[Choice], accept_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = QListWidget()
        for choice in choices:
            entry = QListWidgetItem(choice.text)
            entry.setData(Qt.ItemDataRole.UserRole, choice)
            entry.setToolTip(choice.detail)
            self.list.addItem(entry)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(48)
        self.list.currentItemChanged.connect(self._show_detail)
        self.list.itemActivated.connect(lambda _entry: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.list)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.resize(520, 380)
        if choices:
            self.list.setCurrentRow(0)

    def _show_detail(self, entry: QListWidgetItem | None) -> None:
        self.detail.setText(entry.data(Qt.ItemDataRole.UserRole).detail if entry else "")

    def chosen(self) -> str | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole).id if entry else None


class DayHoursDialog(QDialog):
    """Start and end time of each day, as HH:MM; an empty field means the meeting's own time.  A ``new_day``
    after the meeting's last date says that it is one."""

    def __init__(
        self,
        hours: dict[int, tuple[str, str]],
        defaults: tuple[str, str],
        parent: QWidget | None = None,
        new_day: int | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hours of each day"))
        form = QFormLayout()
        self.fields: dict[int, tuple[QLineEdit, QLineEdit]] = {}
        for day, (starts, ends) in sorted(hours.items()):
            start_edit, end_edit = QLineEdit(starts), QLineEdit(ends)
            start_edit.setPlaceholderText(defaults[0])
            end_edit.setPlaceholderText(defaults[1])
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("from")))
            row.addWidget(start_edit)
            row.addWidget(QLabel(self.tr("to")))
            row.addWidget(end_edit)
            label = self.tr("Day {0}, after the meeting") if day == new_day else self.tr("Day {0}")
            form.addRow(label.format(day + 1), row)
            self.fields[day] = (start_edit, end_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        explained = self.tr("Empty fields use the meeting's start and end time ({0}–{1}).").format(*defaults)
        if new_day is not None:
            explained += "\n" + self.tr(
                "Day {0} lies after the meeting's last date: its items count once the meeting ends on that day "
                "(its end date is set in Overview)."
            ).format(new_day + 1)
        explanation = QLabel(explained)
        explanation.setWordWrap(True)  # the dialog as wide as its fields, not as its longest sentence
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def hours(self) -> dict[int, tuple[str, str]]:
        return {day: (start.text().strip(), end.text().strip()) for day, (start, end) in self.fields.items()}
