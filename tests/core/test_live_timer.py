"""The agenda timer's state machine: start, next, previous, pause, extend, end, and resuming."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.core.errors import UserError
from facilitator.core.live import timer
from facilitator.core.live.running import RunningMeeting
from facilitator.core.live.timer import PlannedItem, TimerState
from tests.core.live_helpers import FakeTime, small_meeting

T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def two_items() -> TimerState:
    return TimerState([PlannedItem("a", "A", 10), PlannedItem("b", "B", 20)])


def test_colours_go_green_orange_red() -> None:
    state = two_items()
    state.apply("start", at(0), "a")
    clock = state.clocks["a"]
    assert clock.colour(at(7.9)) == "green"
    assert clock.colour(at(8.0)) == "orange"  # 20% of 10 minutes left
    assert clock.colour(at(10.1)) == "red"


def test_extension_gives_more_time_and_counts_as_behind() -> None:
    state = two_items()
    state.apply("start", at(0), "a")
    state.apply("extend", at(9), "a", 5)
    assert state.clocks["a"].colour(at(10.5)) == "green"
    assert state.behind_seconds(at(10.5)) == pytest.approx(300)


def test_next_and_previous_record_spans_and_actual_start_and_end() -> None:
    state = two_items()
    state.apply("start", at(0), "a")
    state.apply("start", at(12), "b")
    state.apply("start", at(15), "a")  # back to a for a forgotten point
    state.apply("start", at(17), "b")
    a, b = state.clocks["a"], state.clocks["b"]
    assert a.elapsed(at(30)) == pytest.approx(14 * 60)
    assert (a.first_start, a.last_end) == (at(0), at(17))
    assert b.elapsed(at(30)) == pytest.approx(16 * 60)
    assert state.current == 1 and state.running


def test_pause_stops_the_clock_and_behind_counts_actual_against_planned() -> None:
    state = two_items()
    state.apply("start", at(0), "a")
    state.apply("start", at(15), "b")  # a took 5 minutes more than planned
    state.apply("pause", at(20))
    assert not state.running
    assert state.clocks["b"].elapsed(at(90)) == pytest.approx(5 * 60)
    assert state.behind_seconds(at(90)) == pytest.approx(5 * 60)
    state.apply("end", at(95))
    assert state.ended


def test_session_steps_are_stored_and_replayed_after_a_restart(db) -> None:
    time = FakeTime()
    meeting_id = small_meeting(db)
    session = RunningMeeting(db, meeting_id, time.clock())
    session.start()
    time.advance(600)
    session.next()
    time.advance(60)
    session.extend(10)
    again = RunningMeeting(db, meeting_id, time.clock())
    assert again.current_item is not None and again.current_item.title == "Debate"
    assert again.timer.running
    first = again.timer.clocks[again.timer.items[0].id]
    assert first.closed_seconds == pytest.approx(600, abs=0.01)
    assert again.timer.clocks[again.current_item.id].extra_seconds == 600


def test_refusals(db) -> None:
    session = RunningMeeting(db, small_meeting(db), FakeTime().clock())
    with pytest.raises(UserError):
        session.extend(5)
    session.start()
    with pytest.raises(UserError):
        session.previous()
    with pytest.raises(UserError):
        session.extend(0)
    session.go_to(len(session.timer.items) - 1)
    with pytest.raises(UserError):
        session.next()


def test_planned_items_follow_agenda_order(db) -> None:
    titles = [item.title for item in timer.planned_items(db, small_meeting(db))]
    assert titles == ["Welcome", "Debate", "Close"]


def test_item_timings_set_planned_against_actual(db) -> None:
    time = FakeTime()
    session = RunningMeeting(db, small_meeting(db), time.clock())
    session.start()
    time.advance(12 * 60)
    session.next()
    session.extend(5)
    time.advance(60)
    first, second = timer.item_timings(session.timer, session.now())
    assert (first.title, first.planned_minutes, first.actual_seconds) == ("Welcome", 10, pytest.approx(720, abs=0.01))
    assert first.actual_end == second.actual_start
    assert second.actual_end is None and second.extended_minutes == 5


def test_the_floor_closed_by_a_step_can_be_taken_back(db) -> None:
    """The silence a new item starts with is a switch like any other, with its stored id."""
    time = FakeTime()
    session = RunningMeeting(db, small_meeting(db), time.clock())
    session.start()
    session.switch(next(iter(session.speakers)))
    time.advance(30)
    session.next()
    assert session.running_turn.kind == "silence" and session.running_turn.id
    session.undo_switch()
    assert session.running_turn.kind == "speech"
