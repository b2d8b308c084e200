"""The main window: the meetings list on the left, the chosen meeting's workspace on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QMainWindow, QMessageBox, QSplitter

from facilitator import __version__, paths
from facilitator.core.changes import Change
from facilitator.core.meeting_summary import MeetingSummary
from facilitator.ui.common import screen
from facilitator.ui.common.actions import assign, make_action, plain_action
from facilitator.ui.common.dialogs import until_done
from facilitator.ui.i18n import AVAILABLE
from facilitator.ui.keys import KEYS
from facilitator.ui.meetings.new_meeting_dialog import NewMeetingDialog
from facilitator.ui.meetings.panel import MeetingsPanel
from facilitator.ui.sections import SECTIONS
from facilitator.ui.settings import Settings
from facilitator.ui.workspace import Workspace

if TYPE_CHECKING:
    from facilitator.ui.ops import Changed, Ops


def _meeting_ops() -> ModuleType:
    """The meeting ops, imported once the data is open: they pull in the ORM, which the first paint does
    without."""
    from facilitator.ui.ops import meetings

    return meetings


STEP_SHOWN_MS = 6000  # how long the status bar names a step undone or done again


class MainWindow(QMainWindow):
    """Shown first with the meetings list of a quick read (``preview``); :meth:`attach` then brings the
    open data, the undo stack and the sections."""

    def __init__(
        self,
        settings: Settings,
        switch_language: Callable[[str], None] | None = None,
        preview: list[MeetingSummary] | None = None,
    ) -> None:
        super().__init__()
        self.ops: Ops | None = None
        self.rebuilding = False  # closed to be built again (another language): nothing stops
        self.settings = settings
        self._switch_language = switch_language
        self.setWindowTitle(self.tr("Facilitator"))
        self.meetings = MeetingsPanel(settings)
        self.workspace = Workspace()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.meetings)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)
        self.meetings.meeting_chosen.connect(self._meeting_chosen)
        self.room_view = False
        self.workspace.room_view_changed.connect(self.show_room_view)
        self.workspace.tabs.currentChanged.connect(self._section_changed)
        self._build_menus()
        self._restore_state()
        if preview is not None:
            self.meetings.show_preview(preview, settings.last_meeting or None)

    def attach(self, ops: Ops) -> None:
        """The data is open: the list reads it, undo and redo join the menus, the sections are built."""
        self.ops = ops
        ops.parent = self
        from facilitator.core import disclosure  # with the data: not needed for the first paint

        # This window is the facilitator's own screen: it shows people as entered, and says so.
        self.statusBar().addPermanentWidget(QLabel(disclosure.internal_marking()))
        undo = assign(ops.undo_stack.createUndoAction(self, KEYS["undo"].label()), "undo")
        redo = assign(ops.undo_stack.createRedoAction(self, KEYS["redo"].label()), "redo")
        self.undo_action, self.redo_action = undo, redo
        for action, key in ((undo, "undo"), (redo, "redo")):
            # The toolbar button keeps its one word, so the bar does not grow and jump at every step; the
            # menu names the step.
            action.setIconText(KEYS[key].label().replace("&", ""))
        for action, undoing in ((undo, True), (redo, False)):
            action.triggered.disconnect()  # the stack's own undo() and redo(): asked first, below
            action.triggered.connect(partial(self._replay, undoing))
        # After the stack's own naming of the steps (connected before): the room view keeps them without the
        # step, and elsewhere the step is named as the interface language words it.
        ops.undo_stack.undoTextChanged.connect(self._steps_renamed)
        ops.undo_stack.redoTextChanged.connect(self._steps_renamed)
        self.edit_menu.addActions([undo, redo])
        self.toolbar.addSeparator()
        self.toolbar.addActions([undo, redo])
        for action in self._needs_data:
            action.setEnabled(True)
        self.meetings.attach(ops)
        # After the list: the heading reads the meeting from the list, so the list must reload first.
        ops.bus.changed.connect(self._on_changed)
        self.workspace.attach(ops)
        self.meetings.reload(self.meetings.current_id() or self.settings.last_meeting or None)
        self._update_actions()

    # -- menus -------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = make_action(self, "new_meeting", self.new_meeting)
        self.demo_action = plain_action(self, self.tr("Open the &demo roundtable"), self.open_demo)
        self.duplicate_action = make_action(self, "duplicate_meeting", self.duplicate_meeting)
        self.archive_action = make_action(self, "archive_meeting", self.toggle_archive)
        self.backup_action = plain_action(self, self.tr("&Back up data…"), self.backup)
        self.restore_action = plain_action(self, self.tr("&Restore from backup…"), self.restore_backup)
        self.encryption_action = plain_action(self, self.tr("&Encryption…"), self.open_encryption)
        self.sync_action = make_action(self, "sync", self.open_sync)
        self.conflicts_action = plain_action(self, self.tr("&Conflicts to decide…"), self.open_conflicts)
        quit_action = make_action(self, "quit", self.close)
        for action in (
            self.new_action,
            self.demo_action,
            None,
            self.duplicate_action,
            self.archive_action,
            None,
            self.backup_action,
            self.restore_action,
            self.encryption_action,
            None,
            self.sync_action,
            self.conflicts_action,
            None,
            quit_action,
        ):
            file_menu.addAction(action) if action else file_menu.addSeparator()

        self.edit_menu = bar.addMenu(self.tr("&Edit"))

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(make_action(self, "find_meeting", self.find_meeting))
        self.meetings_list_action = assign(QAction(KEYS["meetings_list"].label(), self), "meetings_list")
        self.addAction(self.meetings_list_action)
        self.meetings_list_action.setCheckable(True)
        self.meetings_list_action.setChecked(self.settings.meetings_list_shown)
        self.meetings_list_action.toggled.connect(self.show_meetings_list)
        self.meetings.setVisible(self.settings.meetings_list_shown)
        view_menu.addAction(self.meetings_list_action)
        for number, spec in enumerate(SECTIONS, start=1):
            show = partial(self.workspace.show_section, spec)
            view_menu.addAction(make_action(self, "section", show, variant=str(number), text=spec.title))
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in AVAILABLE.items():
            action = group.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == (self.settings.language or "en"))
            action.setData(code)
            action.triggered.connect(partial(self._choose_language, code))
            self.language_menu.addAction(action)

        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.new_action, self.duplicate_action, self.archive_action])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(make_action(self, "shortcuts", self.show_shortcuts))
        help_menu.addAction(plain_action(self, self.tr("&About Facilitator"), self.about))
        # What needs the open data waits for attach().
        self._needs_data = (self.new_action, self.demo_action, self.duplicate_action, self.archive_action,
                            self.backup_action, self.restore_action, self.sync_action,
                            self.conflicts_action)  # fmt: skip
        for action in self._needs_data:
            action.setEnabled(False)

    def _on_changed(self, changed: Changed) -> None:
        if changed.kinds & Change.MEETINGS:
            summary = self.meetings.summary(self.workspace.meeting_id)
            self.workspace.show_heading(summary)
            self._show_title(summary)
        self._update_actions()

    def _update_actions(self) -> None:
        summary = self.meetings.summary(self.meetings.current_id())
        for action in (self.duplicate_action, self.archive_action):
            action.setEnabled(summary is not None and self.ops is not None)
        if summary is not None:
            text = self.tr("Un&archive meeting") if summary.archived else self.tr("&Archive meeting")
            self.archive_action.setText(text)

    # -- commands ----------------------------------------------------------------------------------

    def new_meeting(self) -> str | None:
        dialog = NewMeetingDialog(self)
        return until_done(dialog, lambda: self.create_meeting(*dialog.values()))

    def create_meeting(self, title: str, start: datetime, end: datetime, zone: str) -> str | None:
        made = _meeting_ops().create_meeting(self.ops, title, start, end, zone)
        if made:
            self.meetings.select(made)
        return made

    def open_demo(self) -> None:
        meeting_id = _meeting_ops().open_demo(self.ops)
        if meeting_id:
            self.meetings.select(meeting_id)

    def duplicate_meeting(self) -> None:
        chosen = self.meetings.current_id()
        copy = _meeting_ops().duplicate_meeting(self.ops, chosen) if chosen else None
        if copy:
            self.meetings.select(copy)

    def toggle_archive(self) -> None:
        summary = self.meetings.summary(self.meetings.current_id())
        if summary is not None:
            _meeting_ops().set_archived(self.ops, summary.id, not summary.archived)

    def backup(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up data"),
            str(self.ops.db.directory / "facilitator-backup.sqlite3"),
            self.tr("Facilitator database (*.sqlite3)"),
        )
        if not target:
            return
        ok, made = self.ops.guarded(lambda: self.ops.db.backup(Path(target)))  # a refusal is said in plain words
        if not ok:
            return
        from facilitator.core.store import carried_key

        key_file = carried_key.beside(made)
        if key_file.is_file():
            self.statusBar().showMessage(
                self.tr("Backed up to {0}, with its key file {1} beside it: keep the two together").format(
                    target, key_file.name
                ),
                10000,
            )
            return
        self.statusBar().showMessage(self.tr("Backed up to {0}").format(target), 5000)

    def restore_backup(self, backup: Path | None = None) -> None:
        """Put a chosen backup in place of the data, after saying what happens to the current data."""
        if backup is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore from backup"),
                str(paths.backups_dir(self.ops.db.directory)),
                self.tr("Facilitator database (*.sqlite3)"),
            )
            if not chosen:
                return
            backup = Path(chosen)
        from facilitator.core.store import carried_key
        from facilitator.ui.ops import storage  # the ORM is loaded by now; not at the first paint

        if carried_key.needs_secret(backup):  # encrypted on another laptop, its key file beside it
            secret, given = QInputDialog.getText(
                self,
                self.tr("Restore from backup"),
                self.tr("{0} is encrypted. The passphrase or recovery key of the data it was made of:").format(
                    backup.name
                ),
                QLineEdit.EchoMode.Password,
            )
            if not given or not secret or not storage.open_carried_key(self.ops, backup, secret):
                return
        question = self.tr(
            "Replace all data with the backup {0}?\n\nWhat is in place now is kept in the backups folder as a "
            "pre-restore copy, so this can be undone by restoring that copy."
        ).format(backup.name)
        adopting = carried_key.will_adopt(self.ops.db.directory, backup)
        if adopting:
            question += "\n\n" + self.tr(
                "The backup is encrypted and the data here is not: the data here is encrypted first, with the key "
                "file that came with the backup. From then on it opens with that data's passphrase and recovery key."
            )
        answer = QMessageBox.question(self, self.tr("Restore from backup"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if storage.restore_backup(self.ops, backup) is not None:
            done = self.tr("Restored {0}; the data here is encrypted now") if adopting else self.tr("Restored {0}")
            self.statusBar().showMessage(done.format(backup.name), 8000)

    def open_encryption(self) -> None:
        from facilitator.ui.encryption.dialog import EncryptionDialog  # the ORM is loaded by now

        EncryptionDialog(self.ops, self).exec()

    def open_sync(self) -> None:
        from facilitator.ui.sync.dialog import SyncDialog  # sync's libraries load when first asked for

        dialog = SyncDialog(self.ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.conflicts_wanted.connect(self.open_conflicts)
        dialog.show()  # not modal: the window stays usable while a sync runs

    def open_conflicts(self) -> None:
        from facilitator.ui.sync.inbox import ConflictInbox

        inbox = ConflictInbox(self.ops, self)
        inbox.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        inbox.exec()

    def show_shortcuts(self) -> None:
        from facilitator.ui.shortcuts_dialog import ShortcutsDialog  # the note kinds it names need the data

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
        summary = self.meetings.summary(meeting_id)
        self.workspace.show_meeting(summary)
        self.settings.last_meeting = meeting_id or ""
        self._update_actions()
        self._show_title(summary)

    def _show_title(self, summary: MeetingSummary | None) -> None:
        if summary is not None:
            self.setWindowTitle(self.tr("{0} – Facilitator").format(summary.title))
        else:
            self.setWindowTitle(self.tr("Facilitator"))

    def show_meetings_list(self, shown: bool) -> None:
        """The meetings list beside the sections, or the sections on the whole width (the Live screen and
        the visits at 1366×768); remembered for the next start."""
        self.settings.meetings_list_shown = shown
        self.meetings.setVisible(shown and not self.room_view)
        if self.meetings_list_action.isChecked() != shown:
            self.meetings_list_action.setChecked(shown)

    def find_meeting(self) -> None:
        """The search of the meetings list, shown first if it was hidden."""
        if not self.room_view:
            self.show_meetings_list(True)
        self.meetings.search.setFocus()

    def show_room_view(self, on: bool) -> None:
        """The room sees the screen: no other meetings' titles, no marking of the facilitator's own
        screen, and undo and redo without the text of the step they would take back."""
        self.room_view = on
        self.meetings.setVisible(not on and self.meetings_list_action.isChecked())
        self.statusBar().setVisible(not on)
        self._name_undo_steps()

    def _steps_renamed(self, _text: str) -> None:
        self._name_undo_steps()

    def _name_undo_steps(self) -> None:
        if self.ops is None or not shiboken6.isValid(self.ops.undo_stack):  # one more signal as it goes
            return
        stack = self.ops.undo_stack
        for action, key, step in (
            (self.undo_action, "undo", stack.undoText()),
            (self.redo_action, "redo", stack.redoText()),
        ):
            label = KEYS[key].label()
            # "Undo Edit meeting"; Dutch puts a colon between
            named = self.tr("{action} {step}", "Undo or Redo, then the step it takes").format(action=label, step=step)
            action.setText(label if self.room_view or not step else named)

    def _replay(self, undo: bool) -> None:
        """Undo and redo take the latest step of any meeting; one of another meeting than the one shown
        would change what the user cannot see, so they are asked first."""
        stack = self.ops.undo_stack
        meeting_id = self.ops.next_step_meeting(undo)
        elsewhere = self.meetings.summary(meeting_id) if meeting_id != self.workspace.meeting_id else None
        step = stack.undoText() if undo else stack.redoText()
        if elsewhere is not None:
            if self.room_view:  # the room sees neither the step nor another meeting's title
                question = self.tr("That step belongs to another meeting. Go on?")
            elif undo:
                question = self.tr("“{0}” was done in “{1}”, not in the meeting shown. Undo it there?")
            else:
                question = self.tr("“{0}” was undone in “{1}”, not in the meeting shown. Do it again there?")
            answer = QMessageBox.question(
                self,
                self.tr("Facilitator"),
                question.format(step, elsewhere.title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        steps = stack.count()
        if undo:
            stack.undo()
        else:
            stack.redo()
        # A step of another section changes what is not in view: the status bar says what was taken back.
        # (One that could not be replayed has said so, and left the stack.)
        if step and stack.count() == steps and not self.room_view:
            said = self.tr("Undone: {0}") if undo else self.tr("Done again: {0}")
            self.statusBar().showMessage(said.format(step), STEP_SHOWN_MS)

    def _section_changed(self, index: int) -> None:
        self.settings.last_section = index

    def _restore_state(self) -> None:
        remembered = self.restoreGeometry(self.settings.window_geometry)
        screen.place_window(self, remembered)
        self.restoreState(self.settings.window_state)
        if not self.splitter.restoreState(self.settings.splitter_state):
            side = screen.side_panel_width(self.width())
            self.splitter.setSizes([side, self.width() - side])
        self.workspace.tabs.setCurrentIndex(min(self.settings.last_section, self.workspace.tabs.count() - 1))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.rebuilding and not all(s.about_to_close() for s in self.workspace.built_sections()):
            event.ignore()  # a running session asked, and the facilitator chose to stay
            return
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()
        super().closeEvent(event)
