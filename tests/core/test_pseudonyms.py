"""People who are not named get a stable pseudonym per group: the same after a restart, after someone
else is removed, and never for a named person."""

from __future__ import annotations

from facilitator.core import disclosure, records
from facilitator.core.db import Database
from facilitator.core.disclosure import Entrant, pseudonyms
from facilitator.core.live.speaking import load_roster
from facilitator.core.models import Participation
from tests.core.live_helpers import small_meeting


def test_numbers_count_each_group_in_the_order_people_joined() -> None:
    shown = pseudonyms(
        [
            Entrant("a", "RH_WOMEN_WORKER", "anonymous"),
            Entrant("b", "BIZ_BUYER", "named"),
            Entrant("c", "RH_WOMEN_WORKER", "group_only"),
            Entrant("d", "RH_WORKER", "anonymous"),
            Entrant("e", "RH_WORKER", "no such level"),  # unknown: treated as the strictest
            Entrant("f", "RH_WORKER", "named"),
            Entrant("g", "RH_WORKER", "anonymous"),
        ]
    )
    assert shown == {"a": "Woman worker 1", "c": "Woman worker 2", "d": "Worker 1", "e": "Worker 2", "g": "Worker 4"}


def test_someone_else_becoming_named_or_not_leaves_a_pseudonym_as_it_was() -> None:
    """Lakshmi was "Woman worker 2", then "Woman worker 1" when Sunita, who joined before her, agreed to be
    named, and "2" again when Sunita changed her mind: the room lost track of who was who."""
    for sunita in ("anonymous", "named", "group_only"):
        shown = pseudonyms(
            [Entrant("sunita", "RH_WOMEN_WORKER", sunita), Entrant("lakshmi", "RH_WOMEN_WORKER", "anonymous")]
        )
        assert shown["lakshmi"] == "Woman worker 2"


def test_a_group_without_a_member_word_is_a_participant() -> None:
    assert pseudonyms([Entrant("x", "", "anonymous")]) == {"x": "Participant 1"}


def test_every_stakeholder_group_has_a_member_word() -> None:
    from facilitator.core import taxonomy

    words = {group: disclosure.member_word(group) for group in taxonomy.stakeholder_groups()}
    assert "Participant" not in words.values() and len(set(words.values())) == len(words)


def test_a_meetings_pseudonyms_survive_a_restart_and_a_removal(db: Database) -> None:
    meeting_id = small_meeting(db)
    roster = load_roster(db, meeting_id)
    first = disclosure.pseudonyms_for_meeting(db, meeting_id)
    assert sorted(first.values()) == ["Woman worker 1", "Woman worker 2"]
    assert all(roster[pid].identity_hidden for pid in first)  # the named never get one
    db.close()  # the app closes and opens again (the instance lock is per open database)
    reopened = Database.open(db.directory)
    try:
        assert disclosure.pseudonyms_for_meeting(reopened, meeting_id) == first
    finally:
        reopened.close()
    db = Database.open(db.directory)
    earlier = next(pid for pid, name in first.items() if name == "Woman worker 1")
    records.set_deleted(db, Participation, earlier, True)
    after = disclosure.pseudonyms_for_meeting(db, meeting_id)
    later = next(pid for pid in first if pid != earlier)
    assert after[later] == first[later] == "Woman worker 2"
    db.close()
