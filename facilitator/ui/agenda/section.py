"""The Agenda section: build a timed agenda in a table, see it as a timeline, check overruns and balance.

Every change is an op (undoable, announced); the table, timeline, balance and warnings all redraw from
one :func:`facilitator.core.agenda.items.load`, whose times are computed, never stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.agenda import templates as templates
from facilitator.core.agenda.items import Agenda
from facilitator.core.changes import Change
from facilitator.ui.agenda import model as agenda_model
from facilitator.ui.agenda.checks import AgendaChecks
from facilitator.ui.agenda.delegates import AgendaDelegate, OneLineDelegate
from facilitator.ui.agenda.details import ItemDetails
from facilitator.ui.agenda.dialogs import Choice, ChooseDialog, DayHoursDialog
from facilitator.ui.agenda.model import AgendaModel
from facilitator.ui.agenda.timeline import Timeline
from facilitator.ui.common.actions import make_action
from facilitator.ui.common.forms import scrolling
from facilitator.ui.common.loading import Loading
from facilitator.ui.common.section import Section
from facilitator.ui.ops import Ops
from facilitator.ui.ops import agenda as agenda_ops


class AgendaTable(QTableView):
    """The agenda table, whose title column keeps room to be read: on a narrow screen the risk tags
    column gives way first (its tooltip lists every tag)."""

    TITLE_EMS = 14
    RISKS_MIN = 80

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.keep_title_room()

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab (and Shift+Tab) go on to the next cell that can be edited: out of Planned to
        Interpretation, past the computed Effective, whose editor opens for the keys typed next (before,
        Tab stopped on Effective and the next key was lost)."""
        step = {QAbstractItemView.CursorAction.MoveNext: 1, QAbstractItemView.CursorAction.MovePrevious: -1}
        model, current = self.model(), self.currentIndex()
        cells = model.rowCount() * model.columnCount()
        if action not in step or not current.isValid() or not cells:
            return super().moveCursor(action, modifiers)
        position = current.row() * model.columnCount() + current.column()
        for _ in range(cells):
            position = (position + step[action]) % cells
            index = model.index(*divmod(position, model.columnCount()))
            if not self.isColumnHidden(index.column()) and index.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
        return super().moveCursor(action, modifiers)

    def keep_title_room(self) -> None:
        header = self.horizontalHeader()
        if header.count() <= agenda_model.RISKS:
            return
        wanted = self.fontMetrics().horizontalAdvance("M") * self.TITLE_EMS
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != agenda_model.TITLE)
        short = wanted - (self.viewport().width() - others)
        if short > 0:
            risks = header.sectionSize(agenda_model.RISKS)
            header.resizeSection(agenda_model.RISKS, max(self.RISKS_MIN, risks - short))


class AgendaSection(Section):
    shows = Change.AGENDA | Change.MEETINGS | Change.PARTICIPATION | Change.PEOPLE

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.agenda: Agenda | None = None
        self._selected_id: str | None = None
        self.loading = Loading()
        self.model = AgendaModel(self._edit, self.move_to, self)
        self.table = self._build_table()
        self.timeline = Timeline()
        self.timeline.item_clicked.connect(self.select_item)
        self.toolbar = self._build_actions()
        self.details = ItemDetails(self._edit)
        self.checks = AgendaChecks()
        self.checks.item_chosen.connect(self._warning_chosen)
        self.status = QLabel()

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.table)
        top.addWidget(scrolling(self.details))  # its form scrolls rather than making the window taller
        top.setStretchFactor(0, 4)
        top.setStretchFactor(1, 1)
        top.setSizes([1000, 240])
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.timeline)
        bottom_layout.addWidget(self.checks, 1)
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
        table = AgendaTable()
        table.setAccessibleName(self.tr("Agenda items"))
        table.setModel(self.model)
        table.setItemDelegate(AgendaDelegate(table))
        table.setItemDelegateForColumn(agenda_model.RISKS, OneLineDelegate(table))
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
        # A title wraps onto a second line rather than ending in "…"; rows follow their text at once.
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(agenda_model.TITLE, QHeaderView.ResizeMode.Stretch)
        # Tags can be long; the title gets the room, the tags a fixed width (their tooltip shows all).
        header.setSectionResizeMode(agenda_model.RISKS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(agenda_model.RISKS, 200)
        table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._row_changed(current.row()))
        return table

    def _build_actions(self) -> QToolBar:
        self.insert_action = make_action(self, "agenda.insert", self.insert_item)
        self.duplicate_action = make_action(self, "agenda.duplicate", self.duplicate_item)
        self.delete_action = make_action(self, "agenda.delete", self.delete_item)
        self.up_action = make_action(self, "agenda.up", partial(self.move_by, -1))
        self.down_action = make_action(self, "agenda.down", partial(self.move_by, +1))
        self.template_action = make_action(self, "agenda.template", self.apply_template)
        self.save_template_action = make_action(self, "agenda.save_template", self.save_template)
        self.copy_action = make_action(self, "agenda.copy", self.copy_from_meeting)
        self.hours_action = make_action(self, "agenda.hours", self.edit_day_hours)
        self.pdf_action = make_action(self, "agenda.pdf", self.export_pdf)
        self.ics_action = make_action(self, "agenda.ics", self.export_ics)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setIconSize(QSize(16, 16))
        toolbar.addActions([self.insert_action, self.duplicate_action, self.delete_action])
        # The arrows as icons: a laptop's toolbar keeps room for Print and Calendar beside them.
        for action, icon in ((self.up_action, QStyle.StandardPixmap.SP_ArrowUp),
                             (self.down_action, QStyle.StandardPixmap.SP_ArrowDown)):  # fmt: skip
            action.setIcon(self.style().standardIcon(icon))
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAccessibleName(action.text().replace("&", ""))
        toolbar.addSeparator()
        template_menu = QMenu(self.tr("Templates"), self)
        template_menu.addActions([self.template_action, self.save_template_action, self.copy_action])
        self.templates_button = QToolButton()
        self.templates_button.setText(self.tr("&Templates"))
        self.templates_button.setMenu(template_menu)
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.templates_button)
        toolbar.addAction(self.hours_action)
        toolbar.addSeparator()
        toolbar.addActions([self.pdf_action, self.ics_action])
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

    # -- loading -----------------------------------------------------------------------------------

    def first_field(self) -> QWidget:
        return self.table  # the agenda itself, not the interpretation factor above it

    def set_meeting(self, meeting_id: str | None) -> None:
        if meeting_id != self.meeting_id:
            self._selected_id = None
        super().set_meeting(meeting_id)
        if meeting_id is None:  # no meeting chosen: show nothing rather than the last one's agenda
            self.agenda = None
            self.model.set_agenda(None)
            self.timeline.set_agenda(None)
            self.checks.clear()
            self._row_changed(-1)

    def load(self) -> None:
        assert self.meeting_id is not None
        if self.load_after_editing(self.table):  # Insert and typing go on working in the table
            return
        keep = self._selected_id  # resetting the model clears the table's current row
        column = max(self.table.currentIndex().column(), agenda_model.TITLE)
        with self.loading:
            self.agenda = agenda.load(self.ops.db, self.meeting_id)
            self.model.set_agenda(self.agenda)
            self.timeline.set_agenda(self.agenda)
            meeting = self.agenda.meeting
            self.factor_spin.setValue(meeting.interpretation_factor)
            self.share_spin.setValue(round(meeting.min_discussion_share * 100))
            self.details.load_presenters(self.ops.db, self.meeting_id)
            self.checks.show_timing(self.agenda.timing)
            self.select_item(keep, column)
        self.table.keep_title_room()

    # -- selection ---------------------------------------------------------------------------------

    def current_item_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.item(row).id if 0 <= row < self.model.rowCount() else None

    def select_item(self, item_id: str | None, column: int = agenda_model.TITLE) -> None:
        row = self.model.row_of(item_id) if item_id else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            index = self.model.index(row, column)
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
        self.details.show_item(self.model.item(row) if has_item else None)

    def _warning_chosen(self, item_id: str) -> None:
        self.select_item(item_id)
        self.table.setFocus()

    # -- edits -------------------------------------------------------------------------------------

    def _edit(self, item_id: str, changes: dict[str, Any]) -> bool:
        return agenda_ops.update_item(self.ops, self.meeting_id, item_id, changes)

    def _save_meeting(self, **changes: Any) -> None:
        if self.loading or self.agenda is None:
            return
        meeting = self.agenda.meeting
        if any(getattr(meeting, name) != value for name, value in changes.items()):
            agenda_ops.update_settings(self.ops, meeting.id, changes)

    def insert_item(self) -> None:
        if self.meeting_id is None:
            return
        made = agenda_ops.insert_item(self.ops, self.meeting_id, self.tr("New item"), self.current_item_id())
        if made:
            self.select_item(made)
            self.table.setFocus()
            self.table.edit(self.table.currentIndex())

    def duplicate_item(self) -> None:
        item_id = self.current_item_id()
        made = agenda_ops.duplicate_item(self.ops, self.meeting_id, item_id) if item_id else None
        if made:
            self.select_item(made)

    def delete_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        row = self.table.currentIndex().row()
        following = row + 1 if row + 1 < self.model.rowCount() else row - 1
        self._selected_id = self.model.item(following).id if following >= 0 else None
        agenda_ops.delete_item(self.ops, self.meeting_id, item_id)

    def move_by(self, step: int) -> None:
        item_id = self.current_item_id()
        row = self.table.currentIndex().row()
        if item_id is not None and 0 <= row + step < self.model.rowCount():
            self._selected_id = item_id
            agenda_ops.move_item_by(self.ops, self.meeting_id, item_id, step)

    def move_to(self, item_id: str, row: int) -> None:
        """A drop: ``item_id`` goes before what is now at ``row``."""
        current = self.model.row_of(item_id)
        if current >= 0 and row not in (current, current + 1):
            self._selected_id = item_id
            agenda_ops.move_item_to(self.ops, self.meeting_id, item_id, row)

    # -- templates and copies ----------------------------------------------------------------------

    def _appended(self, created: list[str]) -> None:
        if created:
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
                    f"{t.description}\n"
                    + self.tr("%n items, {0} min planned", "", len(t.items)).format(t.total_minutes),
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
        self._appended(agenda_ops.apply_template(self.ops, self.meeting_id, template_id))

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
        self._appended(agenda_ops.copy_agenda(self.ops, source_id, self.meeting_id))

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
        saved = agenda_ops.save_template(self.ops, self.meeting_id, name, replace)
        if saved is not None:
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
        # Every day of the meeting, with any day that holds items or hours, and the day after them all,
        # which the facilitator may plan ahead before extending the meeting.
        days = set(range((end.date() - start.date()).days + 1)) | set(self.agenda.timing.days)
        days |= set(self.agenda.day_rows)
        new_day = max(days) + 1
        days.add(new_day)
        current = {
            day: (row.starts, row.ends) if (row := self.agenda.day_rows.get(day)) else ("", "") for day in sorted(days)
        }
        dialog = DayHoursDialog(current, (f"{start:%H:%M}", f"{end:%H:%M}"), self, new_day)
        if dialog.exec():
            self.set_day_hours({day: hours for day, hours in dialog.hours().items() if hours != current[day]})

    def set_day_hours(self, changes: dict[int, tuple[str, str]]) -> None:
        """Set several days' hours as one undoable step."""
        if changes:
            agenda_ops.set_day_hours(self.ops, self.meeting_id, changes)

    # -- outputs -----------------------------------------------------------------------------------

    def _target(self, path: Path | None, suffix: str, kind: str) -> Path | None:
        if path is not None:
            return path
        title = self.agenda.meeting.title if self.agenda else "agenda"
        default = Path.home() / (re.sub(r"[^\w-]+", "-", title).strip("-")[:60] + f"-agenda{suffix}")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the agenda"), str(default), kind)
        return Path(chosen) if chosen else None

    def _export(self, path: Path | None, suffix: str, kind: str, op: Callable[..., bool], saved: str) -> None:
        target = self._target(path, suffix, kind)
        if target is not None and self.meeting_id is not None and op(self.ops, self.meeting_id, target):
            self.status.setText(saved.format(target))

    def export_pdf(self, path: Path | None = None) -> None:
        saved = self.tr("Saved the printable agenda to {0}")
        self._export(path, ".pdf", self.tr("PDF (*.pdf)"), agenda_ops.export_pdf, saved)

    def export_ics(self, path: Path | None = None) -> None:
        saved = self.tr("Saved the calendar to {0}")
        self._export(path, ".ics", self.tr("Calendar (*.ics)"), agenda_ops.export_ics, saved)
