"""The Live screen's one-second tick keeps a typed line while the data is converted (encryption turned on
or off): it neither writes to the file being replaced nor complains, and keeps the line just after."""

from __future__ import annotations

import time as wall_clock

from PySide6.QtCore import Qt

from facilitator.core.live import notes
from facilitator.core.live.running import heartbeat_key
from facilitator.ui.live.section import LiveSection
from tests.core.live_helpers import FakeTime


def test_the_tick_keeps_the_line_until_the_conversion_ends(qtbot, live: LiveSection, monkeypatch) -> None:
    complaints: list[str] = []
    monkeypatch.setattr(live.ops, "show_error", complaints.append)
    qtbot.keyClicks(live.notes.line, "c: masks handed out only to visitors")
    live.ops.db.suspend()
    live.tick()
    live.tick()
    assert complaints == []
    live.ops.db.reconnect()
    assert notes.load_draft(live.ops.db, live.meeting_id) == ""
    live.tick()
    assert notes.load_draft(live.ops.db, live.meeting_id) == "c: masks handed out only to visitors"


def test_a_running_session_ticks_through_the_conversion_and_beats_after(qtbot, live: LiveSection, monkeypatch) -> None:
    complaints: list[str] = []
    monkeypatch.setattr(live.ops, "show_error", complaints.append)
    time = FakeTime(start=wall_clock.time())  # from now, as the session's last beat
    live.session.clock = time.clock()
    qtbot.keyClick(live.focusWidget() or live, Qt.Key.Key_F5)  # the agenda clock runs
    live.ops.db.suspend()
    for _ in range(12):  # twelve seconds: the heartbeat is due twice
        time.advance(1)
        live.tick()
    assert complaints == []
    live.ops.db.reconnect()
    live.tick()
    beat = live.ops.db.get_local(heartbeat_key(live.meeting_id))
    assert beat == time.clock().now().isoformat()
