"""The agenda timer: a small state machine replayed from insert-only events (:class:`LiveEvent`).

- ``start`` an item: it runs from that instant; any other running item stops there.  Next, previous
  and resume are all a ``start`` of some item, so each is one insert.
- ``pause``: nothing runs (lunch outside the agenda, a fire drill).
- ``extend``: the item gets more minutes than planned.
- ``end``: the meeting is over.

An item's elapsed time is the sum of the spans it ran; its actual start is the first span's start
and its actual end the last span's end, so the minutes can set planned against actual.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from msgspec import Struct, field
from sqlalchemy import select

from facilitator.core.agenda.timing import effective_minutes
from facilitator.core.db import Database
from facilitator.core.models import AgendaItem, LiveEvent, Meeting

WARN_FRACTION = 0.2  # orange when a fifth of the planned time is left


class PlannedItem(Struct, frozen=True):
    """An agenda item as the running meeting's timer needs it."""

    id: str
    title: str
    planned_minutes: int
    voice_groups: tuple[str, ...] = ()  # the groups the item is meant for: expected to lead its talk


class ItemClock(Struct):
    """What happened to one agenda item: its spans of running time and its extensions."""

    planned_seconds: float
    extra_seconds: float = 0.0
    closed_seconds: float = 0.0
    running_since: datetime | None = None
    first_start: datetime | None = None
    last_end: datetime | None = None

    def elapsed(self, now: datetime) -> float:
        running = (now - self.running_since).total_seconds() if self.running_since else 0.0
        return self.closed_seconds + max(0.0, running)

    @property
    def allowed_seconds(self) -> float:
        return self.planned_seconds + self.extra_seconds

    def colour(self, now: datetime) -> str:
        """green, then orange when a fifth of the allowed time is left, then red when over."""
        left = self.allowed_seconds - self.elapsed(now)
        if left < 0:
            return "red"
        return "orange" if left <= WARN_FRACTION * self.allowed_seconds else "green"

    @property
    def started(self) -> bool:
        return self.first_start is not None


class TimerState(Struct):
    """The agenda timer replayed from its events."""

    items: list[PlannedItem]
    clocks: dict[str, ItemClock] = field(default_factory=dict)
    current: int | None = None  # index into items
    running: bool = False
    ended: bool = False
    stopped_at: datetime | None = None  # when a pause or the end stopped the clock
    last_step: datetime | None = None  # the latest step of any kind

    def __post_init__(self) -> None:
        for item in self.items:
            self.clocks.setdefault(item.id, ItemClock(item.planned_minutes * 60.0))

    @property
    def current_item(self) -> PlannedItem | None:
        return self.items[self.current] if self.current is not None else None

    def apply(self, kind: str, at: datetime, item_id: str | None = None, minutes: int = 0) -> None:
        self.last_step = max(self.last_step, at) if self.last_step else at
        if kind == "extend":
            if item_id in self.clocks:
                self.clocks[item_id].extra_seconds += minutes * 60.0
            return
        self._stop(at)
        if kind == "start":
            index = self._index(item_id)
            if index is None:
                return  # an item deleted since; the timer stays stopped
            self.current, self.running, self.ended, self.stopped_at = index, True, False, None
            clock = self.clocks[item_id or ""]
            clock.running_since = at
            clock.first_start = clock.first_start or at
        else:
            self.ended = kind == "end"
            self.stopped_at = at

    def _stop(self, at: datetime) -> None:
        item = self.current_item
        if self.running and item is not None:
            clock = self.clocks[item.id]
            if clock.running_since is not None:
                clock.closed_seconds += max(0.0, (at - clock.running_since).total_seconds())
            clock.running_since = None
            clock.last_end = at
        self.running = False

    def _index(self, item_id: str | None) -> int | None:
        for index, item in enumerate(self.items):
            if item.id == item_id:
                return index
        return None

    def behind_seconds(self, now: datetime) -> float:
        """Whole-day drift: positive when the day runs behind its plan, negative when ahead.

        Items already run count their actual against their planned time; the current item counts
        only once it overruns; items not yet reached count nothing.
        """
        drift = 0.0
        for index, item in enumerate(self.items):
            clock = self.clocks[item.id]
            if not clock.started:
                continue
            elapsed = clock.elapsed(now)
            if index == self.current and not self.ended:
                drift += max(0.0, elapsed - clock.allowed_seconds) + clock.extra_seconds
            else:
                drift += elapsed - clock.planned_seconds
        return drift


def replay(items: list[PlannedItem], events: Iterable[LiveEvent]) -> TimerState:
    state = TimerState(items)
    for event in events:
        state.apply(event.kind, event.at, event.agenda_item_id, event.minutes)
    return state


def planned_items(db: Database, meeting_id: str) -> list[PlannedItem]:
    """The items in order, each given its effective time: consecutive interpretation stretches it,
    exactly as the agenda computed it, so the timer and the printed agenda agree."""
    query = (
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.day, AgendaItem.position, AgendaItem.id)
    )
    with db.session() as session:
        factor = session.get(Meeting, meeting_id).interpretation_factor
        return [
            PlannedItem(
                i.id, i.title, effective_minutes(i.planned_minutes, i.interpretation, factor), tuple(i.voice_groups)
            )
            for i in session.scalars(query)
        ]


def load_events(db: Database, meeting_id: str) -> list[LiveEvent]:
    query = (
        select(LiveEvent)
        .where(LiveEvent.meeting_id == meeting_id, LiveEvent.deleted.is_(False))
        .order_by(LiveEvent.at, LiveEvent.updated_hlc)
    )
    with db.session() as session:
        return list(session.scalars(query))


class ItemTiming(Struct, frozen=True):
    """Planned against actual for one agenda item, for the minutes and ``facilitator stats``."""

    id: str
    title: str
    planned_minutes: int
    extended_minutes: float
    actual_seconds: float
    actual_start: datetime | None
    actual_end: datetime | None  # None while the item still runs


def item_timings(timer: TimerState, now: datetime) -> list[ItemTiming]:
    """Every agenda item that has run, in agenda order."""
    timings = []
    for index, item in enumerate(timer.items):
        clock = timer.clocks[item.id]
        if not clock.started:
            continue
        running = index == timer.current and timer.running
        timings.append(
            ItemTiming(
                item.id,
                item.title,
                item.planned_minutes,
                clock.extra_seconds / 60,
                clock.elapsed(now),
                clock.first_start,
                None if running else clock.last_end,
            )
        )
    return timings
