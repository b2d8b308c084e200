"""An agenda item can be meant for some groups' voices; during it, the balance expects them to lead."""

from __future__ import annotations

import pytest

from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live.running import RunningMeeting
from tests.core.live_helpers import FakeTime, small_meeting, speaker_named

WORKERS = ["RH_WOMEN_WORKER", "REP_UNION"]


def first_item(db: Database, meeting_id: str) -> str:
    return agenda.load(db, meeting_id).items[0].id


def test_the_voice_focus_is_an_edited_field_of_the_item(db: Database) -> None:
    meeting_id = small_meeting(db)
    item_id = first_item(db, meeting_id)
    previous = agenda.update(db, item_id, voice_groups=["RH_WOMEN_WORKER", "REP_UNION", "RH_WOMEN_WORKER", ""])
    assert previous == {"voice_groups": []}
    assert agenda.load(db, meeting_id).items[0].voice_groups == WORKERS  # once each, blanks left out
    with pytest.raises(UserError, match="Unknown stakeholder group"):
        agenda.update(db, item_id, voice_groups=["WORKERZ"])
    assert agenda.load(db, meeting_id).items[0].voice_groups == WORKERS  # a refusal changes nothing
    assert agenda.duplicate(db, item_id).voice_groups == WORKERS  # a copy is meant for the same groups


@pytest.fixture
def session(db: Database) -> tuple[RunningMeeting, FakeTime]:
    meeting_id = small_meeting(db)
    agenda.update(db, first_item(db, meeting_id), voice_groups=WORKERS)
    time = FakeTime()
    running = RunningMeeting(db, meeting_id, time.clock())
    running.start()
    return running, time


def test_the_groups_an_item_is_meant_for_may_lead_it(session) -> None:
    running, time = session
    running.switch(speaker_named(running, "Kamla"))
    time.advance(300)
    alerts = running.balance().alerts
    assert not any(a.kind == "dominance" for a in alerts)  # women workers hold it all: as meant
    assert not any(a.kind == "focus_short" for a in alerts)


def test_an_alert_says_when_they_do_not_lead(session) -> None:
    running, time = session
    running.switch(speaker_named(running, "Anna"))
    time.advance(240)
    running.switch(speaker_named(running, "Kamla"))
    time.advance(60)
    short = [a for a in running.balance().alerts if a.kind == "focus_short"]
    assert len(short) == 1 and set(short[0].groups) == set(WORKERS)
    assert short[0].share == pytest.approx(0.2)
    assert any(a.kind == "dominance" and a.group == "BIZ_BUYER" for a in running.balance().alerts)
    running.next()  # the next item has no focus: nobody is expected to lead it
    time.advance(1)
    assert not any(a.kind == "focus_short" for a in running.balance().alerts)
