"""The Participants section: a meeting's list with status, counts per group and gender, and each person's needs.

A facilitator invites people from the register or imports a list, then records who confirmed, what each
person needs to take part (interpretation, travel, lost wages, childcare), who speaks for a group that
is absent, their consents, and on the day who arrived.  Every change is one undoable op.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import meetings, taxonomy
from facilitator.core.changes import Change
from facilitator.core.inclusion import settings as inclusion_settings
from facilitator.core.participants import participation, people
from facilitator.core.participants.participation import ParticipantRow
from facilitator.core.participants.vocabulary import CONSENT_KINDS, GENDERS, STATUSES, group_label
from facilitator.ui.common.actions import make_action
from facilitator.ui.common.dialogs import until_done
from facilitator.ui.common.forms import scrolling
from facilitator.ui.common.section import Section
from facilitator.ui.common.table_model import ID_ROLE, SORT_ROLE
from facilitator.ui.common.tables import fit_columns_to_contents
from facilitator.ui.ops import Ops
from facilitator.ui.ops import participants as participant_ops
from facilitator.ui.participants.composition_chart import Bar, CompositionChart
from facilitator.ui.participants.editor import ConsentDialog, ParticipationEditor
from facilitator.ui.participants.model import ParticipantsModel
from facilitator.ui.participants.register import RegisterSection


class ParticipantsSection(Section):
    shows = Change.PARTICIPATION | Change.PEOPLE | Change.MEETINGS

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
        self.table.setAccessibleName(self.tr("Participants of this meeting"))
        self.table.setModel(self.proxy_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the core's order: by stakeholder group
        self.table.verticalHeader().hide()
        fit_columns_to_contents(self.table)
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
        self.invite_action = make_action(self, "participants.invite", self.invite_selected)
        self._invite_keys = self.invite_action.toolTip()  # "Invite (Ctrl+Shift+Return)", shown once it can
        self.invite_combo.currentTextChanged.connect(self._invite_ready)
        self.invite_combo.lineEdit().returnPressed.connect(self._invite_on_return)
        self.new_action = make_action(self, "participants.new", lambda: self.add_new())
        self.import_action = make_action(self, "participants.import", self.import_list)
        self.export_action = make_action(self, "participants.export", self.export_csv)
        self.arrive_action = make_action(self, "participants.arrive", partial(self.check_in, "arrival"))
        self.leave_action = make_action(self, "participants.leave", partial(self.check_in, "departure"))
        self.consent_action = make_action(self, "participants.consent", self.record_consent)
        self.person_action = make_action(self, "participants.person", self.open_in_register)
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
        self.side = scrolling(side)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)

        make_action(self, "participants.find_in_register", self.invite_combo.setFocus)
        make_action(self, "participants.filter", self.search.setFocus)

    # -- reading ---------------------------------------------------------------------------------------

    def load(self) -> None:
        selected = self.selected_id()
        self.rows = participation.list_participants(self.ops.db, self.meeting_id)
        self.model.zone = meetings.get(self.ops.db, self.meeting_id).timezone
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
        # Translated outside the f-strings: the catalogue update does not look inside them.
        no_group, self_described = self.tr("no group"), self.tr("Self-described")
        groups = ", ".join(f"{group_label(g) or no_group} {n}" for g, n in planning.by_group.items())
        genders = ", ".join(
            f"{GENDERS.label(g) if g != 'self_described' else self_described} {n}"
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
                self.tr("<b>%n people on the list</b> ({statuses})<br>Expected, without staff: "
                        "<b>{counted}</b><br>Per gender: {genders}<br>Per group: {groups}", "", len(self.rows)).format(
                    statuses=status_text, counted=planning.total, genders=genders or "–",
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
        self._invite_ready()

    def _invite_chosen(self) -> str | None:
        """The register's person the invite box names, if it names one."""
        index = self.invite_combo.findText(self.invite_combo.currentText())
        return self.invite_combo.itemData(index) if index >= 0 else None

    def _invite_on_return(self) -> None:
        """Enter in the box invites the person it names, as Ctrl+Shift+Return does."""
        if self.invite_action.isEnabled():
            self.invite_action.trigger()

    def _invite_ready(self) -> None:
        """Invite can be pressed once the box names a person (a name typed short or mistyped does not); until
        then its tooltip says what it waits for."""
        chosen = bool(self._invite_chosen())
        self.invite_action.setEnabled(chosen)
        if chosen:
            self.invite_action.setToolTip(self._invite_keys)
        elif self.invite_combo.count() == 0:
            self.invite_action.setToolTip(
                self.tr("Everyone in the register is on this meeting's list already; add someone new instead.")
            )
        else:
            self.invite_action.setToolTip(self.tr("Choose a person from the register in the box first."))

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
        # The form of the person chosen, below the counts and the chart: scrolled into view once it is laid
        # out with their fields, where on a laptop's screen it started under the bottom edge.
        QTimer.singleShot(0, self, lambda: self.side.ensureWidgetVisible(self.editor, 0, 0))
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
        if row is not None:
            participant_ops.update_participation(self.ops, self.meeting_id, row.participation_id, row.name, changes)

    def invite_selected(self) -> None:
        person_id = self._invite_chosen()
        if not person_id:  # the action waits for one (its tooltip says so)
            return
        made = participant_ops.invite(self.ops, self.meeting_id, person_id, self.invite_combo.currentText())
        if made is not None:
            self.select([made])

    def add_new(self, group: str = "") -> None:
        from facilitator.ui.participants.new_participant_dialog import NewParticipantDialog

        dialog = NewParticipantDialog(group, self)
        made = until_done(
            dialog, lambda: participant_ops.add_new_participant(self.ops, self.meeting_id, dialog.values())
        )
        if made is not None:
            self.select([made])

    def open_in_register(self) -> None:
        """Languages, literacy, gender and privacy belong to the person: edit them in the register."""
        row = self.selected_row()
        register = self.open_section(RegisterSection) if row is not None else None
        if register is not None:
            register.focus_fix((row.person_id,))

    def check_in(self, kind: str) -> None:
        row = self.selected_row()
        if row is not None:
            participant_ops.check_in(self.ops, self.meeting_id, row.participation_id, row.name, kind)

    def record_consent(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = ConsentDialog(row.name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_consent(row, **dialog.values())

    def save_consent(self, row: ParticipantRow, kind: str, granted: bool, given_on: date, note: str = "") -> None:
        participant_ops.record_consent(
            self.ops, self.meeting_id, row.person_id, row.name, kind, granted, given_on, note
        )

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
        participant_ops.export_list(self.ops, self.meeting_id, Path(path))
