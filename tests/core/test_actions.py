"""Actions and commitments followed up after the meeting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from facilitator.core import actions, records
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.core.errors import UserError
from facilitator.core.ledger import entries
from facilitator.core.live import notes
from facilitator.core.models import Note, natural_id


def commitment(db: Database) -> actions.ActionRow:
    return next(row for row in actions.action_rows(db, MEETING_ID, commitments=True) if row.kind == "commitment")


def test_a_commitment_followed_up_keeps_its_owner_item_and_words(demo_db: Database) -> None:
    promised = commitment(demo_db)
    assert not promised.followed and promised.owner == "Anil Kumar Verma"
    action_id = actions.follow_commitment(demo_db, promised.id, due=date(2024, 3, 1))
    assert action_id == natural_id("action", "commitment", promised.id)  # two laptops: one follow-up
    followed = commitment(demo_db)
    assert (followed.id, followed.status, followed.due) == (action_id, "open", date(2024, 3, 1))
    assert (followed.owner, followed.agenda_item, followed.description) == (
        promised.owner, promised.agenda_item, promised.description,
    )  # fmt: skip
    assert len([r for r in actions.action_rows(demo_db, MEETING_ID, commitments=True) if r.kind == "commitment"]) == 1
    assert [row.kind for row in actions.action_rows(demo_db, MEETING_ID)] == ["action", "action"]  # actions only
    assert actions.follow_commitment(demo_db, promised.id, status="done") == action_id
    assert commitment(demo_db).status == "done"


def test_only_a_commitment_is_followed_up_and_a_deleted_note_takes_its_follow_up_along(demo_db: Database) -> None:
    note = next(n for n in notes.list_notes(demo_db, MEETING_ID) if n.kind == "concern")
    with pytest.raises(UserError, match="Only a commitment"):
        actions.follow_commitment(demo_db, note.id, status="open")
    with pytest.raises(UserError, match="Unknown action status"):
        actions.follow_commitment(demo_db, commitment(demo_db).id, status="someday")
    promised = commitment(demo_db)
    actions.follow_commitment(demo_db, promised.id, status="in_progress")
    notes.set_note_deleted(demo_db, promised.id, True)
    assert [r.kind for r in actions.action_rows(demo_db, MEETING_ID, commitments=True)] == ["action", "action"]


def test_a_follow_up_whose_note_another_laptop_deleted_is_listed_no_more(demo_db: Database) -> None:
    """One laptop marks a commitment done while the other deletes its note, not knowing of the follow-up:
    the merge tombstones only the note.  The follow-up goes with it, as the minutes already leave it out,
    and comes back with the note."""
    promised = commitment(demo_db)
    actions.follow_commitment(demo_db, promised.id, status="done")
    records.set_deleted(demo_db, Note, promised.id, True)  # as the other laptop's deletion arrives
    assert [r.kind for r in actions.action_rows(demo_db, MEETING_ID, commitments=True)] == ["action", "action"]
    records.set_deleted(demo_db, Note, promised.id, False)
    assert commitment(demo_db).status == "done"


def test_a_commitment_typed_with_its_date_is_followed_up_with_that_date(demo_db: Database) -> None:
    """ "m: ... due:2024-03-31" took the date off the line and stored it nowhere: no deadline anywhere."""
    speakers: dict = {}  # the line names nobody
    parsed = notes.parse("m: pay wages into bank accounts by March due:2024-03-31", speakers)
    assert parsed.kind == "commitment" and parsed.due == date(2024, 3, 31) and "due:" not in parsed.body
    note = notes.add_note(demo_db, MEETING_ID, parsed, None)
    [row] = [r for r in actions.action_rows(demo_db, MEETING_ID, commitments=True) if r.note_id == note.id]
    assert (row.id, row.due, row.status) == (natural_id("action", "commitment", note.id), date(2024, 3, 31), "open")
    assert actions.follow_commitment(demo_db, note.id, status="done") == row.id  # the same follow-up, not a second
    without = notes.add_note(demo_db, MEETING_ID, notes.parse("m: we will build a shed", speakers), None)
    [promised] = [r for r in actions.action_rows(demo_db, MEETING_ID, commitments=True) if r.note_id == without.id]
    assert not promised.followed and promised.due is None  # followed up in the Actions section, when chosen


def test_a_due_date_on_a_note_that_keeps_none_is_refused_in_plain_words() -> None:
    """ "d: Water tanks at both yards due:2024-02-01" was added, its date read and kept nowhere."""
    parsed = notes.parse("d: Water tanks at both yards due:2024-02-01", {})
    assert parsed.problems == ["Only an action (a:) or a commitment (m:) keeps a due date."]
    assert notes.parse("a: Water tanks at both yards due:2024-02-01", {}).problems == []


def test_a_due_date_written_right_that_is_no_day_says_so() -> None:
    assert notes.parse("a: fix the pump due:2024-02-30", {}).problems == ["There is no such date: 2024-02-30"]
    assert notes.parse("a: fix the pump due:next", {}).problems == ["Write the due date as YYYY-MM-DD: next"]


def test_a_due_date_typed_a_millennium_off_is_refused_and_changes_nothing(demo_db: Database) -> None:
    """ "due:2204-03-01" for 2024-03-01 was kept: the action was never overdue, and the ledger said so."""
    for today, latest in ((date(2026, 1, 31), date(2036, 1, 31)), (date(2028, 2, 29), date(2038, 2, 28))):
        actions.check_due(latest, today)
        with pytest.raises(UserError, match=f"from 2000-01-01 to {latest.isoformat()}"):
            actions.check_due(latest + timedelta(days=1), today)
    latest = date.today().replace(year=date.today().year + actions.LATEST_DUE_YEARS, day=1)
    for slip in ("2204-03-01", "0224-03-01", "1924-03-01"):
        (problem,) = notes.parse(f"a: fix the pump due:{slip}", {}).problems
        assert problem.startswith(f"A due date of {slip} looks like a typing slip: give one from 2000-01-01 to ")
    assert notes.parse(f"a: fix the pump due:{latest.isoformat()}", {}).problems == []
    assert notes.parse("a: fix the pump due:2000-01-01", {}).problems == []
    [row, *_] = actions.action_rows(demo_db, MEETING_ID)
    with pytest.raises(UserError, match="typing slip"):
        actions.update_action(demo_db, row.id, due=date(2204, 3, 1))
    assert actions.action_rows(demo_db, MEETING_ID)[0].due == row.due
    kept = len(entries.rows(demo_db))
    with pytest.raises(UserError, match="typing slip"):
        entries.add(demo_db, "Fix the pump", "Aditi", today=date(2024, 2, 1), due=date(224, 3, 1))
    assert len(entries.rows(demo_db)) == kept
