"""Encrypted data in the window: the passphrase asked at start, and the recovery key kept before the first
worker conversation is saved (a lost passphrase must never lose what workers said)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.errors import UserError
from facilitator.core.store import cipher
from facilitator.core.store.instance import DataDirLock

if TYPE_CHECKING:
    from facilitator.ui.ops import Ops


class PassphraseDialog(QDialog):
    """Asks for the passphrase (or the recovery key) until it opens the data, or the user gives up."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None, why: str | None = None) -> None:
        """``why`` says what the passphrase is asked for, when it is not to open the data at start."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Encrypted data"))
        intro = QLabel(
            why or self.tr("The data in {0} is encrypted. Give its passphrase, or its recovery key.").format(data_dir)
        )
        intro.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.secret)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def try_unlock(self) -> None:
        try:
            cipher.unlock(self.data_dir, self.secret.text())
        except UserError as error:
            self.message.setText(self.tr("{0} Try again.").format(error))
            self.adjustSize()  # room for the message, which may wrap to two lines
            self.secret.selectAll()
            self.secret.setFocus()
            return
        self.accept()


def unlock_at_start(
    data_dir: Path, lock: DataDirLock | None = None, locked: Callable[[bool], None] | None = None
) -> bool:
    """True when the data can be opened: it is not encrypted, or its passphrase was given; ``locked`` is
    told while it is asked for.  An encryption stopped half-way is finished then, before the data opens:
    until it is, backups with what workers said lie on the disk in the clear."""
    if not cipher.is_encrypted(data_dir):
        return True
    if not cipher.is_unlocked(data_dir):
        if locked is not None:
            locked(True)
        if PassphraseDialog(data_dir).exec() != QDialog.DialogCode.Accepted:
            return False
        if locked is not None:
            locked(False)
    if cipher.interrupted(data_dir) == "encrypting":
        _finish_encrypting(data_dir, lock)
    return True


def _finish_encrypting(data_dir: Path, lock: DataDirLock | None) -> None:
    progress = QProgressDialog(
        QCoreApplication.translate("PassphraseDialog", "Turning encryption on was interrupted; it is being finished…"),
        "",
        0,
        0,
    )
    progress.setWindowTitle(QCoreApplication.translate("PassphraseDialog", "Encrypted data"))
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    progress.show()
    QCoreApplication.processEvents()

    def step(done: int, total: int, _path: Path) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QCoreApplication.processEvents()

    try:
        cipher.finish_encrypting(data_dir, lock, step)
    except UserError as error:  # a damaged backup: said, and the data opens as it is
        QMessageBox.warning(None, QCoreApplication.translate("PassphraseDialog", "Encryption not finished"), str(error))
    finally:
        progress.close()


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key and has it kept: typed back after writing it down, or exported to a file."""

    def __init__(self, ops: Ops, code: str, parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.ops, self.code = ops, code
        self.setWindowTitle(self.tr("Keep the recovery key"))
        intro = QLabel(
            intro
            or self.tr(
                "This data is encrypted. Before worker conversations are saved, keep its recovery key: it opens the "
                "data when the passphrase is forgotten. Write it down, or export it to a stick, and keep it away "
                "from this laptop."
            )
        )
        intro.setWordWrap(True)
        shown = QLabel(code)
        font = QFont("monospace")
        font.setPointSize(font.pointSize() + 4)
        shown.setFont(font)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setAccessibleName(self.tr("Recovery key"))
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Recovery key, typed back"))
        self.typed.setPlaceholderText(self.tr("Type the recovery key back to confirm you wrote it down"))
        confirm = QPushButton(self.tr("I wrote it &down"))
        confirm.clicked.connect(self.confirm_typed)
        export = QPushButton(self.tr("&Export to a file…"))
        export.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(confirm)
        row.addWidget(export)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(shown)
        layout.addWidget(self.typed)
        layout.addLayout(row)
        self.setMinimumWidth(520)

    def confirm_typed(self) -> None:
        from facilitator.ui.ops import visits as visit_ops

        if visit_ops.keep_recovery_key(self.ops, self.typed.text()):
            self.accept()

    def export(self) -> None:
        from facilitator.ui.ops import visits as visit_ops

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the recovery key"), "facilitator-recovery-key.txt", self.tr("Text (*.txt)")
        )
        if name and visit_ops.keep_recovery_key(self.ops, self.code, Path(name)):
            self.accept()

    @classmethod
    def keep(cls, ops: Ops, parent: QWidget | None = None) -> bool:
        """A new recovery key, kept; False when the user put it off (nothing is saved then).  The passphrase
        (or the current recovery key) is asked first, as for changing the passphrase or turning encryption
        off: whoever finds the window open must not walk away with a key that opens the data and its
        backups."""
        from facilitator.ui.ops import visits as visit_ops

        why = QCoreApplication.translate(
            "RecoveryKeyDialog",
            "A new recovery key replaces the old one, which stops working. Give the passphrase, or the current "
            "recovery key, to make it.",
        )
        if PassphraseDialog(ops.db.directory, parent, why).exec() != QDialog.DialogCode.Accepted:
            return False
        code = visit_ops.new_recovery_key(ops)
        return code is not None and cls(ops, code, parent).exec() == QDialog.DialogCode.Accepted
