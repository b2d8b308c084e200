"""A main window on a fresh database with its own settings file, as a user would open it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from facilitator.core.db import Database
from facilitator.ui.app import Application, make_application
from facilitator.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def application(qtbot, db: Database, settings: Settings) -> Iterator[Application]:
    make_application()
    application = Application(db, settings)
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    yield application
    from facilitator.ui.live import closing

    # A session a test left running is kept running, as a facilitator who closes the laptop between items may.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(closing, "ask_when_closed", lambda parent, title: closing.WhenClosed.KEEP_RUNNING)
        application.window.close()
