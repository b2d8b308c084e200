"""The Live screen's one-second tick keeps a typed line while the data is converted (encryption turned on
or off): it neither writes to the file being replaced nor complains, and keeps the line just after."""

from __future__ import annotations

from facilitator.core.live import notes
from facilitator.ui.live.section import LiveSection


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
