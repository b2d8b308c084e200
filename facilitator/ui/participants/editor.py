"""The selected person's place in a meeting, edited field by field, and the consent dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QWidget,
)

from facilitator.core.participants.participation import ParticipantRow
from facilitator.core.participants.vocabulary import CAUCUSES, CONSENT_KINDS, NEED_STATES, NEEDS, ROLES, STATUSES
from facilitator.ui.common.date_edits import DateEdit
from facilitator.ui.common.forms import (
    DATE_FORMAT,
    choice_combo,
    clear_fields,
    group_combo,
    language_combo,
    narrow,
    set_combo,
    show_choice,
)
from facilitator.ui.common.loading import Loading


class ConsentDialog(QDialog):
    """One dated yes or no to recording, photos, naming or quotes."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent of {0}").format(name))
        form = QFormLayout(self)
        self.kind = choice_combo(CONSENT_KINDS)
        self.granted = QCheckBox(self.tr("Agrees"))
        self.granted.setChecked(True)
        self.given_on = DateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat(DATE_FORMAT)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("How it was given, e.g. signed form, said aloud to the interpreter"))
        form.addRow(self.tr("Consent to"), self.kind)
        form.addRow("", self.granted)
        form.addRow(self.tr("Given on"), self.given_on)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "granted": self.granted.isChecked(),
            "given_on": self.given_on.date().toPython(),
            "note": self.note.text().strip(),
        }


class ParticipationEditor(QGroupBox):
    """The selected person's place in the meeting; each field saves as one undoable edit."""

    def __init__(self, save: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.loading = Loading()
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status = choice_combo(STATUSES)
        self.role = choice_combo(ROLES)
        self.caucus = choice_combo(CAUCUSES)
        self.caucus.setEditable(True)
        self.interpretation = narrow(language_combo(self.tr("None")), 22)  # as wide as its longest language made it
        self.proxy = QCheckBox(self.tr("Proxy for an absent group"))
        self.proxy.setToolTip(self.tr("Speaks for a group that is not there in person, e.g. an NGO for children"))
        self.speaks_for = group_combo(self.tr("Only for their own group"))
        self.needs = {need: choice_combo(NEED_STATES) for need in NEEDS}
        self.accessibility = QLineEdit()
        self.accessibility.setPlaceholderText(self.tr("e.g. step-free access, sign language, seated near the door"))
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Ro&le"), self.role)
        form.addRow(self.tr("Sess&ion"), self.caucus)
        form.addRow(self.tr("Interpretation into"), self.interpretation)
        form.addRow("", self.proxy)
        form.addRow(self.tr("Speaks for"), self.speaks_for)
        for need, combo in self.needs.items():
            form.addRow(NEEDS.label(need), combo)
        form.addRow(self.tr("Accessibility"), self.accessibility)
        combos = {"status": self.status, "role": self.role, "interpretation_language": self.interpretation,
                  "speaks_for": self.speaks_for, **self.needs}  # fmt: skip
        for name, combo in combos.items():
            combo.activated.connect(lambda _i, n=name, c=combo: self._changed(**{n: c.currentData()}))
        self.caucus.activated.connect(lambda _i: self._changed(caucus=self._caucus_value()))
        self.caucus.lineEdit().editingFinished.connect(lambda: self._changed(caucus=self._caucus_value()))
        self.proxy.toggled.connect(lambda on: self._changed(is_proxy=on))
        self.accessibility.editingFinished.connect(lambda: self._changed(accessibility=self.accessibility.text()))
        self.row: ParticipantRow | None = None
        self.setEnabled(False)

    def _caucus_value(self) -> str:
        text = self.caucus.currentText().strip()
        index = self.caucus.findText(text)
        return self.caucus.itemData(index) if index >= 0 and self.caucus.itemData(index) else text

    def _changed(self, **changes: Any) -> None:
        if self.loading or self.row is None:
            return
        current = {name: getattr(self.row, name) for name in changes}
        if current != changes:
            self._save(**changes)

    def show_row(self, row: ParticipantRow | None) -> None:
        with self.loading:
            self._show(row)

    def _show(self, row: ParticipantRow | None) -> None:
        self.row = row
        self.setEnabled(row is not None)
        self.setTitle(row.name if row else self.tr("Choose a person in the list"))
        if row is None:
            clear_fields(self)
        else:
            set_combo(self.status, row.status)
            set_combo(self.role, row.participation_role)
            index = self.caucus.findData(row.caucus)
            if index >= 0:
                self.caucus.setCurrentIndex(index)
            else:
                self.caucus.setEditText(row.caucus)
            show_choice(self.interpretation, row.interpretation_language)
            self.proxy.setChecked(row.is_proxy)
            set_combo(self.speaks_for, row.speaks_for)
            for need, combo in self.needs.items():
                set_combo(combo, getattr(row, need))
            self.accessibility.setText(row.accessibility)
