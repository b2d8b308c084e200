"""Agenda times follow from durations, fixed times, tracks, interpretation and days (property tests)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.agenda.timing import DayHours, ItemInput, compute, effective_minutes, format_clock, parse_clock

KINDS = ["welcome", "presentation", "plenary", "break", "meal", "breakout", "closing"]
MODES = ["none", "consecutive", "simultaneous", "whispered"]


def plain_items(draw_list: list[tuple[int, str, str]], day: int = 0) -> list[ItemInput]:
    return [
        ItemInput(f"i{n}", f"Item {n}", day, kind, minutes, mode) for n, (minutes, kind, mode) in enumerate(draw_list)
    ]


def day(starts: int = 9 * 60, ends: int = 17 * 60) -> DayHours:
    return DayHours(date(2024, 3, 1), starts, ends)


plain = st.lists(st.tuples(st.integers(0, 600), st.sampled_from(KINDS), st.sampled_from(MODES)), max_size=40)
factors = st.floats(1.0, 4.0)


@given(plain, factors, st.integers(0, 20 * 60))
def test_durations_add_up_from_the_day_start(spec: list, factor: float, starts: int) -> None:
    items = plain_items(spec)
    timing = compute(items, {0: day(starts, 23 * 60)}, factor)
    clock = starts
    for item, slot in zip(items, timing.slots, strict=True):
        assert slot.start == clock
        assert slot.effective == effective_minutes(item.planned_minutes, item.interpretation, factor)
        assert slot.end == slot.start + slot.effective
        clock = slot.end
    assert sum(s.effective for s in timing.slots) == clock - starts


@given(st.integers(0, 600), factors)
def test_only_consecutive_interpretation_stretches_an_item(planned: int, factor: float) -> None:
    assert effective_minutes(planned, "consecutive", factor) == round(planned * factor)
    for mode in ("none", "simultaneous", "whispered"):
        assert effective_minutes(planned, mode, factor) == planned


@given(plain, st.integers(6 * 60, 18 * 60))
def test_a_fixed_item_starts_at_its_time_and_flags_every_item_that_runs_into_it(spec: list, fixed: int) -> None:
    before = plain_items(spec)
    fixed_item = ItemInput("fixed", "Lunch", 0, "meal", 60, fixed_start=format_clock(fixed))
    timing = compute([*before, fixed_item], {0: day(8 * 60, 23 * 60 + 59)}, 1.8)
    lunch = timing.slots[-1]
    assert (lunch.start, lunch.end) == (fixed, fixed + 60)
    late = [slot for slot in timing.slots[:-1] if slot.end > fixed]
    assert [slot.runs_into_fixed for slot in timing.slots[:-1]] == [slot.end > fixed for slot in timing.slots[:-1]]
    warnings = [w for w in timing.warnings if w.code == "runs_into_fixed"]
    if late:
        assert len(warnings) == 1
        assert warnings[0].minutes == max(slot.end for slot in late) - fixed
        assert "Lunch" in warnings[0].message
    else:
        assert warnings == []


@given(
    st.lists(st.tuples(st.sampled_from(["A", "B", "C"]), st.integers(0, 120)), min_size=1, max_size=12),
    st.integers(0, 90),
)
def test_a_breakout_block_lasts_as_long_as_its_longest_track(tracks: list, before_minutes: int) -> None:
    items = [ItemInput("opening", "Opening", 0, "plenary", before_minutes)]
    items += [ItemInput(f"t{n}", f"Group {n}", 0, "breakout", m, track=t) for n, (t, m) in enumerate(tracks)]
    items.append(ItemInput("after", "Report back", 0, "plenary", 30))
    timing = compute(items, {0: day(9 * 60, 23 * 60)}, 1.8)
    block_start = 9 * 60 + before_minutes
    totals: dict[str, int] = {}
    for (track, minutes), slot in zip(tracks, timing.slots[1:-1], strict=True):
        assert slot.start == block_start + totals.get(track, 0)
        totals[track] = totals.get(track, 0) + minutes
        assert slot.block == 0
    assert timing.slots[-1].start == block_start + max(totals.values())
    longest = max(totals.values())
    assert timing.balance[0].minutes_by_kind.get("breakout", 0) == longest


@given(st.dictionaries(st.integers(0, 4), st.integers(6 * 60, 11 * 60), min_size=1), plain)
def test_each_day_starts_at_its_own_time(starts: dict[int, int], spec: list) -> None:
    items = [
        ItemInput(f"{d}-{n}", "x", d, kind, minutes, mode)
        for d in sorted(starts)
        for n, (minutes, kind, mode) in enumerate(spec)
    ]
    hours = {d: DayHours(date(2024, 3, 1 + d), s, 23 * 60) for d, s in starts.items()}
    timing = compute(items, hours, 1.5)
    for d, s in starts.items():
        on_day = [slot for slot in timing.slots if slot.day == d]
        if on_day:
            assert on_day[0].start == s
            assert timing.start_of(on_day[0]).date() == date(2024, 3, 1 + d)


@given(plain, st.integers(10 * 60, 18 * 60))
def test_an_overrun_is_flagged_exactly_when_the_day_ends_late(spec: list, ends: int) -> None:
    items = plain_items(spec)
    timing = compute(items, {0: day(9 * 60, ends)}, 1.8)
    last_end = timing.slots[-1].end if timing.slots else 9 * 60
    overruns = [w for w in timing.warnings if w.code == "overrun"]
    assert bool(overruns) == (last_end > ends)
    if overruns:
        assert overruns[0].minutes == last_end - ends
    assert [slot.past_end for slot in timing.slots] == [slot.end > ends for slot in timing.slots]


def test_balance_flags_a_day_of_presentations_but_not_a_day_of_dialogue() -> None:
    presentations = [
        ItemInput("a", "Company A", 0, "presentation", 60),
        ItemInput("b", "Company B", 0, "presentation", 60),
        ItemInput("l", "Lunch", 0, "meal", 90),
        ItemInput("q", "Questions", 0, "plenary", 30),
    ]
    dialogue = [ItemInput("w", "Workers speak", 1, "plenary", 90), ItemInput("p", "Company", 1, "presentation", 30)]
    hours = {0: day(), 1: DayHours(date(2024, 3, 2), 9 * 60, 17 * 60)}
    timing = compute(presentations + dialogue, hours, 1.8, threshold=0.4)
    first, second = timing.balance[0], timing.balance[1]
    assert first.discussion_share == 30 / 150  # the meal is not counted
    assert first.flagged
    assert second.discussion_share == 0.75
    assert not second.flagged
    assert first.share("meal") == 90 / 240


def test_times_are_shown_in_the_meetings_zone() -> None:
    from zoneinfo import ZoneInfo

    timing = compute([ItemInput("a", "A", 0, "welcome", 20)], {0: day()}, 1.8, timezone=ZoneInfo("Asia/Kolkata"))
    start = timing.start_of(timing.slots[0])
    assert (start.hour, start.minute, start.utcoffset().total_seconds()) == (9, 0, 5.5 * 3600)


@given(st.integers(0, 23), st.integers(0, 59))
def test_clock_texts_round_trip(hours: int, minutes: int) -> None:
    assert parse_clock(format_clock(hours * 60 + minutes)) == hours * 60 + minutes
