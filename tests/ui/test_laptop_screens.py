"""The window on the commonest field laptops (1366×768 and 1280×720), in English and Dutch: every
section fits, the Live screen shows its notes and pinned tiles, no toolbar button hides behind », and no
label is cut off.  Each screen is painted whole, and saved as a PNG to look at in the folder
``FACILITATOR_SHOTS`` names, when set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QScrollArea, QToolBar, QToolButton, QWidget

from facilitator.ui.common import screen
from facilitator.ui.i18n import install_translator
from facilitator.ui.live.note_line import SHOWN_LINES
from facilitator.ui.live.section import LiveSection
from facilitator.ui.participants.composition_chart import CompositionChart
from facilitator.ui.participants.model import ParticipantsModel
from facilitator.ui.participants.section import ParticipantsSection

LAPTOPS = [QSize(1366, 768), QSize(1280, 720)]


def test_a_small_screen_opens_the_window_on_all_of_it() -> None:
    rect, maximise = screen.first_geometry(QRect(0, 0, 1366, 728))  # 768 less a task bar
    assert maximise and rect == QRect(0, 0, 1366, 728)


def test_a_large_screen_opens_the_preferred_size_centred() -> None:
    rect, maximise = screen.first_geometry(QRect(0, 0, 1920, 1040))
    assert not maximise and rect.size() == screen.PREFERRED
    assert rect.center() == QRect(0, 0, 1920, 1040).center()


def test_a_remembered_place_off_this_screen_is_not_kept() -> None:
    assert screen.fits(QRect(10, 10, 1200, 700), QRect(0, 0, 1366, 768))
    assert not screen.fits(QRect(0, 0, 1400, 860), QRect(0, 0, 1366, 768))


def test_the_first_window_lies_within_the_available_screen(application) -> None:
    window = application.window
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())
    side, _workspace = window.splitter.sizes()
    assert screen.SIDE_PANEL_MIN <= side <= screen.SIDE_PANEL_MAX


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def inside(widget: QWidget, area: QWidget) -> bool:
    """Whether ``widget`` lies wholly within ``area`` (both visible)."""
    top_left = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(QRect(top_left, widget.size()))


def cut_labels(root: QWidget) -> list[str]:
    """The visible labels, and list entries, whose text needs more room than they have, or that a
    scrolling panel cuts at the side."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or not label.pixmap().isNull():
            continue
        if label.wordWrap():
            short = label.height() < label.heightForWidth(label.width())
        else:
            short = label.width() < label.minimumSizeHint().width()
        shown = label.visibleRegion().boundingRect()
        if short or (not shown.isEmpty() and shown.width() < label.width()):
            cut.append(label.text())
    for listing in root.findChildren(QListWidget):
        if (
            listing.isVisible()
            and not listing.wordWrap()
            and listing.count()
            and (listing.sizeHintForColumn(0) > listing.viewport().width())
        ):
            cut.append(listing.objectName() or listing.item(0).text())
    for panel in root.findChildren(QScrollArea):  # a side panel cut at the side hides its fields
        if type(panel) is QScrollArea and panel.isVisible() and panel.horizontalScrollBar().isVisible():
            cut.append(type(panel.widget()).__name__)
    return cut


@pytest.fixture(params=["en", "nl"])
def language(request):
    install_translator(request.param)
    yield request.param
    install_translator("en")


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_section_fits_a_laptop_screen(qtbot, demo_db, language, application, size) -> None:
    window = application.window
    # Every section is built before the user resizes, as the idle time after the start builds them: the window
    # must fit with all of them (a tall one alone made it taller than the screen).
    assert len(window.workspace.sections) == window.workspace.tabs.count()
    window.showNormal()
    window.resize(size)
    settle(qtbot)
    assert window.size() == size, "the window's minimum size is larger than the screen"
    meetings = window.meetings.table
    assert not meetings.horizontalScrollBar().isVisible(), "the meetings list scrolls sideways"
    assert not meetings.isColumnHidden(0) and not meetings.isColumnHidden(1)  # title and date stay
    shots = os.environ.get("FACILITATOR_SHOTS")  # a PNG of 1366x768 takes 50 ms to write; only when asked
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        section = window.workspace.section_at(index)
        settle(qtbot)
        name = f"{language}-{size.width()}x{size.height()}-{index + 1}"
        shot = window.grab()  # painted whole, as a user sees it
        assert not shot.isNull(), name
        if shots:
            assert shot.save(str(Path(shots) / f"{name}.png"))
        for toolbar in window.findChildren(QToolBar):
            if toolbar.isVisible():
                extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
                assert extension is None or not extension.isVisible(), f"{name}: a button hides behind »"
        buttons = [b for b in section.findChildren(QToolButton) if b.isVisible()]
        assert all(inside(b, window) for b in buttons), name
        assert cut_labels(section) == [], name
        if isinstance(section, LiveSection):
            live_fits(section, name)
        if isinstance(section, ParticipantsSection):  # who came, and when, without scrolling sideways
            table, status = section.table, ParticipantsModel.COLUMN_STATUS
            assert table.columnViewportPosition(status) + table.columnWidth(status) <= table.viewport().width(), name
        for chart in section.findChildren(CompositionChart):
            places = chart.legend_places(chart.width())
            assert chart.height() >= chart.heightForWidth(chart.width()), name
            assert all(p.x() < chart.width() for p in places), name


def live_fits(live: LiveSection, name: str) -> None:
    """Five lines of notes at the least, and every pinned tile without scrolling."""
    recent = live.notes.recent
    assert recent.viewport().height() >= SHOWN_LINES * recent.fontMetrics().lineSpacing(), name
    viewport = live.tiles_view.viewport()
    pinned = [tile for tile in live.tiles.tiles.values() if tile.pin]
    assert len(pinned) == 9
    assert all(inside(tile, viewport) for tile in pinned), name
    assert inside(live.notes.line, live.window())
