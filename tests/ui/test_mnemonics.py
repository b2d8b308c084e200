"""No Alt+letter means two things at once: a menu, a field's label, a button, a tab or a screen's own key.

Where two shown at the same time share a letter, Alt+letter does neither, or the wrong one: on the Live
screen Alt+E opened the Edit menu instead of the latest note, and in Dutch Alt+B opened Bestand instead
of the balance settings.  Each section is checked with each of its tabs shown, in English and Dutch.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabWidget, QWidget

from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.ui.app import Application
from facilitator.ui.i18n import install_translator
from facilitator.ui.settings import Settings
from tests.ui.windows import shown_window

ALT_LETTER = re.compile(r"Alt\+([A-Z0-9])")


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def letters_shown(window: QWidget, root: QWidget) -> dict[str, set[str]]:
    """Each Alt+letter of what is shown now in ``root`` and the menu bar, with what it belongs to."""
    used: dict[str, set[str]] = defaultdict(set)
    for action in window.menuBar().actions():
        if letter := mnemonic(action.text()):
            used[letter].add(f"menu {action.text()}")
    texts = [(w, w.text()) for w in root.findChildren(QAbstractButton)]
    texts += [(w, w.text()) for w in root.findChildren(QLabel) if w.buddy() is not None]
    texts += [(w, w.title()) for w in root.findChildren(QGroupBox)]
    for widget, text in texts:
        if widget.isVisible() and (letter := mnemonic(text)):
            used[letter].add(f"{type(widget).__name__} {text} #{id(widget):x}")  # two alike count as two
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            for index in range(tabs.count()):
                if letter := mnemonic(tabs.tabText(index)):
                    used[letter].add(f"tab {tabs.tabText(index)}")
    for action in root.findChildren(QAction):
        for sequence in action.shortcuts():
            if action.isEnabled() and (key := ALT_LETTER.fullmatch(sequence.toString())):
                used[key.group(1).casefold()].add(f"key {action.text()}")
    return used


def show_tab_page(tabs: QTabWidget, section: QWidget) -> Iterator[None]:
    """Each page of ``tabs`` in turn, the tab widgets around it showing the page that holds it."""
    holder, page = tabs.parentWidget(), tabs
    while holder is not None and holder is not section:
        outer = holder.parentWidget()
        if isinstance(outer, QTabWidget) or (outer is not None and isinstance(outer.parentWidget(), QTabWidget)):
            around = outer if isinstance(outer, QTabWidget) else outer.parentWidget()
            if (index := around.indexOf(page)) >= 0:
                around.setCurrentIndex(index)
        page, holder = holder, outer
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_two_things_shown_at_once_share_an_alt_letter(
    qtbot, demo_db: Database, settings: Settings, language: str
) -> None:
    install_translator(language)
    try:
        with shown_window(demo_db, settings) as application:
            clashes = _clashes(qtbot, application)
    finally:
        install_translator("en")
    assert clashes == set()


def _clashes(qtbot, application: Application) -> set[tuple[str, str, tuple[str, ...]]]:
    window = application.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.meetings.select(MEETING_ID)
    clashes = set()
    workspace = window.workspace
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        section = workspace.section_at(index)
        QApplication.processEvents()
        states = [iter([None])] + [show_tab_page(tabs, section) for tabs in section.findChildren(QTabWidget)]
        for state in states:
            for _ in state:
                for letter, owners in letters_shown(window, section).items():
                    if len(owners) > 1:
                        clashes.add((type(section).__name__, letter, tuple(sorted(owners))))
    return clashes
