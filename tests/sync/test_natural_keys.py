"""Records there is one of per key (a person's place in a meeting, a meeting's inclusion settings, a
day's hours) made on two laptops offline merge into one record instead of colliding on the key."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.agenda import items as agenda
from facilitator.core.inclusion import settings as inclusion_settings
from facilitator.core.participants import participation, people
from facilitator.sync.digest import content_digest
from tests.sync.replicas import replica, roundtable
from tests.sync.test_folder import sync


def test_two_laptops_that_invite_one_person_and_set_one_meeting_up_merge_into_one_record(
    tmp_path: Path, stick: Path
) -> None:
    a, b = replica(tmp_path / "a"), replica(tmp_path / "b")
    earlier, meeting = roundtable(a), roundtable(a)
    kamla = people.create_person(a, "कमला देवी", stakeholder_group="RH_WOMEN_WORKER")
    participation.add_participant(a, earlier.id, kamla.id)  # so she travels to the other laptop
    sync(a, stick)
    sync(b, stick)
    # Offline, both laptops put her on the new meeting's list and set the meeting up.
    participation.add_participant(a, meeting.id, kamla.id, caucus="women_caucus")
    participation.add_participant(b, meeting.id, kamla.id, status="confirmed")
    inclusion_settings.update_settings(a, meeting.id, ground_rules="Chatham House Rule")
    inclusion_settings.update_settings(b, meeting.id, photos_allowed=True)
    agenda.set_day_hours(a, meeting.id, {0: ("08:30", "")})
    agenda.set_day_hours(b, meeting.id, {0: ("", "16:00")})
    for laptop in (a, b, a):
        sync(laptop, stick)
    for laptop in (a, b):
        places = [row for row in participation.list_participants(laptop, meeting.id) if row.person_id == kamla.id]
        assert [(row.caucus, row.status) for row in places] == [("women_caucus", "confirmed")]
        chosen = inclusion_settings.get_settings(laptop, meeting.id)
        assert (chosen.ground_rules, chosen.photos_allowed) == ("Chatham House Rule", True)
        day = agenda.load(laptop, meeting.id).day_rows[0]
        assert (day.starts, day.ends) == ("08:30", "16:00")
    assert content_digest(a) == content_digest(b)
