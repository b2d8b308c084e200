"""The Visits section: the site visits that prepare the meeting (and those on their own), each with its
details, checklist, conversations and findings; the risk register of every supplier; and the
commitments ledger across meetings."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import meetings
from facilitator.core.changes import Change
from facilitator.core.visits import visits
from facilitator.ui.common.actions import make_action
from facilitator.ui.common.dialogs import until_done
from facilitator.ui.common.forms import scrolling
from facilitator.ui.common.loading import Loading
from facilitator.ui.common.section import Section
from facilitator.ui.common.table_model import ID_ROLE
from facilitator.ui.ops import Ops
from facilitator.ui.ops import visits as visit_ops
from facilitator.ui.visits.checklist import ChecklistView
from facilitator.ui.visits.conversation import ConversationsPanel
from facilitator.ui.visits.details import PlanVisitDialog, VisitDetails
from facilitator.ui.visits.findings import FindingsPanel
from facilitator.ui.visits.ledger import LedgerPanel
from facilitator.ui.visits.models import VisitsModel
from facilitator.ui.visits.outputs import VisitOutputs
from facilitator.ui.visits.widgets import record_table


class VisitsPage(QWidget):
    """The visits list beside the chosen visit's tabs."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id: str | None = None
        self.loading = Loading()
        self.model = VisitsModel()
        self.table = record_table(self.model, self.tr("Visits"))
        self.table.setAlternatingRowColors(False)
        self.table.horizontalHeader().setSectionResizeMode(VisitsModel.VISIT, QHeaderView.ResizeMode.Stretch)
        self.plan_button = QPushButton(self.tr("&Plan visit…"))
        self.plan_button.clicked.connect(self.plan_visit)
        self.delete_button = QPushButton(self.tr("Delete visit"))
        self.delete_button.clicked.connect(self.delete_visit)
        make_action(self, "visits.plan", self.plan_visit)
        self.outputs = VisitOutputs(ops, self.current_id, lambda: self.meeting_id)
        self.details = VisitDetails(ops)
        self.checklist = ChecklistView(ops)
        self.conversations = ConversationsPanel(ops)
        self.findings = FindingsPanel(ops)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("The chosen visit"))
        details = scrolling(self.details)
        details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self.checklist, self.tr("Checklist"))
        self.tabs.addTab(self.conversations, self.tr("Conversations"))
        self.tabs.addTab(self.findings, self.tr("Findings"))
        for panel in (self.checklist, self.conversations):
            panel.finding_made.connect(lambda: self.tabs.setCurrentWidget(self.findings))
        self.tabs.setCurrentIndex(min(max(ops.settings.visit_tab, 0), self.tabs.count() - 1))
        self.tabs.currentChanged.connect(self._page_chosen)
        self.empty = QLabel(self.tr("No visits yet. Plan one with “Plan visit…”."))
        self.empty.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.outputs)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

    def _page_chosen(self, index: int) -> None:
        """Kept for the next start (and a change of language); the checklist chosen, its keys (1 to 4, S)
        answer at once instead of typing into the search."""
        self.ops.settings.visit_tab = index
        if self.tabs.currentWidget() is self.checklist and self.isVisible():
            self.checklist.table.setFocus()

    def _row_chosen(self) -> None:
        if not self.loading:
            self.show_current()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def reload(self, chosen: str | None = None) -> None:
        chosen = chosen or self.current_id()
        self.model.set_rows(visits.rows(self.ops.db, self.meeting_id))
        self.empty.setVisible(self.model.rowCount() == 0)
        number = self.model.row_of(chosen)
        with self.loading:  # the row chosen here is shown once, below
            self.table.setCurrentIndex(
                self.model.index(max(number, 0), 0) if self.model.rowCount() else self.model.index(-1, -1)
            )
        self.table.resizeRowsToContents()
        self.show_current()

    def show_current(self) -> None:
        visit_id = self.current_id()
        visit = visits.get(self.ops.db, visit_id) if visit_id else None
        owner = visit.meeting_id if visit else self.meeting_id
        # Without a visit the forms would show placeholder values (2000-01-01, UTC) that read as real.
        self.tabs.setVisible(visit is not None)
        self.delete_button.setEnabled(visit is not None)
        self.outputs.set_visit_chosen(visit is not None)
        self.details.show_visit(owner, visit)
        for panel in (self.checklist, self.conversations, self.findings):
            panel.show_visit(owner, visit_id)

    def plan_visit(self) -> None:
        start, zone = datetime.now().replace(hour=9, minute=30, second=0, microsecond=0) + timedelta(days=1), "UTC"
        if self.meeting_id is not None:
            meeting = meetings.get(self.ops.db, self.meeting_id)
            zone = meeting.timezone
            before = meetings.to_local(meeting.starts_at, zone) - timedelta(days=1)
            start = before.replace(hour=9, minute=30, tzinfo=None)
        dialog = PlanVisitDialog(self.ops, start, zone, self)

        def plan() -> str | None:
            site, start, end, zone, kind, template = dialog.values()
            return visit_ops.plan_visit(self.ops, self.meeting_id, site, start, end, zone, template, site_kind=kind)

        made = until_done(dialog, plan)
        if made:
            self.reload(made)
            self.tabs.setCurrentIndex(0)

    def delete_visit(self) -> None:
        visit_id = self.current_id()
        if visit_id is None:
            return
        row = self.model.row(self.table.currentIndex().row())
        answer = QMessageBox.question(
            self, self.tr("Delete visit"),
            self.tr(
                "Delete the visit to {0}, with its checklist, conversations and findings? Undo brings it back. "
                "Agenda items already made of its findings stay: Propose agenda items again takes its findings out "
                "of their notes."
            )
            .format(row.site_name),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            visit_ops.delete_visit(self.ops, row.meeting_id, visit_id)


class VisitsSection(Section):
    shows = Change.VISITS | Change.LEDGER | Change.ACTIONS | Change.PEOPLE | Change.MEETINGS | Change.AGENDA

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.visits = VisitsPage(ops)
        self.register = FindingsPanel(ops, register=True)
        self.ledger = LedgerPanel(ops)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.visits, self.tr("Site visits"))
        self.tabs.addTab(self.register, self.tr("Risk register"))
        self.tabs.addTab(self.ledger, self.tr("Commitments ledger"))
        self.tabs.setCurrentIndex(min(max(ops.settings.visits_page, 0), self.tabs.count() - 1))
        self.tabs.currentChanged.connect(self._remember_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _remember_page(self, index: int) -> None:
        self.ops.settings.visits_page = index  # the ledger, say, is where the next start opens

    def load(self) -> None:
        edited = (self.visits.checklist.table, self.visits.findings.table, self.register.table)
        if any(self.load_after_editing(table) for table in edited):  # the keys go on working in the table
            return
        self.visits.meeting_id = self.meeting_id
        self.visits.reload()
        self.register.reload()
        self.ledger.show_meeting(self.meeting_id)
