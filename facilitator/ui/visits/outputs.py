"""What a visit gives to take along or to share: the one-page plan, the report for the delegation or for
the supplier, and the visits in a calendar.  Each is saved where the user chooses, written off the
window's thread, and offered to be opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import disclosure
from facilitator.core.visits import visits
from facilitator.core.visits.report import ReportAudience
from facilitator.ui.common.saving import choose_target, file_name, offer_open
from facilitator.ui.ops import Ops
from facilitator.ui.ops import visits as visit_ops
from facilitator.ui.ops.threads import Writing


class AudienceDialog(QDialog):
    """Who the report is for; the supplier's version says what it leaves out."""

    def __init__(self, site: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visit report"))
        self.internal = QRadioButton(self.tr("For the delegation (internal)"))
        self.internal.setChecked(True)
        internal_hint = QLabel(
            self.tr("Everything recorded at {0}, with what was heard as the consent given allows. Keep it within "
                    "the delegation.").format(site)
        )  # fmt: skip
        self.supplier = QRadioButton(self.tr("For the supplier"))
        supplier_hint = QLabel(
            self.tr("Findings and commitments, and what was heard counted per risk, without words, languages, "
                    "places or small groups, and only photos with nobody in them: no worker can be identified. "
                    "Of the checklist's notes, only those ticked for the supplier.")
        )  # fmt: skip
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.internal, internal_hint, self.supplier, supplier_hint):
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
                widget.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def audience(self) -> ReportAudience:
        return ReportAudience.SUPPLIER if self.supplier.isChecked() else ReportAudience.INTERNAL


class VisitOutputs(QPushButton):
    """The Print button of the visit list, with its menu."""

    def __init__(
        self, ops: Ops, visit_id: Callable[[], str | None], meeting_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("P&rint"), parent)
        self.ops, self.visit_id, self.meeting_id = ops, visit_id, meeting_id
        self.writing: Writing | None = None
        self.notice: QWidget | None = None
        menu = QMenu(self)
        self.plan_action = menu.addAction(self.tr("Visit &plan (PDF)…"), lambda: self.print_plan())
        self.report_action = menu.addAction(self.tr("Visit &report (PDF)…"), lambda: self.print_report())
        menu.addSeparator()
        self.calendar_action = menu.addAction(self.tr("Visits to the &calendar (.ics)…"), lambda: self.save_calendar())
        self.calendar_action.setToolTip(self.tr("Every visit of this meeting, for the delegation's calendars"))
        self.setMenu(menu)

    def set_visit_chosen(self, chosen: bool) -> None:
        self.plan_action.setEnabled(chosen)
        self.report_action.setEnabled(chosen)

    def _site(self, visit_id: str) -> str:
        """The site as a file's name may carry it: the file leaves the laptop with its name."""
        visit = visits.get(self.ops.db, visit_id)
        return disclosure.shared_text(self.ops.db, visit.meeting_id)(visit.site_name)

    def _offer(self, message: str) -> Callable[[Path], None]:
        """What a finished writing does: say where it went, with a button that opens it."""

        def offer(path: Path) -> None:
            self.notice = offer_open(self.window(), path, message.format(path))

        return offer

    def print_plan(self) -> None:
        visit_id = self.visit_id()
        if visit_id is None:
            return
        name = file_name(self._site(visit_id), self.tr("visit-plan")) + ".pdf"
        target = choose_target(self, self.ops.db, self.tr("Save the visit plan"), name, self.tr("PDF (*.pdf)"))
        if target is not None:
            self.writing = visit_ops.export_visit_plan(
                self.ops, visit_id, target, self._offer(self.tr("Saved the visit plan to {0}."))
            )

    def print_report(self) -> None:
        visit_id = self.visit_id()
        if visit_id is None:
            return
        site = self._site(visit_id)
        dialog = AudienceDialog(site, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        audience = dialog.audience()
        kind = self.tr("report-supplier") if audience is ReportAudience.SUPPLIER else self.tr("report-internal")
        target = choose_target(
            self, self.ops.db, self.tr("Save the visit report"), file_name(site, kind) + ".pdf", self.tr("PDF (*.pdf)")
        )
        if target is None:
            return
        saved = (
            self.tr("Saved the supplier's visit report to {0}.")
            if audience is ReportAudience.SUPPLIER
            else self.tr("Saved the delegation's visit report to {0}. It is for the delegation only.")
        )
        self.writing = visit_ops.export_visit_report(self.ops, visit_id, target, audience, self._offer(saved))

    def save_calendar(self) -> None:
        target = choose_target(
            self, self.ops.db, self.tr("Save the visits calendar"), self.tr("site-visits") + ".ics",
            self.tr("Calendar (*.ics)"),
        )  # fmt: skip
        if target is not None:
            self.writing = visit_ops.export_visits_calendar(
                self.ops, self.meeting_id(), target, self._offer(self.tr("Saved the visits calendar to {0}."))
            )
