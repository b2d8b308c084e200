"""The commitments ledger: what roundtables agreed and visits asked for, overdue entries first and in the
warning colour, each with its dated history of who changed its status and why."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import meetings
from facilitator.core.ledger import entries
from facilitator.core.ledger.entries import KINDS, EntryRow
from facilitator.core.ledger.status import STATUSES, allowed, next_states
from facilitator.core.visits import register_choices
from facilitator.core.visits import visits as core_visits
from facilitator.ui.common.date_edits import DateEdit
from facilitator.ui.common.dialogs import until_done
from facilitator.ui.common.forms import choice_combo, show_choice
from facilitator.ui.common.saving import choose_target, file_name, offer_open
from facilitator.ui.ops import Ops
from facilitator.ui.ops import visits as visit_ops
from facilitator.ui.ops.threads import Writing
from facilitator.ui.visits.models import LedgerModel
from facilitator.ui.visits.widgets import record_table


def _date_edit(value: QDate) -> DateEdit:
    edit = DateEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class StatusDialog(QDialog):
    """The next step of an entry: only the steps its state allows, with date, who, why and, where the step
    needs them, the evidence or the later visit or meeting where it was seen."""

    def __init__(self, ops: Ops, row: EntryRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change status"))
        self.status = QComboBox()
        for code in next_states(row.status):
            self.status.addItem(STATUSES.label(code), code)
        self.on = _date_edit(QDate.currentDate())
        self.on.setMaximumDate(QDate.currentDate())  # a step is recorded when it happened, never ahead
        self.who = QLineEdit(visit_ops.recorded_by(ops))
        self.why = QLineEdit()
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)  # Tab goes on to the next field; a tab character is never meant
        self.evidence.setMaximumHeight(70)
        self.seen_at = QComboBox()
        self.seen_at.addItem(self.tr("Choose the visit or meeting"), None)
        for visit in core_visits.rows(ops.db):
            self.seen_at.addItem(self.tr("Visit: {0}, {1:%Y-%m-%d}").format(visit.site_name, visit.local_start),
                                 ("visit", visit.id))  # fmt: skip
        for meeting in meetings.list_meetings(ops.db, include_archived=True):
            self.seen_at.addItem(self.tr("Meeting: {0}").format(meeting.title), ("meeting", meeting.id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        heading = QLabel(self.tr("“{0}” is {1}.").format(row.description, STATUSES.label(row.status).lower()))
        heading.setWordWrap(True)
        form.addRow(heading)
        self.rows = (
            (self.tr("New status"), self.status), (self.tr("On"), self.on), (self.tr("Who"), self.who),
            (self.tr("Why"), self.why), (self.tr("Evidence"), self.evidence), (self.tr("Seen at"), self.seen_at),
        )  # fmt: skip
        for label, widget in self.rows:
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(buttons)
        self.form = form
        self.status.currentIndexChanged.connect(lambda _i: self._fit())
        self._fit()
        self.setMinimumWidth(520)

    def _fit(self) -> None:
        status = self.status.currentData()
        self.form.setRowVisible(self.evidence, status == "done")
        self.form.setRowVisible(self.seen_at, status == "verified")

    def details(self) -> dict:
        details = {"changed_on": self.on.date().toPython(), "evidence": self.evidence.toPlainText()}
        seen = self.seen_at.currentData()
        if self.status.currentData() == "verified" and seen:
            details["verified_visit_id" if seen[0] == "visit" else "verified_meeting_id"] = seen[1]
        return details


class EntryDialog(QDialog):
    """A commitment typed in: what, who owns it, by when."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New commitment"))
        self.description = QLineEdit()
        self.kind = choice_combo(KINDS)
        self.kind.setCurrentIndex(self.kind.findData("commitment"))
        self.owner = QComboBox()
        for org_id, name in register_choices.organisations(ops.db):
            self.owner.addItem(name, org_id)
        self.due = _date_edit(QDate.currentDate().addMonths(3))
        self.who = QLineEdit(visit_ops.recorded_by(ops))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, widget in ((self.tr("&What"), self.description), (self.tr("&Kind"), self.kind),
                              (self.tr("&Owner"), self.owner), (self.tr("&Due"), self.due),
                              (self.tr("&Recorded by"), self.who)):  # fmt: skip
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)  # the label is the field's buddy: Alt and its letter go there
        form.addRow(buttons)
        self.setMinimumWidth(520)


class LedgerPanel(QWidget):
    """Every ledger entry, filtered by organisation and status, with the chosen one's history."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id: str | None = None
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Every status"), None)
        for code in STATUSES:
            self.status.addItem(STATUSES.label(code), code)
        for combo in (self.organisation, self.status):
            combo.activated.connect(lambda _i: self.reload())
        self.summary = QLabel()
        self.model = LedgerModel()
        self.table = record_table(self.model, self.tr("Commitments ledger"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LedgerModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((LedgerModel.OWNER, 190), (LedgerModel.MEETING, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.change_status())
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("History of the chosen entry"))
        self.history.setWordWrap(True)
        self.status_button = QPushButton(self.tr("Change &status…"))
        self.status_button.clicked.connect(self.change_status)
        self.new_button = QPushButton(self.tr("&New commitment…"))
        self.new_button.clicked.connect(self.new_entry)
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setToolTip(self.tr("The entries shown, with their history, as a spreadsheet"))
        self.export_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(self.tr("&Print PDF…"))
        self.pdf_button.setToolTip(
            self.tr("The ledger of the organisation chosen above (or of all), to print or share")
        )
        self.pdf_button.clicked.connect(self.export_pdf)
        self.writing: Writing | None = None
        self.notice: QWidget | None = None
        self.follow_up_button = QPushButton(self.tr("Add “Follow-up on commitments” to this meeting"))
        self.follow_up_button.setToolTip(
            self.tr("An agenda item listing the open entries that concern this meeting's organisations")
        )
        self.follow_up_button.clicked.connect(self.add_follow_up)
        top = QHBoxLayout()
        for text, field in ((self.tr("&Organisation:"), self.organisation), (self.tr("Sho&w:"), self.status)):
            label = QLabel(text)
            label.setBuddy(field)  # Alt and the letter reach the filter from the keyboard
            top.addWidget(label)
            top.addWidget(field)
        top.addWidget(self.summary, 1)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("History")))
        history_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(history)
        splitter.setSizes([360, 140])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.follow_up_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_history())

    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        chosen_id = self.current().id if self.current() else None
        organisation = self.organisation.currentData()
        self.organisation.clear()
        self.organisation.addItem(self.tr("Every organisation"), None)
        for org_id, name in entries.organisations(self.ops.db):
            self.organisation.addItem(name, org_id)
        show_choice(self.organisation, organisation)
        rows = entries.rows(self.ops.db, self.organisation.currentData(), self.status.currentData())
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        overdue = sum(row.overdue for row in rows)
        kept = sum(row.kept for row in rows)
        self.summary.setText(
            self.tr("{count} entries: {kept} kept, {overdue} overdue").format(
                count=len(rows), kept=kept, overdue=overdue
            )
        )
        number = self.model.row_of(chosen_id)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(max(number, 0), 0))
        self._show_history()

    def current(self) -> EntryRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_history(self) -> None:
        self.history.clear()
        row = self.current()
        self.status_button.setEnabled(row is not None and bool(row and next_states(row.status)))
        if row is None:
            return
        for before, change in zip([None, *row.history], row.history, strict=False):
            line = self.tr("{on}: {status} — {who}: {why}").format(
                on=change.changed_on.isoformat(), status=STATUSES.label(change.status), who=change.changed_by,
                why=change.reason,
            )  # fmt: skip
            if change.evidence:
                line += "\n" + self.tr("Evidence: {0}").format(change.evidence)
            if before is not None and not allowed(before.status, change.status):
                # Two laptops each moved the entry on from the same step, unaware of each other.
                line += "\n" + self.tr(
                    "⚠ Does not follow from the step before: both were recorded on different laptops at once. "
                    "The later stands; record what is right from here (reopen the entry if need be)."
                )
            self.history.addItem(line)

    def change_status(self) -> None:
        row = self.current()
        if row is None or not next_states(row.status):
            return
        dialog = StatusDialog(self.ops, row, self)

        def change() -> bool:
            visit_ops.remember_recorder(self.ops, dialog.who.text())
            return visit_ops.change_ledger_status(
                self.ops, row.id, dialog.status.currentData(), dialog.who.text(), dialog.why.text(), **dialog.details()
            )

        until_done(dialog, change)

    def new_entry(self) -> None:
        dialog = EntryDialog(self.ops, self)

        def add() -> str | None:
            visit_ops.remember_recorder(self.ops, dialog.who.text())
            return visit_ops.add_ledger_entry(
                self.ops, self.meeting_id, dialog.description.text(), dialog.who.text(),
                kind=dialog.kind.currentData(), owner_organisation_id=dialog.owner.currentData(),
                due=dialog.due.date().toPython(),
            )  # fmt: skip

        until_done(dialog, add)

    def _file_name(self, suffix: str) -> str:
        organisation = self.organisation.currentText() if self.organisation.currentData() else ""
        return file_name(self.tr("commitments-ledger"), organisation) + suffix

    def export_csv(self) -> None:
        target = choose_target(
            self, self.ops.db, self.tr("Export the ledger"), self._file_name(".csv"), self.tr("CSV (*.csv)")
        )
        if target is not None and visit_ops.export_ledger_csv(self.ops, self.model.rows(), target):
            self.notice = offer_open(self.window(), target, self.tr("Saved the ledger to {0}.").format(target))

    def export_pdf(self) -> None:
        target = choose_target(
            self, self.ops.db, self.tr("Print the ledger"), self._file_name(".pdf"), self.tr("PDF (*.pdf)")
        )
        if target is None:
            return
        saved = self.tr("Saved the ledger to {0}.").format(target)
        self.writing = visit_ops.export_ledger_pdf(
            self.ops, self.organisation.currentData(), self.status.currentData(), target,
            lambda path: setattr(self, "notice", offer_open(self.window(), path, saved)),
        )  # fmt: skip

    def add_follow_up(self) -> None:
        if self.meeting_id is not None and visit_ops.add_follow_up_item(self.ops, self.meeting_id):
            self.summary.setText(self.tr("A “Follow-up on commitments” item was added at the end of the agenda."))
