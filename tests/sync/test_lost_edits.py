"""No edit is dropped without a word when two laptops disagree: an edit made after another laptop deleted
the record keeps it, a short field set differently on both keeps the other value to decide on, and a
person's anonymity set differently at once stays the more protective until someone decides."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import notes
from facilitator.core.models import Person
from facilitator.core.participants import participation, people
from facilitator.sync import conflicts
from facilitator.sync.digest import content_digest
from facilitator.sync.merge import merge
from tests.sync.replicas import log_of, replica, roundtable


def exchange(*laptops: Database) -> None:
    logs = [log_of(laptop) for laptop in laptops]
    for laptop in laptops:
        for changes in logs:
            merge(laptop, changes)


def _person(db: Database, person_id: str) -> Person:
    with db.session() as session:
        return session.get(Person, person_id)


def _pair(tmp_path: Path) -> tuple[Database, Database, str]:
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(first).id
    exchange(first, second)
    return first, second, meeting


def test_a_note_edited_after_the_other_laptop_deleted_it_stays_with_the_edit(tmp_path: Path) -> None:
    first, second, meeting = _pair(tmp_path)
    note = notes.add_note(first, meeting, notes.ParsedNote(body="Masks: none at the yard"))
    exchange(first, second)
    notes.set_note_deleted(first, note.id, True)
    notes.edit_note(second, note.id, body="Masks: none at the yard, and the water tank is dry")
    exchange(first, second)
    for laptop in (first, second):
        assert [n.body for n in notes.list_notes(laptop, meeting)] == [
            "Masks: none at the yard, and the water tank is dry"
        ]
    assert content_digest(first) == content_digest(second)
    notes.set_note_deleted(second, note.id, True)  # deleted once it was seen: it goes on every laptop
    exchange(first, second)
    assert notes.list_notes(first, meeting) == notes.list_notes(second, meeting) == []


def test_a_deletion_stands_over_the_edits_its_laptop_had_seen_and_not_over_one_it_had_not(tmp_path: Path) -> None:
    """What decides is what the deleting laptop knew, not which clock was later: an edit it had seen
    goes with the record; one made elsewhere that it had not seen keeps the record."""
    first, second, meeting = _pair(tmp_path)
    seen = notes.add_note(first, meeting, notes.ParsedNote(body="Masks: none at the yard"))
    unseen = notes.add_note(first, meeting, notes.ParsedNote(body="Water: one tank"))
    exchange(first, second)
    notes.edit_note(second, seen.id, body="Masks: none")
    exchange(first, second)
    notes.set_note_deleted(first, seen.id, True)  # the first laptop had the edit
    notes.edit_note(second, unseen.id, body="Water: one tank, dry by noon")
    notes.set_note_deleted(first, unseen.id, True)  # deleted without having seen that edit
    exchange(first, second)
    for laptop in (first, second):
        assert [n.body for n in notes.list_notes(laptop, meeting)] == ["Water: one tank, dry by noon"]


def test_an_edit_from_a_laptop_whose_clock_is_behind_still_keeps_what_the_other_deleted(tmp_path: Path) -> None:
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b", skew_ms=-300_000)
    meeting = roundtable(first).id
    note = notes.add_note(first, meeting, notes.ParsedNote(body="Masks: none at the yard"))
    exchange(first, second)
    notes.set_note_deleted(first, note.id, True)
    notes.edit_note(second, note.id, body="Masks: none at the yard; two cutters coughing")  # stamped earlier
    exchange(first, second)
    for laptop in (first, second):
        assert [n.body for n in notes.list_notes(laptop, meeting)] == ["Masks: none at the yard; two cutters coughing"]


def test_a_phone_number_typed_differently_on_both_keeps_the_other_to_decide_on(tmp_path: Path) -> None:
    first, second, meeting = _pair(tmp_path)
    person = participation.list_participants(first, meeting)[0].person_id
    people.update_person(first, person, phone="+91 98000 11111")
    people.update_person(second, person, phone="+91 98000 22222")
    exchange(first, second)
    for laptop in (first, second):
        [conflict] = conflicts.list_conflicts(laptop)
        assert (conflict.field, conflict.shown, conflict.other) == ("phone", "+91 98000 22222", "+91 98000 11111")
    # The command line's output may leave the laptop: a worker's numbers (both of them) are not printed.
    [printed] = conflicts.shareable(first, [conflict])
    assert "98000" not in printed.shown + printed.other + printed.record_label
    assert "Person 0" not in printed.record_label
    conflicts.resolve(first, conflict.id, "kept_other")
    exchange(first, second)
    assert {_person(laptop, person).phone for laptop in (first, second)} == {"+91 98000 11111"}


def test_anonymity_chosen_differently_at_once_stays_the_more_protective_until_decided(tmp_path: Path) -> None:
    """One laptop records that the worker asked for anonymity; the other, later and unaware, marks him
    named.  By the clocks alone he would end named everywhere."""
    first, second, meeting = _pair(tmp_path)
    person = participation.list_participants(first, meeting)[0].person_id
    people.update_person(first, person, anonymity="group_only")
    exchange(first, second)
    people.update_person(first, person, anonymity="anonymous")
    people.update_person(second, person, anonymity="named")
    exchange(first, second)
    for laptop in (first, second):
        assert _person(laptop, person).anonymity == "anonymous"
    [conflict] = [c for c in conflicts.list_conflicts(second) if c.field == "anonymity"]
    assert (conflict.shown, conflict.other) == ("anonymous", "named")
    assert (conflict.shown_label, conflict.other_label, conflict.long_text) == ("Anonymous", "Named", False)
    with pytest.raises(UserError, match="not merged by hand"):  # a level typed by hand could be no level at all
        conflicts.resolve(second, conflict.id, "merged", "anoniem")
    conflicts.resolve(second, conflict.id, "kept_other")  # he did agree to be named after all
    exchange(first, second)
    exchange(first, second)
    assert {_person(laptop, person).anonymity for laptop in (first, second)} == {"named"}
    # Decided once: the same conflict does not come back the other way round.
    assert [c for laptop in (first, second) for c in conflicts.list_conflicts(laptop) if c.field == "anonymity"] == []
    assert content_digest(first) == content_digest(second)


def test_a_choice_made_after_seeing_the_protective_one_is_shown_alike_on_every_laptop(tmp_path: Path) -> None:
    """A and B choose at once (anonymous, group only): anonymous stands.  B's user, who now sees it,
    chooses named: that is shown, on B as on A, and a third laptop fed the same log agrees."""
    first, second, meeting = _pair(tmp_path)
    person = participation.list_participants(first, meeting)[0].person_id
    people.update_person(first, person, anonymity="named")
    exchange(first, second)
    people.update_person(first, person, anonymity="anonymous")
    people.update_person(second, person, anonymity="group_only")
    exchange(first, second)
    assert {_person(laptop, person).anonymity for laptop in (first, second)} == {"anonymous"}
    people.update_person(second, person, anonymity="named")
    exchange(first, second)
    exchange(first, second)
    third = replica(tmp_path / "c")
    merge(third, log_of(second))
    assert {_person(laptop, person).anonymity for laptop in (first, second, third)} == {"named"}
    assert content_digest(first) == content_digest(second)


def test_a_note_made_confidential_on_one_laptop_stays_out_of_the_public_minutes_whatever_the_other_did(
    tmp_path: Path,
) -> None:
    from facilitator.core.minutes.content import gather

    first, second, meeting = _pair(tmp_path)
    note = notes.add_note(first, meeting, notes.ParsedNote(body="The contractor takes a cut of every wage"))
    exchange(first, second)
    notes.edit_note(first, note.id, confidentiality="confidential")
    notes.edit_note(second, note.id, confidentiality="public")  # later, not knowing
    exchange(first, second)
    for laptop in (first, second):
        public = [n["body"] for item in gather(laptop, meeting, "public")["items"] for n in item["notes"]]
        assert "The contractor takes a cut of every wage" not in public
        [conflict] = [c for c in conflicts.list_conflicts(laptop) if c.field == "confidentiality"]
        assert (conflict.shown_label, conflict.other_label) == ("Confidential", "Public")


def test_an_agenda_reordered_on_both_laptops_asks_nothing_of_its_sort_keys(tmp_path: Path) -> None:
    from facilitator.core.agenda import items as agenda

    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(first, items=3).id
    exchange(first, second)
    moved = agenda.items(first, meeting)[0].id
    agenda.move_to(first, moved, 2)
    agenda.move_to(second, moved, 3)
    exchange(first, second)
    assert [c.field for c in conflicts.list_conflicts(first)] == []
    assert [i.id for i in agenda.items(first, meeting)] == [i.id for i in agenda.items(second, meeting)]
