"""Starting the window: one per data dir, language, style, database (or its backup), first-run welcome."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import __version__, paths
from facilitator.core.errors import UserError
from facilitator.core.meeting_summary import MeetingSummary, read_summaries
from facilitator.core.store.instance import DataDirLock
from facilitator.ui import collector, crash, pyside_imports
from facilitator.ui.common import undo_keys, wheel_guard
from facilitator.ui.i18n import install_translator, language_for
from facilitator.ui.main_window import MainWindow
from facilitator.ui.meetings.welcome_dialog import WelcomeDialog
from facilitator.ui.settings import Settings

if TYPE_CHECKING:
    from facilitator.core.db import Database
    from facilitator.ui.ops import Ops


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        wheel_guard.install(existing)
        undo_keys.install(existing)
        return existing
    QCoreApplication.setOrganizationName("Facilitator")
    QCoreApplication.setApplicationName("Facilitator")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    wheel_guard.install(app)  # the style: Fusion, guarding every editor from the wheel
    undo_keys.install(app)
    icon = paths.resources_dir() / "icons" / "facilitator.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


class Application:
    """Owns the database, the ops and the one main window (rebuilt when the language changes)."""

    def __init__(self, db: Database | None, settings: Settings, preview: list[MeetingSummary] | None = None) -> None:
        """With ``db`` the window is ready at once; without, it shows ``preview`` until :meth:`attach`."""
        self.settings = settings
        self.db: Database | None = None
        self.ops: Ops | None = None
        self.window = MainWindow(settings, self.switch_language, preview)
        if db is not None:
            self.attach(db)

    def attach(self, db: Database) -> None:
        from facilitator.ui.ops import Ops  # with it the ORM loads: after the first paint
        from facilitator.ui.outside_writes import OutsideWrites

        self.db = db
        self.ops = Ops(db, settings=self.settings)
        self.outside_writes = OutsideWrites(self.ops)
        self.window.attach(self.ops)

    def switch_language(self, code: str) -> None:
        install_translator(code)
        old = self.window
        old.rebuilding = True
        old.close()
        self.window = MainWindow(self.settings, self.switch_language)
        if self.ops is not None:
            self.window.attach(self.ops)
        self.window.show()
        old.deleteLater()

    def bring_forward(self) -> None:
        """A second launch on this data dir asked for the window: show it in front."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def first_run(self) -> None:
        """An empty data dir offers the demo or an empty meeting, as a new user would want."""
        from facilitator.core import meetings

        if self.db is None or self.window.meetings.model.rowCount():  # the list shown has them already
            return
        if meetings.list_meetings(self.db, include_archived=True):  # all archived
            return
        choice = WelcomeDialog(self.window).exec()
        if choice == WelcomeDialog.DEMO:
            self.window.open_demo()
        elif choice == WelcomeDialog.EMPTY:
            self.window.new_meeting()


def load_data_layer() -> None:
    """Import SQLAlchemy and the models, a third of the start-up, past PySide's look at each module:
    none of it imports Qt (the import contracts keep the core free of it)."""
    with pyside_imports.unasked():
        import facilitator.core.db  # noqa: F401


def _open_or_restore(open_database: Callable[[], Database], data_dir: Path) -> Database:
    """The database, or, when it is damaged and a good backup exists, that backup once the user agrees."""
    from facilitator.core.store import restore
    from facilitator.core.store.integrity import DamagedDatabase

    try:
        return open_database()
    except DamagedDatabase as damaged:
        if damaged.backup is None:
            raise
        answer = QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "The data is damaged"),
            QCoreApplication.translate(
                "App",
                "{0}\n\nRestore the backup {1} now? The damaged file is kept in the backups folder as it is.",
            ).format(damaged.damage, damaged.backup.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            raise
        restore.restore(data_dir, damaged.backup)
        return open_database()


def _already_open(data_dir: Path) -> int:
    from facilitator.ui.single_instance import ask_open_window_forward

    brought = ask_open_window_forward(data_dir)
    text = QCoreApplication.translate("App", "Facilitator is already open on {0}.").format(data_dir)
    if brought:
        text += " " + QCoreApplication.translate("App", "That window was brought to the front.")
    print(text, file=sys.stderr)
    if not brought:
        QMessageBox.information(None, QCoreApplication.translate("App", "Facilitator"), text)
    return 0


def run_window(
    data_dir: Path, open_database: Callable[[], Database], lang_override: str | None = None, portable: bool = False
) -> int:
    """Show the window with a quick read of the meetings list, then open the data (``open_database``) and
    make every section ready; returns the exit code of the event loop.  When a window is open on
    ``data_dir`` already, that one is brought forward instead.  A ``portable`` data dir (one chosen on
    the command line or in the environment) keeps the settings in itself, not in the user's profile."""
    app = make_application()
    settings = Settings.kept_in(data_dir if portable else None)
    install_translator(language_for(lang_override or settings.language))
    lock = DataDirLock(data_dir)
    if not lock.acquire():
        return _already_open(data_dir)
    preview = read_summaries(paths.database_path(data_dir), settings.show_archived)
    application = Application(None, settings, preview)
    application.window.show()
    app.processEvents()  # the first paint, before the ORM and the sections load
    load_data_layer()
    from facilitator.core.store import restore
    from facilitator.ui.visits.encryption import unlock_at_start

    restore.remove_leftover(data_dir)  # of a restore killed half-way, maybe in the clear beside encrypted data

    if not unlock_at_start(data_dir, lock, application.window.workspace.show_locked):
        lock.release()
        return 0
    try:
        db = _open_or_restore(open_database, data_dir)
    except UserError as error:
        lock.release()
        application.window.hide()
        QMessageBox.critical(None, QCoreApplication.translate("App", "Facilitator cannot open its data"), str(error))
        raise
    crash.install(db.directory)
    try:
        db.auto_backup()
    except UserError as error:  # a full disk or a damaged file: say so, and keep working
        QMessageBox.warning(None, QCoreApplication.translate("App", "No automatic backup"), str(error))
    collector.resume_after(application.window.workspace.all_built, app)
    application.attach(db)
    from facilitator.ui.integrity_watch import IntegrityWatch
    from facilitator.ui.single_instance import WindowBeacon

    beacon = WindowBeacon(data_dir, application.bring_forward)
    watch = IntegrityWatch(db)
    application.first_run()
    try:
        return app.exec()
    finally:
        del beacon, watch
        if application.db is not None:  # closed (its last writes checkpointed) before a restore may begin
            application.db.close()
        lock.release()
