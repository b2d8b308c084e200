"""The question the window asks when it is closed while a session runs: pause, keep running, or end."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class WhenClosed(Enum):
    PAUSE = "pause"  # the agenda clock stops; F5 resumes after reopening
    KEEP_RUNNING = "keep"  # the room carries on; nobody is credited until the app runs again
    END = "end"
    CANCEL = "cancel"  # the window stays open


def ask_when_closed(parent: QWidget | None, title: str) -> WhenClosed:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("WhenClosed", "The session is running"))
    box.setText(
        QCoreApplication.translate(
            "WhenClosed", "“{0}” is running. What should happen while Facilitator is closed?"
        ).format(title)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "WhenClosed",
            "Pause: the agenda clock stops until you resume with F5.\n"
            "Keep running: the agenda clock goes on while the room carries on; nobody is credited with "
            "speaking time until Facilitator runs again.\n"
            "End: the session is over and the meeting is marked closed.",
        )
    )
    chosen = [WhenClosed.CANCEL]  # closed without an answer: stay open
    choices = {
        box.addButton(
            QCoreApplication.translate("WhenClosed", "&Pause"), QMessageBox.ButtonRole.AcceptRole
        ): WhenClosed.PAUSE,
        box.addButton(
            QCoreApplication.translate("WhenClosed", "&Keep running"), QMessageBox.ButtonRole.AcceptRole
        ): WhenClosed.KEEP_RUNNING,
        box.addButton(
            QCoreApplication.translate("WhenClosed", "&End the session"), QMessageBox.ButtonRole.DestructiveRole
        ): WhenClosed.END,
        box.addButton(QMessageBox.StandardButton.Cancel): WhenClosed.CANCEL,
    }
    box.setDefaultButton(next(button for button, choice in choices.items() if choice is WhenClosed.PAUSE))
    box.buttonClicked.connect(lambda button: chosen.append(choices.get(button, WhenClosed.CANCEL)))
    box.exec()
    return chosen[-1]
