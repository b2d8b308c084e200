"""Speaking statistics as properties: they must hold for any sequence of turns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.live.balance import BalanceTracker, Thresholds, balance_index, expected_shares
from facilitator.core.live.speaking import Speaker, Turn

T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
GROUPS = ("BIZ_BUYER", "RH_WORKER", "REP_UNION", "CSO_LOCAL")
SPEAKERS = {
    f"p{i}": Speaker(
        f"p{i}", f"Person {i}", GROUPS[i % len(GROUPS)], "participant", "named", "hi" if i % 2 else "", True
    )
    for i in range(7)
} | {"fac": Speaker("fac", "Facilitator", "FACILITATOR", "facilitator", "named", "", True)}

step = st.tuples(
    st.sampled_from([*SPEAKERS, None]),
    st.sampled_from(["speech", "speech", "interpretation", "silence", "pause"]),
    st.floats(min_value=0.0, max_value=600.0, allow_nan=False),
    st.booleans(),
)


def build(steps: list[tuple[str | None, str, float, bool]]) -> list[Turn]:
    turns, start = [], T0
    for index, (pid, kind, seconds, procedural) in enumerate(steps):
        if pid is None and kind not in ("silence", "pause"):
            kind = "silence"
        if kind in ("silence", "pause"):
            pid = None
        end = start + timedelta(seconds=seconds)
        group = SPEAKERS[pid].group if pid else ""
        last = index == len(steps) - 1
        turns.append(
            Turn(
                f"t{index}",
                pid,
                group,
                kind,
                start,
                None if last else end,
                "item",
                procedural=procedural and kind == "speech",
            )
        )
        start = end
    return turns


def feed(turns: list[Turn], mode: str = "headcount") -> BalanceTracker:
    tracker = BalanceTracker(SPEAKERS, Thresholds(mode=mode, custom={"RH_WORKER": 2, "BIZ_BUYER": 1}))
    for turn in turns:  # one switch at a time, as the live screen does
        tracker.add(
            Turn(
                turn.id,
                turn.participation_id,
                turn.group,
                turn.kind,
                turn.start,
                None,
                turn.agenda_item_id,
                procedural=turn.procedural,
            )
        )
    return tracker


def end_of(turns: list[Turn]) -> datetime:
    return turns[-1].start + timedelta(seconds=30)


@settings(max_examples=200, deadline=None)
@given(st.lists(step, min_size=1, max_size=40), st.sampled_from(["headcount", "equal", "custom"]))
def test_shares_sum_to_one_and_index_stays_in_bounds(steps, mode) -> None:
    turns = build(steps)
    balance = feed(turns, mode).snapshot(end_of(turns))
    if balance.talk_seconds > 0:
        assert sum(g.share for g in balance.groups) == pytest.approx(1.0)
        assert sum(p.share for p in balance.people) == pytest.approx(1.0)
        assert balance.index is not None and 0.0 <= balance.index <= 1.0
    else:
        assert balance.index is None
    for value in balance.item_index.values():
        assert value is None or 0.0 <= value <= 1.0
    assert all(0.0 <= g.share <= 1.0 for g in balance.groups)


@settings(max_examples=200, deadline=None)
@given(st.lists(step, min_size=1, max_size=40))
def test_every_second_is_counted_once(steps) -> None:
    turns = build(steps)
    now = end_of(turns)
    balance = feed(turns).snapshot(now)
    paused = sum(turn.seconds(now) for turn in turns if turn.kind == "pause")
    total = (now - T0).total_seconds() - paused  # a pause is not meeting time
    parts = balance.talk_seconds + balance.interpretation_seconds + balance.procedural_seconds + balance.silence_seconds
    assert parts == pytest.approx(total)


@settings(max_examples=200, deadline=None)
@given(st.lists(step, min_size=2, max_size=40), st.integers(min_value=0), st.floats(min_value=1.0, max_value=900.0))
def test_interpretation_neither_doubles_nor_erases_talk(steps, where, interpreted) -> None:
    """Inserting an interpreter's rendering after a turn changes nobody's talk time."""
    turns = build(steps)
    before = feed(turns).snapshot(end_of(turns))
    index = where % (len(turns) - 1)
    shift = timedelta(seconds=interpreted)
    pid = turns[index].participation_id or "p1"
    rendering = Turn("i", pid, SPEAKERS[pid].group, "interpretation", turns[index + 1].start, None, "item")
    later = [
        Turn(
            t.id, t.participation_id, t.group, t.kind, t.start + shift, None, t.agenda_item_id, procedural=t.procedural
        )
        for t in turns[index + 1 :]
    ]
    after_turns = [*turns[: index + 1], rendering, *later]
    after = feed(after_turns).snapshot(end_of(after_turns))
    assert after.talk_seconds == pytest.approx(before.talk_seconds)
    assert {p.id: p.seconds for p in after.people} == pytest.approx({p.id: p.seconds for p in before.people})
    assert after.interpretation_seconds == pytest.approx(before.interpretation_seconds + interpreted)


@settings(max_examples=100, deadline=None)
@given(st.lists(step, min_size=1, max_size=40))
def test_incremental_equals_rebuilt(steps) -> None:
    turns = build(steps)
    now = end_of(turns)
    rebuilt = BalanceTracker(SPEAKERS)
    rebuilt.rebuild(turns)
    assert rebuilt.snapshot(now) == feed(turns).snapshot(now)


@given(st.dictionaries(st.sampled_from(GROUPS), st.integers(min_value=0, max_value=50)))
def test_expected_shares_sum_to_one(headcount) -> None:
    for mode in ("headcount", "equal", "custom"):
        shares = expected_shares(headcount, Thresholds(mode=mode, custom={"RH_WORKER": 3}))
        if any(headcount.values()):
            assert sum(shares.values()) == pytest.approx(1.0)


def test_index_is_one_when_talk_follows_expectation_and_low_when_one_group_talks() -> None:
    expected = {"A": 0.5, "B": 0.25, "C": 0.25}
    assert balance_index({"A": 50, "B": 25, "C": 25}, expected) == pytest.approx(1.0)
    assert balance_index({"A": 100}, expected) == pytest.approx(0.5)
    assert balance_index({"B": 100}, expected) < balance_index({"A": 100}, expected)


def test_staff_and_procedural_talk_count_for_no_group() -> None:
    turns = [
        Turn("1", "fac", "FACILITATOR", "speech", T0, T0 + timedelta(minutes=5), "x"),
        Turn(
            "2", "p0", "BIZ_BUYER", "speech", T0 + timedelta(minutes=5), T0 + timedelta(minutes=6), "x", procedural=True
        ),
        Turn("3", "p1", "RH_WORKER", "speech", T0 + timedelta(minutes=6), None, "x", via_interpreter=True),
    ]
    tracker = BalanceTracker(SPEAKERS)
    tracker.rebuild(turns)
    balance = tracker.snapshot(T0 + timedelta(minutes=8))
    assert balance.procedural_seconds == pytest.approx(360)
    assert balance.talk_seconds == pytest.approx(120)
    assert {g.group: g.share for g in balance.groups if g.seconds}["RH_WORKER"] == pytest.approx(1.0)
