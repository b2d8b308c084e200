"""A named person whom another laptop made not named, at the same time as this one kept them named, is
shown by neither laptop's outputs under their name until someone decides: either choice may stand, so
every output takes the more protective one, on the facilitator's lists as much as in what leaves the
laptop (the room's screen, the internal minutes sent to the delegations)."""

from __future__ import annotations

import json
from pathlib import Path

from facilitator.core import actions, disclosure, meetings
from facilitator.core.agenda import items as agenda_items
from facilitator.core.agenda import presenters
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.disclosure import Audience
from facilitator.core.inclusion import report
from facilitator.core.ledger import entries
from facilitator.core.live import notes
from facilitator.core.live.speaking import load_roster
from facilitator.core.minutes.content import gather
from facilitator.core.models import Person
from facilitator.core.participants import people
from facilitator.core.visits import report as visit_report
from facilitator.export import actions as actions_export
from facilitator.export import notes as notes_export
from facilitator.export import participants as participants_export
from facilitator.sync import conflicts
from facilitator.sync.merge import merge
from tests.conftest import NewDatabase
from tests.sync.replicas import log_of

NAME, UNION = "Mohan Lal Meena", "Rajasthan Pathar Khan Mazdoor Union"  # the demo's union secretary, named
PERSON, PARTICIPATION = demo_id("person/union_rep"), demo_id("participation/union_rep")


def _outputs(db: Database) -> dict[str, str]:
    """Every output that decides from a person's level what to show of them, as text."""
    his = [row for row in entries.rows(db, audience=Audience.SHAREABLE) if row.owner_person_id == PERSON]
    pseudonyms = disclosure.pseudonyms_for_meeting(db, MEETING_ID)
    return {
        "internal minutes": json.dumps(gather(db, MEETING_ID, "internal"), ensure_ascii=False),
        "participant list": participants_export.export_csv(db, MEETING_ID),
        "actions": actions_export.export_csv(db, MEETING_ID),
        "his ledger entry": " ".join(entries.shown_owner(row, Audience.SHAREABLE) for row in his),
        "agenda presenters": " ".join(presenters.presenters(db, agenda_items.load(db, MEETING_ID).items).values()),
        "inclusion report": json.dumps(report.report_json(report.check(db, MEETING_ID, reveal=False))),
        "room screen": " ".join(s.name for s in load_roster(db, MEETING_ID).values() if not s.identity_hidden),
        "notes": json.dumps(notes_export.public_records(db, MEETING_ID), ensure_ascii=False),
        "visit report": " ".join(visit_report.shown_people(db, [PERSON], visit_report.ReportAudience.SUPPLIER)),
        "pseudonyms": "" if PARTICIPATION in pseudonyms else NAME,  # a person shown by name has none
    }


def _naming_him(db: Database) -> list[str]:
    """The outputs that show his name, or his union's, which names him as surely."""
    return [output for output, text in _outputs(db).items() if NAME in text or UNION in text]


def test_a_person_kept_named_on_one_laptop_and_hidden_on_the_other_is_named_nowhere_until_decided(
    demo_db: Database, new_database: NewDatabase, tmp_path: Path
) -> None:
    first, second = demo_db, new_database(tmp_path / "second")
    meetings.update(first, MEETING_ID, chatham_house=False)  # so that the notes attribute what he said to him
    notes.add_note(first, MEETING_ID, notes.ParsedNote(body="The union asks for masks", speaker_id=PARTICIPATION))
    item = agenda_items.load(first, MEETING_ID).items[0]
    agenda_items.update(first, item.id, presenter_person_id=PERSON)
    action = actions.list_actions(first, MEETING_ID)[0]
    actions.update_action(first, action.id, owner_participation_id=PARTICIPATION)
    entries.add(first, "Masks for the cutting shed", "Facilitator", owner_person_id=PERSON)
    merge(second, log_of(first))
    assert _naming_him(first) == list(_outputs(first))

    people.update_person(first, PERSON, anonymity="anonymous")
    people.update_person(second, PERSON, anonymity="group_only")
    people.update_person(second, PERSON, anonymity="named")  # the later edit: he stays named on both
    merge(first, log_of(second))
    merge(second, log_of(first))

    for laptop in (first, second):
        with laptop.session() as session:
            assert session.get(Person, PERSON).anonymity == "named"
        assert _naming_him(laptop) == []
    [conflict] = [c for c in conflicts.list_conflicts(first) if c.field == "anonymity"]
    conflicts.resolve(first, conflict.id, "kept_shown")  # decided: named, as both laptops now show
    assert _naming_him(first) == list(_outputs(first))


def test_of_two_levels_that_both_hide_a_person_the_more_protective_one_is_shown_until_decided(
    demo_db: Database, new_database: NewDatabase, tmp_path: Path
) -> None:
    """Group only shows his group; anonymous shows nothing of him: while either may stand, nothing does."""
    first, second = demo_db, new_database(tmp_path / "second")
    merge(second, log_of(first))
    people.update_person(first, PERSON, anonymity="anonymous")
    people.update_person(second, PERSON, anonymity="group_only")  # the later edit stands on both
    merge(first, log_of(second))
    merge(second, log_of(first))
    for laptop in (first, second):
        [him] = [row for row in disclosure.participants_as_shown(laptop, MEETING_ID) if row.person_id == PERSON]
        assert him.anonymity == "anonymous"
    [conflict] = [c for c in conflicts.list_conflicts(first) if c.field == "anonymity"]
    conflicts.resolve(first, conflict.id, "kept_shown")
    [him] = [row for row in disclosure.participants_as_shown(first, MEETING_ID) if row.person_id == PERSON]
    assert him.anonymity == "group_only"
