"""What a user sees when something unexpected breaks: a plain message, never a silent failure.

Every change is committed the moment it is made, so an error in the window loses nothing that was
saved; the message says so, and the details go to a log file next to the data for whoever helps.
"""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.core.errors import UserError

LOG_NAME = "facilitator.log"


def install(data_dir: Path) -> None:
    log = data_dir / "logs" / LOG_NAME

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        parent = QApplication.activeWindow()
        if isinstance(error, UserError):
            QMessageBox.warning(parent, QCoreApplication.translate("App", "Facilitator"), str(error))
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        sys.__stderr__.write(details)
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as handle:
                handle.write(f"--- {datetime.now(UTC).isoformat()}\n{details}\n")
        except OSError:
            pass  # the message below still tells the user what happened
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("App", "Something went wrong"),
            QCoreApplication.translate(
                "App",
                "Facilitator ran into an unexpected problem: {0}\n\nEverything you entered before this was saved "
                "as you made it. Details were written to {1}.",
            ).format(error, log),
        )

    sys.excepthook = hook
