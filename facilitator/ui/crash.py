"""What a user sees when something unexpected breaks: a plain message, never a silent failure.

Every change is committed the moment it is made, so an error in the window loses nothing that was
saved; the message says so.  The details go to a log file next to the data, written by
:mod:`facilitator.core.logs`: where in the program the problem happened, never names or notes, and the
message says that too, so a facilitator can send the log to whoever helps without exposing anyone.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.core import logs
from facilitator.core.errors import UserError

LOG_NAME = logs.LOG_NAME


def message(error: BaseException, log: Path | None) -> str:
    """The dialog's text: what broke (safely described), that nothing saved was lost, what the log holds."""
    text = QCoreApplication.translate(
        "App",
        "Facilitator ran into an unexpected problem: {0}\n\nEverything you entered before this was saved as you "
        "made it.",
    ).format(logs.describe(error))
    if log is None:
        return text
    return (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "App",
            "The details are in {0}. That log records only where in the program the problem happened: no names, "
            "notes or other text you entered, so you can send it to whoever helps you.",
        ).format(log)
    )


def install(data_dir: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        parent = QApplication.activeWindow()
        if isinstance(error, UserError):
            QMessageBox.warning(parent, QCoreApplication.translate("App", "Facilitator"), str(error))
            return
        sys.__stderr__.write(logs.report(error) + "\n")
        log = logs.record(data_dir, error)
        QMessageBox.critical(parent, QCoreApplication.translate("App", "Something went wrong"), message(error, log))

    sys.excepthook = hook
