"""The main window: the meetings list on the left, the chosen meeting's workspace on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator import __version__
from facilitator.core import meetings, vocabulary
from facilitator.core.changes import Change
from facilitator.core.demo.seed import seed_demo
from facilitator.core.models import Meeting
from facilitator.core.records import set_deleted
from facilitator.ui.common.section import Section
from facilitator.ui.i18n import AVAILABLE
from facilitator.ui.meetings.model import MeetingsModel
from facilitator.ui.meetings.new_meeting_dialog import NewMeetingDialog
from facilitator.ui.ops import Changed, Ops
from facilitator.ui.sections import SECTIONS
from facilitator.ui.settings import Settings
from facilitator.ui.shortcuts_dialog import ShortcutsDialog


class MeetingsPanel(QWidget):
    """Search, sort and pick a meeting."""

    meeting_chosen = Signal(object)  # str | None

    def __init__(self, ops: Ops, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = MeetingsModel(ops.db)
        self.model.include_archived = settings.show_archived
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(MeetingsModel.SORT_ROLE)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search meetings"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.setChecked(settings.show_archived)
        self.archived.toggled.connect(self._toggle_archived)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MeetingsModel.COLUMN_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.model.modelReset.connect(self._fit_columns)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._chosen(current))
        self._settings = settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.archived)
        ops.bus.changed.connect(self._on_changed)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(MeetingsModel.ID_ROLE) if index.isValid() else None

    def reload(self, keep: str | None = None) -> None:
        keep = keep or self.current_id()
        self.model.reload()
        self.select(keep)

    def select(self, meeting_id: str | None) -> None:
        row = self.model.row_of(meeting_id) if meeting_id else -1
        if row < 0:
            row = 0 if self.model.rowCount() and meeting_id is None else -1
        if row < 0:
            self.table.clearSelection()
            self.meeting_chosen.emit(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.meeting_chosen.emit(self.model.summary(row).id)

    def _chosen(self, proxy_index) -> None:
        self.meeting_chosen.emit(proxy_index.data(MeetingsModel.ID_ROLE) if proxy_index.isValid() else None)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == MeetingsModel.COLUMN_TITLE
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(column, mode)

    def _search(self, text: str) -> None:
        self.model.search = text
        self.reload()

    def _toggle_archived(self, on: bool) -> None:
        self.model.include_archived = on
        self._settings.show_archived = on
        self.reload()

    def _on_changed(self, changed: Changed) -> None:
        if changed.kinds & (Change.MEETINGS | Change.PARTICIPATION):
            self.reload()


class Workspace(QStackedWidget):
    """One tab per built section for the chosen meeting; a hint when none is chosen."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self.tr("Choose a meeting on the left, or create one with File ▸ New meeting."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.ops = ops
        self.meeting_id: str | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.sections: list[Section] = [section(ops) for section in SECTIONS]
        for section in self.sections:
            section.defer_while_hidden = True
            self.tabs.addTab(section, section.title())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.page = page
        self.addWidget(self.hint)
        self.addWidget(page)
        ops.bus.changed.connect(lambda changed: changed.kinds & Change.MEETINGS and self._update_heading())

    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.setCurrentWidget(self.page if meeting_id else self.hint)
        self._update_heading()
        for section in self.sections:
            section.set_meeting(meeting_id)

    def _update_heading(self) -> None:
        if self.meeting_id is None:
            return
        m = meetings.get(self.ops.db, self.meeting_id)
        start, end = meetings.to_local(m.starts_at, m.timezone), meetings.to_local(m.ends_at, m.timezone)
        when = (
            f"{start:%Y-%m-%d %H:%M} – {end:%H:%M}"
            if start.date() == end.date()
            else (f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}")
        )
        place = ", ".join(part for part in (m.city, vocabulary.COUNTRIES.label(m.country)) if part)
        details = " · ".join(
            part for part in (f"{when} ({m.timezone})", place, vocabulary.MEETING_STATUSES.label(m.status)) if part
        )
        self.heading.setText(f"<b style='font-size:14pt'>{escape(m.title)}</b><br>{escape(details)}")

    def show_section(self, section_type: type[Section]) -> None:
        """Jump to a section, e.g. from a check that says where its fix is made."""
        for section in self.sections:
            if isinstance(section, section_type):
                self.tabs.setCurrentWidget(section)


class MainWindow(QMainWindow):
    def __init__(self, ops: Ops, settings: Settings, switch_language: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self.ops = ops
        self.settings = settings
        self._switch_language = switch_language
        ops.parent = self
        self.setWindowTitle(self.tr("Facilitator"))
        self.meetings = MeetingsPanel(ops, settings)
        self.workspace = Workspace(ops)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.meetings)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([460, 940])
        self.setCentralWidget(self.splitter)
        self.meetings.meeting_chosen.connect(self._meeting_chosen)
        self.workspace.tabs.currentChanged.connect(self._section_changed)
        self._build_menus()
        self._restore_state()
        self.meetings.reload(settings.last_meeting or None)

    # -- menus -------------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New meeting…"), self.new_meeting, QKeySequence.StandardKey.New)
        self.demo_action = self._action(self.tr("Open the &demo roundtable"), self.open_demo)
        self.duplicate_action = self._action(self.tr("D&uplicate meeting"), self.duplicate_meeting, "Ctrl+Shift+D")
        self.archive_action = self._action(self.tr("&Archive meeting"), self.toggle_archive, "Ctrl+Shift+A")
        self.backup_action = self._action(self.tr("&Back up data…"), self.backup)
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action in (
            self.new_action,
            self.demo_action,
            None,
            self.duplicate_action,
            self.archive_action,
            None,
            self.backup_action,
            None,
            quit_action,
        ):
            file_menu.addAction(action) if action else file_menu.addSeparator()

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.ops.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ops.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

        view_menu = bar.addMenu(self.tr("&View"))
        find = self._action(self.tr("&Find meeting"), self.meetings.search.setFocus, QKeySequence.StandardKey.Find)
        view_menu.addAction(find)
        for number, section in enumerate(self.workspace.sections, start=1):
            view_menu.addAction(
                self._action(
                    section.title(),
                    lambda _checked=False, s=section: self.workspace.tabs.setCurrentWidget(s),
                    f"Ctrl+{number}",
                )
            )
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in AVAILABLE.items():
            action = group.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == (self.settings.language or "en"))
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            self.language_menu.addAction(action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.duplicate_action, self.archive_action, None, undo, redo):
            toolbar.addAction(action) if action else toolbar.addSeparator()

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        )
        help_menu.addAction(self._action(self.tr("&About Facilitator"), self.about))
        self.ops.bus.changed.connect(lambda _changed: self._update_actions())

    def _update_actions(self) -> None:
        chosen = self.meetings.current_id()
        for action in (self.duplicate_action, self.archive_action):
            action.setEnabled(chosen is not None)
        if chosen:
            archived = self.meetings.model.summary(self.meetings.model.row_of(chosen)).archived
            self.archive_action.setText(self.tr("Un&archive meeting") if archived else self.tr("&Archive meeting"))

    # -- commands ----------------------------------------------------------------------------------

    def new_meeting(self) -> str | None:
        dialog = NewMeetingDialog(self)
        if dialog.exec() != NewMeetingDialog.DialogCode.Accepted:
            return None
        title, start, end, zone = dialog.values()
        return self.create_meeting(title, start, end, zone)

    def create_meeting(self, title: str, start: datetime, end: datetime, zone: str) -> str | None:
        ok, meeting = self.ops.run(
            self.tr("New meeting"),
            lambda: meetings.create(self.ops.db, title, start, end, zone),
            lambda made: set_deleted(self.ops.db, Meeting, made.id, True),
            Change.MEETINGS,
            redo=lambda made: set_deleted(self.ops.db, Meeting, made.id, False),
        )
        if ok:
            self.meetings.reload(meeting.id)
            return meeting.id
        return None

    def open_demo(self) -> None:
        ok, meeting_id = self.ops.run(self.tr("Open demo"), lambda: seed_demo(self.ops.db), None, Change.ALL)
        if ok:
            self.meetings.reload(meeting_id)

    def duplicate_meeting(self) -> None:
        chosen = self.meetings.current_id()
        if chosen is None:
            return
        ok, copy = self.ops.run(
            self.tr("Duplicate meeting"),
            lambda: meetings.duplicate(
                self.ops.db, chosen, self.tr("{0} (copy)").format(meetings.get(self.ops.db, chosen).title)
            ),
            lambda made: set_deleted(self.ops.db, Meeting, made.id, True),
            Change.MEETINGS,
            redo=lambda made: set_deleted(self.ops.db, Meeting, made.id, False),
        )
        if ok:
            self.meetings.reload(copy.id)

    def toggle_archive(self) -> None:
        chosen = self.meetings.current_id()
        if chosen is None:
            return
        archived = not meetings.get(self.ops.db, chosen).archived
        text = self.tr("Archive meeting") if archived else self.tr("Unarchive meeting")
        self.ops.run(
            text,
            lambda: meetings.set_archived(self.ops.db, chosen, archived),
            lambda _none: meetings.set_archived(self.ops.db, chosen, not archived),
            Change.MEETINGS,
            chosen,
        )

    def backup(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up data"),
            str(self.ops.db.directory / "facilitator-backup.sqlite3"),
            self.tr("Facilitator database (*.sqlite3)"),
        )
        if not target:
            return
        try:
            self.ops.db.backup(Path(target))
        except OSError as error:
            self.ops.show_error(self.tr("The backup could not be written: {0}").format(error))
            return
        self.statusBar().showMessage(self.tr("Backed up to {0}").format(target), 5000)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Facilitator"),
            self.tr(
                "<h3>Facilitator {0}</h3><p>Plan, run and document multi-stakeholder roundtables in production "
                "countries, offline.</p><p>Your data: {1}</p>"
            ).format(__version__, self.ops.db.path),
        )

    def _choose_language(self, code: str) -> None:
        self.settings.language = code
        if self._switch_language is not None:
            self._switch_language(code)

    # -- state -------------------------------------------------------------------------------------

    def _meeting_chosen(self, meeting_id: str | None) -> None:
        self.workspace.show_meeting(meeting_id)
        self.settings.last_meeting = meeting_id or ""
        self._update_actions()
        if meeting_id:
            self.setWindowTitle(self.tr("{0} – Facilitator").format(meetings.get(self.ops.db, meeting_id).title))
        else:
            self.setWindowTitle(self.tr("Facilitator"))

    def _section_changed(self, index: int) -> None:
        self.settings.last_section = index

    def _restore_state(self) -> None:
        if not self.restoreGeometry(self.settings.window_geometry):
            self.resize(1400, 860)
        self.restoreState(self.settings.window_state)
        self.splitter.restoreState(self.settings.splitter_state)
        self.workspace.tabs.setCurrentIndex(min(self.settings.last_section, self.workspace.tabs.count() - 1))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()
        super().closeEvent(event)
