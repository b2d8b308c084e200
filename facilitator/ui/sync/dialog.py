"""File ▸ Sync…: where to sync, which meetings go there, then a sync that leaves the window free.

The dialog offers the targets synced with before (newest first) and remembers, per target, the
meetings chosen for it.  A confidential meeting is listed but never ticked by itself.  The passphrase
is kept in the system keyring only when the box is ticked.  While the sync runs on its own thread the
window keeps working; at the end the report is shown, the open views refresh, and a merge that would
delete much of a meeting asks first.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from facilitator.core.models import Meeting
from facilitator.sync import crypto, passphrase, selection, state
from facilitator.sync.run import SyncReport
from facilitator.sync.state import TargetState
from facilitator.sync.summary import describe
from facilitator.ui.common.table_model import ID_ROLE
from facilitator.ui.ops import Ops
from facilitator.ui.ops.sync import announce_merge
from facilitator.ui.sync.worker import SyncRequest, SyncRun


class SyncDialog(QDialog):
    """The Sync dialog; ``conflicts_wanted`` asks the window to open the conflict inbox."""

    conflicts_wanted = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.run: SyncRun | None = None
        self.confirmed = False  # the user agreed to a held-back merge's deletions: run it again, applied
        self.completed = False  # the last run synced: only then does the bar show full
        self.setWindowTitle(self.tr("Sync"))
        self.resize(880, 680)

        self.previous = QComboBox()
        self._fill_previous()
        self.previous.currentIndexChanged.connect(self._previous_chosen)

        self.folder_choice = QRadioButton(self.tr("A sync &folder: USB stick, shared or cloud folder"))
        self.database_choice = QRadioButton(self.tr("The &central database of the organisation"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.folder_choice)
        kinds.addButton(self.database_choice)
        self.folder_choice.setChecked(True)
        self.folder_choice.toggled.connect(self._kind_changed)

        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("The folder on the stick or share"))
        self.folder.editingFinished.connect(self._folder_changed)
        browse = QPushButton(self.tr("C&hoose…"))
        browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_label = QLabel(self.tr("Repeat it:"))
        for widget in (self.repeat, self.repeat_label):  # hidden for a known folder, its place kept: no jump
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        self.remember = QCheckBox(self.tr("Remember the passphrase in this computer's keyring"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://name@server/facilitator?sslmode=verify-full")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("if the database asks for one; never stored"))
        self.team = QLineEdit("default")

        self.folder_box = QWidget()
        folder_form = QGridLayout(self.folder_box)
        folder_form.setContentsMargins(24, 0, 0, 0)
        folder_form.addWidget(QLabel(self.tr("Folder:")), 0, 0)
        folder_form.addWidget(self.folder, 0, 1)
        folder_form.addWidget(browse, 0, 2)
        folder_form.addWidget(QLabel(self.tr("Team passphrase:")), 1, 0)
        folder_form.addWidget(self.passphrase, 1, 1, 1, 2)
        folder_form.addWidget(self.repeat_label, 2, 0)
        folder_form.addWidget(self.repeat, 2, 1, 1, 2)
        folder_form.addWidget(self.remember, 3, 1, 1, 2)
        self.database_box = QWidget()
        database_form = QFormLayout(self.database_box)
        database_form.setContentsMargins(24, 0, 0, 0)
        database_form.addRow(self.tr("Address (URL):"), self.url)
        database_form.addRow(self.tr("Password:"), self.password)
        database_form.addRow(self.tr("Team:"), self.team)

        where = QGroupBox(self.tr("Where"))
        where_layout = QVBoxLayout(where)
        previous_row = QHBoxLayout()
        previous_row.addWidget(QLabel(self.tr("Synced before:")))
        previous_row.addWidget(self.previous, 1)
        where_layout.addLayout(previous_row)
        for widget in (self.folder_choice, self.folder_box, self.database_choice, self.database_box):
            where_layout.addWidget(widget)

        self.every = QRadioButton(self.tr("&Every meeting not marked confidential"))
        self.only = QRadioButton(self.tr("&Only the meetings ticked below"))
        choice = QButtonGroup(self)
        choice.addButton(self.every)
        choice.addButton(self.only)
        self.every.setChecked(True)
        self.every.toggled.connect(self._meeting_choice_changed)
        self.meetings = QListWidget()
        self.meetings.setWordWrap(True)
        self.meetings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fill_meetings()
        what = QGroupBox(self.tr("What goes there"))
        what_layout = QVBoxLayout(what)
        what_layout.addWidget(self.every)
        what_layout.addWidget(self.only)
        what_layout.addWidget(self.meetings)
        note = QLabel(
            self.tr(
                "People and organisations go with the meetings they take part in. A confidential meeting "
                "(notes confidential by default) goes only where you tick it."
            )
        )
        note.setWordWrap(True)
        what_layout.addWidget(note)

        self.device_name = QLineEdit(state.device_name(ops.db))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.stage = QLabel(self.tr("Ready."))
        self.report = QTextBrowser()
        self.report.setMinimumHeight(90)

        self.buttons = QDialogButtonBox()
        self.sync_button = self.buttons.addButton(self.tr("&Sync now"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sync_button.setDefault(True)
        self.inbox_button = self.buttons.addButton(
            self.tr("Open the &conflicts"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.inbox_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.sync_button.clicked.connect(self.sync_now)
        self.inbox_button.clicked.connect(self.conflicts_wanted.emit)
        self.close_button.clicked.connect(self.close)

        columns = QHBoxLayout()
        columns.addWidget(where, 3)
        columns.addWidget(what, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("This laptop's name, as the others see it:")))
        name_row.addWidget(self.device_name, 1)
        layout.addLayout(name_row)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self._kind_changed()
        self._meeting_choice_changed()
        if self.known:
            self.previous.setCurrentIndex(1)
        self._folder_changed()

    # -- filling in ------------------------------------------------------------------------------

    def _target_label(self, target: TargetState, location: str | None = None) -> str:
        when = local_time(target.last_sync) if target.last_sync else self.tr("never")
        kind = self.tr("Folder") if target.kind == "folder" else self.tr("Database")
        team = f" ({target.team})" if target.kind == "database" and target.team else ""
        return self.tr("{0}, last sync {1}: {2}{3}").format(kind, when, location or target.location, team)

    def _fill_previous(self, chosen: str | None = None) -> None:
        """The targets synced with before, newest first, standing on ``chosen`` without filling the form
        in again (it shows that target already)."""
        self.known = sorted(state.targets(self.ops.db), key=lambda t: t.last_sync, reverse=True)
        self.previous.blockSignals(True)
        self.previous.clear()
        self.previous.addItem(self.tr("Somewhere new"), None)
        metrics = self.previous.fontMetrics()
        for target in self.known:
            # The time comes first and a deep folder is cut in its middle, so both stay in the closed list.
            shown = metrics.elidedText(target.location, Qt.TextElideMode.ElideMiddle, metrics.averageCharWidth() * 32)
            self.previous.addItem(self._target_label(target, shown), target.key)
            self.previous.setItemData(
                self.previous.count() - 1, self._target_label(target), Qt.ItemDataRole.ToolTipRole
            )
        self.previous.setCurrentIndex(max(self.previous.findData(chosen), 0))
        self.previous.blockSignals(False)

    def _fill_meetings(self) -> None:
        with self.ops.db.session() as session:
            found = list(session.scalars(select(Meeting).where(~Meeting.deleted).order_by(Meeting.starts_at)))
        for meeting in found:
            confidential = selection.is_confidential(meeting)
            text = f"{meeting.title} ({meeting.starts_at:%Y-%m-%d})"
            item = QListWidgetItem(self.tr("{0} – confidential").format(text) if confidential else text)
            item.setData(ID_ROLE, meeting.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if confidential else Qt.CheckState.Checked)
            self.meetings.addItem(item)

    def _previous_chosen(self) -> None:
        key = self.previous.currentData()
        target = next((t for t in self.known if t.key == key), None)
        if target is None:
            return
        if target.kind == "folder":
            self.folder_choice.setChecked(True)
            self.folder.setText(target.location)
            self._folder_changed()
        else:
            self.database_choice.setChecked(True)
            self.url.setText(target.location)
            self.team.setText(target.team or "default")
        if target.meetings is None:
            self.every.setChecked(True)
        else:
            self.only.setChecked(True)
            for row in range(self.meetings.count()):
                item = self.meetings.item(row)
                ticked = item.data(ID_ROLE) in target.meetings
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _kind_changed(self) -> None:
        folder = self.folder_choice.isChecked()
        self.folder_box.setEnabled(folder)
        self.database_box.setEnabled(not folder)

    def _meeting_choice_changed(self) -> None:
        self.meetings.setEnabled(self.only.isChecked())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the sync folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self._folder_changed()

    def _folder_changed(self) -> None:
        """A new sync folder needs the passphrase twice; a known one may have it in the keyring."""
        path = self.folder.text().strip()
        new = not (path and crypto.has_team(Path(path)))
        self.repeat.setVisible(new)
        self.repeat_label.setVisible(new)
        stored = passphrase.remembered(Path(path)) if path and not new else None
        if stored:
            self.passphrase.setText(stored)
            self.remember.setChecked(True)

    # -- running ---------------------------------------------------------------------------------

    def _request(self, confirm: bool = False) -> SyncRequest | None:
        meetings = None
        if self.only.isChecked():
            meetings = tuple(
                self.meetings.item(row).data(ID_ROLE)
                for row in range(self.meetings.count())
                if self.meetings.item(row).checkState() == Qt.CheckState.Checked
            )
        common = {"meetings": meetings, "device_name": self.device_name.text().strip(), "confirm_deletions": confirm}
        if self.folder_choice.isChecked():
            folder = self.folder.text().strip()
            if not folder:
                return self._refuse(self.tr("Choose the sync folder first."))
            if self.repeat.isVisible() and self.repeat.text() != self.passphrase.text():
                return self._refuse(self.tr("The two passphrases differ."))
            return SyncRequest("folder", folder, self.passphrase.text(), self.remember.isChecked(), **common)
        if not self.url.text().strip():
            return self._refuse(self.tr("Give the address of the central database first."))
        return SyncRequest(
            "database", self.url.text().strip(), self.password.text(), team=self.team.text().strip(), **common
        )

    def _refuse(self, message: str) -> None:
        self.stage.setText(message)
        return None

    def sync_now(self) -> None:
        self._start(confirm=False)

    def _start(self, confirm: bool) -> None:
        request = self._request(confirm)
        if request is None or self.run is not None:
            return
        self.run = SyncRun(self.ops.db, request)
        self.run.progressed.connect(self._progressed)
        self.run.finished_with.connect(self._finished)
        self.run.refused.connect(self._refused)
        self.run.broke.connect(self._broke)
        self.run.finished.connect(self._ended)
        self.completed = False
        self._set_running(True)
        self.stage.setText(self.tr("Opening the target…"))
        self.report.clear()
        self.run.start()

    def _set_running(self, running: bool) -> None:
        for widget in (self.sync_button, self.close_button, self.previous, self.folder_box, self.database_box,
                       self.folder_choice, self.database_choice, self.every, self.only, self.device_name):  # fmt: skip
            widget.setEnabled(not running)
        self.meetings.setEnabled(not running and self.only.isChecked())
        if running:
            self.progress.setRange(0, 0)
        else:
            self._kind_changed()
            self.progress.setRange(0, 1)
            self.progress.setValue(1 if self.completed else 0)  # a failed sync must not look done

    @Slot(str, int, int)
    def _progressed(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(stage)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    @Slot(object)
    def _finished(self, report: SyncReport) -> None:
        self.report.setPlainText("\n".join(describe(self.ops.db, report)))
        if report.held:
            self.stage.setText(self.tr("Waiting for your decision."))
            self._ask_about_deletions(report)
            return
        announce_merge(self.ops, report)
        self.completed = True
        self.stage.setText(self.tr("Done."))
        self.inbox_button.setVisible(bool(report.conflicts))
        self._fill_previous(report.target.key)

    def _ask_about_deletions(self, report: SyncReport) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Apply the deletions?"),
            self.tr(
                "The other laptops deleted much of a meeting:\n\n{0}\n\nApply these deletions here too? "
                "If you answer No, nothing is changed and nothing is sent."
            ).format("\n".join(describe(self.ops.db, report)[:-1])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        self.confirmed = answer == QMessageBox.StandardButton.Yes

    @Slot(str)
    def _refused(self, message: str) -> None:
        self.stage.setText(self.tr("The sync did not happen."))
        self.report.setPlainText(message)

    @Slot(object)
    def _broke(self, info: tuple) -> None:
        self.stage.setText(self.tr("The sync did not happen."))
        sys.excepthook(*info)

    @Slot()
    def _ended(self) -> None:
        self.run = None
        self._set_running(False)
        if self.confirmed:
            self.confirmed = False
            self._start(confirm=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.run is not None:
            event.ignore()  # a running sync finishes first; it is quick to finish and safe to repeat
            return
        super().closeEvent(event)


def local_time(stamp: str) -> str:
    """A sync's stamp (UTC) as this laptop's clock shows it: the time the facilitator remembers syncing."""
    return f"{datetime.fromisoformat(stamp).astimezone():%Y-%m-%d %H:%M}"
