"""Long texts edited on two laptops at once keep both versions until the user decides; the decision syncs."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import notes
from facilitator.sync import conflicts
from facilitator.sync.digest import content_digest
from facilitator.sync.log import ChangeRow
from facilitator.sync.merge import merge
from tests.sync.replicas import log_of, replica, roundtable


def exchange(*laptops: Database) -> None:
    logs = [log_of(laptop) for laptop in laptops]
    for laptop in laptops:
        for changes in logs:
            merge(laptop, changes)


def _two_laptops_and_an_item(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two laptops that share a roundtable, and its first agenda item."""
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(first)
    [item, _] = agenda.items(first, meeting.id)
    exchange(first, second)
    return first, second, meeting, item


@pytest.fixture
def two(tmp_path: Path):
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(first)
    note = notes.add_note(first, meeting.id, notes.ParsedNote(body="Masks: none at the yard"))
    exchange(first, second)
    notes.edit_note(first, note.id, body="Masks: none at the cutting yard")
    notes.edit_note(second, note.id, body="Masks: none, and no water")
    exchange(first, second)
    return first, second, meeting, note


def test_both_versions_are_kept_and_the_newer_is_shown_on_every_laptop(two) -> None:
    first, second, _, note = two
    for laptop in (first, second):
        [conflict] = conflicts.list_conflicts(laptop)
        assert (conflict.shown, conflict.other) == ("Masks: none, and no water", "Masks: none at the cutting yard")
        assert conflict.record_table == "note" and conflict.field_label == "Note"
        assert {r.body for r in notes.revisions(laptop, note.id)} >= {conflict.shown, conflict.other}
    assert content_digest(first) == content_digest(second)
    [conflict] = conflicts.list_conflicts(first)
    assert conflict.diff() == [
        "--- shown",
        "+++ other",
        "@@ -1 +1 @@",
        "-Masks: none, and no water",
        "+Masks: none at the cutting yard",
    ]


def test_keeping_the_other_version_reaches_the_other_laptop(two) -> None:
    first, second, _, note = two
    [conflict] = conflicts.list_conflicts(first)
    conflicts.resolve(first, conflict.id, "kept_other")
    assert notes.list_notes(first, note.meeting_id)[0].body == "Masks: none at the cutting yard"
    exchange(first, second)
    assert conflicts.list_conflicts(second) == []
    assert conflicts.get_conflict(second, conflict.id).resolution == "kept_other"
    assert notes.list_notes(second, note.meeting_id)[0].body == "Masks: none at the cutting yard"


def test_a_merged_text_replaces_both_and_the_decision_can_be_undone(two) -> None:
    first, _, _, note = two
    [conflict] = conflicts.list_conflicts(first)
    decision = conflicts.resolve(first, conflict.id, "merged", "Masks: none at the cutting yard, and no water")
    assert notes.list_notes(first, note.meeting_id)[0].body == "Masks: none at the cutting yard, and no water"
    with pytest.raises(UserError, match="decided already"):
        conflicts.resolve(first, conflict.id, "kept_shown")
    conflicts.reopen(first, decision)
    assert notes.list_notes(first, note.meeting_id)[0].body == "Masks: none, and no water"
    assert [c.id for c in conflicts.list_conflicts(first)] == [conflict.id]


def test_the_same_text_typed_on_both_laptops_asks_nothing(tmp_path: Path) -> None:
    first, second, _meeting, item = _two_laptops_and_an_item(tmp_path)
    for laptop in (first, second):
        agenda.update(laptop, item.id, purpose="Water and sheds")
    exchange(first, second)
    assert conflicts.list_conflicts(first) == conflicts.list_conflicts(second) == []
    # Nor among all of them: `conflicts --all` listed 22 such pairs among 28.
    assert conflicts.list_conflicts(first, include_resolved=True) == []


def test_the_minutes_of_an_item_reviewed_field_by_field_on_two_laptops_ask_nothing(tmp_path: Path) -> None:
    """Each laptop made the item's minutes (one record, by its natural id) with empty fields, and edited a
    different one; the field left empty on one laptop was offered as a conflict with the other's text."""
    from facilitator.core.minutes import review

    first, second, meeting, item = _two_laptops_and_an_item(tmp_path)
    review.edit_item(first, item.id, information_shared="The buyers showed the audit")
    review.edit_item(second, item.id, responses_given="The supplier will fit extraction")
    exchange(first, second)
    assert conflicts.list_conflicts(first) == conflicts.list_conflicts(second) == []
    for laptop in (first, second):
        with laptop.session() as session:
            reviewed = review.item_reviews(session, meeting.id)[item.id]
            assert (reviewed.information_shared, reviewed.responses_given) == (
                "The buyers showed the audit",
                "The supplier will fit extraction",
            )
    review.edit_item(first, item.id, summary="Dust: extraction by March")
    review.edit_item(second, item.id, summary="Dust: masks first")
    exchange(first, second)
    assert [c.field for c in conflicts.list_conflicts(first)] == ["summary"]  # a real one still is


def test_a_number_a_list_and_a_yes_or_no_edited_on_two_laptops_keep_both_versions(tmp_path: Path) -> None:
    """A tea break planned for 40 minutes on one laptop and 25 on the other became 25 on both, without a
    word: the newest value won, and the other edit was gone."""
    from facilitator.core import meetings

    first, second, meeting, item = _two_laptops_and_an_item(tmp_path)
    agenda.update(first, item.id, planned_minutes=40, risk_tags=["WASH"])
    meetings.update(first, meeting.id, recording_allowed=True)
    agenda.update(second, item.id, planned_minutes=25, risk_tags=["OSH_SILICA", "WASH"])
    meetings.update(second, meeting.id, recording_allowed=True)  # a yes-or-no differs only once turned back
    meetings.update(second, meeting.id, recording_allowed=False)
    exchange(first, second)
    for laptop in (first, second):
        assert agenda.items(laptop, meeting.id)[0].planned_minutes == 25  # the newer is shown
        found = {c.field: c for c in conflicts.list_conflicts(laptop)}
        assert set(found) == {"planned_minutes", "risk_tags", "recording_allowed"}
        assert (found["planned_minutes"].shown_label, found["planned_minutes"].other_label) == ("25", "40")
        assert found["planned_minutes"].field_label == "Planned minutes"
        tags = (found["risk_tags"].shown_label, found["risk_tags"].other_label)
        assert tags == ("Silica dust, Water and sanitation", "Water and sanitation")
        assert (found["recording_allowed"].shown_label, found["recording_allowed"].other_label) == ("No", "Yes")
        assert not found["planned_minutes"].long_text  # decided, not merged by hand
    found = {c.field: c for c in conflicts.list_conflicts(first)}
    for conflict in found.values():
        conflicts.resolve(first, conflict.id, "kept_other")
    exchange(first, second)
    for laptop in (first, second):
        [kept] = agenda.items(laptop, meeting.id)[:1]
        assert (kept.planned_minutes, kept.risk_tags) == (40, ["WASH"])  # back in their own types
        assert meetings.get(laptop, meeting.id).recording_allowed is True
        assert conflicts.list_conflicts(laptop) == []
    assert content_digest(first) == content_digest(second)


def test_the_same_settings_chosen_on_two_laptops_ask_nothing(tmp_path: Path) -> None:
    """Both laptops gave the same expected shares and dominance alert: the inbox still listed both, a map
    written with its keys in another order and a whole number in a decimal field read back as 1.0."""
    from facilitator.core.live import balance

    first, second, meeting, _item = _two_laptops_and_an_item(tmp_path)
    for laptop in (first, second):
        balance.update_settings(
            laptop, meeting.id, expected_shares={"RH_WORKER": 0.5, "BIZ_BUYER": 0.5}, dominance_share=1
        )
    exchange(first, second)
    assert conflicts.list_conflicts(first) == conflicts.list_conflicts(second) == []


def test_a_kept_version_that_would_end_a_meeting_before_it_starts_is_refused(tmp_path: Path) -> None:
    """One laptop moved the meeting a day earlier, the other a day later; keeping the other end and the
    shown start saved a meeting that ended before it began."""
    from datetime import timedelta

    from facilitator.core import meetings

    first, second, meeting, _item = _two_laptops_and_an_item(tmp_path)
    for laptop, days in ((first, -1), (second, 1)):
        meetings.update(laptop, meeting.id, starts_at=meeting.starts_at + timedelta(days=days),
                        ends_at=meeting.ends_at + timedelta(days=days))  # fmt: skip
    exchange(first, second)
    found = {c.field: c for c in conflicts.list_conflicts(first)}
    meetings.update(first, meeting.id, timezone="Asia/Kolkata")  # an instant is read on the meeting's clock
    [kolkata] = [c for c in conflicts.list_conflicts(first) if c.field == "ends_at"]
    assert (
        kolkata.other_label
        == f"{meetings.to_local(meeting.ends_at - timedelta(days=1), 'Asia/Kolkata'):%Y-%m-%d %H:%M} (Asia/Kolkata)"
    )
    with pytest.raises(UserError, match="must end after it starts"):
        conflicts.resolve(first, found["ends_at"].id, "kept_other")
    kept = meetings.get(first, meeting.id)
    assert kept.ends_at > kept.starts_at and conflicts.get_conflict(first, found["ends_at"].id).is_open
    conflicts.resolve(first, found["starts_at"].id, "kept_other")  # the pair, start first
    conflicts.resolve(first, found["ends_at"].id, "kept_other")
    kept = meetings.get(first, meeting.id)
    assert kept.starts_at == meeting.starts_at - timedelta(days=1) and kept.ends_at == meeting.ends_at - timedelta(
        days=1
    )


def test_a_due_date_edited_on_two_laptops_keeps_both_and_an_undone_decision_puts_it_back(tmp_path: Path) -> None:
    from datetime import date

    from facilitator.core import actions

    first, second, meeting, _item = _two_laptops_and_an_item(tmp_path)
    notes.add_note(first, meeting.id, notes.ParsedNote("action", "Masks at the yard", due=date(2024, 1, 31)))
    exchange(first, second)
    [action] = actions.list_actions(first, meeting.id)
    actions.update_action(first, action.id, due=date(2024, 2, 15))
    actions.update_action(second, action.id, due=None)
    exchange(first, second)
    [conflict] = conflicts.list_conflicts(first)
    assert (conflict.field_label, conflict.shown_label, conflict.other_label) == ("Due date", "(none)", "2024-02-15")
    assert conflict.record_label == "Masks at the yard"  # which action: "Due date: " said nothing
    decision = conflicts.resolve(first, conflict.id, "kept_other")
    assert actions.list_actions(first, meeting.id)[0].due == date(2024, 2, 15)
    conflicts.reopen(first, decision)
    assert actions.list_actions(first, meeting.id)[0].due is None


def _materials_typed_on_both(tmp_path: Path, on_first: str, on_second: str):  # type: ignore[no-untyped-def]
    """Two laptops that typed an agenda item's materials each: the conflict, as the second lists it."""
    first, second, meeting, item = _two_laptops_and_an_item(tmp_path)
    agenda.update(first, item.id, materials=on_first)
    agenda.update(second, item.id, materials=on_second)
    exchange(first, second)
    [conflict] = conflicts.list_conflicts(second)
    return first, second, meeting, item, conflict


def test_an_agenda_text_conflict_is_decided_through_the_record(tmp_path: Path) -> None:
    first, second, meeting, item, conflict = _materials_typed_on_both(tmp_path, "Photos of the yard", "Wage slips")
    assert conflict.record_label == item.title and conflict.field_label == "Materials"
    conflicts.resolve(second, conflict.id, "merged", "Photos of the yard\nWage slips")
    exchange(first, second)
    assert agenda.items(first, meeting.id)[0].materials == "Photos of the yard\nWage slips"


def test_a_late_edit_that_built_on_the_older_version_withdraws_the_conflict(tmp_path: Path) -> None:
    writer, reader = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(writer)
    note = notes.add_note(writer, meeting.id, notes.ParsedNote(body="first words"))
    notes.edit_note(writer, note.id, body="second words")
    notes.edit_note(writer, note.id, body="third words")
    edits: list[ChangeRow] = [c for c in log_of(writer) if c.table == "note" and c.field == "body"]
    middle = edits[0]
    merge(reader, [c for c in log_of(writer) if c != middle])  # the middle edit is late
    assert len(conflicts.list_conflicts(reader)) == 1  # as far as this laptop can tell, two heads
    merge(reader, [middle])
    assert conflicts.list_conflicts(reader) == []
    assert notes.list_notes(reader, meeting.id)[0].body == "third words"


def test_a_laptop_that_receives_a_conflict_found_on_another_is_told_of_it(tmp_path: Path) -> None:
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(first)
    note = notes.add_note(first, meeting.id, notes.ParsedNote(body="Masks: none at the yard"))
    merge(second, log_of(first))
    notes.edit_note(first, note.id, body="Masks: none at the cutting yard")
    notes.edit_note(second, note.id, body="Masks: none, and no water")
    found_there = merge(second, log_of(first)).conflicts  # the second laptop finds it and logs the revision
    assert len(found_there) == 1
    told_here = merge(first, log_of(second)).conflicts  # it arrives here with the second laptop's edit
    assert told_here == found_there
    assert merge(first, log_of(second)).conflicts == []  # once: a later sync has nothing new to tell
    conflicts.resolve(first, found_there[0], "kept_shown")
    merge(second, log_of(first))
    assert merge(first, log_of(second)).conflicts == []


def test_two_laptops_deciding_one_conflict_apart_get_a_new_one_and_lose_neither_text(tmp_path: Path) -> None:
    """One kept the shown title, the other took the other one: the second decision won on both, silently,
    and the text the first had kept was in no conflict any more."""
    first, second, meeting, _item, on_second = _materials_typed_on_both(
        tmp_path, "Tea break (chai from Asha)", "Tea and snacks (Bina)"
    )
    [on_first] = conflicts.list_conflicts(first)
    assert on_first.id == on_second.id
    kept, taken = on_first.shown, on_first.other
    conflicts.resolve(first, on_first.id, "kept_shown")
    conflicts.resolve(second, on_second.id, "kept_other")
    exchange(first, second)
    for laptop in (first, second):
        [again] = conflicts.list_conflicts(laptop)
        assert {again.shown, again.other} == {kept, taken}
    assert agenda.items(first, meeting.id)[0].materials == agenda.items(second, meeting.id)[0].materials
    [again] = conflicts.list_conflicts(first)
    conflicts.resolve(first, again.id, "kept_other" if again.other == kept else "kept_shown")
    exchange(first, second)
    assert conflicts.list_conflicts(first) == conflicts.list_conflicts(second) == []
    assert agenda.items(second, meeting.id)[0].materials == kept


def test_a_decision_made_on_one_laptop_alone_opens_nothing_new(tmp_path: Path) -> None:
    first, second, meeting, _item, conflict = _materials_typed_on_both(tmp_path, "Photos of the yard", "Wage slips")
    conflicts.resolve(first, conflict.id, "kept_shown")
    exchange(first, second)
    assert conflicts.list_conflicts(first) == conflicts.list_conflicts(second) == []
    assert agenda.items(second, meeting.id)[0].materials == conflict.shown


def test_a_conflict_on_a_record_deleted_since_is_still_decided(tmp_path: Path) -> None:
    first, _second, _meeting, item, conflict = _materials_typed_on_both(tmp_path, "Photos of the yard", "Wage slips")
    agenda.delete(first, item.id)
    conflicts.resolve(first, conflict.id, "kept_shown")
    assert conflicts.list_conflicts(first) == []


def test_a_laptop_that_receives_minutes_reviewed_on_two_others_is_told_only_of_what_it_can_decide(
    tmp_path: Path,
) -> None:
    """Both laptops made the item's minutes with empty fields and typed different summaries: the one
    real conflict travels with revisions for the fields that read the same; a third laptop that gets
    both logs is told of one conflict, the one its list shows, not of every revision."""
    from facilitator.core.minutes import review

    first, second, _meeting, item = _two_laptops_and_an_item(tmp_path)
    third = replica(tmp_path / "c")
    try:
        review.edit_item(first, item.id, summary="Dust: extraction by March")
        review.edit_item(second, item.id, summary="Dust: masks first")
        exchange(first, second)
        told = merge(third, [*log_of(first), *log_of(second)]).conflicts
        listed = conflicts.list_conflicts(third)
        assert [c.field for c in listed] == ["summary"] and told == [c.id for c in listed]
        assert merge(first, log_of(second)).conflicts == []
    finally:
        third.close()


def test_a_caucus_chosen_on_two_laptops_is_shown_and_decided_by_its_own_field(tmp_path: Path) -> None:
    """The caucus is stored in the column "session" and read as "caucus": the conflict showed an empty
    version, and taking the other one was refused as a field that does not exist."""
    from facilitator.core.participants import participation

    first, second, meeting, _item = _two_laptops_and_an_item(tmp_path)
    place = participation.list_participants(first, meeting.id)[0]
    participation.update_participation(first, place.participation_id, caucus="worker_caucus")
    participation.update_participation(second, place.participation_id, caucus="women_caucus")
    exchange(first, second)
    [conflict] = conflicts.list_conflicts(first)
    assert (conflict.shown_label, conflict.other_label) == ("Women-only session", "Worker caucus")
    conflicts.resolve(first, conflict.id, "kept_other")
    assert participation.list_participants(first, meeting.id)[0].caucus == "worker_caucus"
