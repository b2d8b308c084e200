"""The timeline lays out bars by time, tracks in lanes, clashes with fixed times in a lower lane."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.ui.agenda.timeline import Timeline


def test_bars_follow_time_tracks_share_the_row_and_clashes_drop_a_lane(qtbot, db: Database) -> None:
    meeting = meetings.create(db, "Caucus", datetime(2024, 3, 1, 9), datetime(2024, 3, 2, 17), "UTC")
    agenda.add(db, meeting.id, "Welcome", kind="welcome", planned_minutes=30)
    agenda.add(db, meeting.id, "Women", kind="breakout", planned_minutes=60, track="Women")
    agenda.add(db, meeting.id, "Men", kind="breakout", planned_minutes=45, track="Men")
    agenda.add(db, meeting.id, "Long talk", kind="presentation", planned_minutes=120, day=1)
    agenda.add(db, meeting.id, "Lunch", kind="meal", planned_minutes=60, fixed_start="10:30", day=1)
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(1000, timeline.sizeHint().height())
    timeline.set_agenda(agenda.load(db, meeting.id))
    rects = {bar.title: (bar, rect) for bar, rect in timeline.bar_rects()}
    women, men = rects["Women"], rects["Men"]
    assert women[1].left() == men[1].left() == rects["Welcome"][1].right()
    assert women[1].width() > men[1].width()  # 60 against 45 minutes
    assert women[1].bottom() <= men[1].top()  # one lane each
    talk, lunch = rects["Long talk"], rects["Lunch"]
    assert lunch[0].fixed and talk[0].lane == 1 and lunch[0].lane == 0  # the talk runs into lunch
    assert talk[1].right() > lunch[1].left()
    with qtbot.waitSignal(timeline.item_clicked) as clicked:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=lunch[1].center().toPoint())
    assert clicked.args == [lunch[0].item_id]


def test_hours_past_midnight_keep_counting_on_the_axis_as_in_the_table(qtbot, db: Database) -> None:
    """The table said 25:50 where the axis above the same bar said 01:00."""
    meeting = meetings.create(db, "Late", datetime(2024, 3, 1, 20), datetime(2024, 3, 1, 23), "UTC")
    agenda.add(db, meeting.id, "Long night", kind="plenary", planned_minutes=300)
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.set_agenda(agenda.load(db, meeting.id))
    labels = [label for _minutes, label in timeline.hour_labels()]
    assert labels[0] == "20:00" and "24:00" in labels and "25:00" in labels and "01:00" not in labels
