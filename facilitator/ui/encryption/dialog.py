"""File ▸ Encryption: whether this data dir is encrypted at rest, and turning it on or off, a new
passphrase, a new recovery key.  A lost laptop then exposes nothing; a forgotten passphrase loses nothing
as long as the recovery key was kept."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.passphrase_keys import too_short
from facilitator.core.store import cipher
from facilitator.ui.common.dialogs import until_done
from facilitator.ui.ops import Ops
from facilitator.ui.ops import encryption as encryption_ops
from facilitator.ui.visits.encryption import RecoveryKeyDialog

WARNING = "color: #b3261e"


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class SecretsDialog(QDialog):
    """Asks for the current secret, a new passphrase typed twice, or both; says a mismatch in the dialog."""

    def __init__(self, title: str, intro: str, current: bool, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QLabel(intro)
        text.setWordWrap(True)
        form = QFormLayout()
        self.current = _secret_field(self.tr("Current passphrase or recovery key")) if current else None
        self.new = _secret_field(self.tr("New passphrase")) if new else None
        self.again = _secret_field(self.tr("The same passphrase again")) if new else None
        for field in (self.current, self.new, self.again):
            if field is not None:
                form.addRow(field.accessibleName() + ":", field)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(WARNING)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def check(self) -> None:
        if self.new is not None and self.again is not None and self.new.text() != self.again.text():
            self.message.setText(self.tr("The two passphrases differ. Type the same passphrase twice."))
            self.again.selectAll()
            self.again.setFocus()
            return
        if self.new is not None and too_short(self.new.text()):
            self.message.setText(
                self.tr("Choose a passphrase of at least {0} characters.").format(cipher.MIN_PASSPHRASE)
            )
            self.new.setFocus()
            return
        self.accept()


class EncryptionDialog(QDialog):
    """The state of encryption for this data dir, and what can be done about it."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.conversion: encryption_ops.Conversion | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Encryption"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.turn_on_button = QPushButton(self.tr("Turn encryption &on…"))
        self.turn_on_button.clicked.connect(self.turn_on)
        self.passphrase_button = QPushButton(self.tr("Change the &passphrase…"))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.recovery_button = QPushButton(self.tr("New &recovery key…"))
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.turn_off_button = QPushButton(self.tr("Turn encryption o&ff…"))
        self.turn_off_button.clicked.connect(self.turn_off)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        for button in (self.turn_on_button, self.passphrase_button, self.recovery_button, self.turn_off_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(close)
        self.setMinimumWidth(560)
        self.show_state()

    def show_state(self) -> None:
        directory = self.ops.db.directory
        envelope = cipher.read_envelope(directory)
        encrypted = envelope is not None
        if not encrypted:
            text = self.tr(
                "The data in {0} is not encrypted: anyone who has this laptop, or a copy of its backups, can read "
                "it.\n\nEncrypted, the database and its backups open only with a passphrase, given when Facilitator "
                "starts, or with a recovery key that you keep away from the laptop."
            ).format(directory)
        elif envelope.recovery_kept:
            text = self.tr(
                "The data in {0} is encrypted: the database and its backups open only with the passphrase or the "
                "recovery key. The recovery key has been kept."
            ).format(directory)
        else:
            text = self.tr(
                "The data in {0} is encrypted, but its recovery key has not been kept yet. Make a new one and "
                "keep it: worker conversations wait until it is, and a forgotten passphrase would lose the data."
            ).format(directory)
        self.state.setText(text)
        self.turn_on_button.setVisible(not encrypted)
        for button in (self.passphrase_button, self.recovery_button, self.turn_off_button):
            button.setVisible(encrypted)
        self.adjustSize()

    # -- turning it on or off ----------------------------------------------------------------------

    def turn_on(self) -> None:
        asked = SecretsDialog(
            self.tr("Turn encryption on"),
            self.tr(
                "Choose a passphrase for this data. Facilitator asks for it each time it starts. Then you get a "
                "recovery key to write down or export: it opens the data if the passphrase is forgotten."
            ),
            current=False, new=True, parent=self,
        )  # fmt: skip
        if asked.exec() == QDialog.DialogCode.Accepted:
            started, conversion = self.ops.guarded(lambda: encryption_ops.turn_on(self.ops, asked.new.text()))
            if started:
                self._run(conversion, self.tr("Encrypting the data…"))

    def turn_off(self) -> None:
        asked = SecretsDialog(
            self.tr("Turn encryption off"),
            self.tr(
                "The database and its backups will be stored unencrypted again: anyone who has this laptop can "
                "read them. Give the passphrase or the recovery key to go on."
            ),
            current=True, new=False, parent=self,
        )  # fmt: skip
        if asked.exec() == QDialog.DialogCode.Accepted:
            started, conversion = self.ops.guarded(lambda: encryption_ops.turn_off(self.ops, asked.current.text()))
            if started:
                self._run(conversion, self.tr("Decrypting the data…"))

    def _run(self, conversion: encryption_ops.Conversion, label: str) -> None:
        self.conversion = conversion
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Encryption"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        if not conversion.can_stop:
            progress.setCancelButton(None)
        progress.canceled.connect(self._cancel)
        self.progress = progress
        conversion.progressed.connect(self._progressed)
        conversion.converted.connect(self._converted)
        conversion.stopped.connect(self._stopped)
        conversion.refused.connect(self._refused)
        conversion.broke.connect(self._broke)
        conversion.finished.connect(self._ended)
        progress.show()
        conversion.start()

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, name: str) -> None:
        progress = self.progress  # setValue lets events through, and the conversion may end meanwhile
        if progress is None:
            return
        if not (self.conversion is not None and self.conversion.stopping):
            progress.setLabelText(self.tr("{0} of {1} files: {2}").format(done, total, name))
        progress.setMaximum(total)
        progress.setValue(done)

    def _cancel(self) -> None:
        """Cancel (or Esc) stops turning encryption on after the current file; the dialog stays until the
        files already done are put back, or until turning encryption off has finished."""
        if self.conversion is None or self.progress is None:
            return
        self.progress.show()
        if self.conversion.can_stop:
            self.conversion.stop()
            self.progress.setLabelText(self.tr("Putting the data back as it was…"))

    @Slot(object)
    def _converted(self, done: cipher.Converted) -> None:
        self._close_progress()
        if done.recovery_code:
            kept = RecoveryKeyDialog(self.ops, done.recovery_code, self, intro=self._turned_on_intro()).exec()
            if kept != QDialog.DialogCode.Accepted:
                self._say(self.tr("The recovery key was not kept. Make a new one here before worker conversations "
                                  "are recorded."))  # fmt: skip
        else:
            self._say(self.tr("The data is no longer encrypted."))
        # The conversion's end may have shown the state while the recovery key was still being kept.
        self.show_state()

    def _turned_on_intro(self) -> str:
        return self.tr(
            "The data is encrypted. This is its recovery key: it opens the data when the passphrase is forgotten. "
            "Write it down, or export it to a stick, and keep it away from this laptop. It is shown only now."
        )

    @Slot()
    def _stopped(self) -> None:
        self._close_progress()
        self._say(self.tr("Encryption was cancelled. The data is as it was, not encrypted."))

    @Slot(str)
    def _refused(self, message: str) -> None:
        self._close_progress()
        self.ops.show_error(message)

    @Slot(object)
    def _broke(self, info: tuple) -> None:
        self._close_progress()
        sys.excepthook(*info)

    @Slot()
    def _ended(self) -> None:
        self.conversion = None  # its thread has ended: the conversion waited for it first
        self.show_state()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress = None

    def _say(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Encryption"), text)

    # -- the keys ----------------------------------------------------------------------------------

    def change_passphrase(self) -> None:
        asked = SecretsDialog(
            self.tr("Change the passphrase"),
            self.tr("Give the current passphrase (or the recovery key), then the new passphrase twice. The data "
                    "itself is not rewritten; the recovery key stays as it is."),
            current=True, new=True, parent=self,
        )  # fmt: skip
        if until_done(
            asked, lambda: encryption_ops.change_passphrase(self.ops, asked.current.text(), asked.new.text())
        ):
            self._say(self.tr("The passphrase was changed. Give the new one when Facilitator starts."))

    def new_recovery_key(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("New recovery key"),
            self.tr("Make a new recovery key? The old one stops working at once, so keep the new one."),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            RecoveryKeyDialog.keep(self.ops, self)
            self.show_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.conversion is not None:
            event.ignore()  # a conversion in progress ends first
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.conversion is None:
            super().reject()
