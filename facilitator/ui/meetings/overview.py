"""The Overview section: what, where, when and under which ground rules a meeting takes place.

Each field saves when the user leaves it (or toggles it), as one undoable edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import meetings, vocabulary
from facilitator.core.changes import Change
from facilitator.core.errors import UserError
from facilitator.core.models import Meeting
from facilitator.ui.common.choice_list import ChoiceList
from facilitator.ui.common.date_edits import DateTimeEdit
from facilitator.ui.common.forms import DATETIME_FORMAT, CommitTextEdit, narrow
from facilitator.ui.common.loading import Loading
from facilitator.ui.common.section import Section
from facilitator.ui.common.zone_combo import show_zone, zone_combo
from facilitator.ui.ops import Ops
from facilitator.ui.ops import meetings as meeting_ops


class OverviewSection(Section):
    shows = Change.MEETINGS

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._meeting: Meeting | None = None
        self.loading = Loading()
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form_host.setMaximumWidth(960)

        self.title_edit = QLineEdit()
        self.title_edit.editingFinished.connect(lambda: self._save(title=self.title_edit.text()))
        self.purpose_edit = CommitTextEdit(lambda: self._save(purpose=self.purpose_edit.toPlainText()))
        self.purpose_edit.setMaximumHeight(90)
        self.country_combo = narrow(QComboBox(), 24)
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        countries = ((_country_text(name, code), code) for name, code in vocabulary.COUNTRIES.sorted_choices())
        self.country_combo.setModel(ChoiceList((("", ""), *countries), self.country_combo))
        completer = self.country_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country_combo.setToolTip(self.tr("Type the country's name or ISO code, e.g. India or IN"))
        self.country_combo.activated.connect(lambda _i: self._save_country())
        self.country_combo.lineEdit().editingFinished.connect(self._save_country)
        self.city_edit = QLineEdit()
        self.city_edit.editingFinished.connect(lambda: self._save(city=self.city_edit.text().strip()))
        self.venue_edit = QLineEdit()
        self.venue_edit.editingFinished.connect(lambda: self._save(venue=self.venue_edit.text().strip()))
        self.start_edit = DateTimeEdit()
        self.end_edit = DateTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATETIME_FORMAT)
            edit.editingFinished.connect(self._save_times)
        self.zone_combo = narrow(zone_combo(""), 24)
        self.zone_combo.activated.connect(lambda _i: self._save_zone())
        # A held meeting's recorded times are moments: another zone shows them at that zone's clock.
        self.held_zone_hint = QLabel(
            self.tr("Held: what was recorded keeps its moment, shown at this zone's clock; planned times move with it.")
        )
        self.held_zone_hint.setToolTip(self.held_zone_hint.text())  # one line: cut on a narrow window
        self.held_zone_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.held_zone_hint.setEnabled(False)  # greyed: a note, not a field
        self.languages_edit = QLineEdit()
        self.languages_edit.setPlaceholderText(self.tr("Names or ISO codes, separated by commas, e.g. Hindi, English"))
        self.languages_edit.editingFinished.connect(self._save_languages)
        self.chatham_check = QCheckBox(self.tr("Chatham House Rule: what is said may be used, not who said it"))
        self.chatham_check.toggled.connect(lambda on: self._save(chatham_house=on))
        self.recording_check = QCheckBox(self.tr("Audio or video recording allowed"))
        self.recording_check.toggled.connect(lambda on: self._save(recording_allowed=on))
        self.independent_check = QCheckBox(self.tr("The facilitator is independent of the convening companies"))
        self.independent_check.toggled.connect(lambda on: self._save(facilitator_independent=on))
        self.confidentiality_combo = QComboBox()
        for code in vocabulary.CONFIDENTIALITY:
            self.confidentiality_combo.addItem(vocabulary.CONFIDENTIALITY.label(code), code)
        self.confidentiality_combo.activated.connect(
            lambda _i: self._save(default_confidentiality=self.confidentiality_combo.currentData())
        )
        self.group_size_spin = QSpinBox()
        self.group_size_spin.setRange(meetings.MIN_MIN_GROUP_SIZE, meetings.MAX_MIN_GROUP_SIZE)
        self.group_size_spin.setSuffix(self.tr(" people"))
        self.group_size_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a number, not a line
        self.group_size_spin.setToolTip(
            self.tr(
                "Public minutes and reports show a stakeholder group's statements and figures on its own only when "
                "it has at least this many people; smaller groups are merged, so no one in them can be singled out."
            )
        )
        self.group_size_spin.editingFinished.connect(lambda: self._save(min_group_size=self.group_size_spin.value()))
        self.status_combo = QComboBox()
        for code in vocabulary.MEETING_STATUSES:
            self.status_combo.addItem(vocabulary.MEETING_STATUSES.label(code), code)
        self.status_combo.activated.connect(lambda _i: self._save(status=self.status_combo.currentData()))

        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Purpose:"), self.purpose_edit)
        form.addRow(self.tr("C&ountry:"), self.country_combo)
        form.addRow(self.tr("C&ity:"), self.city_edit)
        form.addRow(self.tr("Ve&nue:"), self.venue_edit)
        form.addRow(self.tr("&Starts:"), self.start_edit)
        form.addRow(self.tr("En&ds:"), self.end_edit)
        form.addRow(self.tr("Time &zone:"), self.zone_combo)
        form.addRow("", self.held_zone_hint)
        form.addRow(self.tr("&Languages:"), self.languages_edit)
        form.addRow(self.tr("Ground rules:"), self.chatham_check)
        form.addRow("", self.recording_check)
        form.addRow(self.tr("Facilitation:"), self.independent_check)
        form.addRow(self.tr("Default &confidentiality:"), self.confidentiality_combo)
        form.addRow(self.tr("Smallest &group shown alone:"), self.group_size_spin)
        form.addRow(self.tr("Stat&us:"), self.status_combo)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(form_host)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def load(self) -> None:
        assert self.meeting_id is not None
        m = self._meeting = meetings.get(self.ops.db, self.meeting_id)
        with self.loading:
            self.title_edit.setText(m.title)
            self.purpose_edit.setPlainText(m.purpose)
            index = self.country_combo.findData(m.country)  # -1 for one this version does not know: shown as stored
            self.country_combo.setCurrentIndex(index)
            self.country_combo.setEditText(self.country_combo.itemText(index) if index >= 0 else m.country)
            self.city_edit.setText(m.city)
            self.venue_edit.setText(m.venue)
            self.start_edit.setDateTime(_qt_local(meetings.to_local(m.starts_at, m.timezone)))
            self.end_edit.setDateTime(_qt_local(meetings.to_local(m.ends_at, m.timezone)))
            show_zone(self.zone_combo, m.timezone)
            self.held_zone_hint.setVisible(m.status != "planned")
            self.languages_edit.setText(", ".join(vocabulary.LANGUAGES.label(code) for code in m.languages))
            self.languages_edit.setToolTip(", ".join(m.languages))
            self.chatham_check.setChecked(m.chatham_house)
            self.recording_check.setChecked(m.recording_allowed)
            self.independent_check.setChecked(bool(m.facilitator_independent))
            self.confidentiality_combo.setCurrentIndex(self.confidentiality_combo.findData(m.default_confidentiality))
            self.group_size_spin.setValue(m.min_group_size)
            self.status_combo.setCurrentIndex(self.status_combo.findData(m.status))

    def _save(self, **changes: Any) -> None:
        if self.loading or self._meeting is None:
            return
        changed = {name: value for name, value in changes.items() if getattr(self._meeting, name) != value}
        if not changed:
            return
        if not meeting_ops.update_meeting(self.ops, self._meeting.id, changed):
            self.load()  # the core refused: show what is stored again

    def _save_country(self) -> None:
        """The chosen or typed country as its ISO code; the core takes the one country a name typed short
        begins, and refuses anything else in a message, the stored country shown again."""
        if self.loading or self._meeting is None:
            return
        text = self.country_combo.currentText().strip()
        index = self.country_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        code = self.country_combo.itemData(index) if index >= 0 else vocabulary.COUNTRIES.match(text) or text
        if code == self._meeting.country:
            self.load()  # show the stored country's full name for a typed code
            return
        self._save(country=code)

    def _save_languages(self) -> None:
        """Typed names or codes to ISO codes; one the app does not know is refused by the core, visibly."""
        parts = [part.strip() for part in self.languages_edit.text().split(",") if part.strip()]
        codes = list(dict.fromkeys(vocabulary.LANGUAGES.match(part) or part for part in parts))
        self._save(languages=codes)
        self.load()

    def _save_times(self) -> None:
        if self._meeting is None:
            return
        zone = self._meeting.timezone
        try:
            starts = meetings.to_utc(self.start_edit.dateTime().toPython(), zone)
            ends = meetings.to_utc(self.end_edit.dateTime().toPython(), zone)
        except UserError as error:
            self.ops.show_error(str(error))
            self.load()
            return
        self._save(starts_at=starts, ends_at=ends)

    def _save_zone(self) -> None:
        """Changing the zone keeps the wall-clock times a facilitator typed, at the new place."""
        if self._meeting is None:
            return
        zone = self.zone_combo.currentText().strip()
        starts = meetings.to_local(self._meeting.starts_at, self._meeting.timezone).replace(tzinfo=None)
        ends = meetings.to_local(self._meeting.ends_at, self._meeting.timezone).replace(tzinfo=None)
        try:
            changes = {
                "timezone": zone,
                "starts_at": meetings.to_utc(starts, zone),
                "ends_at": meetings.to_utc(ends, zone),
            }
        except UserError as error:
            self.ops.show_error(str(error))
            self.load()
            return
        self._save(**changes)


def _country_text(name: str, code: str) -> str:
    return f"{name} ({code})"


def _qt_local(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
