"""A command run beside the open window writes to the data: the window shows it within seconds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.ui.ops import meetings as meeting_ops
from facilitator.ui.settings import Settings
from tests.ui.windows import shown_window


def test_a_title_changed_by_a_command_beside_the_window_shows_and_its_undo_is_retired(
    demo_db: Database, data_dir: Path, tmp_path: Path, qtbot
) -> None:
    """A venue brought in by a sync run on the command line stayed unseen until something else was edited."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    with shown_window(demo_db, settings) as application:
        ops, window = application.ops, application.window
        meeting_ops.update_meeting(ops, MEETING_ID, {"venue": "Hotel Sukhdham"})
        application.outside_writes.check()
        assert not ops.undo_stack.command(ops.undo_stack.count() - 1).invalidated  # its own edit
        beside = Database.open(data_dir)  # another process: a command beside the window
        meetings.update(beside, MEETING_ID, title="Roundtable Kota, moved to Bundi")
        beside.close()
        shown = [window.meetings.model.row(n).title for n in range(window.meetings.model.rowCount())]
        assert "Roundtable Kota, moved to Bundi" not in shown  # not yet looked
        application.outside_writes.check()
        shown = [window.meetings.model.row(n).title for n in range(window.meetings.model.rowCount())]
        assert "Roundtable Kota, moved to Bundi" in shown
        assert ops.undo_stack.command(ops.undo_stack.count() - 1).invalidated  # the meeting changed outside
        application.outside_writes.check()  # nothing new: nothing refreshes again
