"""The Register section: everyone known across meetings, filterable by stakeholder group.

A person is entered once, with the privacy level every export respects, and invited to the meeting
that is open from here.  Edits save when a field is left, as one undoable change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import disclosure, taxonomy
from facilitator.core.changes import Change
from facilitator.core.localised import LANGUAGES
from facilitator.core.participants import people
from facilitator.core.participants.people import RegisterRow
from facilitator.core.participants.vocabulary import GENDERS
from facilitator.ui.common.actions import make_action
from facilitator.ui.common.forms import choice_combo, clear_fields, group_combo, scrolling, set_combo
from facilitator.ui.common.loading import Loading
from facilitator.ui.common.section import Section
from facilitator.ui.common.table_model import ID_ROLE, SORT_ROLE
from facilitator.ui.common.tables import fit_columns_to_contents
from facilitator.ui.ops import Ops
from facilitator.ui.ops import participants as participant_ops
from facilitator.ui.participants.model import RegisterModel

TEXT_FIELDS = ("name", "other_spellings", "organisation", "role", "literacy_needs", "email", "phone", "notes")
LANGUAGE_FIELDS = ("languages_spoken", "languages_read")


class PersonEditor(QGroupBox):
    """The selected person's register entry."""

    def __init__(self, save: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.loading = Loading()
        self.row: RegisterRow | None = None
        form = QFormLayout(self)
        self.edits = {name: QLineEdit() for name in (*TEXT_FIELDS, *LANGUAGE_FIELDS)}
        self.edits["languages_spoken"].setPlaceholderText(
            self.tr("Names or ISO codes, separated by commas, e.g. Hindi, English")
        )
        self.edits["languages_read"].setPlaceholderText(self.tr("Leave empty if the person does not read"))
        self.edits["literacy_needs"].setPlaceholderText(self.tr("e.g. oral briefing in Hindi the day before"))
        self.edits["other_spellings"].setPlaceholderText(self.tr("e.g. कमला देवी; Kamala (separated by ;)"))
        self.edits["other_spellings"].setToolTip(
            self.tr(
                "How notes may write the name too, in another script or misspelt: outputs that leave the laptop "
                "withhold these as they withhold the name."
            )
        )
        self.group = group_combo(self.tr("(no group)"))
        self.gender = choice_combo(GENDERS)
        self.gender.setEditable(True)
        self.gender.setToolTip(self.tr("Self-described and optional: type the person's own words if none fits"))
        self.anonymity = QComboBox()
        for level in disclosure.LEVELS:
            self.anonymity.addItem(disclosure.level_label(level), level)
        labels = {
            "name": self.tr("&Name"), "organisation": self.tr("&Organisation"), "role": self.tr("Ro&le"),
            "languages_spoken": self.tr("Speaks"), "languages_read": self.tr("Reads"),
            "literacy_needs": self.tr("Literacy needs"), "email": self.tr("Email"), "phone": self.tr("Phone"),
            "notes": self.tr("Notes"),
        }  # fmt: skip
        form.addRow(labels["name"], self.edits["name"])
        form.addRow(self.tr("Also &written as"), self.edits["other_spellings"])
        form.addRow(labels["organisation"], self.edits["organisation"])
        form.addRow(self.tr("Stakeholder &group"), self.group)
        form.addRow(labels["role"], self.edits["role"])
        form.addRow(self.tr("Gender"), self.gender)
        for name in ("languages_spoken", "languages_read", "literacy_needs", "email", "phone", "notes"):
            form.addRow(labels[name], self.edits[name])
        form.addRow(self.tr("Shown in outputs as"), self.anonymity)
        for name, edit in self.edits.items():
            edit.editingFinished.connect(lambda n=name, e=edit: self._changed(n, e.text()))
        self.group.activated.connect(lambda _i: self._changed("stakeholder_group", self.group.currentData()))
        self.anonymity.activated.connect(lambda _i: self._changed("anonymity", self.anonymity.currentData()))
        self.gender.activated.connect(lambda _i: self._changed("gender", self._gender()))
        self.gender.lineEdit().editingFinished.connect(lambda: self._changed("gender", self._gender()))
        self.setEnabled(False)

    def _gender(self) -> str:
        index = self.gender.findText(self.gender.currentText())
        return self.gender.itemData(index) if index >= 0 else self.gender.currentText().strip()

    def _changed(self, name: str, value: Any) -> None:
        if self.loading or self.row is None:
            return
        if name in LANGUAGE_FIELDS:
            parts = [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
            value = [LANGUAGES.match(part) or part for part in parts]  # the core refuses what is no language
            current: Any = list(getattr(self.row, name))
        else:
            current = getattr(self.row, name)
        if value != current:
            self._save(name, value)

    def show_row(self, row: RegisterRow | None) -> None:
        with self.loading:
            self._show(row)

    def _show(self, row: RegisterRow | None) -> None:
        self.row = row
        self.setEnabled(row is not None)
        self.setTitle(row.name if row else self.tr("Choose a person"))
        if row is None:
            clear_fields(self)
        else:
            for name in TEXT_FIELDS:
                self.edits[name].setText(getattr(row, name))
            for name in LANGUAGE_FIELDS:
                self.edits[name].setText(", ".join(LANGUAGES.label(code) for code in getattr(row, name)))
            set_combo(self.group, row.stakeholder_group)
            set_combo(self.anonymity, row.anonymity)
            index = self.gender.findData(row.gender)
            if index >= 0:
                self.gender.setCurrentIndex(index)
            else:
                self.gender.setEditText(row.gender)


class RegisterSection(Section):
    shows = Change.PEOPLE | Change.PARTICIPATION

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.rows: list[RegisterRow] = []
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All groups"), "")
        for class_id in taxonomy.group_classes():
            self.filter.addItem(taxonomy.group_class_label(class_id), class_id)
            for group in taxonomy.stakeholder_groups().values():
                if group.group_class == class_id:
                    self.filter.addItem("    " + group.label, group.id)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(14)
        self.filter.currentIndexChanged.connect(lambda _i: self.load())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, organisation or role…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.load())
        bar = QHBoxLayout()
        bar.addWidget(self.filter)
        bar.addWidget(self.search, 1)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(make_action(self, "register.new", self.add_person))
        self.invite = make_action(self, "register.invite", self.invite_selected)
        toolbar.addAction(self.invite)

        self.model = RegisterModel()
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("People in the register"))
        self.table.setModel(proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        fit_columns_to_contents(self.table)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.editor = PersonEditor(self._save_person)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scrolling(self.editor))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, max(400, self.editor.minimumSizeHint().width() + 20)])  # the editor uncut
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)
        make_action(self, "register.search", self.search.setFocus)

    def load(self) -> None:
        selected = self.selected_id()
        self.rows = people.list_register(self.ops.db, self.filter.currentData() or "", self.search.text())
        self.model.set_rows(self.rows)
        if selected:
            self.select([selected])
        self._show_selected()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _show_selected(self) -> None:
        wanted = self.selected_id()
        row = next((r for r in self.rows if r.id == wanted), None)
        self.editor.show_row(row)
        self.invite.setEnabled(row is not None and self.meeting_id is not None)

    def select(self, person_ids: list[str] | tuple[str, ...]) -> None:
        proxy = self.table.model()
        for person_id in person_ids:
            row = self.model.row_of(person_id)
            if row >= 0:
                self.table.setCurrentIndex(proxy.mapFromSource(self.model.index(row, 0)))
                self.table.scrollTo(self.table.currentIndex())
                return

    def _clear_filters(self) -> None:
        for widget in (self.filter, self.search):
            widget.blockSignals(True)
        self.filter.setCurrentIndex(0)
        self.search.clear()
        for widget in (self.filter, self.search):
            widget.blockSignals(False)

    def focus_fix(self, person_ids: tuple[str, ...]) -> None:
        if self.filter.currentIndex() or self.search.text():
            self._clear_filters()
            self.load()
        self.select(person_ids)
        self.editor.anonymity.setFocus()

    def _save_person(self, name: str, value: Any) -> None:
        row = self.editor.row
        if row is None:
            return
        if name == "organisation":
            participant_ops.set_organisation(self.ops, row.id, row.name, value)
        else:
            participant_ops.update_person(self.ops, row.id, row.name, {name: value})

    def add_person(self) -> None:
        filtered = bool(self.filter.currentIndex() or self.search.text())
        self._clear_filters()  # quietly: the one reload after the op then shows everyone, the new person too
        made = participant_ops.add_person(self.ops, self.tr("New person"))
        if made is None:
            if filtered:
                self.load()
            return
        self.select([made])
        self.editor.edits["name"].setFocus()
        self.editor.edits["name"].selectAll()

    def invite_selected(self) -> None:
        person_id = self.selected_id()
        if person_id is None or self.meeting_id is None:
            return
        participant_ops.invite(self.ops, self.meeting_id, person_id, self.editor.row.name if self.editor.row else "")
