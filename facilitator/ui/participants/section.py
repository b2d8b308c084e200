"""The Participants section: a meeting's list with status, counts per group and gender, and each person's needs.

A facilitator invites people from the register or imports a list, then records who confirmed, what each
person needs to take part (interpretation, travel, lost wages, childcare), who speaks for a group that
is absent, their consents, and on the day who arrived.  Every change is one undoable op.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import records, taxonomy, vocabulary
from facilitator.core.changes import Change
from facilitator.core.inclusion import settings as inclusion_settings
from facilitator.core.models import CheckIn, Consent, Participation, Person
from facilitator.core.participants import participation, people
from facilitator.core.participants.participation import ParticipantRow
from facilitator.core.participants.vocabulary import (
    CAUCUSES,
    CONSENT_KINDS,
    GENDERS,
    NEED_STATES,
    NEEDS,
    ROLES,
    STATUSES,
    group_label,
)
from facilitator.core.vocabulary import Vocabulary
from facilitator.export import participants as participant_export
from facilitator.ui.common.section import Section
from facilitator.ui.ops import Ops
from facilitator.ui.participants.composition_chart import Bar, CompositionChart
from facilitator.ui.participants.model import ID_ROLE, SORT_ROLE, ParticipantsModel


def group_combo(include_none: str) -> QComboBox:
    """Stakeholder groups in taxonomy order, with a first entry for 'none' or 'all'."""
    combo = QComboBox()
    combo.addItem(include_none, "")
    for group in taxonomy.stakeholder_groups().values():
        combo.addItem(group.label, group.id)
    return combo


def choice_combo(table: Vocabulary) -> QComboBox:
    combo = QComboBox()
    for code in table:
        combo.addItem(table.label(code), code)
    return combo


def set_combo(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def shortcut(widget: QWidget, keys: str | QKeySequence, slot: Callable[[], object]) -> QShortcut:
    """A shortcut that works while this section (or a child) has focus, so sections do not clash."""
    made = QShortcut(QKeySequence(keys), widget)
    made.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    made.activated.connect(slot)
    return made


def open_section(widget: QWidget, wanted: type[Section]) -> Section | None:
    """Switch the enclosing meeting workspace to a section and return it (None outside a workspace)."""
    workspace = widget.parentWidget()
    while workspace is not None and not hasattr(workspace, "show_section"):
        workspace = workspace.parentWidget()
    if workspace is None:
        return None
    workspace.show_section(wanted)
    section = next((s for s in workspace.sections if isinstance(s, wanted)), None)
    if section is not None:
        section.refresh_if_stale()
    return section


def invite(ops: Ops, meeting_id: str, person_id: str, name: str) -> Participation | None:
    """Put a register person on the meeting's list as one undoable op; None when refused."""
    db = ops.db
    ok, made = ops.run(
        QCoreApplication.translate("ParticipantsSection", "Invite {0}").format(name),
        lambda: participation.add_participant(db, meeting_id, person_id),
        lambda p: records.set_deleted(db, Participation, p.id, True),
        Change.PARTICIPATION, meeting_id,
        redo=lambda p: records.set_deleted(db, Participation, p.id, False),
    )  # fmt: skip
    return made if ok else None


def scrolling(widget: QWidget) -> QScrollArea:
    """A side panel that scrolls rather than forcing the window to be tall or wide."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class ConsentDialog(QDialog):
    """One dated yes or no to recording, photos, naming or quotes."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent of {0}").format(name))
        form = QFormLayout(self)
        self.kind = choice_combo(CONSENT_KINDS)
        self.granted = QCheckBox(self.tr("Agrees"))
        self.granted.setChecked(True)
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
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
        self._loading = False
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status = choice_combo(STATUSES)
        self.role = choice_combo(ROLES)
        self.caucus = choice_combo(CAUCUSES)
        self.caucus.setEditable(True)
        self.interpretation = QComboBox()
        self.interpretation.addItem(self.tr("None"), "")
        for code in vocabulary.LANGUAGES:
            self.interpretation.addItem(vocabulary.LANGUAGES.label(code), code)
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
        if self._loading or self.row is None:
            return
        current = {name: getattr(self.row, name) for name in changes}
        if current != changes:
            self._save(**changes)

    def show_row(self, row: ParticipantRow | None) -> None:
        self._loading = True
        self.row = row
        self.setEnabled(row is not None)
        self.setTitle(row.name if row else self.tr("Choose a person in the list"))
        if row is not None:
            set_combo(self.status, row.status)
            set_combo(self.role, row.participation_role)
            index = self.caucus.findData(row.caucus)
            if index >= 0:
                self.caucus.setCurrentIndex(index)
            else:
                self.caucus.setEditText(row.caucus)
            set_combo(self.interpretation, row.interpretation_language)
            self.proxy.setChecked(row.is_proxy)
            set_combo(self.speaks_for, row.speaks_for)
            for need, combo in self.needs.items():
                set_combo(combo, getattr(row, need))
            self.accessibility.setText(row.accessibility)
        self._loading = False


class ParticipantsSection(Section):
    shows = Change.PARTICIPATION | Change.PEOPLE | Change.MEETINGS

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ParticipantsSection", "Participants")

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.rows: list[ParticipantRow] = []
        self.model = ParticipantsModel()
        self.proxy_model = QSortFilterProxyModel(self)
        self.proxy_model.setSourceModel(self.model)
        self.proxy_model.setSortRole(SORT_ROLE)
        self.proxy_model.setFilterKeyColumn(-1)
        self.proxy_model.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the core's order: by stakeholder group
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, group, organisation…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy_model.setFilterFixedString)
        self.invite_combo = QComboBox()
        self.invite_combo.setEditable(True)
        self.invite_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.invite_combo.lineEdit().setPlaceholderText(self.tr("Person from the register…"))
        self.invite_combo.setMinimumContentsLength(14)
        self.invite_action = self._action(self.tr("&Invite"), self.invite_selected, "Ctrl+Shift+Return")
        self.new_action = self._action(self.tr("&New person…"), lambda: self.add_new(), "Ctrl+Shift+N")
        self.import_action = self._action(self.tr("I&mport list…"), self.import_list, "Ctrl+Shift+I")
        self.export_action = self._action(self.tr("E&xport CSV…"), self.export_csv, "Ctrl+Shift+E")
        self.arrive_action = self._action(self.tr("Check &in"), lambda: self.check_in("arrival"), "Ctrl+K")
        self.leave_action = self._action(self.tr("&Leaves"), lambda: self.check_in("departure"), "Ctrl+Shift+K")
        self.consent_action = self._action(self.tr("Consent…"), self.record_consent, "Ctrl+Shift+C")
        self.person_action = self._action(self.tr("Edit in &register"), self.open_in_register, "Ctrl+Shift+O")
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.invite_combo, 1)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.invite_action, self.new_action, self.import_action, self.export_action,
                       self.arrive_action, self.leave_action, self.consent_action, self.person_action):  # fmt: skip
            toolbar.addAction(action)

        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.chart = CompositionChart()
        self.editor = ParticipationEditor(self._save_participation)
        self.consents = QLabel()
        self.consents.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.counts)
        side_layout.addWidget(self.chart)
        side_layout.addWidget(self.editor)
        side_layout.addWidget(self.consents)
        side_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scrolling(side))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)

        shortcut(self, "Ctrl+Shift+R", lambda: self.invite_combo.setFocus())
        shortcut(self, "Ctrl+Shift+F", lambda: self.search.setFocus())

    def _action(self, text: str, slot: Callable[[], object], keys: str) -> QAction:
        """A toolbar action whose shortcut works while this section has focus, even when the bar overflows."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text.replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- reading ---------------------------------------------------------------------------------------

    def load(self) -> None:
        selected = self.selected_id()
        self.rows = participation.list_participants(self.ops.db, self.meeting_id)
        self.model.set_rows(self.rows)
        self._load_counts()
        self._load_invitable()
        if selected:
            self.select([selected])
        self._show_selected()

    def _load_counts(self) -> None:
        planning = participation.composition(participation.in_stage(self.rows, "planning"))
        statuses = participation.composition(self.rows).by_status
        status_text = ", ".join(f"{STATUSES.label(s)} {statuses[s]}" for s in STATUSES if s in statuses)
        groups = ", ".join(f"{group_label(g) or self.tr('no group')} {n}"
                           for g, n in planning.by_group.items())  # fmt: skip
        genders = ", ".join(
            f"{GENDERS.label(g) if g != 'self_described' else self.tr('Self-described')} {n}"
            for g, n in sorted(planning.by_gender.items(), key=lambda item: -item[1])
        )
        if not self.rows:
            self.counts.setText(self.tr(
                "<b>No one is on the list yet.</b><br>Import an invitation list (Ctrl+Shift+I), add someone new "
                "(Ctrl+Shift+N) or invite someone from the register (Ctrl+Shift+R). The groups this meeting needs "
                "are marked below."
            ))  # fmt: skip
        else:
            self.counts.setText(
                self.tr("<b>{total} people on the list</b> ({statuses})<br>Expected, without staff: "
                        "<b>{counted}</b><br>Per gender: {genders}<br>Per group: {groups}").format(
                    total=len(self.rows), statuses=status_text, counted=planning.total, genders=genders or "–",
                    groups=groups or "–",
                )
            )  # fmt: skip
        settings = inclusion_settings.get_settings(self.ops.db, self.meeting_id)
        bars = []
        for group in taxonomy.stakeholder_groups().values():
            members = [r for r in self.rows if r.stakeholder_group == group.id and not r.is_staff]
            required = group.id in settings.required_groups
            if not members and not required:
                continue
            counts: dict[str, int] = {}
            for member in members:
                counts[member.status] = counts.get(member.status, 0) + 1
            speakers = [r for r in self.rows if r.speaks_for == group.id and r.status != "declined"]
            heard = "" if not speakers else "proxy" if all(r.is_proxy for r in speakers) else "representative"
            bars.append(Bar(group.label, counts, required, heard))
        self.chart.set_bars(bars)

    def _load_invitable(self) -> None:
        on_list = {row.person_id for row in self.rows}
        self.invite_combo.clear()
        for person in people.list_register(self.ops.db):
            if person.id not in on_list:
                suffix = f" – {person.organisation}" if person.organisation else ""
                self.invite_combo.addItem(person.name + suffix, person.id)
        self.invite_combo.setCurrentIndex(-1)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_row(self) -> ParticipantRow | None:
        wanted = self.selected_id()
        return next((row for row in self.rows if row.participation_id == wanted), None)

    def _show_selected(self) -> None:
        row = self.selected_row()
        self.editor.show_row(row)
        for action in (self.arrive_action, self.leave_action, self.consent_action, self.person_action):
            action.setEnabled(row is not None)
        if row is None:
            self.consents.setText("")
            return
        given = [
            self.tr("{kind}: {answer} on {date}").format(
                kind=CONSENT_KINDS.label(kind),
                answer=self.tr("yes") if granted else self.tr("no"), date=f"{on:%Y-%m-%d}",
            )
            for kind, (granted, on) in row.consents.items()
        ]  # fmt: skip
        self.consents.setText(self.tr("Consents: {0}").format("; ".join(given) or self.tr("none recorded")))

    def select(self, participation_ids: list[str] | tuple[str, ...]) -> None:
        """Select these people (e.g. those a check is about) and show the first."""
        self.search.clear()
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for participation_id in participation_ids:
            row = self.model.row_of(participation_id)
            if row < 0:
                continue
            index = self.proxy_model.mapFromSource(self.model.index(row, 0))
            if first:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                first = False
            selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def focus_fix(self, participation_ids: tuple[str, ...], missing_groups: tuple[str, ...] = ()) -> None:
        """Point at the people a check is about, or offer to add someone for a missing group."""
        self.select(participation_ids)
        (self.editor if participation_ids else self.invite_combo).setFocus()
        if missing_groups:
            QTimer.singleShot(0, lambda: self.add_new(missing_groups[0]))

    # -- changing ------------------------------------------------------------------------------------

    def _save_participation(self, **changes: Any) -> None:
        row = self.editor.row
        if row is None:
            return
        self.ops.edit(self.tr("Change {0}").format(row.name), participation.update_participation,
                      row.participation_id, changes, Change.PARTICIPATION, self.meeting_id)  # fmt: skip

    def invite_selected(self) -> None:
        index = self.invite_combo.findText(self.invite_combo.currentText())
        person_id = self.invite_combo.itemData(index) if index >= 0 else None
        if not person_id:
            self.ops.show_error(self.tr("Choose a person from the register first, or add them in the Register."))
            return
        made = invite(self.ops, self.meeting_id, person_id, self.invite_combo.currentText())
        if made is not None:
            self.select([made.id])

    def add_new(self, group: str = "") -> None:
        from facilitator.ui.participants.new_participant_dialog import NewParticipantDialog

        dialog = NewParticipantDialog(group, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        db, meeting_id = self.ops.db, self.meeting_id

        def set_deleted(made: Participation, deleted: bool) -> None:
            records.set_deleted(db, Participation, made.id, deleted)
            records.set_deleted(db, Person, made.person_id, deleted)

        ok, made = self.ops.run(
            self.tr("Add {0}").format(values["name"].strip()),
            lambda: participation.add_new_participant(db, meeting_id, **values),
            lambda made: set_deleted(made, True),
            Change.PARTICIPATION | Change.PEOPLE, meeting_id,
            redo=lambda made: set_deleted(made, False),
        )  # fmt: skip
        if ok:
            self.select([made.id])

    def open_in_register(self) -> None:
        """Languages, literacy, gender and privacy belong to the person: edit them in the register."""
        from facilitator.ui.participants.register import RegisterSection

        row = self.selected_row()
        register = open_section(self, RegisterSection) if row is not None else None
        if register is not None:
            register.focus_fix((row.person_id,))

    def check_in(self, kind: str) -> None:
        row = self.selected_row()
        if row is None:
            return
        db, previous = self.ops.db, row.status
        text = self.tr("{0} arrives") if kind == "arrival" else self.tr("{0} leaves")

        def undo(fact: CheckIn) -> None:
            records.set_deleted(db, CheckIn, fact.id, True)
            participation.update_participation(db, row.participation_id, status=previous)

        def redo(fact: CheckIn) -> None:
            records.set_deleted(db, CheckIn, fact.id, False)
            if kind == "arrival":
                participation.update_participation(db, row.participation_id, status="attended")

        self.ops.run(text.format(row.name), lambda: participation.check_in(db, row.participation_id, kind), undo,
                     Change.PARTICIPATION, self.meeting_id, redo=redo)  # fmt: skip

    def record_consent(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = ConsentDialog(row.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_consent(row, **dialog.values())

    def save_consent(self, row: ParticipantRow, kind: str, granted: bool, given_on: date, note: str = "") -> None:
        db, meeting_id = self.ops.db, self.meeting_id
        self.ops.run(
            self.tr("Consent of {0}").format(row.name),
            lambda: participation.record_consent(db, row.person_id, kind, granted, given_on, meeting_id, note),
            lambda c: records.set_deleted(db, Consent, c.id, True),
            Change.PARTICIPATION, meeting_id,
            redo=lambda c: records.set_deleted(db, Consent, c.id, False),
        )  # fmt: skip

    def import_list(self) -> None:
        from facilitator.ui.participants.import_dialog import ImportDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import an invitation list"), "", self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)")
        )
        if path:
            ImportDialog.run_for(self.ops, self.meeting_id, Path(path), self)

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the list"), "participants.csv",
                                              self.tr("CSV files (*.csv)"))  # fmt: skip
        if not path:
            return
        try:
            Path(path).write_text(participant_export.export_csv(self.ops.db, self.meeting_id), encoding="utf-8-sig")
        except OSError as error:
            self.ops.show_error(self.tr("Cannot write {0}: {1}").format(path, error.strerror or error))
