"""Opens the real main window offscreen on a throw-away copy of the demo and visits every screen.

Used by ``facilitator selftest`` and by CI on the frozen bundle: it proves the bundle has its Qt
plugins, resources, translations and migrations, not only that Python imports.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_selftest(lang: str = "en") -> list[str]:
    """Every problem found, as a readable line; an empty list means every screen opened."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from facilitator.core.db import Database
    from facilitator.core.demo.seed import seed_demo
    from facilitator.export import agenda_pdf
    from facilitator.ui.app import Application, make_application
    from facilitator.ui.i18n import install_translator
    from facilitator.ui.meetings.new_meeting_dialog import NewMeetingDialog
    from facilitator.ui.meetings.welcome_dialog import WelcomeDialog
    from facilitator.ui.settings import Settings

    failures: list[str] = []
    previous_hook = sys.excepthook

    def record(kind: type[BaseException], error: BaseException, tb: object) -> None:
        failures.append("".join(traceback.format_exception(kind, error, tb)).strip())

    sys.excepthook = record
    with tempfile.TemporaryDirectory(prefix="facilitator-selftest-") as folder:
        try:
            app = make_application()
            if lang != "en" and not install_translator(lang):
                failures.append(f"no translation for language '{lang}'")
            db = Database.open(Path(folder) / "data")
            meeting_id = seed_demo(db)
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            application = Application(db, Settings(settings))
            window = application.window
            window.show()
            window.meetings.reload(meeting_id)
            app.processEvents()
            if window.meetings.current_id() != meeting_id:
                failures.append("the demo meeting is not shown in the meetings list")
            tabs = window.workspace.tabs
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                app.processEvents()
                section = window.workspace.current_section()
                if section is None or section.grab().isNull():
                    failures.append(f"section '{tabs.tabText(index)}' did not render")
            for dialog in (NewMeetingDialog(window), WelcomeDialog(window)):
                dialog.show()
                app.processEvents()
                if dialog.grab().isNull():
                    failures.append(f"dialog '{dialog.windowTitle()}' did not render")
                dialog.close()
            window.close()
            QApplication.processEvents()
            # The bundle must carry the fonts that print Hindi and Chinese, not only the screens.
            printed = agenda_pdf.export(db, meeting_id, Path(folder) / "agenda.pdf")
            if printed.stat().st_size < 10_000:
                failures.append("the agenda PDF came out empty")
            db.close()
        except Exception:
            failures.append(traceback.format_exc().strip())
        finally:
            sys.excepthook = previous_hook
    return failures
