"""Building an agenda: adding, editing, moving, deleting items and the hours of each day."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select

from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.agenda.timing import format_clock
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import AgendaItem, Meeting


@pytest.fixture
def meeting(db: Database) -> Meeting:
    return meetings.create(db, "Roundtable", datetime(2024, 3, 1, 9, 0), datetime(2024, 3, 2, 17, 0), "Asia/Kolkata")


def titles(db: Database, meeting_id: str) -> list[str]:
    return [item.title for item in agenda.items(db, meeting_id)]


def build(db: Database, meeting_id: str, *names: str, **fields: object) -> list[str]:
    return [agenda.add(db, meeting_id, name, **fields).id for name in names]


@contextmanager
def written_rows(db: Database) -> Iterator[list[int]]:
    """Counts the records changed by INSERT, UPDATE and DELETE statements (the change log aside)."""
    counted: list[int] = []

    def after(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().split()[0].upper() in ("INSERT", "UPDATE", "DELETE") and "sync_change" not in statement:
            counted.append(cursor.rowcount)

    event.listen(db.engine, "after_cursor_execute", after)
    try:
        yield counted
    finally:
        event.remove(db.engine, "after_cursor_execute", after)


def test_items_follow_each_other_from_the_meeting_start(db: Database, meeting: Meeting) -> None:
    agenda.add(db, meeting.id, "Welcome", kind="welcome", planned_minutes=20, interpretation="consecutive")
    agenda.add(db, meeting.id, "Tea", kind="break", planned_minutes=15)
    loaded = agenda.load(db, meeting.id)
    times = [(format_clock(s.start), format_clock(s.end)) for s in loaded.timing.slots]
    assert times == [("09:00", "09:40"), ("09:40", "09:55")]  # interpretation doubles the welcome
    assert loaded.timing.start_of(loaded.timing.slots[0]).isoformat() == "2024-03-01T09:00:00+05:30"


def test_inserting_after_an_item_puts_the_new_one_right_below_it(db: Database, meeting: Meeting) -> None:
    first, _ = build(db, meeting.id, "Welcome", "Closing")
    agenda.add(db, meeting.id, "Introductions", after_id=first)
    assert titles(db, meeting.id) == ["Welcome", "Introductions", "Closing"]


def test_moving_an_item_writes_exactly_one_row(db: Database, meeting: Meeting) -> None:
    ids = build(db, meeting.id, "A", "B", "C", "D")
    with written_rows(db) as counted:
        agenda.move_to(db, ids[3], 1)
    assert counted == [1]
    assert titles(db, meeting.id) == ["A", "D", "B", "C"]


def test_moving_down_and_up_by_keyboard_steps_one_place(db: Database, meeting: Meeting) -> None:
    ids = build(db, meeting.id, "A", "B", "C")
    agenda.move_by(db, ids[0], +1)
    assert titles(db, meeting.id) == ["B", "A", "C"]
    agenda.move_by(db, ids[2], -1)
    assert titles(db, meeting.id) == ["B", "C", "A"]
    assert agenda.move_by(db, ids[1], -1) is None  # B is first already


def test_moving_across_a_day_boundary_changes_the_day_first(db: Database, meeting: Meeting) -> None:
    build(db, meeting.id, "Day one A", "Day one B", day=0)
    second = build(db, meeting.id, "Day two A", "Day two B", day=1)
    agenda.move_by(db, second[0], -1)
    moved = {item.title: item.day for item in agenda.items(db, meeting.id)}
    assert moved["Day two A"] == 0
    assert titles(db, meeting.id) == ["Day one A", "Day one B", "Day two A", "Day two B"]
    agenda.move_by(db, second[0], -1)
    assert titles(db, meeting.id) == ["Day one A", "Day two A", "Day one B", "Day two B"]


def test_undoing_a_move_restores_the_order(db: Database, meeting: Meeting) -> None:
    ids = build(db, meeting.id, "A", "B", "C")
    previous = agenda.move_to(db, ids[0], 3)
    assert titles(db, meeting.id) == ["B", "C", "A"]
    agenda.restore_place(db, ids[0], **previous)
    assert titles(db, meeting.id) == ["A", "B", "C"]


def test_duplicate_and_delete(db: Database, meeting: Meeting) -> None:
    ids = build(db, meeting.id, "A", "B")
    agenda.update(db, ids[0], risk_tags=["WAGES"], purpose="Pay")
    copy = agenda.duplicate(db, ids[0])
    assert titles(db, meeting.id) == ["A", "A (copy)", "B"]
    assert (copy.risk_tags, copy.purpose) == (["WAGES"], "Pay")
    agenda.delete(db, ids[0])
    assert titles(db, meeting.id) == ["A (copy)", "B"]
    agenda.restore(db, ids[0])
    assert titles(db, meeting.id) == ["A", "A (copy)", "B"]


def test_each_day_has_its_own_start_time(db: Database, meeting: Meeting) -> None:
    agenda.add(db, meeting.id, "Day one", day=0)
    agenda.add(db, meeting.id, "Day two", day=1)
    agenda.set_day_hours(db, meeting.id, {1: ("08:30", "16:00")})
    slots = agenda.load(db, meeting.id).timing.slots
    assert [format_clock(s.start) for s in slots] == ["09:00", "08:30"]
    previous = agenda.set_day_hours(db, meeting.id, {0: ("9.15", ""), 1: ("10:00", "")})
    assert previous == {0: ("", ""), 1: ("08:30", "16:00")}
    assert [format_clock(s.start) for s in agenda.load(db, meeting.id).timing.slots] == ["09:15", "10:00"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"planned_minutes": -5}, "between 0 and 600"),
        ({"planned_minutes": 100000}, "between 0 and 600"),
        ({"planned_minutes": 2.5}, "whole number"),
        ({"risk_tags": ["NOT_A_TAG"]}, "Unknown risk tag: NOT_A_TAG"),
        ({"kind": "party"}, "Unknown kind of agenda item: party"),
        ({"interpretation": "telepathic"}, "Unknown interpretation mode"),
        ({"fixed_start": "25:00"}, "HH:MM"),
        ({"day": 99}, "days 1 to 14"),
        ({"title": "   "}, "needs a title"),
        ({"fixed_start": "12:30", "track": "Women"}, "cannot have a fixed time"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    db: Database, meeting: Meeting, fields: dict, message: str
) -> None:
    (item_id,) = build(db, meeting.id, "Existing")
    with written_rows(db) as counted:
        with pytest.raises(UserError, match=message):
            agenda.add(db, meeting.id, fields.pop("title", "New"), **fields)
        with pytest.raises(UserError):
            agenda.update(db, item_id, **fields) if fields else agenda.update(db, item_id, title="")
    assert counted == []
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AgendaItem)) == 1


def test_a_day_must_end_after_it_starts(db: Database, meeting: Meeting) -> None:
    with pytest.raises(UserError, match="end after it starts"):
        agenda.set_day_hours(db, meeting.id, {1: ("08:00", ""), 0: ("17:00", "09:00")})
    assert agenda.load(db, meeting.id).day_rows == {}  # nothing was written, not even the good day


def test_items_two_laptops_put_between_the_same_neighbours_both_stay(db: Database, meeting: Meeting) -> None:
    first, _ = build(db, meeting.id, "Welcome", "Closing")
    mine = agenda.add(db, meeting.id, "Tea", after_id=first)
    theirs = agenda.add(db, meeting.id, "Photo", after_id=first)
    with db.session() as session:  # after a merge both carry the key each laptop chose alone
        session.get(AgendaItem, theirs.id).position = mine.position
    merged = titles(db, meeting.id)
    assert merged[0] == "Welcome" and merged[-1] == "Closing" and set(merged[1:3]) == {"Tea", "Photo"}
    agenda.move_to(db, first, 2)  # dropped between the twins: it goes past both, still before Closing
    assert titles(db, meeting.id)[2:] == ["Welcome", "Closing"]
    twin = agenda.items(db, meeting.id)[0]
    agenda.add(db, meeting.id, "Group photo", after_id=twin.id)  # inserting after a twin works too
    assert titles(db, meeting.id)[2:] == ["Group photo", "Welcome", "Closing"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 7)), min_size=1, max_size=12))
def test_any_drop_puts_the_item_where_it_was_dropped(db: Database, drops: list[tuple[int, int]]) -> None:
    # One database for every example, each in a meeting of its own (as a facilitator's file holds many).
    meeting = meetings.create(db, "Drops", datetime(2024, 3, 1, 9), datetime(2024, 3, 2, 17), "UTC")
    build(db, meeting.id, "A", "B", "C", day=0)
    build(db, meeting.id, "D", "E", "F", "G", day=1)
    expected = titles(db, meeting.id)
    for source, row in drops:
        item_id = agenda.items(db, meeting.id)[source].id
        agenda.move_to(db, item_id, row)
        moving = expected.pop(source)
        expected.insert(row if row <= source else row - 1, moving)
        assert titles(db, meeting.id) == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 6), st.sampled_from((-1, 1))), min_size=1, max_size=12))
def test_keyboard_moves_swap_within_a_day_and_cross_a_day_edge_in_place(db: Database, steps: list) -> None:
    # One database for every example, each in a meeting of its own (as a facilitator's file holds many).
    meeting = meetings.create(db, "Keys", datetime(2024, 3, 1, 9), datetime(2024, 3, 2, 17), "UTC")
    build(db, meeting.id, "A", "B", "C", day=0)
    build(db, meeting.id, "D", "E", "F", "G", day=1)
    for index, step in steps:
        before = agenda.items(db, meeting.id)
        moved = agenda.move_by(db, before[index].id, step)
        after = agenda.items(db, meeting.id)
        neighbour = index + step
        if not 0 <= neighbour < len(before):
            assert moved is None and [i.position for i in after] == [i.position for i in before]
        elif before[neighbour].day == before[index].day:
            assert [i.title for i in after] == [
                before[neighbour if n == index else index if n == neighbour else n].title for n in range(len(before))
            ]
        else:
            assert [i.title for i in after] == [i.title for i in before]
            assert after[index].day == before[neighbour].day


def test_a_day_after_the_meetings_last_date_is_flagged(db: Database) -> None:
    one_day = meetings.create(db, "One day", datetime(2024, 3, 1, 9), datetime(2024, 3, 1, 17), "UTC")
    agenda.add(db, one_day.id, "Day one")
    agenda.add(db, one_day.id, "Forgotten follow-up", day=1)
    timing = agenda.load(db, one_day.id).timing
    assert [w.code for w in timing.warnings] == ["after_meeting"]
    assert "Day 2 is after the meeting's last day" in timing.warnings[0].message
    assert [slot.past_end for slot in timing.slots] == [False, True]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("12:30", "12:30"), ("9:05", "09:05"), ("12.30", "12:30"), ("1230", "12:30"), ("13h", None), ("", "")],
)
def test_fixed_times_are_understood_as_people_type_them(typed: str, stored: str | None) -> None:
    if stored is None:
        with pytest.raises(UserError, match="HH:MM"):
            agenda.clock_text(typed)
    else:
        assert agenda.clock_text(typed) == stored
