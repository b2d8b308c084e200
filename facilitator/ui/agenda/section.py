"""The Agenda section: build a timed agenda in a table, see it as a timeline, check overruns and balance.

Every change is an op (undoable, announced); the table, timeline, balance and warnings all redraw from
one :func:`facilitator.core.agenda.items.load`, whose times are computed, never stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.agenda import presenters as agenda_presenters
from facilitator.core.agenda import templates as templates
from facilitator.core.agenda.items import Agenda
from facilitator.core.agenda.kinds import DISCUSSION_KINDS, kind_label
from facilitator.core.agenda.timing import format_clock
from facilitator.core.changes import Change
from facilitator.ui.agenda import model as agenda_model
from facilitator.ui.agenda.delegates import AgendaDelegate
from facilitator.ui.agenda.dialogs import Choice, ChooseDialog, DayHoursDialog
from facilitator.ui.agenda.model import AgendaModel
from facilitator.ui.agenda.style import KIND_COLOURS
from facilitator.ui.agenda.timeline import Timeline
from facilitator.ui.common.section import Section
from facilitator.ui.meetings.overview import CommitTextEdit
from facilitator.ui.ops import Ops

# Agenda edits touch only the agenda; the per-meeting settings (interpretation factor, threshold) are
# meeting fields that the agenda also depends on.
CHANGED = Change.AGENDA
SETTINGS_CHANGED = Change.MEETINGS | Change.AGENDA


class AgendaSection(Section):
    shows = Change.AGENDA | Change.MEETINGS | Change.PARTICIPATION | Change.PEOPLE

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AgendaSection", "Agenda")

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.agenda: Agenda | None = None
        self._selected_id: str | None = None
        self._loading = False
        self.model = AgendaModel(self._edit, self.move_to, self)
        self.table = self._build_table()
        self.timeline = Timeline()
        self.timeline.item_clicked.connect(self.select_item)
        self.toolbar = self._build_actions()
        self.details = self._build_details()
        self.balance_label = QLabel()
        self.balance_label.setWordWrap(True)
        self.balance_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings = QListWidget()
        self.warnings.itemActivated.connect(self._warning_chosen)
        self.warnings.itemClicked.connect(self._warning_chosen)
        self.status = QLabel()

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.table)
        top.addWidget(self.details)
        top.setStretchFactor(0, 4)
        top.setStretchFactor(1, 1)
        top.setSizes([1000, 240])
        checks = QHBoxLayout()
        checks.addWidget(self.balance_label, 1)
        checks.addWidget(self.warnings, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.timeline)
        bottom_layout.addLayout(checks, 1)
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(top)
        main.addWidget(bottom)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addLayout(self._build_settings())
        layout.addWidget(main, 1)
        layout.addWidget(self.status)

    # -- building ----------------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setItemDelegate(AgendaDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropOverwriteMode(False)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(agenda_model.TITLE, QHeaderView.ResizeMode.Stretch)
        # Tags can be long; the title gets the room, the tags a fixed width (their tooltip shows all).
        header.setSectionResizeMode(agenda_model.RISKS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(agenda_model.RISKS, 200)
        table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._row_changed(current.row()))
        return table

    def _action(self, text: str, slot: Callable[[], Any], *shortcuts: QKeySequence | str) -> QAction:
        """An action of this section; its keys work while the focus is anywhere in the section."""
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
            action.setToolTip(f"{text.replace('&', '')} ({keys})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> QToolBar:
        self.insert_action = self._action(
            self.tr("&Insert item"), self.insert_item, QKeySequence(Qt.Key.Key_Insert), "Ctrl+Return"
        )
        self.duplicate_action = self._action(self.tr("D&uplicate"), self.duplicate_item, "Ctrl+D")
        self.delete_action = self._action(
            self.tr("&Delete"), self.delete_item, QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Backspace)
        )
        self.up_action = self._action(self.tr("Move &up"), lambda: self.move_by(-1), "Ctrl+Up")
        self.down_action = self._action(self.tr("Move d&own"), lambda: self.move_by(+1), "Ctrl+Down")
        self.template_action = self._action(self.tr("Apply &template…"), lambda: self.apply_template(), "Ctrl+Shift+T")
        self.save_template_action = self._action(
            self.tr("&Save as template…"), lambda: self.save_template(), "Ctrl+Shift+S"
        )
        self.copy_action = self._action(
            self.tr("&Copy from meeting…"), lambda: self.copy_from_meeting(), "Ctrl+Shift+C"
        )
        self.hours_action = self._action(self.tr("Day &hours…"), self.edit_day_hours, "Ctrl+Shift+H")
        self.pdf_action = self._action(self.tr("&Print agenda (PDF)…"), lambda: self.export_pdf(), "Ctrl+P")
        self.ics_action = self._action(self.tr("Calendar (.ics)…"), lambda: self.export_ics(), "Ctrl+Shift+I")
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        groups = (
            (self.insert_action, self.duplicate_action, self.delete_action, self.up_action, self.down_action),
            (self.template_action, self.save_template_action, self.copy_action, self.hours_action),
            (self.pdf_action, self.ics_action),
        )
        for number, group in enumerate(groups):
            if number:
                toolbar.addSeparator()
            for action in group:
                toolbar.addAction(action)
        return toolbar

    def _build_settings(self) -> QHBoxLayout:
        self.factor_spin = QDoubleSpinBox()
        self.factor_spin.setRange(1.0, 4.0)
        self.factor_spin.setSingleStep(0.1)
        self.factor_spin.setDecimals(1)
        self.factor_spin.setPrefix("× ")
        self.factor_spin.editingFinished.connect(
            lambda: self._save_meeting(interpretation_factor=round(self.factor_spin.value(), 1))
        )
        self.share_spin = QSpinBox()
        self.share_spin.setRange(0, 100)
        self.share_spin.setSuffix(" %")
        self.share_spin.editingFinished.connect(
            lambda: self._save_meeting(min_discussion_share=self.share_spin.value() / 100)
        )
        row = QHBoxLayout()
        factor_label = QLabel(self.tr("Consecutive &interpretation stretches items by"))
        factor_label.setBuddy(self.factor_spin)
        share_label = QLabel(self.tr("Minimum &discussion and worker-voice time per day"))
        share_label.setBuddy(self.share_spin)
        for label in (factor_label, share_label):
            # A narrow window clips the labels instead of growing; the tooltip keeps the whole text.
            label.setMinimumWidth(40)
            label.setToolTip(label.text().replace("&", ""))
        for widget in (factor_label, self.factor_spin, share_label, self.share_spin):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_details(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.presenter_combo = QComboBox()
        self.presenter_combo.activated.connect(lambda _index: self._save_presenter())
        self.purpose_edit = CommitTextEdit(lambda: self._save_text("purpose", self.purpose_edit))
        self.notes_edit = CommitTextEdit(lambda: self._save_text("facilitator_notes", self.notes_edit))
        self.materials_edit = CommitTextEdit(lambda: self._save_text("materials", self.materials_edit))
        for edit in (self.purpose_edit, self.notes_edit, self.materials_edit):
            edit.setMinimumHeight(36)
        self.notes_edit.setPlaceholderText(self.tr("Only for the facilitator; never printed"))
        form.addRow(self.tr("&Led by:"), self.presenter_combo)
        form.addRow(self.tr("&Purpose or expected outcome:"), self.purpose_edit)
        form.addRow(self.tr("Facilitator's &notes:"), self.notes_edit)
        form.addRow(self.tr("&Materials:"), self.materials_edit)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        return box

    # -- loading -----------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        if meeting_id != self.meeting_id:
            self._selected_id = None
        super().set_meeting(meeting_id)
        if meeting_id is None:  # no meeting chosen: show nothing rather than the last one's agenda
            self.agenda = None
            self.model.set_agenda(None)
            self.timeline.set_agenda(None)
            self.warnings.clear()
            self.balance_label.clear()
            self._row_changed(-1)

    def load(self) -> None:
        assert self.meeting_id is not None
        keep = self._selected_id  # resetting the model clears the table's current row
        self._loading = True
        try:
            self.agenda = agenda.load(self.ops.db, self.meeting_id)
            self.model.set_agenda(self.agenda)
            self.timeline.set_agenda(self.agenda)
            meeting = self.agenda.meeting
            self.factor_spin.setValue(meeting.interpretation_factor)
            self.share_spin.setValue(round(meeting.min_discussion_share * 100))
            self._load_presenters()
            self._show_checks()
            self.select_item(keep)
        finally:
            self._loading = False

    def _load_presenters(self) -> None:
        self.presenter_combo.clear()
        self.presenter_combo.addItem(self.tr("(nobody)"), None)
        for field, record_id, label in agenda_presenters.presenter_choices(self.ops.db, self.meeting_id):
            self.presenter_combo.addItem(label, (field, record_id))

    def _show_checks(self) -> None:
        assert self.agenda is not None
        timing = self.agenda.timing
        self.warnings.clear()
        for warning in timing.warnings:
            entry = QListWidgetItem("⚠ " + warning.message)
            entry.setData(Qt.ItemDataRole.UserRole, warning.item_id)
            self.warnings.addItem(entry)
        lines = []
        for day, balance in sorted(timing.balance.items()):
            hours = timing.days[day]
            last = max((s.end for s in timing.slots if s.day == day), default=hours.starts)
            share = self.tr("{0:.0%} discussion and worker voice").format(balance.discussion_share)
            head = self.tr("Day {0}: {1}–{2}").format(day + 1, format_clock(hours.starts), format_clock(last))
            if balance.flagged:
                message = self.tr("Day {0} has {1:.0%} discussion and worker-voice time, under {2:.0%}.").format(
                    day + 1, balance.discussion_share, balance.threshold
                )
                entry = QListWidgetItem("⚠ " + message)
                entry.setData(Qt.ItemDataRole.UserRole, None)
                self.warnings.addItem(entry)
                share = f"<b>⚠ {share}</b>"
            kinds = sorted(balance.minutes_by_kind, key=lambda kind: -balance.minutes_by_kind[kind])
            chips = " ".join(
                f"<span style='color:{KIND_COLOURS.get(kind, '#607D8B')}'>■</span>&nbsp;{kind_label(kind)}&nbsp;"
                f"{balance.share(kind):.0%}" + ("*" if kind in DISCUSSION_KINDS else "")
                for kind in kinds
            )
            lines.append(f"<b>{head}</b> · {share}<br/>{chips}")
        if not lines:
            lines.append(self.tr("Add items, apply a template or copy the agenda of an earlier meeting."))
        else:
            legend = self.tr("* counts as discussion and worker voice (breaks and meals are left out)")
            lines.append(f"<small>{legend}</small>")
        self.balance_label.setText("<br/>".join(lines))
        if not timing.warnings and not any(b.flagged for b in timing.balance.values()):
            self.warnings.addItem(self.tr("No overruns, clashes with fixed times or imbalance."))

    # -- selection ---------------------------------------------------------------------------------

    def current_item_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.item(row).id if 0 <= row < self.model.rowCount() else None

    def select_item(self, item_id: str | None) -> None:
        row = self.model.row_of(item_id) if item_id else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            index = self.model.index(row, agenda_model.TITLE)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        self._row_changed(row)

    def _row_changed(self, row: int) -> None:
        has_item = 0 <= row < self.model.rowCount()
        self._selected_id = self.model.item(row).id if has_item else None
        self.timeline.selected_id = self._selected_id
        self.timeline.update()
        for action in (self.duplicate_action, self.delete_action, self.up_action, self.down_action):
            action.setEnabled(has_item)
        self.details.setEnabled(has_item)
        if not has_item:
            return
        item = self.model.item(row)
        was_loading, self._loading = self._loading, True
        self.purpose_edit.setPlainText(item.purpose)
        self.notes_edit.setPlainText(item.facilitator_notes)
        self.materials_edit.setPlainText(item.materials)
        chosen = (
            ("presenter_person_id", item.presenter_person_id)
            if item.presenter_person_id
            else ("presenter_organisation_id", item.presenter_organisation_id)
        )
        self.presenter_combo.setCurrentIndex(max(0, self.presenter_combo.findData(chosen)))
        self._loading = was_loading

    def _warning_chosen(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        if item_id:
            self.select_item(item_id)
            self.table.setFocus()

    # -- edits -------------------------------------------------------------------------------------

    def _edit(self, item_id: str, changes: dict[str, Any]) -> bool:
        return self.ops.edit(self.tr("Edit agenda item"), agenda.update, item_id, changes, CHANGED, self.meeting_id)

    def _save_text(self, field: str, edit: CommitTextEdit) -> None:
        item_id = self.current_item_id()
        if self._loading or item_id is None:
            return
        item = self.model.item(self.model.row_of(item_id))
        if getattr(item, field) != edit.toPlainText():
            self._edit(item_id, {field: edit.toPlainText()})

    def _save_presenter(self) -> None:
        item_id = self.current_item_id()
        if self._loading or item_id is None:
            return
        chosen = self.presenter_combo.currentData()
        changes: dict[str, Any] = {"presenter_person_id": None, "presenter_organisation_id": None}
        if chosen:
            changes[chosen[0]] = chosen[1]
        self._edit(item_id, changes)

    def _save_meeting(self, **changes: Any) -> None:
        if self._loading or self.agenda is None:
            return
        meeting = self.agenda.meeting
        if all(getattr(meeting, name) == value for name, value in changes.items()):
            return
        self.ops.edit(
            self.tr("Edit agenda settings"), meetings.update, meeting.id, changes, SETTINGS_CHANGED, meeting.id
        )

    def _added(self, text: str, create: Callable[[], str]) -> None:
        """Run a creation as an op whose undo tombstones the new item and whose redo brings it back."""
        db = self.ops.db
        ok, item_id = self.ops.run(
            text,
            create,
            lambda new_id: agenda.delete(db, new_id),
            CHANGED,
            self.meeting_id,
            redo=lambda new_id: agenda.restore(db, new_id),
        )
        if ok:
            self.select_item(item_id)

    def insert_item(self) -> None:
        if self.meeting_id is None:
            return
        after = self.current_item_id()
        title = self.tr("New item")
        self._added(
            self.tr("Insert agenda item"),
            lambda: agenda.add(self.ops.db, self.meeting_id, title, after_id=after, kind="plenary").id,
        )
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def duplicate_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self._added(self.tr("Duplicate agenda item"), lambda: agenda.duplicate(self.ops.db, item_id).id)

    def delete_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        row = self.table.currentIndex().row()
        following = row + 1 if row + 1 < self.model.rowCount() else row - 1
        self._selected_id = self.model.item(following).id if following >= 0 else None
        db = self.ops.db
        self.ops.run(
            self.tr("Delete agenda item"),
            lambda: agenda.delete(db, item_id),
            lambda _result: agenda.restore(db, item_id),
            CHANGED,
            self.meeting_id,
        )

    def _moved(self, item_id: str, move: Callable[[], dict[str, Any] | None]) -> None:
        db = self.ops.db
        self._selected_id = item_id
        self.ops.run(
            self.tr("Move agenda item"),
            move,
            lambda previous: agenda.restore_place(db, item_id, previous) if previous else None,
            CHANGED,
            self.meeting_id,
        )

    def move_by(self, step: int) -> None:
        item_id = self.current_item_id()
        row = self.table.currentIndex().row()
        if item_id is None or not 0 <= row + step < self.model.rowCount():
            return
        self._moved(item_id, lambda: agenda.move_by(self.ops.db, item_id, step))

    def move_to(self, item_id: str, row: int) -> None:
        """A drop: ``item_id`` goes before what is now at ``row``."""
        current = self.model.row_of(item_id)
        if current < 0 or row in (current, current + 1):
            return
        self._moved(item_id, lambda: agenda.move_to(self.ops.db, item_id, row))

    # -- templates and copies ----------------------------------------------------------------------

    def _appended(self, text: str, create: Callable[[], list[str]]) -> None:
        db = self.ops.db
        ok, created = self.ops.run(
            text,
            create,
            lambda ids: agenda.set_items_deleted(db, ids, True),
            CHANGED,
            self.meeting_id,
            redo=lambda ids: agenda.set_items_deleted(db, ids, False),
        )
        if ok and created:
            self.select_item(created[0])

    def apply_template(self, template_id: str | None = None) -> None:
        if self.meeting_id is None:
            return
        if template_id is None:
            ok, found = self.ops.guarded(lambda: templates.templates(self.ops.db))
            if not ok:
                return
            choices = [
                Choice(
                    t.id,
                    t.name,
                    f"{t.description}\n" + self.tr("{0} items, {1} min planned").format(len(t.items), t.total_minutes),
                )
                for t in found
            ]
            dialog = ChooseDialog(
                self.tr("Apply a template"),
                self.tr("The template's items are added at the end of the agenda:"),
                choices,
                self.tr("Apply"),
                self,
            )
            if not dialog.exec() or (template_id := dialog.chosen()) is None:
                return
        meeting_id = self.meeting_id
        self._appended(self.tr("Apply template"), lambda: templates.apply(self.ops.db, meeting_id, template_id))

    def copy_from_meeting(self, source_id: str | None = None) -> None:
        if self.meeting_id is None:
            return
        if source_id is None:
            others = [
                Choice(m.id, f"{m.local_start:%Y-%m-%d}  {m.title}", ", ".join(p for p in (m.city, m.country) if p))
                for m in meetings.list_meetings(self.ops.db, include_archived=True)
                if m.id != self.meeting_id
            ]
            dialog = ChooseDialog(
                self.tr("Copy an agenda"),
                self.tr("The chosen meeting's agenda is added at the end of this one:"),
                others,
                self.tr("Copy"),
                self,
            )
            if not dialog.exec() or (source_id := dialog.chosen()) is None:
                return
        target = self.meeting_id
        self._appended(self.tr("Copy agenda"), lambda: templates.copy_from_meeting(self.ops.db, source_id, target))

    def save_template(self, name: str | None = None) -> None:
        if self.meeting_id is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save as template"), self.tr("Name of the template:"))
            if not ok:
                return
        replace = templates.exists(self.ops.db, name)
        if replace and not self._confirm(self.tr("A template named '{0}' exists already. Replace it?").format(name)):
            return
        ok, saved = self.ops.guarded(lambda: templates.save(self.ops.db, self.meeting_id, name, replace=replace))
        if ok:
            self.status.setText(self.tr("Saved the template '{0}'.").format(saved.name))

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Save as template"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- days --------------------------------------------------------------------------------------

    def edit_day_hours(self) -> None:
        if self.agenda is None:
            return
        meeting = self.agenda.meeting
        start = meetings.to_local(meeting.starts_at, meeting.timezone)
        end = meetings.to_local(meeting.ends_at, meeting.timezone)
        days = set(self.agenda.timing.days) | set(self.agenda.day_rows)
        days.add(max(days) + 1)
        current = {
            day: (row.starts, row.ends) if (row := self.agenda.day_rows.get(day)) else ("", "") for day in sorted(days)
        }
        dialog = DayHoursDialog(current, (f"{start:%H:%M}", f"{end:%H:%M}"), self)
        if dialog.exec():
            self.set_day_hours({day: hours for day, hours in dialog.hours().items() if hours != current[day]})

    def set_day_hours(self, changes: dict[int, tuple[str, str]]) -> None:
        """Set several days' hours as one undoable step."""
        db, meeting_id = self.ops.db, self.meeting_id
        self.ops.undo_stack.beginMacro(self.tr("Change day hours"))
        try:
            for day, (starts, ends) in changes.items():
                self.ops.run(
                    self.tr("Change day hours"),
                    lambda d=day, s=starts, e=ends: agenda.set_day_hours(db, meeting_id, d, s, e),
                    lambda previous, d=day: agenda.set_day_hours(
                        db, meeting_id, d, previous["starts"], previous["ends"]
                    ),
                    CHANGED,
                    meeting_id,
                )
        finally:
            self.ops.undo_stack.endMacro()

    # -- outputs -----------------------------------------------------------------------------------

    def _target(self, path: Path | None, suffix: str, kind: str) -> Path | None:
        if path is not None:
            return path
        title = self.agenda.meeting.title if self.agenda else "agenda"
        default = Path.home() / (re.sub(r"[^\w-]+", "-", title).strip("-")[:60] + f"-agenda{suffix}")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the agenda"), str(default), kind)
        return Path(chosen) if chosen else None

    def export_pdf(self, path: Path | None = None) -> None:
        from facilitator.export import agenda_pdf

        target = self._target(path, ".pdf", self.tr("PDF (*.pdf)"))
        if target is not None and self.meeting_id is not None:
            ok, _ = self.ops.guarded(lambda: agenda_pdf.export(self.ops.db, self.meeting_id, target))
            if ok:
                self.status.setText(self.tr("Saved the printable agenda to {0}").format(target))

    def export_ics(self, path: Path | None = None) -> None:
        from facilitator.export import ics

        target = self._target(path, ".ics", self.tr("Calendar (*.ics)"))
        if target is not None and self.meeting_id is not None:
            ok, _ = self.ops.guarded(lambda: ics.export(self.ops.db, self.meeting_id, target))
            if ok:
                self.status.setText(self.tr("Saved the calendar to {0}").format(target))
