"""The floor: switches, flags, corrections, sleep and restart."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from facilitator.core import meetings
from facilitator.core.errors import UserError
from facilitator.core.live import speaking
from facilitator.core.live.running import RunningMeeting
from facilitator.core.models import SpeakingTurn
from tests.core.live_helpers import FakeTime, small_meeting, speaker_named


@pytest.fixture
def running(db):
    time = FakeTime()
    session = RunningMeeting(db, small_meeting(db), time.clock())
    session.start()
    return session, time


def seconds_of(session: RunningMeeting, name: str) -> float:
    pid = speaker_named(session, name)
    return next(p.seconds for p in session.balance().people if p.id == pid)


def test_choosing_a_speaker_ends_the_previous_turn_with_one_insert(running, db) -> None:
    session, time = running
    session.switch(speaker_named(session, "Anna"))
    time.advance(90)
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(SpeakingTurn))
    session.switch(speaker_named(session, "Kamla"))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SpeakingTurn)) == before + 1
    time.advance(30)
    assert seconds_of(session, "Anna") == pytest.approx(90)
    assert seconds_of(session, "Kamla") == pytest.approx(30)
    assert session.running_turn.via_interpreter  # Kamla speaks through the interpreter


def test_interpretation_is_timed_apart(running) -> None:
    session, time = running
    session.switch(speaker_named(session, "Kamla"))
    time.advance(60)
    session.interpret()
    time.advance(80)
    balance = session.balance()
    kamla = next(p for p in balance.people if p.id == speaker_named(session, "Kamla"))
    assert kamla.seconds == pytest.approx(60)
    assert kamla.interpreted_seconds == pytest.approx(80)
    assert balance.interpretation_seconds == pytest.approx(80)


def test_facilitator_talk_is_procedural_and_counts_for_no_group(running) -> None:
    session, time = running
    session.switch(speaker_named(session, "Fay"))
    time.advance(120)
    balance = session.balance()
    assert session.running_turn.procedural
    assert balance.talk_seconds == 0 and balance.procedural_seconds == pytest.approx(120)


def test_undo_last_switch_lets_the_previous_turn_run_on(running, db) -> None:
    session, time = running
    session.switch(speaker_named(session, "Anna"))
    time.advance(40)
    session.switch(speaker_named(session, "Bert"), interruption=True)  # wrong tile
    time.advance(5)
    voided = session.undo_switch()
    assert seconds_of(session, "Anna") == pytest.approx(45)
    assert seconds_of(session, "Bert") == 0
    again = RunningMeeting(db, session.meeting_id, time.clock(), resume=False)  # what is stored
    assert again.running_turn.participation_id == speaker_named(session, "Anna")
    session.restore_switch(voided)
    assert seconds_of(session, "Bert") == pytest.approx(5)


def test_moving_a_boundary_shifts_time_between_neighbours(running) -> None:
    session, time = running
    session.switch(speaker_named(session, "Anna"))
    time.advance(60)
    session.switch(speaker_named(session, "Uma"))
    time.advance(20)
    session.move_start(-10)  # the click came ten seconds late
    assert seconds_of(session, "Anna") == pytest.approx(50)
    assert seconds_of(session, "Uma") == pytest.approx(30)
    with pytest.raises(UserError):
        session.move_start(-600)


def test_a_sleep_stops_the_floor_and_asks(running) -> None:
    session, time = running
    session.switch(speaker_named(session, "Anna"))
    time.advance(30)
    assert session.tick() is None
    time.sleep(3 * 3600)  # lid closed
    time.advance(1)
    gap = session.tick()
    assert gap is not None and gap.seconds > 3 * 3600 - 1
    assert session.running_turn.kind == "pause"
    time.advance(10)
    assert seconds_of(session, "Anna") == pytest.approx(30)
    session.resolve_gap(resume_speaker=True)
    assert session.running_turn.participation_id == speaker_named(session, "Anna")
    assert session.pending_gap is None


def test_a_pause_counts_for_nobody_and_resuming_starts_in_silence(running) -> None:
    session, time = running
    session.switch(speaker_named(session, "Anna"))
    time.advance(60)
    session.pause()
    assert session.running_turn.kind == "pause"
    time.advance(3600)  # lunch
    session.start()
    time.advance(30)
    balance = session.balance()
    assert balance.talk_seconds == pytest.approx(60)
    assert balance.silence_seconds == pytest.approx(30)
    assert session.running_turn.kind == "silence"


def test_restart_after_hours_does_not_grow_the_running_turn(running, db) -> None:
    session, time = running
    session.switch(speaker_named(session, "Uma"))
    time.advance(20)
    session.heartbeat()
    time.advance(5 * 3600)  # killed, restarted in the afternoon
    again = RunningMeeting(db, session.meeting_id, time.clock())
    assert again.pending_gap is not None
    assert again.running_turn.kind == "pause"
    assert next(p.seconds for p in again.balance().people if p.id == speaker_named(again, "Uma")) == pytest.approx(20)


def test_reading_an_abandoned_meeting_does_not_grow_its_running_turn(running, db) -> None:
    """``facilitator stats`` the next day: the turn counts up to the last heartbeat, and nothing is written."""
    session, time = running
    session.switch(speaker_named(session, "Uma"))
    time.advance(20)
    session.heartbeat()
    time.advance(26 * 3600)
    with db.session() as s:
        stored = s.scalar(select(func.count()).select_from(SpeakingTurn))
    reader = RunningMeeting(db, session.meeting_id, time.clock(), resume=False)
    assert next(p.seconds for p in reader.balance().people if p.id == speaker_named(reader, "Uma")) == pytest.approx(20)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SpeakingTurn)) == stored


def test_a_restart_within_seconds_credits_only_what_was_timed(running, db) -> None:
    """The 43 seconds the app was away are nobody's, however short: the turn ends at the last heartbeat."""
    session, time = running
    uma = speaker_named(session, "Uma")
    session.switch(uma)
    for _ in range(12):  # twelve one-second ticks: a heartbeat every five seconds
        time.advance(1)
        session.tick()
    time.advance(43)  # killed, and started again
    again = RunningMeeting(db, session.meeting_id, time.clock())
    assert again.pending_gap is not None and again.pending_gap.seconds == pytest.approx(45)
    assert again.running_turn.kind == "pause" and again.current_item.title == "Welcome"
    time.advance(30)
    assert next(p.seconds for p in again.balance().people if p.id == uma) == pytest.approx(10)
    again.resolve_gap(resume_speaker=True)
    assert again.running_turn.participation_id == uma


def test_closing_the_window_stops_the_floor_at_that_moment(running, db) -> None:
    session, time = running
    uma = speaker_named(session, "Uma")
    session.switch(uma)
    time.advance(20)
    session.stop_timing()  # the window closes; the room carries on
    time.advance(43)
    again = RunningMeeting(db, session.meeting_id, time.clock())
    assert again.timer.running and again.pending_gap.seconds == pytest.approx(43)
    assert again.paused_turn.participation_id == uma
    assert next(p.seconds for p in again.balance().people if p.id == uma) == pytest.approx(20)
    again.resolve_gap(resume_speaker=False)
    assert again.running_turn.kind == "silence" and again.pending_gap is None


def test_ending_the_session_closes_the_timer_the_floor_and_the_meeting(running, db) -> None:
    session, time = running
    session.switch(speaker_named(session, "Uma"))
    time.advance(20)
    session.end()
    assert session.timer.ended and session.running_turn.kind == "pause"
    assert meetings.get(db, session.meeting_id).status == "closed"
    with pytest.raises(UserError):
        session.end()
    session.start()  # started again by mistake, or to go on after all
    assert meetings.get(db, session.meeting_id).status == "live"


def test_ending_from_the_command_line_after_a_crash_ends_at_the_last_heartbeat(running, db) -> None:
    session, time = running
    uma = speaker_named(session, "Uma")
    session.switch(uma)
    time.advance(30)
    session.heartbeat()
    last = session.now()
    time.advance(3 * 3600)  # the app crashed; in the evening the facilitator ends the session
    reader = RunningMeeting(db, session.meeting_id, time.clock(), resume=False)
    assert reader.end() == last
    ended = RunningMeeting(db, session.meeting_id, time.clock(), resume=False)
    assert ended.timer.clocks[ended.timer.items[0].id].elapsed(ended.now()) == pytest.approx(30)
    assert next(p.seconds for p in ended.balance().people if p.id == uma) == pytest.approx(30)


def test_every_event_carries_the_device(running, db) -> None:
    session, _ = running
    session.switch(speaker_named(session, "Anna"))
    session.undo_switch()
    with db.session() as s:
        origins = set(s.scalars(select(SpeakingTurn.origin)))
    assert origins == {db.device_id}


def test_switch_refusals(running) -> None:
    session, _ = running
    with pytest.raises(UserError):
        session.switch("not-a-participant")
    session.silence()
    with pytest.raises(UserError):
        session.interpret()
    with pytest.raises(UserError):
        speaking.new_switch(session.meeting_id, session.now(), None, kind="speech")


def test_balance_thresholds_are_set_per_meeting(running, db) -> None:
    from facilitator.core.live import balance

    session, time = running
    session.switch(speaker_named(session, "Anna"))
    time.advance(200)
    assert any(a.kind == "dominance" and a.group == "BIZ_BUYER" for a in session.balance().alerts)
    previous = balance.update_settings(db, session.meeting_id, dominance_share=1.0, underrepresented_ratio=0.0)
    assert previous == {"dominance_share": 0.5, "underrepresented_ratio": 0.5}
    session.reload()
    assert session.balance().alerts == []
    balance.update_settings(db, session.meeting_id, expected_share_mode="custom", expected_shares={"REP_UNION": 1})
    session.reload()
    expected = {g.group: g.expected for g in session.balance().groups}
    assert expected["REP_UNION"] == 1.0 and expected["BIZ_BUYER"] == 0.0
    for bad in (
        {"dominance_share": 0.1},
        {"balance_window_minutes": 0},
        {"expected_share_mode": "loudest"},
        {"expected_shares": {"NOT_A_GROUP": 1}},
        {"colour": "red"},
    ):
        with pytest.raises(UserError):
            balance.update_settings(db, session.meeting_id, **bad)


def test_a_turn_given_elsewhere_after_the_end_stops_once_it_arrives(running, db) -> None:
    """Laptop A ended the session; laptop B, not yet synced, gave Anna the floor. After the merge nothing
    can be pressed to stop her turn (every timing step is refused once ended), so it stops by itself."""
    session, time = running
    time.advance(5)
    session.tick()
    session.end()
    time.advance(5)
    session.tick()
    anna = speaker_named(session, "Anna")
    speaking.record_switch(db, session.meeting_id, session.clock.now(), anna, group=session.speakers[anna].group)
    session.reload()  # as after a merge
    assert session.running_turn.participation_id == anna
    time.advance(1)
    assert session.tick() is None  # nothing to ask: the session is over
    assert session.running_turn.kind == "pause" and session.pending_gap is None
    counted = seconds_of(session, "Anna")
    for _ in range(60):
        time.advance(10)
        session.tick()
    assert seconds_of(session, "Anna") == counted < 2


def test_a_window_opened_on_an_ended_session_with_a_turn_after_the_end_asks_nothing(running, db) -> None:
    session, time = running
    session.end()
    time.advance(5)
    anna = speaker_named(session, "Anna")
    speaking.record_switch(db, session.meeting_id, session.clock.now(), anna, group=session.speakers[anna].group)
    time.advance(600)
    opened = RunningMeeting(db, session.meeting_id, time.clock())  # the window opens on it, after a merge
    assert opened.pending_gap is None and opened.running_turn.kind == "pause"
    assert opened.tick() is None
