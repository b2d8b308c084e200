"""A main window on a fresh database with its own settings file, as a user would open it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from facilitator.core.db import Database
from facilitator.ui.app import Application
from facilitator.ui.common.forms import CommitTextEdit
from facilitator.ui.i18n import install_translator
from facilitator.ui.live.section import LiveSection
from facilitator.ui.ops import Ops
from facilitator.ui.settings import Settings
from facilitator.ui.workspace import Workspace
from tests.core.live_helpers import small_meeting
from tests.ui.windows import shown_window


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> None:
    """English as the app starts in it: with its plural forms ("1 note", "2 notes")."""
    install_translator("en")


@pytest.fixture(autouse=True)
def forgotten_choices() -> None:
    """Each test starts with nothing remembered in the settings a view gets when none is given (the tests'
    own folder, see tests/conftest.py): a page chosen by one test would be where the next one opens."""
    QSettings().clear()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def application(qtbot, db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Application]:
    """The window as a user opens it, except that a section is built when the test first uses it rather
    than in idle time (tests/ui/test_main_window.py checks the idle build itself).  A test that asks for
    ``demo_db`` too gets the window on the seeded demo (a copy of the template): its "Open the demo" then
    finds the demo there, as on a second start, instead of seeding it again (the first run's offer,
    test_first_run_offers_the_demo, seeds it through the window)."""
    monkeypatch.setattr(Workspace, "builds_rest_in_idle", False)
    with shown_window(db, settings) as application:
        qtbot.addWidget(application.window)
        qtbot.waitExposed(application.window)
        yield application


@pytest.fixture
def live(qtbot, db: Database) -> Iterator[LiveSection]:
    """The Live section alone in a window, on a small meeting with anonymous workers, the note line focused."""
    meeting_id = small_meeting(db)
    ops = Ops(db)
    window = QMainWindow()
    section = LiveSection(ops)
    window.setCentralWidget(section)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    section.set_meeting(meeting_id)
    section.notes.line.setFocus()
    yield section
    section.timer.stop()


@pytest.fixture
def short_typing_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fields made after this save at a pause of 0.3 s instead of 1.5 s: a test of what happens at a pause
    waits for two of them, and their length is not what it tests."""
    monkeypatch.setattr(CommitTextEdit, "PAUSE_MS", 300)
