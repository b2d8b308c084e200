"""Start and end times of agenda items, computed from durations and never stored.

Storing times would make every reorder rewrite every later row (and conflict on sync); computing them
from the order, the durations and the day's start time is cheap (well under a millisecond for a long
agenda), so the table, timeline, PDF, .ics and command line all call :func:`compute`.

Times are minutes since the local midnight of the item's day in the meeting's time zone; :class:`Timing`
turns them into aware datetimes.  Rules:

- each day starts at its own start time; items follow each other without gaps;
- a fixed-time item starts at its fixed time; earlier items that end after it are flagged;
- neighbouring items with a track name form one breakout block: each track runs its items in turn
  from the block's start and the block lasts as long as its longest track;
- consecutive interpretation stretches an item by the meeting's factor (rounded to whole minutes);
- a day that ends after its end time is flagged, and so are the items that end after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from msgspec import Struct, field

from facilitator.core.agenda.kinds import DISCUSSION_KINDS, PAUSE_KINDS, STRETCHING_MODES
from facilitator.i18n import translate

MINUTES_PER_DAY = 24 * 60


class ItemInput(Struct, frozen=True):
    """What timing needs to know of an item; in agenda order (day first, then position)."""

    id: str
    title: str
    day: int
    kind: str
    planned_minutes: int
    interpretation: str = "none"
    fixed_start: str = ""
    track: str = ""


class DayHours(Struct, frozen=True):
    """The hours of one meeting day, in minutes since its local midnight."""

    date: date
    starts: int  # minutes since local midnight
    ends: int
    after_meeting: bool = False  # the day lies after the meeting's last date, wholly outside its window


class Slot(Struct):
    """Where one agenda item falls: its day, start and end, its planned and effective (interpreted) minutes."""

    item_id: str
    title: str
    day: int
    start: int  # minutes since the local midnight of the item's day
    end: int
    planned: int
    effective: int
    track: str = ""
    block: int | None = None  # breakout blocks are numbered through the agenda
    runs_into_fixed: bool = False
    past_end: bool = False


class AgendaWarning(Struct, frozen=True):
    """A problem the facilitator should see; ``item_id`` is the item to select when it is clicked."""

    code: str  # "runs_into_fixed" | "overrun" | "after_meeting"
    day: int
    item_id: str
    minutes: int
    title: str = ""
    other_title: str = ""

    @property
    def message(self) -> str:
        if self.code == "runs_into_fixed":
            return translate(
                "Agenda", "Day {day}: '{title}' runs {minutes} min into '{fixed}', fixed at its time."
            ).format(day=self.day + 1, title=self.title, minutes=self.minutes, fixed=self.other_title)
        if self.code == "after_meeting":
            return translate(
                "Agenda", "Day {day} is after the meeting's last day; move its items or extend the meeting."
            ).format(day=self.day + 1)
        return translate("Agenda", "Day {day} runs {minutes} min past its end, from '{title}' on.").format(
            day=self.day + 1, minutes=self.minutes, title=self.title
        )


class DayBalance(Struct):
    """Minutes per kind on one day (a breakout block counts its longest track once)."""

    day: int
    minutes_by_kind: dict[str, int] = field(default_factory=dict)
    threshold: float = 0.4

    @property
    def total(self) -> int:
        return sum(self.minutes_by_kind.values())

    @property
    def working_minutes(self) -> int:
        """Time in session: everything but breaks and meals."""
        return sum(m for kind, m in self.minutes_by_kind.items() if kind not in PAUSE_KINDS)

    @property
    def discussion_minutes(self) -> int:
        return sum(m for kind, m in self.minutes_by_kind.items() if kind in DISCUSSION_KINDS)

    @property
    def discussion_share(self) -> float:
        working = self.working_minutes
        return self.discussion_minutes / working if working else 0.0

    @property
    def flagged(self) -> bool:
        return self.working_minutes > 0 and self.discussion_share < self.threshold

    def share(self, kind: str) -> float:
        total = self.total
        return self.minutes_by_kind.get(kind, 0) / total if total else 0.0


class Timing(Struct):
    """The whole agenda laid out: every item's slot, the days' hours, the warnings and each day's balance."""

    slots: list[Slot]
    days: dict[int, DayHours]
    warnings: list[AgendaWarning]
    balance: dict[int, DayBalance]
    timezone: ZoneInfo

    def local(self, day: int, minutes: int) -> datetime:
        """An aware wall-clock datetime in the meeting's zone."""
        moment = datetime.combine(self.days[day].date, time()) + timedelta(minutes=minutes)
        return moment.replace(tzinfo=self.timezone)

    def start_of(self, slot: Slot) -> datetime:
        return self.local(slot.day, slot.start)

    def end_of(self, slot: Slot) -> datetime:
        return self.local(slot.day, slot.end)

    def by_id(self) -> dict[str, Slot]:
        return {slot.item_id: slot for slot in self.slots}


@cache
def parse_clock(text: str) -> int:
    """Minutes since midnight of an "HH:MM" text; ValueError when it is not a time of day."""
    hours, _, minutes = text.strip().partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(text)
    value = int(hours) * 60 + int(minutes)
    if int(hours) > 23 or int(minutes) > 59:
        raise ValueError(text)
    return value


def format_clock(minutes: int) -> str:
    """ "HH:MM" of minutes since midnight; times past midnight keep counting (25:10) so overruns show."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def effective_minutes(planned: int, interpretation: str, factor: float) -> int:
    return round(planned * factor) if interpretation in STRETCHING_MODES else planned


def compute(
    items: Sequence[ItemInput],
    days: dict[int, DayHours],
    factor: float = 2.0,
    threshold: float = 0.4,
    timezone: ZoneInfo | None = None,
) -> Timing:
    """Times, warnings and balance of ``items`` (already in agenda order); ``days`` must cover every day used."""
    slots: list[Slot] = []
    warnings: list[AgendaWarning] = []
    balance: dict[int, DayBalance] = {}
    index, count, block_number = 0, len(items), 0
    while index < count:
        day = items[index].day
        hours = days[day]
        day_balance = balance.setdefault(day, DayBalance(day, threshold=threshold))
        first_of_day = len(slots)
        clock = hours.starts
        while index < count and items[index].day == day:
            item = items[index]
            if item.track:
                index, clock = _block(items, index, clock, factor, block_number, slots, day_balance)
                block_number += 1
                continue
            if item.fixed_start:
                fixed = parse_clock(item.fixed_start)
                if clock > fixed and len(slots) > first_of_day:
                    _flag_runs_into(slots, first_of_day, fixed, item, warnings)
                clock = fixed
            effective = effective_minutes(item.planned_minutes, item.interpretation, factor)
            slots.append(Slot(item.id, item.title, day, clock, clock + effective, item.planned_minutes, effective))
            day_balance.minutes_by_kind[item.kind] = day_balance.minutes_by_kind.get(item.kind, 0) + effective
            clock += effective
            index += 1
        if hours.after_meeting:
            for slot in slots[first_of_day:]:
                slot.past_end = True
            first = slots[first_of_day]
            warnings.append(AgendaWarning("after_meeting", day, first.item_id, clock - hours.starts, first.title))
        elif clock > hours.ends:
            _flag_overrun(slots, first_of_day, hours.ends, clock, warnings)
    return Timing(slots, days, warnings, balance, timezone or ZoneInfo("UTC"))


def _block(
    items: Sequence[ItemInput],
    index: int,
    start: int,
    factor: float,
    number: int,
    slots: list[Slot],
    day_balance: DayBalance,
) -> tuple[int, int]:
    """Lay out one breakout block from ``index``; return the index after it and the block's end."""
    day = items[index].day
    track_clock: dict[str, int] = {}
    track_kinds: dict[str, dict[str, int]] = {}
    while index < len(items) and items[index].track and items[index].day == day:
        item = items[index]
        begin = track_clock.get(item.track, start)
        effective = effective_minutes(item.planned_minutes, item.interpretation, factor)
        slots.append(
            Slot(
                item.id, item.title, day, begin, begin + effective, item.planned_minutes, effective, item.track, number
            )
        )
        track_clock[item.track] = begin + effective
        kinds = track_kinds.setdefault(item.track, {})
        kinds[item.kind] = kinds.get(item.kind, 0) + effective
        index += 1
    longest = max(track_clock, key=lambda track: track_clock[track])
    for kind, minutes in track_kinds[longest].items():
        day_balance.minutes_by_kind[kind] = day_balance.minutes_by_kind.get(kind, 0) + minutes
    return index, track_clock[longest]


def _flag_runs_into(slots: list[Slot], first: int, fixed: int, item: ItemInput, warnings: list[AgendaWarning]) -> None:
    for slot in slots[first:]:
        if slot.end > fixed:
            slot.runs_into_fixed = True
    latest = max(slots[first:], key=lambda slot: slot.end)
    warnings.append(
        AgendaWarning("runs_into_fixed", item.day, latest.item_id, latest.end - fixed, latest.title, item.title)
    )


def _flag_overrun(slots: list[Slot], first: int, ends: int, clock: int, warnings: list[AgendaWarning]) -> None:
    late = [slot for slot in slots[first:] if slot.end > ends]
    for slot in late:
        slot.past_end = True
    first_late = min(late, key=lambda slot: slot.end)
    warnings.append(AgendaWarning("overrun", first_late.day, first_late.item_id, clock - ends, first_late.title))
