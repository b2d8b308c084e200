"""A hand-driven clock for live-session tests: time passes only when the test says so."""

from __future__ import annotations

from facilitator.core.db import Database
from facilitator.core.live.running import RunningMeeting
from facilitator.core.live.wall_clock import MeetingClock


class FakeTime:
    """Wall and monotonic time in seconds; ``sleep`` advances the wall clock only, as a suspend does."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.wall = start
        self.mono = 1000.0

    def advance(self, seconds: float) -> None:
        self.wall += seconds
        self.mono += seconds

    def sleep(self, seconds: float) -> None:
        self.wall += seconds

    def clock(self) -> MeetingClock:
        return MeetingClock(wall=lambda: self.wall, mono=lambda: self.mono)


def small_meeting(db: Database, *, chatham_house: bool = True) -> str:
    """A meeting with three agenda items and a few people per group, including staff and anonymous workers."""
    from datetime import datetime

    from facilitator.core import meetings, positions
    from facilitator.core.models import AgendaItem, Participation, Person

    meeting = meetings.create(
        db, "Test roundtable", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 17), chatham_house=chatham_house
    )
    people = [
        ("Anna Buyer", "BIZ_BUYER", "participant", "named", ""),
        ("Bert Buyer", "BIZ_BUYER", "participant", "named", ""),
        ("Kamla Worker", "RH_WOMEN_WORKER", "participant", "anonymous", "hi"),
        ("Sita Worker", "RH_WOMEN_WORKER", "participant", "anonymous", "hi"),
        ("Uma Union", "REP_UNION", "participant", "named", "hi"),
        ("Fay Facilitator", "FACILITATOR", "facilitator", "named", ""),
    ]
    with db.session() as session:
        for name, group, role, anonymity, language in people:
            person = Person(name=name, stakeholder_group=group, anonymity=anonymity)
            session.add(person)
            session.flush()
            session.add(
                Participation(
                    meeting_id=meeting.id,
                    person_id=person.id,
                    role=role,
                    status="confirmed",
                    interpretation_language=language,
                )
            )
        for key, (title, minutes) in zip(
            positions.keys_after(None, 3), (("Welcome", 10), ("Debate", 30), ("Close", 10)), strict=True
        ):
            session.add(AgendaItem(meeting_id=meeting.id, position=key, title=title, planned_minutes=minutes))
    return meeting.id


def speaker_named(session: RunningMeeting, name: str) -> str:
    return next(s.id for s in session.speakers.values() if s.name.startswith(name))
