"""Adding someone who is not in the register yet, straight onto a meeting's list.

This is the quick way to fill a gap the Inclusion panel points out: a missing group is preselected,
so a facilitator types a name and a language and the check can count the person at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from facilitator.core import disclosure
from facilitator.core.participants.vocabulary import GENDERS, STATUSES
from facilitator.ui.common.forms import choice_combo, group_combo, set_combo


class NewParticipantDialog(QDialog):
    def __init__(self, group: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add someone new to this meeting"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.group = group_combo(self.tr("(choose a group)"))
        set_combo(self.group, group)
        self.gender = choice_combo(GENDERS)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("Language codes, e.g. hi, raj"))
        self.anonymity = QComboBox()
        for level in disclosure.LEVELS:
            self.anonymity.addItem(disclosure.level_label(level), level)
        self.group.currentIndexChanged.connect(lambda _i: self._default_privacy())
        self.status = choice_combo(STATUSES)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Stakeholder &group"), self.group)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Speaks"), self.languages)
        form.addRow(self.tr("Shown in outputs as"), self.anonymity)
        form.addRow(self.tr("&Status"), self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._default_privacy()

    def _default_privacy(self) -> None:
        set_combo(self.anonymity, disclosure.default_level(self.group.currentData() or ""))

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "organisation": self.organisation.text(),
            "stakeholder_group": self.group.currentData() or "",
            "gender": self.gender.currentData() or "",
            "languages_spoken": [code.strip() for code in self.languages.text().split(",") if code.strip()],
            "anonymity": self.anonymity.currentData(),
            "status": self.status.currentData(),
        }
