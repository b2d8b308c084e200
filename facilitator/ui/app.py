"""Starting the window: application object, language, style, database, first-run welcome."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import __version__, paths
from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.ui import crash
from facilitator.ui.i18n import install_translator, language_for
from facilitator.ui.main_window import MainWindow
from facilitator.ui.meetings.welcome_dialog import WelcomeDialog
from facilitator.ui.ops import Ops
from facilitator.ui.settings import Settings


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Facilitator")
    QCoreApplication.setApplicationName("Facilitator")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    # Fusion follows the system's light or dark colour scheme on every platform.
    app.setStyle("Fusion")
    icon = paths.resources_dir() / "icons" / "facilitator.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


class Application:
    """Owns the database, the ops and the one main window (rebuilt when the language changes)."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        self.ops = Ops(db)
        self.window = MainWindow(self.ops, settings, self.switch_language)

    def switch_language(self, code: str) -> None:
        install_translator(code)
        old = self.window
        old.close()
        self.window = MainWindow(self.ops, self.settings, self.switch_language)
        self.window.show()
        old.deleteLater()

    def first_run(self) -> None:
        """An empty data dir offers the demo or an empty meeting, as a new user would want."""
        if meetings.list_meetings(self.db, include_archived=True):
            return
        choice = WelcomeDialog(self.window).exec()
        if choice == WelcomeDialog.DEMO:
            self.window.open_demo()
        elif choice == WelcomeDialog.EMPTY:
            self.window.new_meeting()


def run_window(open_database: Callable[[], Database], lang_override: str | None = None) -> int:
    """Open the window on the database ``open_database`` gives; returns the exit code of the event loop."""
    app = make_application()
    settings = Settings(QSettings())
    install_translator(language_for(lang_override or settings.language))
    try:
        db = open_database()
    except UserError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Facilitator cannot open its data"), str(error))
        raise
    crash.install(db.directory)
    db.auto_backup()
    application = Application(db, settings)
    application.window.show()
    application.first_run()
    return app.exec()
