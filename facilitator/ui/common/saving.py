"""Saving a document the way a desktop app does: a save dialog that starts in the folder used last (per
data dir, so a delegation's laptop keeps its own), the writing on a thread of its own so the window keeps
answering while a report with photos is laid out, and an offer to open what was written."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.core.db import Database
from facilitator.core.errors import UserError

FOLDER_KEY = "export.last_folder"


def file_name(*parts: str) -> str:
    """A file name from a title and a kind: "Bundi quarry" + "plan" -> "Bundi-quarry-plan"."""
    text = "-".join(part for part in parts if part)
    return re.sub(r"[^\w-]+", "-", text).strip("-")[:80] or "export"


def last_folder(db: Database) -> Path:
    folder = Path(db.get_local(FOLDER_KEY) or Path.home())
    return folder if folder.is_dir() else Path.home()


def choose_target(parent: QWidget, db: Database, title: str, name: str, kind: str) -> Path | None:
    """Ask where to save ``name`` (with its suffix); the chosen folder is offered first next time."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(last_folder(db) / name), kind)
    if not chosen:
        return None
    target = Path(chosen)
    suffix = Path(name).suffix
    if suffix and target.suffix.lower() != suffix.lower():
        target = target.with_name(target.name + suffix)
    db.set_local(FOLDER_KEY, str(target.parent))
    return target


class Writing(QThread):
    """One document written off the window's thread: ``written`` (its path), ``refused`` (a plain
    sentence from the core) or ``broke`` (an unexpected error, for the window's crash report)."""

    written = Signal(object)
    refused = Signal(str)
    broke = Signal(object)

    def __init__(self, write: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.write = write

    def run(self) -> None:
        try:
            path = self.write()
        except UserError as refusal:
            self.refused.emit(str(refusal))
        except Exception:
            self.broke.emit(sys.exc_info())
        else:
            self.written.emit(path)


_running: set[Writing] = set()


def write_off_thread(write: Callable[[], Path], refused: Callable[[str], None]) -> Writing:
    """Start ``write`` on its own thread; a refusal goes to ``refused``, an unexpected error to the crash
    report.  The thread is kept alive here until it ends, whoever started it."""
    writing = Writing(write)
    writing.refused.connect(refused)
    writing.broke.connect(lambda info: sys.excepthook(*info))
    _running.add(writing)
    writing.finished.connect(lambda: (writing.wait(), _running.discard(writing)))  # ended before it may go
    writing.start()
    return writing


def offer_open(parent: QWidget, path: Path, message: str) -> QMessageBox:
    """Say what was saved, with a button that opens it in the system's viewer.  Not modal: the user
    may go on working and open it later."""
    box = QMessageBox(QMessageBox.Icon.Information, QMessageBox.tr("Facilitator"), message, parent=parent)
    box.setObjectName("saved-notice")
    opener = box.addButton(QMessageBox.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(opener)
    opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    box.open()
    return box
