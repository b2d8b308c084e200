"""Findings: a visit's own, edited in place, and the risk register of every supplier across visits.

From a finding, remediation can be asked for in the ledger; a meeting's findings are proposed as its
agenda items.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import meetings
from facilitator.core.visits import findings, register_choices, report
from facilitator.ui.common.choice_delegate import ChoiceDelegate
from facilitator.ui.common.date_edits import DateEdit
from facilitator.ui.common.dialogs import until_done
from facilitator.ui.common.forms import show_choice
from facilitator.ui.ops import Ops
from facilitator.ui.ops import visits as visit_ops
from facilitator.ui.visits.models import WARNING, FindingsModel
from facilitator.ui.visits.widgets import record_table


class RemediationDialog(QDialog):
    """Remediation asked for after a finding: what, by whom (the supplier unless changed), by when."""

    def __init__(
        self, ops: Ops, title: str, supplier_id: str | None, who: str, kept: bool = False, parent: QWidget | None = None
    ) -> None:
        """``kept``: the finding is left out of the supplier's report, so its words are not offered here."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ask for remediation"))
        self.description = QLineEdit("" if kept else self.tr("Remedy: {0}").format(title))
        self.description.setPlaceholderText(self.tr("What the supplier is to remedy"))
        self.owner = QComboBox()
        for org_id, name in register_choices.organisations(ops.db):
            self.owner.addItem(name, org_id)
        show_choice(self.owner, supplier_id)
        self.due = DateEdit(QDate.currentDate().addMonths(3))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.who = QLineEdit(who)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if kept:
            caution = QLabel(
                self.tr(
                    "The supplier's report leaves this finding out: it was heard where workers could be put at "
                    "risk. The ledger is shared with the supplier, so say what is to be remedied without repeating "
                    "what was heard or who said it."
                )
            )
            caution.setWordWrap(True)
            caution.setStyleSheet(f"color: {WARNING.name()}; font-weight: bold")
            form.addRow(caution)
        for label, widget in ((self.tr("What"), self.description), (self.tr("Owner"), self.owner),
                              (self.tr("Due"), self.due), (self.tr("Recorded by"), self.who)):  # fmt: skip
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(buttons)
        self.setMinimumWidth(520)


class FindingsPanel(QWidget):
    """The findings of one visit, or (``register=True``) the risk register of every supplier."""

    def __init__(self, ops: Ops, register: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.register = ops, register
        self.meeting_id: str | None = None
        self.visit_id: str | None = None
        self.model = FindingsModel(self._edit)
        name = self.tr("Risk register") if register else self.tr("Findings of the visit")
        self.table = record_table(self.model, name, editable=True)
        self.table.setItemDelegate(
            ChoiceDelegate(
                {column: vocabulary for column, (_, vocabulary) in FindingsModel.CHOICES.items()}, self.table
            )
        )
        self.table.horizontalHeader().setSectionResizeMode(FindingsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.supplier = QComboBox(self)
        self.supplier.setVisible(register)
        self.supplier.setAccessibleName(self.tr("Supplier"))
        self.supplier.activated.connect(lambda _i: self.reload())
        self.summary = QLabel()
        self.remedy_button = QPushButton(self.tr("Ask for re&mediation…"))
        self.remedy_button.setToolTip(self.tr("A ledger entry asking the supplier to remedy the chosen finding"))
        self.remedy_button.clicked.connect(self.ask_remediation)
        self.delete_button = QPushButton(self.tr("Delete finding"))
        self.delete_button.clicked.connect(self.delete_finding)
        self.propose_button = QPushButton(self.tr("Propose agenda &items…"))
        self.propose_button.setToolTip(
            self.tr("Group the findings of a meeting's visits by risk into its debrief and discussion items")
        )
        self.propose_button.clicked.connect(self.propose)
        top = QHBoxLayout()
        if register:
            top.addWidget(QLabel(self.tr("Supplier:")))
            top.addWidget(self.supplier)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remedy_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.propose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.propose_button.setVisible(not register)  # once in the layout: a parentless shown widget is a window
        self.delete_button.setVisible(not register)
        if register:
            header = self.table.horizontalHeader()
            header.moveSection(FindingsModel.SUPPLIER, 0)
            for column in (FindingsModel.SUPPLIER, FindingsModel.SITE):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(column, 160)
        else:
            for column in (FindingsModel.SUPPLIER, FindingsModel.SITE, FindingsModel.VISITED):
                self.table.setColumnHidden(column, True)

    def show_visit(self, meeting_id: str | None, visit_id: str | None) -> None:
        self.meeting_id, self.visit_id = meeting_id, visit_id
        self.reload()

    def reload(self) -> None:
        if self.register:
            chosen = self.supplier.currentData()
            self.supplier.clear()
            self.supplier.addItem(self.tr("All suppliers"), None)
            for org_id, name in findings.suppliers(self.ops.db):
                self.supplier.addItem(name, org_id)
            show_choice(self.supplier, chosen)
            rows = findings.register(self.ops.db, supplier_id=self.supplier.currentData())
        else:
            rows = findings.register(self.ops.db, visit_id=self.visit_id) if self.visit_id else []
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        serious = sum(row.severity in ("high", "critical") for row in rows)
        self.summary.setText(
            self.tr("{findings}, {serious} high or critical").format(
                findings=self.tr("%n findings", None, len(rows)), serious=serious
            )
        )

    def current(self) -> findings.FindingRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _edit(self, finding_id: str, changes: dict[str, Any]) -> bool:
        row = next((r for r in self.model.rows() if r.id == finding_id), None)
        return visit_ops.update_finding(self.ops, row.meeting_id if row else self.meeting_id, finding_id, changes)

    def delete_finding(self) -> None:
        row = self.current()
        if row is not None:
            visit_ops.delete_finding(self.ops, row.meeting_id, row.id)

    def ask_remediation(self) -> None:
        row = self.current()
        if row is None:
            self.ops.show_error(self.tr("Choose the finding that needs remediation."))
            return
        kept = bool(report.kept_from_supplier(self.ops.db, row.visit_id, {row.id}))
        dialog = RemediationDialog(
            self.ops, row.title, row.supplier_id, visit_ops.recorded_by(self.ops), kept=kept, parent=self
        )

        def remediate() -> str | None:
            visit_ops.remember_recorder(self.ops, dialog.who.text())
            return visit_ops.remediation_from_finding(
                self.ops, row.meeting_id, row.id, dialog.description.text(), dialog.owner.currentData(),
                dialog.who.text(), dialog.due.date().toPython(),
            )  # fmt: skip

        until_done(dialog, remediate)

    def propose(self) -> None:
        """Into a chosen meeting: this visit's, unless the user picks another that its visits prepare."""
        choices = meetings.list_meetings(self.ops.db, include_archived=False)
        if not choices:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Propose agenda items"))
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Meeting"))
        for summary in choices:
            combo.addItem(summary.title, summary.id)
        show_choice(combo, self.meeting_id)
        text = QLabel(
            self.tr(
                "The findings of the meeting's visits are grouped by risk into its site-visit debrief, and each "
                "risk with a high or critical finding gets a discussion item. The summaries in the facilitator's "
                "notes name sites, never people. One undo takes it all back."
            )
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(combo)
        layout.addWidget(buttons)
        dialog.setMinimumWidth(480)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        proposal = visit_ops.propose_agenda_items(self.ops, combo.currentData())
        if proposal is not None:
            QMessageBox.information(
                self, self.tr("Propose agenda items"),
                self.tr("{groups} risks proposed: {made} new agenda items, {edited} items given the findings.").format(
                    groups=proposal.groups, made=len(proposal.created),
                    edited=len(set(proposal.edited) - set(proposal.created)),
                ),
            )  # fmt: skip
