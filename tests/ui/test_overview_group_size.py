"""The facilitator chooses how small a group the public outputs may show on its own (K of the small-cell
rule), in the meeting's Overview; the public policy follows it, and the change can be undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.core import disclosure, meetings
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.ui.app import Application
from facilitator.ui.meetings.overview import OverviewSection


@pytest.mark.usefixtures("demo_db")
def test_the_smallest_group_shown_alone_is_set_in_the_overview(application: Application, qtbot) -> None:
    application.window.open_demo()
    overview = application.window.workspace.show_section(OverviewSection)
    assert overview.group_size_spin.value() == meetings.get(application.db, MEETING_ID).min_group_size == 3
    overview.group_size_spin.setFocus()
    overview.group_size_spin.selectAll()
    qtbot.keyClicks(overview.group_size_spin, "5")
    qtbot.keyClick(overview.group_size_spin, Qt.Key.Key_Return)
    assert meetings.get(application.db, MEETING_ID).min_group_size == 5
    public = disclosure.for_meeting(application.db, MEETING_ID, disclosure.Audience.SHAREABLE)
    assert public.min_group_size == 5
    qtbot.keyClick(application.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert meetings.get(application.db, MEETING_ID).min_group_size == 3
    assert overview.group_size_spin.value() == 3
