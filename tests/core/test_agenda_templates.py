"""Agenda templates: the built-in ones apply cleanly, a saved agenda comes back the same, agendas copy over."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.agenda import templates as templates
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Meeting


@pytest.fixture
def meeting(db: Database) -> Meeting:
    return meetings.create(db, "Roundtable", datetime(2024, 3, 1, 9, 0), datetime(2024, 3, 1, 17, 0), "Asia/Kolkata")


def fields(db: Database, meeting_id: str) -> list[dict]:
    return [{name: getattr(item, name) for name in templates.TEMPLATE_FIELDS} for item in agenda.items(db, meeting_id)]


def test_three_built_in_templates_cover_roundtable_caucus_and_supplier_dialogue(db: Database) -> None:
    ids = {template.id for template in templates.builtin_templates()}
    assert ids == {"builtin:roundtable_day", "builtin:worker_caucus", "builtin:supplier_dialogue"}


@pytest.mark.parametrize(
    "template_id", ["builtin:roundtable_day", "builtin:worker_caucus", "builtin:supplier_dialogue"]
)
def test_each_built_in_template_builds_an_agenda_that_fits_and_is_balanced(
    db: Database, meeting: Meeting, template_id: str
) -> None:
    created = templates.apply(db, meeting.id, template_id)
    loaded = agenda.load(db, meeting.id)
    assert [item.id for item in loaded.items] == created
    assert not loaded.timing.balance[0].flagged
    # Even with consecutive interpretation at the default factor, the one-day template fits 9:00-17:00.
    assert template_id != "builtin:roundtable_day" or all(w.code != "overrun" for w in loaded.timing.warnings)


def test_a_saved_template_applies_to_an_identical_agenda(db: Database, meeting: Meeting) -> None:
    templates.apply(db, meeting.id, "builtin:worker_caucus")
    agenda.add(db, meeting.id, "Day two check-in", day=1, kind="plenary", fixed_start="10:00", facilitator_notes="Oral")
    saved = templates.save(db, meeting.id, "Our caucus", "Two days")
    other = meetings.create(db, "Next", datetime(2024, 4, 1, 9), datetime(2024, 4, 2, 17), "Asia/Kolkata")
    templates.apply(db, other.id, saved.id)
    assert fields(db, other.id) == fields(db, meeting.id)
    assert [t.name for t in templates.user_templates(db)] == ["Our caucus"]
    with pytest.raises(UserError, match="exists already"):
        templates.save(db, meeting.id, "Our caucus")


def test_copying_an_earlier_meetings_agenda_keeps_presenters(demo_db: Database) -> None:
    from facilitator.core.demo.roundtable import MEETING_ID, demo_id

    agenda.update(demo_db, demo_id("agenda/2"), presenter_person_id=demo_id("person/local_ngo_rep"))
    target = meetings.create(demo_db, "Follow-up", datetime(2024, 4, 1, 9), datetime(2024, 4, 1, 17), "Asia/Kolkata")
    templates.copy_from_meeting(demo_db, MEETING_ID, target.id)
    copied = agenda.items(demo_db, target.id)
    assert [i.title for i in copied] == [i.title for i in agenda.items(demo_db, MEETING_ID)]
    assert copied[2].presenter_person_id == demo_id("person/local_ngo_rep")
    with pytest.raises(UserError, match="another meeting"):
        templates.copy_from_meeting(demo_db, target.id, target.id)


def test_an_unknown_template_or_an_empty_agenda_is_refused(db: Database, meeting: Meeting) -> None:
    with pytest.raises(UserError, match="no agenda template"):
        templates.apply(db, meeting.id, "builtin:nothing")
    with pytest.raises(UserError, match="empty"):
        templates.save(db, meeting.id, "Empty")
