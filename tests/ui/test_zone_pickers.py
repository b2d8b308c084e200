"""The zone pickers stand on the chosen zone: the arrow keys move on from it, never from the list's start."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from facilitator.core import meetings
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.core.zones import zone_names
from facilitator.ui.app import Application
from facilitator.ui.meetings.new_meeting_dialog import NewMeetingDialog
from facilitator.ui.meetings.overview import OverviewSection


@pytest.mark.usefixtures("demo_db")
def test_a_key_down_in_the_overviews_zone_moves_to_the_next_zone_and_undo_brings_it_back(
    application: Application, qtbot
) -> None:
    application.window.open_demo()
    overview = application.window.workspace.show_section(OverviewSection)
    combo = overview.zone_combo
    assert meetings.get(application.db, MEETING_ID).timezone == "Asia/Kolkata"
    assert combo.currentText() == "Asia/Kolkata" and combo.currentIndex() == zone_names().index("Asia/Kolkata")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    following = zone_names()[zone_names().index("Asia/Kolkata") + 1]
    assert meetings.get(application.db, MEETING_ID).timezone == following
    qtbot.keyClick(application.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert meetings.get(application.db, MEETING_ID).timezone == "Asia/Kolkata"
    assert combo.currentIndex() == zone_names().index("Asia/Kolkata")


def test_the_new_meeting_dialog_stands_on_its_default_zone(qtbot) -> None:
    dialog = NewMeetingDialog()
    qtbot.addWidget(dialog)
    assert dialog.zone_combo.itemText(dialog.zone_combo.currentIndex()) == "Asia/Kolkata"


@pytest.mark.usefixtures("demo_db")
def test_a_held_meetings_zone_says_what_another_zone_does_to_its_recorded_times(application: Application) -> None:
    """A zone changed after the meeting moved its recorded times ("05:37–06:06") without a word."""
    application.window.open_demo()
    overview = application.window.workspace.show_section(OverviewSection)
    assert overview.held_zone_hint.isVisibleTo(overview)  # the demo is under way
    planned = meetings.create(application.db, "Kota follow-up", datetime(2027, 1, 5, 9), datetime(2027, 1, 5, 17))
    overview.set_meeting(planned.id)
    overview.refresh_if_stale()
    assert not overview.held_zone_hint.isVisibleTo(overview)
