"""A visit's details: the site, the supplier from the register, times in the site's zone, how it was
announced and who went.  A new visit is planned in a short dialog; every field then saves when left."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from facilitator.core import meetings
from facilitator.core.errors import UserError
from facilitator.core.models import Visit
from facilitator.core.participants.people import list_interpreters, list_register
from facilitator.core.visits import checklists, register_choices, visits
from facilitator.core.visits.vocabulary import ANNOUNCEMENT, SITE_KINDS
from facilitator.ui.common.date_edits import DateTimeEdit
from facilitator.ui.common.forms import CommitTextEdit, choice_combo, clear_fields, narrow, set_combo, show_choice
from facilitator.ui.common.loading import Loading
from facilitator.ui.common.style import WARNING
from facilitator.ui.common.table_model import ID_ROLE
from facilitator.ui.common.zone_combo import show_zone, zone_combo
from facilitator.ui.ops import Ops
from facilitator.ui.ops import visits as visit_ops


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def _start_and_end(start: datetime | None = None) -> tuple[DateTimeEdit, DateTimeEdit]:
    """A visit's start and end, each with its date (a visit may last days, or run past midnight); the end
    moves with the start, as in a calendar, so a visit moved keeps its length."""
    begins = DateTimeEdit(_qt(start)) if start is not None else DateTimeEdit()
    ends = DateTimeEdit(_qt(start + timedelta(hours=3))) if start is not None else DateTimeEdit()
    for edit in (begins, ends):
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    last = begins.dateTime().toPython()

    def follow(moved: QDateTime) -> None:
        # Wall-clock times of the site: the laptop's own change of clocks does not stretch the visit.
        nonlocal last
        ends.setDateTime(_qt(ends.dateTime().toPython() + (moved.toPython() - last)))
        last = moved.toPython()

    begins.dateTimeChanged.connect(follow)
    return begins, ends


class PlanVisitDialog(QDialog):
    """The few facts a new visit needs; the rest is filled in its details."""

    def __init__(self, ops: Ops, start: datetime, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Plan a visit"))
        self.site = QLineEdit()
        self.site.setPlaceholderText(self.tr("e.g. Dabi sandstone quarry"))
        self.kind = choice_combo(SITE_KINDS)
        self.start, self.end = _start_and_end(start)
        self.zone = narrow(zone_combo(timezone))
        self.template = QComboBox()
        self.copy_button = QPushButton(self.tr("&Copy as my own…"))
        self.copy_button.setToolTip(
            self.tr("A copy of the chosen checklist in the data folder's checklists folder, to edit and use")
        )
        self.copy_button.clicked.connect(self.copy_template)
        self._fill_templates(visits.DEFAULT_TEMPLATE)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.copy_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        rows = ((self.tr("&Site:"), self.site), (self.tr("&Kind:"), self.kind), (self.tr("S&tarts:"), self.start),
                (self.tr("&Ends:"), self.end), (self.tr("Time &zone of the site:"), self.zone))  # fmt: skip
        for label, widget in rows:
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.template.setAccessibleName(self.tr("Checklist"))
        form.addRow(self.tr("Checklist:"), template_row)
        form.addRow(buttons)
        self.setMinimumWidth(520)

    def _fill_templates(self, chosen: str) -> None:
        self.template.clear()
        try:
            found = checklists.templates(self.ops.db.directory)
        except UserError as error:
            self.ops.show_error(str(error))
            found = []
        for template in found:
            self.template.addItem(template.title, template.id)
        set_combo(self.template, chosen)

    def copy_template(self) -> None:
        source = self.template.currentData()
        if not source:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Copy checklist"), self.tr("Title of your copy:"),
            text=self.tr("{0} (my copy)").format(self.template.currentText()),
        )  # fmt: skip
        if ok:
            made = visit_ops.copy_template(self.ops, source, title)
            if made is not None:
                self._fill_templates(made.id)

    def values(self) -> tuple[str, datetime, datetime, str, str, str]:
        """Site, local start and end, zone, kind and checklist template, as typed; the core checks them."""
        start, end = self.start.dateTime().toPython(), self.end.dateTime().toPython()
        zone = self.zone.currentText().strip()
        return self.site.text(), start, end, zone, self.kind.currentData(), self.template.currentData() or ""


class VisitDetails(QWidget):
    """The editable facts of one visit; each field is saved as one undoable edit when it is left."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.loading = Loading()
        self.meeting_id: str | None = None
        self.visit: Visit | None = None
        self.site = QLineEdit()
        self.kind = choice_combo(SITE_KINDS)
        self.supplier = narrow(QComboBox())
        self.village, self.district = QLineEdit(), QLineEdit()
        self.latitude, self.longitude = QLineEdit(), QLineEdit()
        for edit in (self.latitude, self.longitude):
            edit.setPlaceholderText(self.tr("optional, in degrees"))
        self.start, self.end = _start_and_end()
        self.zone = narrow(zone_combo("UTC"))
        self.announcement = choice_combo(ANNOUNCEMENT)
        self.meeting = narrow(QComboBox())
        self.delegation = QListWidget()
        self.delegation.setMaximumHeight(110)
        self.interpreter = narrow(QComboBox())
        self.management = QLineEdit()
        self.management.setPlaceholderText(self.tr("Who from management accompanied, by role"))
        self.notes = CommitTextEdit(lambda: self._save({"notes": self.notes.toPlainText()}))
        self.notes.setMaximumHeight(80)
        place = QHBoxLayout()
        place.addWidget(self.village)
        place.addWidget(self.district)
        self.village.setPlaceholderText(self.tr("Village"))
        self.district.setPlaceholderText(self.tr("District"))
        coordinates = QHBoxLayout()
        coordinates.addWidget(self.latitude)
        coordinates.addWidget(self.longitude)
        times = QHBoxLayout()
        times.addWidget(self.start, 1)
        times.addWidget(self.end)
        times.addWidget(self.zone, 1)
        form = QFormLayout(self)
        names = (
            (self.tr("Site"), self.site, None), (self.tr("Kind"), self.kind, None),
            (self.tr("Supplier"), self.supplier, None), (self.tr("Village, district"), None, place),
            (self.tr("Latitude, longitude"), None, coordinates),
            (self.tr("Starts, ends, site's zone"), None, times),
            (self.tr("Announcement"), self.announcement, None), (self.tr("Prepares"), self.meeting, None),
            (self.tr("Delegation"), self.delegation, None), (self.tr("Interpreter"), self.interpreter, None),
            (self.tr("Management accompanying"), self.management, None), (self.tr("Notes"), self.notes, None),
        )  # fmt: skip
        for label, widget, layout in names:
            form.addRow(label, widget if widget is not None else layout)
            if widget is not None:
                widget.setAccessibleName(label)
        self.timing = QLabel()  # the dates against the meeting the visit prepares
        self.timing.setWordWrap(True)
        self.timing.setStyleSheet(f"color: {WARNING.name()}")
        self.timing.hide()
        form.insertRow(next(n for n, (_label, _w, layout) in enumerate(names) if layout is times) + 1, self.timing)
        accessible = {
            self.village: self.tr("Village"), self.district: self.tr("District"), self.latitude: self.tr("Latitude"),
            self.longitude: self.tr("Longitude"), self.start: self.tr("Starts"), self.end: self.tr("Ends"),
            self.zone: self.tr("Site's zone"),
        }  # fmt: skip
        for widget, label in accessible.items():
            widget.setAccessibleName(label)
        texts = {"site_name": self.site, "village": self.village, "district": self.district,
                 "management_present": self.management}  # fmt: skip
        for field, edit in texts.items():
            edit.editingFinished.connect(lambda f=field, e=edit: self._save_text(f, e.text()))
        self.latitude.editingFinished.connect(self._save_coordinates)
        self.longitude.editingFinished.connect(self._save_coordinates)
        combos = {"site_kind": self.kind, "supplier_organisation_id": self.supplier, "announcement": self.announcement,
                  "interpreter_person_id": self.interpreter, "meeting_id": self.meeting}  # fmt: skip
        for field, combo in combos.items():
            combo.activated.connect(lambda _i, f=field, c=combo: self._save({f: c.currentData()}))
        self.start.editingFinished.connect(self._save_times)
        self.end.editingFinished.connect(self._save_times)
        self.zone.lineEdit().editingFinished.connect(self._save_times)
        self.delegation.itemChanged.connect(lambda _item: self._save_delegation())

    def _fill_choices(self, interpreter: str | None) -> None:
        """The lists a visit's details choose from; ``interpreter`` (the visit's) stays offered."""
        self.supplier.clear()
        self.supplier.addItem(self.tr("No supplier"), None)
        for org_id, name in register_choices.organisations(self.ops.db):
            self.supplier.addItem(name, org_id)
        self.meeting.clear()
        self.meeting.addItem(self.tr("No meeting (a visit on its own)"), None)
        for summary in meetings.list_meetings(self.ops.db, include_archived=True):
            self.meeting.addItem(summary.title, summary.id)
        self.interpreter.clear()
        self.interpreter.addItem(self.tr("No interpreter"), None)
        for row in list_interpreters(self.ops.db, keep=[interpreter]):
            self.interpreter.addItem(row.name, row.id)
        self.delegation.clear()
        for row in list_register(self.ops.db):
            entry = QListWidgetItem(f"{row.name} — {row.organisation}" if row.organisation else row.name)
            entry.setData(ID_ROLE, row.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.delegation.addItem(entry)

    def show_visit(self, meeting_id: str | None, visit: Visit | None) -> None:
        self.meeting_id, self.visit = meeting_id, visit
        self.setEnabled(visit is not None)
        if visit is None:
            with self.loading:
                clear_fields(self)
            return
        with self.loading:
            self._fill_choices(visit.interpreter_person_id)
            self.site.setText(visit.site_name)
            set_combo(self.kind, visit.site_kind)
            show_choice(self.supplier, visit.supplier_organisation_id)
            self.village.setText(visit.village)
            self.district.setText(visit.district)
            self.latitude.setText("" if visit.latitude is None else f"{visit.latitude:g}")
            self.longitude.setText("" if visit.longitude is None else f"{visit.longitude:g}")
            start = meetings.to_local(visit.starts_at, visit.timezone)
            end = meetings.to_local(visit.ends_at, visit.timezone)
            self.start.setDateTime(_qt(start))
            self.end.setDateTime(_qt(end))  # after the start, which moves it
            show_zone(self.zone, visit.timezone)
            set_combo(self.announcement, visit.announcement)
            show_choice(self.meeting, visit.meeting_id)
            show_choice(self.interpreter, visit.interpreter_person_id)
            self.management.setText(visit.management_present)
            self.notes.setPlainText(visit.notes)
            chosen = set(visit.delegation_person_ids)
            for number in range(self.delegation.count()):
                entry = self.delegation.item(number)
                checked = entry.data(ID_ROLE) in chosen
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        notice = visits.timing_notice(self.ops.db, visit.id)
        self.timing.setText(notice)
        self.timing.setVisible(bool(notice))

    def _save(self, changes: dict[str, Any]) -> None:
        if self.loading or self.visit is None:
            return
        if any(getattr(self.visit, name) == value for name, value in changes.items()) and len(changes) == 1:
            return
        if not visit_ops.update_visit(self.ops, self.meeting_id, self.visit.id, changes):
            self._show_saved()

    def _show_saved(self) -> None:
        """The visit as it is saved: what was refused does not stay on screen as if it were kept."""
        if self.visit is not None:
            self.show_visit(self.meeting_id, visits.get(self.ops.db, self.visit.id))

    def _save_text(self, field: str, text: str) -> None:
        self._save({field: text.strip()})

    def _save_coordinates(self) -> None:
        try:
            values = [float(edit.text().replace(",", ".")) if edit.text().strip() else None
                      for edit in (self.latitude, self.longitude)]  # fmt: skip
        except ValueError:
            self.ops.show_error(self.tr("Coordinates are numbers in degrees, such as 25.19 and 75.44."))
            self._show_saved()
            return
        if self.visit is not None and values != [self.visit.latitude, self.visit.longitude]:
            self._save({"latitude": values[0], "longitude": values[1]})

    def _save_times(self) -> None:
        if self.loading or self.visit is None:
            return
        zone = self.zone.currentText().strip()
        start, end = self.start.dateTime().toPython(), self.end.dateTime().toPython()
        try:
            changes = {
                "timezone": zone,
                "starts_at": meetings.to_utc(start, zone),
                "ends_at": meetings.to_utc(end, zone),
            }
        except UserError as error:
            self.ops.show_error(str(error))
            self._show_saved()  # "IST" refused stays on screen no longer, as if it were kept
            return
        if (
            changes["starts_at"] != self.visit.starts_at
            or changes["ends_at"] != self.visit.ends_at
            or (zone != self.visit.timezone)
        ):
            self._save(changes)

    def _save_delegation(self) -> None:
        chosen = [
            self.delegation.item(n).data(ID_ROLE)
            for n in range(self.delegation.count())
            if self.delegation.item(n).checkState() == Qt.CheckState.Checked
        ]
        self._save({"delegation_person_ids": chosen})
