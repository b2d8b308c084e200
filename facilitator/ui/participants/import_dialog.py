"""The import dialog: choose which column holds what, map the group values the app does not know, see
every row's fate (or, in a long list, only the rows that need a look), and only then import.

The preview is rebuilt from the core's plan whenever a mapping changes; nothing is written until the
user presses Import, and the import is one undoable op.  Each group value still unknown is listed once
with its row count; one choice maps all its rows, and is remembered for the next list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from msgspec.structs import replace
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.errors import UserError
from facilitator.core.participants import importing as participant_import
from facilitator.core.participants.importing import Plan, PlannedRow, Table
from facilitator.core.participants.vocabulary import group_label
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.ui.common.forms import group_combo
from facilitator.ui.common.style import STATUS_TINTS
from facilitator.ui.common.table_model import RowsModel
from facilitator.ui.ops import Ops
from facilitator.ui.ops import participants as participant_ops


class PlanModel(RowsModel[PlannedRow]):
    """The rows of a plan: line, name, group, and what will happen to it."""

    CONTEXT = "PlanModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("PlanModel", "Line"),
        QT_TRANSLATE_NOOP("PlanModel", "Name"),
        QT_TRANSLATE_NOOP("PlanModel", "Organisation"),
        QT_TRANSLATE_NOOP("PlanModel", "Group"),
        QT_TRANSLATE_NOOP("PlanModel", "Outcome"),
    )
    COLUMN_LINE, COLUMN_NAME, COLUMN_ORGANISATION, COLUMN_GROUP, COLUMN_OUTCOME = range(5)

    @staticmethod
    def id_of(row: PlannedRow) -> str:
        return str(row.line)

    def outcome(self, row: PlannedRow) -> str:
        if row.changes_listed:
            return " · ".join(row.warnings)
        if row.errors:  # a listed row says only what matters of it ("'misschien' is no answer …")
            return " · ".join(
                (self.tr("Skipped: {0}").format(" ".join(row.errors)), *(row.warnings if row.listed else ()))
            )
        text = self.tr("Merged with the register") if row.duplicate_of and row.merge else self.tr("New")
        return " · ".join((text, *row.warnings))  # "New · Unknown anonymity …", not "New Unknown …"

    def cell(self, row: PlannedRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.line, row.values.get("name", ""), row.values.get("organisation", ""),
                group_label(row.values.get("stakeholder_group", "")), self.outcome(row),
            )  # fmt: skip
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_OUTCOME:
            return self.outcome(row)  # a long warning is cut short in its cell
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COLUMN_OUTCOME:
            if row.errors and not row.changes_listed:
                return STATUS_TINTS["fail"]
            return STATUS_TINTS["warning"] if row.warnings else STATUS_TINTS["pass"]
        return None


class ImportDialog(QDialog):
    def __init__(self, ops: Ops, meeting_id: str, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.meeting_id, self.table = ops, meeting_id, table
        self.plan: Plan | None = None
        self.setWindowTitle(
            self.tr("Import {0}").format(f"{table.source} ({table.sheet})" if table.sheet else table.source)
        )
        self.resize(980, 640)
        mapping_box = QGroupBox(self.tr("Which column holds what"))
        grid = QGridLayout(mapping_box)
        self.combos: dict[str, QComboBox] = {}
        guessed = participant_import.guess_mapping(table.headers)
        for number, name in enumerate(participant_import.FIELDS):
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), None)
            for column, header in enumerate(table.headers):
                sample = next((row[column] for row in table.rows if row[column]), "")
                combo.addItem(f"{header or column + 1}  ({sample[:24]})" if sample else header, column)
            combo.setCurrentIndex(combo.findData(guessed[name]) if guessed[name] is not None else 0)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            label = QLabel(participant_import.field_label(name))
            label.setBuddy(combo)
            grid.addWidget(label, number // 3, (number % 3) * 2)
            grid.addWidget(combo, number // 3, (number % 3) * 2 + 1)
            self.combos[name] = combo
        self.values_box = QGroupBox(self.tr("Group values this app does not know yet"))
        self.values_grid = QGridLayout(self.values_box)
        self.value_combos: dict[str, QComboBox] = {}
        self._values_for: tuple[int | None, ...] | None = None  # the group column the list was made for
        self.merge = QCheckBox(
            self.tr("Merge people already in the register (by name and organisation, or name alone if none)")
        )
        self.merge.setChecked(True)
        self.merge.toggled.connect(lambda _on: self.refresh())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # In a list of 500 rows the few that are skipped or warned of were lost among the new ones.
        self.only_to_look_at = QCheckBox()
        self.only_to_look_at.toggled.connect(lambda _on: self._show_rows())
        self.model = PlanModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.header_note = QLabel(
            self.tr("Row {0} names the columns; the rows above it (a title) are not imported.").format(
                table.header_line
            )
        )
        self.header_note.setWordWrap(True)
        self.header_note.setVisible(bool(table.lines_above))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_note)
        layout.addWidget(mapping_box)
        layout.addWidget(self.values_box)
        layout.addWidget(self.merge)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_to_look_at)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.refresh()

    def mapping(self) -> dict[str, int | None]:
        return {name: combo.currentData() for name, combo in self.combos.items()}

    def group_choices(self) -> dict[str, str]:
        """Value as typed in the file -> the group the facilitator chose for it."""
        return {value: combo.currentData() for value, combo in self.value_combos.items() if combo.currentData()}

    def _list_values(self, unknown: dict[str, int]) -> None:
        """One line per unknown group value: the value, its row count, and a choice of group."""
        while self.values_grid.count():
            widget = self.values_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.value_combos.clear()
        headers = (self.tr("Value in the file"), self.tr("Rows"), self.tr("Import as"))
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>")
            self.values_grid.addWidget(header, 0, column)
        for row, (value, count) in enumerate(unknown.items(), start=1):
            label = QLabel(value)
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = group_combo(self.tr("(no group; anonymous until you choose)"))
            combo.setAccessibleName(self.tr("Import '{0}' as").format(value))
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            label.setBuddy(combo)
            self.values_grid.addWidget(label, row, 0)
            self.values_grid.addWidget(QLabel(str(count)), row, 1)
            self.values_grid.addWidget(combo, row, 2)
            self.value_combos[value] = combo
        self.values_grid.setColumnStretch(3, 1)
        self.values_box.setVisible(bool(unknown))

    def refresh(self) -> None:
        """Re-plan with the current mapping; shows why nothing can be imported when that is so."""
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        mapping = self.mapping()
        try:
            group_column = (mapping.get("stakeholder_group"),)
            if group_column != self._values_for:  # a new group column: list its unknown values afresh
                first = participant_import.plan(self.ops.db, self.meeting_id, self.table, mapping)
                self._values_for = group_column
                self._list_values(first.unknown_groups)
            plan = participant_import.plan(self.ops.db, self.meeting_id, self.table, mapping, self.group_choices())
        except UserError as error:
            self.plan = None
            self._show_rows()
            self.summary.setText(str(error))
            ok_button.setEnabled(False)
            ok_button.setText(self.tr("Import"))
            return
        rows = [replace(row, merge=self.merge.isChecked()) if row.duplicate_of else row for row in plan.rows]
        self.plan = replace(plan, rows=tuple(rows))
        self._show_rows()
        listed = len(self.plan.listed)
        skipped = len(rows) - len(self.plan.importable) - listed
        parts = [self.tr("{0} of %n rows can be imported", "", len(rows)).format(len(self.plan.importable))]
        protected, answered, spelled = len(self.plan.protections), len(self.plan.answers), len(self.plan.spellings)
        for count, said in (
            (len(self.plan.duplicates), self.tr("%n already in the register", "", len(self.plan.duplicates))),
            (listed, self.tr("%n already on this meeting's list", "", listed)),
            (protected, self.tr("of those, %n to be better protected, as the file asks", "", protected)),
            (answered, self.tr("of those, %n with the answer the file gives", "", answered)),
            (spelled, self.tr("of those, %n also written as the file gives", "", spelled)),
            (skipped, self.tr("%n skipped for what their rows say", "", skipped)),
        ):
            if count:
                parts.append(said)
        text = "; ".join(parts) + "."
        if plan.unused_columns:
            text += " " + self.tr("Not read: {0}.").format(", ".join(plan.unused_columns))
        if plan.missing_columns:
            missing = ", ".join(participant_import.field_label(name) for name in plan.missing_columns)
            text += " " + self.tr("No column for: {0}.").format(missing)
        if plan.unknown_groups:
            text += " " + self.tr("Choose a group for each value above, or import those people without one.")
        self.summary.setText(text)
        ok_button.setEnabled(bool(self.plan.importable or self.plan.updates))
        ok_button.setText(self.tr("Import"))

    def _show_rows(self) -> None:
        """Every row of the plan, or only those skipped, merged with someone or warned of; the box says how
        many those are."""
        rows = list(self.plan.rows) if self.plan is not None else []
        to_look_at = [row for row in rows if row.errors or row.warnings or row.duplicate_of]
        self.only_to_look_at.setText(
            self.tr("Show only the rows skipped, merged or with a warning (%n)", "", len(to_look_at))
        )
        self.only_to_look_at.setEnabled(bool(to_look_at) or self.only_to_look_at.isChecked())
        self.model.set_rows(to_look_at if self.only_to_look_at.isChecked() else rows)

    def confirm(self) -> None:
        if self.plan is not None and participant_ops.import_list(self.ops, self.meeting_id, self.plan) is not None:
            self.accept()

    @classmethod
    def run_for(cls, ops: Ops, meeting_id: str, path: Path, parent: QWidget | None = None) -> bool:
        """Read the file (a bad one is refused in plain words), then show the preview."""
        ok, table = ops.guarded(lambda: participant_import.read_table(path))
        if not ok:
            return False
        if len(table.sheets) > 1:
            sheet = choose_sheet(table, parent)
            if sheet is None:
                return False
            if sheet != table.sheet:
                ok, table = ops.guarded(lambda: participant_import.read_table(path, sheet))
                if not ok:
                    return False
        return cls(ops, meeting_id, table, parent).exec() == QDialog.DialogCode.Accepted


def choose_sheet(table: Table, parent: QWidget | None) -> str | None:
    """Which of a workbook's sheets holds the list (each is imported on its own); None when cancelled."""
    sheet, chosen = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ImportDialog", "Choose a sheet"),
        QCoreApplication.translate(
            "ImportDialog", "{0} has several sheets with rows. Which one holds the list? Import the others after it."
        ).format(table.source),
        list(table.sheets),
        table.sheets.index(table.sheet),
        False,
    )
    return sheet if chosen else None
