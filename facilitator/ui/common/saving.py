"""Saving a document the way a desktop app does: a save dialog that starts in the folder used last (per
data dir, so a delegation's laptop keeps its own) and an offer to open what was written.  The writing itself
runs off the window's thread (:mod:`facilitator.ui.ops.threads`)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.core.db import Database

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
