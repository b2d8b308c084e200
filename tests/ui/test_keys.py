"""Every key is declared once, the actions and the help are made from the declarations, and no key does
two things in one place."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence

from facilitator.core.live.notes import KINDS
from facilitator.ui import keys
from facilitator.ui.app import Application
from facilitator.ui.common.actions import KEY_PROPERTY
from facilitator.ui.sections import SECTIONS
from facilitator.ui.shortcuts_dialog import ShortcutsDialog, rows


def sequences(key: keys.Key) -> list[str]:
    variants = [part for part, _ in key.all_variants()] or [None]
    return [s.toString() for variant in variants for s in key.sequences(variant) if not s.isEmpty()]


def test_no_key_does_two_things_where_it_works(qapp) -> None:
    """Qt ignores a key that two active actions share: each place, with the keys active there too, is unambiguous."""
    active_with = {where: [keys.WINDOW, where] for where in keys.places()}
    active_with[keys.LIVE_SEARCH] = [keys.WINDOW, keys.LIVE, keys.LIVE_SEARCH]  # the Live keys work in the search
    for where, active in active_with.items():
        owners: dict[str, str] = {}
        for place in dict.fromkeys(active):
            for key in keys.in_place(place):
                for sequence in sequences(key):
                    assert sequence not in owners, f"{where}: {sequence} is both {owners[sequence]} and {key.text}"
                    owners[sequence] = key.text


@pytest.mark.usefixtures("demo_db")
def test_every_key_of_the_window_comes_from_its_declaration(application: Application) -> None:
    window = application.window
    window.open_demo()
    assert len(window.workspace.sections) == len(SECTIONS)  # every section built
    made = [action for action in window.findChildren(QAction) if action.shortcuts()]
    assert len(made) > 80
    for action in made:
        key_id = action.property(KEY_PROPERTY)
        assert key_id in keys.KEYS, f"{action.text()} has keys that are not declared"
        declared = {s.toString() for s in keys.KEYS[key_id].sequences(None)} if not keys.KEYS[key_id].variants else None
        if declared is not None:
            assert {s.toString() for s in action.shortcuts()} == declared
    assert {a.property(KEY_PROPERTY) for a in made} == set(keys.KEYS)  # and every declaration is in use


def test_the_help_lists_every_key_the_live_ones_too_before_the_live_screen_is_built(application: Application) -> None:
    listed = rows()
    assert ("Live", "Start or resume", "F5") in listed
    assert ("Live", "End the session", "Shift+F8") in listed
    assert ("Live", "Pinned speaker 1–9", "Alt+1 … Alt+9") in listed
    kinds = next(row for row in listed if row[1].startswith("Note kind"))
    assert KINDS.label("concern") in kinds[1] and kinds[2].startswith("Alt+N / Alt+P / Alt+C")
    assert ("Everywhere", "Undo", QKeySequence(QKeySequence.StandardKey.Undo).toString()) in listed
    assert not [row for row in listed if "Floor to" in row[1]]  # the help names keys, not the last undo
    assert listed[0][0] == "Everywhere" and listed[-1][0] == "Register"
    dialog = ShortcutsDialog(application.window)
    dialog.filter.setText("shift+f8")
    visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert [dialog.table.item(r, 1).text() for r in visible] == ["End the session"]


@pytest.mark.usefixtures("demo_db")
def test_the_live_key_line_is_written_from_the_declarations(application: Application) -> None:
    from facilitator.ui.live.section import LiveSection

    application.window.open_demo()
    live = application.window.workspace.show_section(LiveSection)
    assert live.keys.text() == keys.live_hint()
    assert live.keys.text().startswith("F5 start · F6 pause") and "Shift+F8 end" in live.keys.text()
    assert live.keys.text().endswith("F1 every key")


def test_the_help_shows_every_action_whole_at_its_size(application: Application, qtbot) -> None:
    """A long action (a note's eight kinds) wraps onto a second line instead of being cut by a wide Keys column."""
    from PySide6.QtCore import QRect, Qt

    dialog = ShortcutsDialog(application.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    qtbot.waitUntil(lambda: table.rowHeight(0) > 0 and table.columnWidth(1) > table.columnWidth(2))
    qtbot.wait(10)
    metrics = table.fontMetrics()
    for column in (1, 2):
        room = (
            table.columnWidth(column)
            - 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin)
            - 4
        )
        for row in range(table.rowCount()):
            text = table.item(row, column).text()
            needed = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
            assert needed.width() <= room and needed.height() <= table.rowHeight(row), (text, table.rowHeight(row))
