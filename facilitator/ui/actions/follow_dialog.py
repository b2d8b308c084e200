"""Following an action in the ledger: who records it, and who owns it when no person does.

The ledger follows what someone promised until it is kept, so an entry needs an owner.  An action a
group or nobody owns ("to be decided") is given one here, from the register's organisations, instead
of being refused after the question was answered.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from facilitator.core import actions
from facilitator.core.visits import register_choices
from facilitator.ui.ops import Ops
from facilitator.ui.ops import visits as visit_ops


class FollowDialog(QDialog):
    def __init__(self, ops: Ops, action: actions.ActionRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow in the ledger"))
        what = QLabel(action.description)
        what.setWordWrap(True)
        self.owner: QComboBox | None = None
        if not action.owner_level:  # a group or nobody owns it, not a person
            self.owner = QComboBox()
            self.owner.addItem(self.tr("Choose the organisation that keeps it"), None)
            for org_id, name in register_choices.organisations(ops.db):
                self.owner.addItem(name, org_id)
        self.who = QLineEdit(visit_ops.recorded_by(ops))
        self.who.setPlaceholderText(self.tr("Your name, as the ledger's history shows it"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Action:"), what)
        if self.owner is not None:
            owned = action.owner or self.tr("nobody yet")
            form.addRow(self.tr("&Owner"), self.owner)
            form.addRow("", QLabel(self.tr("In the meeting: {0}. The ledger follows an organisation.").format(owned)))
            self.owner.currentIndexChanged.connect(self._complete)
        form.addRow(self.tr("&Recorded by"), self.who)
        form.addRow(self.buttons)
        for label, widget in ((self.tr("Owner"), self.owner), (self.tr("Recorded by"), self.who)):
            if widget is not None:
                widget.setAccessibleName(label)
        self.who.textChanged.connect(self._complete)
        self._complete()
        self.setMinimumWidth(520)

    def owner_organisation_id(self) -> str | None:
        return self.owner.currentData() if self.owner is not None else None

    def _complete(self) -> None:
        """OK once every answer the ledger needs is given: nothing is refused after it was asked for."""
        ready = bool(self.who.text().strip()) and (self.owner is None or self.owner.currentData() is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
