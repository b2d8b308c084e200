"""A screen reader and a keyboard on every section: each interactive thing has a name (painted ones their
value in words too), and Tab goes through each panel in reading order."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from facilitator import paths
from facilitator.core.db import Database
from facilitator.ui.agenda.timeline import Timeline
from facilitator.ui.live.tiles import SpeakerTile
from facilitator.ui.main_window import MainWindow
from facilitator.ui.participants.composition_chart import CompositionChart
from facilitator.ui.sections import SECTIONS
from facilitator.ui.settings import Settings
from tests.ui.accessibility import out_of_reading_order, tab_chain, unnamed
from tests.ui.windows import shown_window

# The Actions tab is being rebuilt (commitments beside actions) in a parallel change; its table is named there.
PAINTED = (Timeline, CompositionChart, SpeakerTile)


@pytest.fixture(scope="module")
def window(qapp, demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MainWindow]:
    """One window on the demo for every check here: they only look (names, descriptions, the Tab chain of
    the section they show), and the window builds every section, which takes longer than the checks."""
    folder = tmp_path_factory.mktemp("accessibility")
    (folder / "data").mkdir()
    shutil.copyfile(demo_template, paths.database_path(folder / "data"))
    db = Database.open(folder / "data")
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    with shown_window(db, settings) as application:
        application.window.resize(1366, 768)
        yield application.window
    db.close()


def show(qtbot, window, index: int) -> QWidget:
    window.workspace.tabs.setCurrentIndex(index)
    section = window.workspace.section_at(index)
    QApplication.processEvents()
    qtbot.wait(10)
    return section


@pytest.mark.parametrize("index", range(len(SECTIONS)), ids=[spec.name for spec in SECTIONS])
def test_every_interactive_widget_has_a_name(qtbot, window, index: int) -> None:
    section = show(qtbot, window, index)
    assert unnamed(section) == []
    for painted in (w for kind in PAINTED for w in section.findChildren(kind) if w.isVisible()):
        assert painted.accessibleName() and painted.accessibleDescription(), type(painted).__name__


def test_the_meetings_list_is_named(window) -> None:
    assert unnamed(window.meetings) == []


@pytest.mark.parametrize("index", range(len(SECTIONS)), ids=[spec.name for spec in SECTIONS])
def test_tab_follows_the_screen_and_reaches_every_field(qtbot, window, index: int) -> None:
    section = show(qtbot, window, index)
    assert out_of_reading_order(section) == []
    focusable = [
        w
        for w in section.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not isinstance(w.parentWidget(), type(None))
    ]
    chain = set(tab_chain(section))
    assert [type(w).__name__ for w in focusable if w not in chain] == []


def test_the_painted_widgets_say_what_they_show(qtbot, window) -> None:
    agenda = show(qtbot, window, next(n for n, spec in enumerate(SECTIONS) if spec.name == "AgendaSection"))
    timeline = agenda.findChild(Timeline)
    assert "Welcome and ground rules" in timeline.accessibleDescription()
    participants = show(qtbot, window, next(n for n, spec in enumerate(SECTIONS) if spec.name == "ParticipantsSection"))
    chart = participants.findChild(CompositionChart)
    assert "Women workers: 2" in chart.accessibleDescription()
    live = show(qtbot, window, next(n for n, spec in enumerate(SECTIONS) if spec.name == "LiveSection"))
    tile = next(iter(live.tiles.tiles.values()))
    assert tile.accessibleName() and "turns" in tile.accessibleDescription()
