"""The ops mechanism: one op, one reload per affected view; an undo the core refuses leaves no false
Redo; a merge makes the entries it touched obsolete; ops dropped with their undo history are freed by the
cycle collector without a crash."""

from __future__ import annotations

import gc
import weakref
from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from facilitator.core import meetings
from facilitator.core.agenda import items
from facilitator.core.changes import Change
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.core.models import AgendaItem
from facilitator.core.records import set_deleted
from facilitator.ui.agenda.section import AgendaSection
from facilitator.ui.ops import Calls, Ops, Outcome
from facilitator.ui.ops import agenda as agenda_ops
from facilitator.ui.ops import meetings as meeting_ops
from facilitator.ui.participants.register import RegisterSection


def count_calls(monkeypatch, target: object, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(target, name)

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(target, name, counting)
    return calls


def test_creating_a_meeting_resets_the_meetings_list_once(application, monkeypatch) -> None:
    panel = application.window.meetings
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    made = application.window.create_meeting("Kota dialogue", datetime(2024, 3, 1, 9), datetime(2024, 3, 1, 17), "UTC")
    assert made and panel.current_id() == made
    assert len(resets) == 1


@pytest.mark.usefixtures("demo_db")
def test_adding_a_person_reloads_the_register_once(application, monkeypatch) -> None:
    window = application.window
    window.open_demo()
    register = next(s for s in window.workspace.sections if isinstance(s, RegisterSection))
    window.workspace.show_section(RegisterSection)
    register.search.setText("Kamla")  # a filter the new person would not match
    loads = count_calls(monkeypatch, register, "load")
    register.add_person()
    assert len(loads) == 1
    assert register.editor.row is not None and register.editor.row.name == "New person"


@pytest.mark.usefixtures("demo_db")
def test_setting_two_days_hours_reloads_the_agenda_once_and_undoes_as_one(application, monkeypatch) -> None:
    window = application.window
    window.open_demo()
    section = next(s for s in window.workspace.sections if isinstance(s, AgendaSection))
    window.workspace.show_section(AgendaSection)
    loads = count_calls(monkeypatch, section, "load")
    section.set_day_hours({0: ("08:30", ""), 1: ("09:15", "16:00")})
    assert len(loads) == 1
    assert {day: (row.starts, row.ends) for day, row in section.agenda.day_rows.items()} == {
        0: ("08:30", ""),
        1: ("09:15", "16:00"),
    }
    application.ops.undo_stack.undo()
    assert {row.starts for row in section.agenda.day_rows.values()} == {""}
    assert len(loads) == 2


def test_an_undo_the_core_refuses_leaves_no_redo(qtbot, db: Database, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    ops = Ops(db)
    meeting = meetings.create(db, "M", datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 17))
    item_id = agenda_ops.insert_item(ops, meeting.id, "Welcome", None)
    assert agenda_ops.update_item(ops, meeting.id, item_id, {"title": "Welcome and rules"})
    assert ops.undo_stack.count() == 2
    # Meanwhile the item is deleted from under the edit, as a merge from another laptop may do.
    with db.session() as session:
        session.get(AgendaItem, item_id).deleted = True
    ops.undo_stack.undo()
    assert shown and "cannot be undone" in shown[0] and "taken off the undo list" in shown[0]
    assert not ops.undo_stack.canRedo()
    assert ops.undo_stack.count() == 1  # the refused entry is gone; the creation before it stays


def test_a_merge_makes_the_entries_it_touched_obsolete(qtbot, db: Database, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    ops = Ops(db)
    meeting = meetings.create(db, "M", datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 17))
    kept = agenda_ops.insert_item(ops, meeting.id, "Welcome", None)
    touched = agenda_ops.insert_item(ops, meeting.id, "Wages", kept)
    announced: list[Change] = []
    ops.bus.changed.connect(lambda changed: announced.append(changed.kinds))
    set_deleted(db, AgendaItem, touched, True)  # what the other laptop did
    ops.merged({("agenda_item", touched)}, Change.AGENDA)
    assert announced == [Change.AGENDA]
    ops.undo_stack.undo()  # the entry of the touched item: refused in plain words, nothing written
    assert "another laptop" in shown[-1]
    assert [item.title for item in items.items(db, meeting.id)] == ["Welcome"]
    ops.undo_stack.undo()  # the untouched entry still undoes
    assert items.items(db, meeting.id) == []
    assert not ops.undo_stack.canUndo()


def test_an_op_that_is_refused_pushes_nothing(qtbot, db: Database, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: None)
    ops = Ops(db)
    assert meeting_ops.update_meeting(ops, MEETING_ID, {"title": "x"}) is False  # no such meeting here
    assert ops.undo_stack.count() == 0


def test_a_file_written_before_the_caller_looks_still_says_where_it_went(qtbot, tmp_path) -> None:
    """A small file (a calendar) is written before the call that started it returns: its notice must
    not be lost."""
    from facilitator.ui.ops.threads import write_off_thread

    saved: list[object] = []
    target = tmp_path / "visits.ics"
    writing = write_off_thread(lambda: target.write_text("BEGIN:VCALENDAR") and target, saved.append, print)
    writing.wait()  # ended, and its signal sent, before the window's thread goes on
    qtbot.waitUntil(lambda: saved == [target], timeout=5000)


def test_ops_dropped_with_undo_steps_are_collected_entries_first_without_a_crash(qapp, db: Database) -> None:
    """The ops, its stack and its entries form a cycle (an entry calls back into the ops).  The collector
    breaks a cycle starting from the objects it has known longest, so the entries are made older here than
    the ops and its stack: without the ops emptying its stack first, this collection deleted an entry that
    the stack then deleted again, and the process died."""
    ops = Ops(db)
    gc.freeze()  # the ops and its stack wait outside the collector's generations ...
    try:
        for number in range(3):
            ops.perform(f"Step {number}", lambda: Outcome(None, Calls(lambda: None, lambda: None)), Change.NOTES)
        ops.undo_stack.undo()
        gc.collect()  # ... while the entries age into the oldest one
    finally:
        gc.unfreeze()  # back after the entries: the collector meets the entries first
    gone = weakref.ref(ops)
    del ops
    gc.collect()
    assert gone() is None
    gc.freeze()  # what lives on stays frozen, as tests/conftest.py left it
