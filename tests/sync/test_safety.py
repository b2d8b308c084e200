"""Safety of a merge: all or nothing, clock skew warned about, records that wait for their parents,
mass deletions held back, and a report of what changed for the window to refresh."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from facilitator.core import meetings
from facilitator.core.changes import Change
from facilitator.core.errors import UserError
from facilitator.core.live import notes, speaking
from facilitator.core.models import Meeting, Note, Participation
from facilitator.core.records import set_deleted
from facilitator.sync.log import ChangeRow
from facilitator.sync.merge import merge
from facilitator.sync.run import synchronise
from facilitator.sync.targets.folder import FolderTarget
from tests.sync.replicas import T0, log_of, replica, roundtable
from tests.sync.sticks import PASSPHRASE

DAY_MS = 24 * 3600 * 1000


def test_a_batch_with_one_unreadable_change_applies_nothing(tmp_path: Path) -> None:
    source, target = replica(tmp_path / "a"), replica(tmp_path / "b")
    roundtable(source)
    changes = log_of(source)
    future = ChangeRow("site_visit", "x", "*", changes[-1].hlc, "", "{}", "")
    with pytest.raises(UserError, match="newer version"):
        merge(target, [*changes, future])
    assert log_of(target) == []
    renamed = changes[0]._replace(field="colour_of_the_tent")
    with pytest.raises(UserError, match="newer version"):
        merge(target, [renamed])


def test_a_clock_more_than_a_day_ahead_is_warned_about_and_absorbed(tmp_path: Path, stick: Path) -> None:
    fast, here = replica(tmp_path / "fast", skew_ms=3 * DAY_MS), replica(tmp_path / "here")
    meeting = roundtable(fast)
    synchronise(fast, FolderTarget(stick, PASSPHRASE))
    report = synchronise(here, FolderTarget(stick, PASSPHRASE))
    [skew] = report.merge.skews
    assert skew.device == fast.device_id and 71 * 3600 < skew.ahead_seconds <= 72 * 3600
    assert any("stamped up to 72 hours ahead of this laptop's clock: this laptop's clock is behind, or" in warning
               for warning in report.warnings)  # fmt: skip
    meetings.update(here, meeting.id, title="Edited after the merge")
    assert meetings.get(here, meeting.id).updated_hlc > max(c.hlc for c in log_of(fast))


def test_a_record_that_arrives_before_its_meeting_waits_for_it(tmp_path: Path) -> None:
    source, target = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(source, people=1, items=0)
    [speaker] = speaking.load_roster(source, meeting.id)
    turn = speaking.record_switch(source, meeting.id, T0 + timedelta(minutes=1), speaker)
    changes = log_of(source)
    early = [c for c in changes if c.table == "speaking_turn"]
    first = merge(target, early)
    assert first.waiting == 1 and first.changed_rows == set()
    rest = merge(target, [c for c in changes if c.table != "speaking_turn"])
    assert rest.waiting == 0 and ("speaking_turn", turn.id) in rest.changed_rows
    assert [t.id for t in speaking.load_turns(target, meeting.id)] == [turn.id]


def test_a_record_from_an_older_version_takes_the_defaults_of_the_columns_it_lacks(tmp_path: Path) -> None:
    source = replica(tmp_path / "a")
    meeting = roundtable(source, people=1, items=0)
    [speaker] = speaking.load_roster(source, meeting.id)
    turn = speaking.record_switch(source, meeting.id, T0 + timedelta(minutes=1), speaker)

    def made_before_the_flags(change: ChangeRow) -> ChangeRow:
        if change.table != "speaking_turn":
            return change
        content = json.loads(change.value)
        del content["procedural"], content["interruption"]
        return change._replace(value=json.dumps(content))

    changes = [made_before_the_flags(change) for change in log_of(source)]
    together, meeting_later = replica(tmp_path / "b"), replica(tmp_path / "c")
    merge(together, changes)
    assert merge(meeting_later, [c for c in changes if c.table == "speaking_turn"]).waiting == 1
    assert merge(meeting_later, [c for c in changes if c.table != "speaking_turn"]).waiting == 0

    def stored(db) -> tuple:
        with db.engine.connect() as connection:
            return tuple(connection.exec_driver_sql("SELECT * FROM speaking_turn WHERE id = ?", (turn.id,)).one())

    assert stored(together) == stored(meeting_later) == stored(source)


def test_the_report_names_the_records_and_kinds_a_merge_changed(tmp_path: Path) -> None:
    source, target = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(source, people=1, items=0)
    merge(target, log_of(source))
    known = set(log_of(source))
    note = notes.add_note(source, meeting.id, notes.ParsedNote(body="Sheds are too small"))
    [speaker] = speaking.load_roster(source, meeting.id)
    turn = speaking.record_switch(source, meeting.id, T0, speaker)
    report = merge(target, [c for c in log_of(source) if c not in known])
    assert {("note", note.id), ("speaking_turn", turn.id)} <= report.changed_rows
    assert report.kinds == Change.NOTES | Change.SPEAKING
    assert {table for table, _ in report.changed_rows} == {"note", "note_revision", "speaking_turn"}


def test_deleting_a_whole_meeting_by_merge_waits_for_confirmation(tmp_path: Path) -> None:
    source, target = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(source)
    merge(target, log_of(source))
    set_deleted(source, Meeting, meeting.id, True)
    held = merge(target, log_of(source))
    assert [h.title for h in held.held] == ["Roundtable Kota"] and not held.applied
    assert meetings.get(target, meeting.id).title == "Roundtable Kota"
    assert merge(target, log_of(source), confirm_deletions=True).applied
    with pytest.raises(UserError):
        meetings.get(target, meeting.id)


def test_deleting_most_of_an_agenda_waits_for_confirmation_among_hundreds_of_speaking_turns(
    tmp_path: Path,
) -> None:
    """9 of 11 agenda items and 15 of 19 participants deleted on a teammate's laptop were applied without a
    question: with the meeting's speaking turns and check-ins, 24 deletions were a seventh of its records."""
    from facilitator.core.agenda import items as agenda
    from facilitator.core.participants import participation
    from facilitator.sync.summary import _held_back

    source, target = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(source, people=6, items=8)
    roster = list(speaking.load_roster(source, meeting.id))
    for second in range(120):
        speaking.record_switch(source, meeting.id, T0 + timedelta(seconds=10 * second), roster[second % 6])
    merge(target, log_of(source))
    for item in agenda.items(source, meeting.id)[:6]:
        agenda.delete(source, item.id)
    report = merge(target, log_of(source))
    [held] = report.held
    assert held.deleted == 6 and held.deleted / held.records < 0.2 and not report.applied
    assert [(kind.table, kind.deleted, kind.records) for kind in held.kinds] == [("agenda_item", 6, 8)]
    assert _held_back(held) == (
        'This sync would delete 6 of the 134 records of the meeting "Roundtable Kota". '
        "Among them: 6 of the 8 agenda items."
    )
    assert len(agenda.items(target, meeting.id)) == 8
    assert merge(target, log_of(source), confirm_deletions=True).applied
    assert len(agenda.items(target, meeting.id)) == 2
    for place in participation.list_participants(source, meeting.id)[:2]:
        set_deleted(source, Participation, place.participation_id, True)
    assert merge(target, log_of(source)).held == []  # two of six: a third, not more


def test_a_tombstone_travels_and_a_later_undelete_wins(tmp_path: Path) -> None:
    source, target = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(source, people=4, items=4)
    note = notes.add_note(source, meeting.id, notes.ParsedNote(body="Kept after all"))
    merge(target, log_of(source))
    notes.set_note_deleted(source, note.id, True)
    merge(target, log_of(source))
    assert notes.list_notes(target, meeting.id) == []
    notes.set_note_deleted(target, note.id, False)
    merge(source, log_of(target))
    assert [n.body for n in notes.list_notes(source, meeting.id)] == ["Kept after all"]
    assert json.loads([c for c in log_of(source) if c.field == "deleted"][-1].value) is False


def test_a_list_an_older_version_did_not_send_arrives_as_an_empty_list(tmp_path: Path) -> None:
    source, target = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(source, people=1, items=0)
    note = notes.add_note(source, meeting.id, notes.ParsedNote(kind="concern", body="Masks only on inspection days"))

    def made_before_risk_tags(change: ChangeRow) -> ChangeRow:
        if change.table != "note" or change.field != "*":
            return change
        content = json.loads(change.value)
        del content["risk_tags"]
        return change._replace(value=json.dumps(content))

    merge(target, [made_before_risk_tags(change) for change in log_of(source)])
    with target.session() as session:
        assert session.get(Note, note.id).risk_tags == []


def test_a_second_sync_of_one_laptop_while_the_first_runs_is_refused_and_changes_nothing(
    tmp_path: Path, stick: Path
) -> None:
    """Two syncs started at once on one laptop both wrote its 6,371 changes to the folder, twice."""
    from filelock import FileLock

    from facilitator.sync.run import SYNC_LOCK

    laptop = replica(tmp_path / "a")
    roundtable(laptop)
    running = FileLock(laptop.directory / SYNC_LOCK, timeout=0, thread_local=False)
    with running:  # as the window's sync holds it
        with pytest.raises(UserError, match="Another sync of this laptop is running"):
            synchronise(laptop, FolderTarget(stick, PASSPHRASE))
        assert not list(stick.rglob("*.fseg"))
    assert synchronise(laptop, FolderTarget(stick, PASSPHRASE)).sent > 0 and list(stick.rglob("*.fseg"))


def test_a_ledger_step_dated_ahead_on_a_laptop_whose_date_ran_ahead_does_not_freeze_the_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop five days ahead marked an entry In progress "on" a date five days off; merged, every real
    step was refused on every laptop ("cannot be dated before the last one") until that day came."""
    from datetime import date

    from facilitator.core.ledger import entries
    from facilitator.core.participants import participation

    real_today = date.today()
    fast, here = replica(tmp_path / "fast", skew_ms=5 * DAY_MS), replica(tmp_path / "here")
    meeting = roundtable(fast)
    owner = participation.list_participants(fast, meeting.id)[0].person_id
    entry = entries.add(fast, "Toilets at the yard", "Asha", owner_person_id=owner)

    class Ahead(date):
        @classmethod
        def today(cls) -> date:
            return real_today + timedelta(days=5)

    monkeypatch.setattr(entries, "date", Ahead)
    entries.change_status(fast, entry.id, "in_progress", "Chetan", "Started")
    monkeypatch.undo()
    merge(here, log_of(fast))
    assert entries.history(here, entry.id)[-1].changed_on == real_today + timedelta(days=5)
    with pytest.raises(UserError, match="cannot be dated before the last one"):
        entries.change_status(here, entry.id, "done", "Asha", "Built", real_today - timedelta(days=1), evidence="x")
    entries.change_status(here, entry.id, "done", "Asha", "Built", evidence="Photos of the toilets")
    assert [c.status for c in entries.history(here, entry.id)] == ["open", "in_progress", "done"]
    merge(fast, log_of(here))
    assert [c.status for c in entries.history(fast, entry.id)] == ["open", "in_progress", "done"]


def test_a_visits_records_count_among_their_meetings_when_deleted_in_numbers(tmp_path: Path) -> None:
    """3 of a conversation's 30 points deleted on another laptop held the sync as "3 of the 3
    conversation_point": records that belong to a meeting through a parent were not counted live."""
    from datetime import datetime

    from facilitator.core.models import ConversationPoint
    from facilitator.core.visits import conversations, visits
    from facilitator.sync.summary import _held_back

    source, target = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(source, people=6, items=8)
    visit = visits.plan(
        source, "Dabi quarry", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 12), "Asia/Kolkata", meeting_id=meeting.id
    )
    talk = conversations.add_conversation(source, visit.id, "RH_WORKER", men=4, consent_notes=True)
    points = [conversations.add_point(source, talk.id, f"c: point {number}") for number in range(30)]
    merge(target, log_of(source))
    for point in points[:3]:
        set_deleted(source, ConversationPoint, point.id, True)
    assert merge(target, log_of(source)).held == []
    for point in points[3:15]:
        set_deleted(source, ConversationPoint, point.id, True)
    [held] = merge(target, log_of(source)).held
    assert "Among them: 12 of the 27 points of conversations with workers." in _held_back(held)


def test_every_kind_of_a_meetings_records_is_named_when_a_sync_would_delete_many() -> None:
    from facilitator.sync.merge import _ordered_tables
    from facilitator.sync.summary import DELETED_KINDS

    of_meetings = {t.name for t in _ordered_tables() if "deleted" in t.columns} - {"meeting", "person", "organisation"}
    assert of_meetings - set(DELETED_KINDS) == set()
