"""The ledger followed across meetings, findings turned into agenda items, and the heard-on-visits check."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from facilitator.core import actions, meetings
from facilitator.core.agenda import items
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.disclosure import Audience
from facilitator.core.errors import UserError
from facilitator.core.inclusion import report
from facilitator.core.ledger import entries, followup
from facilitator.core.live import notes
from facilitator.core.live.speaking import load_roster
from facilitator.core.participants import participation, people
from facilitator.core.visits import agenda, conversations, findings, visits


def test_six_months_later_the_ledger_shows_which_commitments_were_kept(demo_db: Database) -> None:
    rows = {row.id: row for row in entries.rows(demo_db, today=date(2024, 4, 27))}
    kept = {row.description for row in rows.values() if row.kept}
    assert kept == {"Issue ID cards and pay every worker on the register into a bank account"}
    overdue = [row for row in rows.values() if row.overdue]
    assert {row.status for row in overdue} <= {"open", "in_progress", "reopened"}
    assert rows[demo_id("ledger/grievance")].status == "reopened"
    assert [r.status for r in rows[demo_id("ledger/bank_accounts")].history] == [
        "open", "in_progress", "done", "verified"]  # fmt: skip
    mine = entries.rows(demo_db, organisation_id=demo_id("org/processor"))
    assert {row.owner_organisation for row in mine} == {"Kota Stone Processing Works"}


def test_done_needs_evidence_and_verified_a_later_visit(demo_db: Database) -> None:
    entry = demo_id("ledger/toilets")
    with pytest.raises(UserError, match="evidence"):
        entries.change_status(demo_db, entry, "done", "Vikram", "Built", date(2023, 12, 1))
    with pytest.raises(UserError, match="cannot become"):
        entries.change_status(demo_db, entry, "verified", "Vikram", "Seen", date(2023, 12, 1))
    entries.change_status(demo_db, entry, "done", "Vikram", "Built", date(2023, 12, 1), evidence="Photos")
    with pytest.raises(UserError, match="later visit or meeting"):
        entries.change_status(demo_db, entry, "verified", "Esther", "Seen", date(2023, 12, 2),
                              verified_meeting_id=demo_id("meeting/2022"))  # fmt: skip
    later = visits.plan(demo_db, "Budhpura", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 11), "Asia/Kolkata").id
    entries.change_status(demo_db, entry, "verified", "Esther", "Two toilets in use", date(2024, 2, 1),
                          verified_visit_id=later)  # fmt: skip
    assert entries.rows(demo_db, status="verified", organisation_id=demo_id("org/exporter"))[0].id == entry


def test_actions_and_findings_join_the_ledger(demo_db: Database) -> None:
    roster = load_roster(demo_db, MEETING_ID)
    note = notes.add_note(demo_db, MEETING_ID, notes.parse("a: publish the piece rates @Vikram due:2024-01-31", roster))
    action = next(a for a in actions.list_actions(demo_db, MEETING_ID) if a.note_id == note.id)
    made = entries.from_action(demo_db, action.id, "Aditi")
    assert (made.kind, made.due, made.meeting_id) == ("action", date(2024, 1, 31), MEETING_ID)
    assert made.owner_organisation_id == demo_id("org/exporter")
    with pytest.raises(UserError, match="already"):
        entries.from_action(demo_db, action.id, "Aditi")
    # The ledger is shared: an action naming someone who asked not to be named waits to be written without it.
    note = notes.add_note(demo_db, MEETING_ID, notes.parse("a: masks for Kamla Devi's shed @Vikram", roster))
    named = next(a for a in actions.list_actions(demo_db, MEETING_ID) if a.note_id == note.id)
    with pytest.raises(UserError, match="names Kamla Devi, who asked not to be named"):
        entries.from_action(demo_db, named.id, "Aditi")
    # A commitment (m:) stays one in the ledger; it was filed as an action.
    promise = notes.add_note(demo_db, MEETING_ID, notes.parse("m: a water tank at the cutting yard @Vikram", roster))
    followed = entries.follow(demo_db, MEETING_ID, promise.id[:8], "Aditi")
    assert followed.kind == "commitment"
    remedy = entries.from_finding(demo_db, demo_id("finding/quarry_toilets"), "Build toilets", None, "Aditi")
    assert remedy.owner_organisation_id == demo_id("org/quarry") and remedy.risk_tags == ["WASH"]


def test_findings_become_agenda_items_as_one_undoable_change(demo_db: Database) -> None:
    before = {item.id: (item.facilitator_notes, list(item.risk_tags)) for item in items.items(demo_db, MEETING_ID)}
    proposal = agenda.propose(demo_db, MEETING_ID)
    after = {item.id: item for item in items.items(demo_db, MEETING_ID)}
    debrief = after[demo_id("agenda/2")]
    assert debrief.id in proposal.edited
    assert agenda.marker() in debrief.facilitator_notes and "Drilling is dry at every rig" in debrief.facilitator_notes
    assert {"OSH_SILICA", "CHILD", "WASH"} <= set(debrief.risk_tags)
    children = after[demo_id("agenda/7")]  # "Children in home-based cobble work" carries CHILD: no new item
    voices = next(item for item in after.values() if item.title.startswith("Workers' voices"))
    # It carries two of the risks discussed and gets both (the second replaced the first).
    assert (
        "Silica dust (findings: 3)" in voices.facilitator_notes and "Water and sanitation" in voices.facilitator_notes
    )
    assert "Girls cut cobbles" in children.facilitator_notes
    for text in (item.facilitator_notes for item in after.values()):
        assert "Kamla" not in text and "Santosh" not in text and "6 women" not in text
    new = [after[i] for i in proposal.created]
    assert all(item.title.startswith("Discussion: ") for item in new)
    assert {tag for item in new for tag in item.risk_tags} <= {"HOURS", "CONTRACTS", "FORCED"} or new == []
    again = agenda.propose(demo_db, MEETING_ID)  # proposing again rewrites the block, it does not double it
    assert again.created == () and items.items(demo_db, MEETING_ID)[2].facilitator_notes.count(agenda.marker()) == 1
    assert again.edited == {}  # nothing new to give: "6 items given the findings" was said all the same
    for item_id, previous in proposal.edited.items():
        items.update(demo_db, item_id, **previous)
    assert {i: before[i] for i in proposal.edited} == {
        item.id: (item.facilitator_notes, list(item.risk_tags))
        for item in items.items(demo_db, MEETING_ID) if item.id in proposal.edited
    }  # fmt: skip


def test_proposing_again_after_a_visit_was_deleted_takes_its_findings_out_of_the_agenda(demo_db: Database) -> None:
    """The deleted visit's lines stayed in the debrief's notes and in "Discussion: …" however often the
    agenda was proposed again."""
    from facilitator.core.models import Visit
    from facilitator.core.records import set_deleted

    first = agenda.propose(demo_db, MEETING_ID)
    kept_site = "Dabi sandstone quarry"
    gone = next(v for v in visits.rows(demo_db, MEETING_ID) if v.site_name != kept_site and v.findings)
    set_deleted(demo_db, Visit, gone.id, True)
    agenda.propose(demo_db, MEETING_ID)
    notes_now = {item.id: item.facilitator_notes for item in items.items(demo_db, MEETING_ID)}
    assert all(gone.site_name not in text for text in notes_now.values())
    assert kept_site in notes_now[demo_id("agenda/2")]
    emptied = [i for i in first.created if agenda.marker() not in notes_now[i]]
    assert all(notes_now[i] == "" for i in emptied)  # an item made of them alone keeps its title, to delete
    for visit in visits.rows(demo_db, MEETING_ID):  # and with no findings left at all
        set_deleted(demo_db, Visit, visit.id, True)
    agenda.propose(demo_db, MEETING_ID)
    assert not any(agenda.marker() in item.facilitator_notes for item in items.items(demo_db, MEETING_ID))
    with pytest.raises(UserError, match="no findings yet"):
        agenda.propose(demo_db, MEETING_ID)


def test_a_group_heard_on_a_visit_but_absent_is_a_warning_with_a_fix(demo_db: Database) -> None:
    found = {r.rule.id: r for r in report.check(demo_db, MEETING_ID).results}["I1_HEARD_ON_VISITS"]
    assert found.status == "warning" and found.missing_groups == ("RH_MIGRANT",)
    assert "Migrant workers" in found.detail and found.rule.fix_target == "participants" and found.rule.fix
    migrant = people.create_person(demo_db, "Biju", stakeholder_group="RH_MIGRANT", anonymity="anonymous").id
    participation.add_participant(demo_db, MEETING_ID, migrant)
    assert {r.rule.id: r for r in report.check(demo_db, MEETING_ID).results}["I1_HEARD_ON_VISITS"].passed


def test_the_check_counts_only_the_meetings_own_visits(db: Database) -> None:
    meeting = meetings.create(db, "Kota roundtable", datetime(2024, 3, 1, 9), datetime(2024, 3, 1, 17)).id
    visit = visits.plan(db, "Kota unit", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 11), "UTC").id
    conversations.add_conversation(db, visit, "RH_MIGRANT", men=3)
    assert {r.rule.id: r for r in report.check(db, meeting).results}["I1_HEARD_ON_VISITS"].passed
    visits.update(db, visit, meeting_id=meeting)
    assert not {r.rule.id: r for r in report.check(db, meeting).results}["I1_HEARD_ON_VISITS"].passed


def test_a_new_roundtable_with_the_same_suppliers_gets_a_follow_up_item(demo_db: Database) -> None:
    meeting = meetings.create(demo_db, "Bundi, one year on", datetime(2024, 10, 1, 9), datetime(2024, 10, 1, 17)).id
    with pytest.raises(UserError, match="No open commitments"):
        followup.add_item(demo_db, meeting)
    participation.add_participant(demo_db, meeting, demo_id("person/supplier_quarry"))
    item = followup.add_item(demo_db, meeting, today=date(2024, 10, 1))
    assert item.title == "Follow-up on commitments"
    assert "OVERDUE Give every driller an FFP2 mask" in item.facilitator_notes
    assert "bank account" not in item.facilitator_notes  # kept (verified): not listed
    assert findings.register(demo_db, supplier_id=demo_id("org/quarry"))


def test_the_shared_ledger_keeps_an_anonymous_owner_and_a_confidential_action_to_itself(demo_db: Database) -> None:
    """The ledger is shared with suppliers and buyers.  A worker who is not named is not shown by the
    family lease he works on, a name typed as who marked a status is withheld once that person asked for
    anonymity, and an action taken in a confidential note does not go into the ledger at all."""
    worker = demo_id("person/worker1")  # Ramprasad Gurjar, anonymous
    people.set_organisation(demo_db, worker, "Dabi Quarry No. 7 (Gurjar family lease)")
    entry = entries.add(demo_db, "Wet drilling at the Gurjar lease", "Aditi", owner_person_id=worker,
                        owner_organisation_id=people.organisation_of(demo_db, worker))  # fmt: skip
    entries.change_status(demo_db, entry.id, "in_progress", "Ramprasad Gurjar", "Ramprasad bought the pump")
    (shared,) = [r for r in entries.rows(demo_db, audience=Audience.SHAREABLE) if r.id == entry.id]
    shown = " ".join([entries.shown_owner(shared, Audience.SHAREABLE), shared.description] + [
        f"{c.changed_by} {c.reason}" for c in shared.history])  # fmt: skip
    assert "Gurjar" not in shown and "Ramprasad" not in shown and "Dabi" not in shown
    (internal,) = [r for r in entries.rows(demo_db) if r.id == entry.id]
    assert internal.history[-1].changed_by == "Ramprasad Gurjar"  # the laptop's own view keeps it
    lease = people.organisation_of(demo_db, worker)
    assert entry.id in [r.id for r in entries.rows(demo_db, organisation_id=lease)]
    assert entry.id not in [r.id for r in entries.rows(demo_db, organisation_id=lease, audience=Audience.SHAREABLE)]
    roster = load_roster(demo_db, MEETING_ID)
    note = notes.add_note(demo_db, MEETING_ID, notes.parse("a: pay the hospital bill quietly %confidential", roster))
    action = next(a for a in actions.list_actions(demo_db, MEETING_ID) if a.note_id == note.id)
    with pytest.raises(UserError, match="confidential note"):
        entries.from_action(demo_db, action.id, "Aditi")
    # An action in the ledger whose note is made confidential afterwards keeps its words to the laptop.
    later = notes.add_note(demo_db, MEETING_ID, notes.parse("a: repay the advance in cash @Vikram", roster))
    followed = next(a for a in actions.list_actions(demo_db, MEETING_ID) if a.note_id == later.id)
    kept = entries.from_action(demo_db, followed.id, "Aditi")
    notes.edit_note(demo_db, later.id, confidentiality="confidential")
    (shared,) = [r for r in entries.rows(demo_db, audience=Audience.SHAREABLE) if r.id == kept.id]
    assert "advance" not in shared.description


def test_a_step_dated_ahead_is_refused_and_nothing_written(demo_db: Database) -> None:
    """Done "on 2030-01-01" was accepted: the history is in date order, so every later step was refused
    until 2030, and none could be undone."""
    from datetime import timedelta

    entry = demo_id("ledger/toilets")
    today, before = date.today(), entries.history(demo_db, demo_id("ledger/toilets"))
    with pytest.raises(UserError, match=f"A change cannot be dated after today \\({today}\\)"):
        entries.change_status(demo_db, entry, "done", "Vikram", "Built", today + timedelta(days=1), evidence="Photos")
    assert [c.id for c in entries.history(demo_db, entry)] == [c.id for c in before]
    entries.change_status(demo_db, entry, "done", "Vikram", "Built", today, evidence="Photos")
    assert entries.history(demo_db, entry)[-1].status == "done"
