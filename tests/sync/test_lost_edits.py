"""No edit is dropped without a word when two laptops disagree: an edit made after another laptop deleted
the record keeps it, and a short field set differently on both keeps the other value to decide on, a
person's anonymity or a note's confidentiality among them, which the sync report asks to decide before
anything is shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core import disclosure
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import notes
from facilitator.core.models import Person
from facilitator.core.participants import participation, people
from facilitator.sync import conflicts
from facilitator.sync.digest import content_digest
from facilitator.sync.merge import merge
from facilitator.sync.run import synchronise
from facilitator.sync.summary import describe
from facilitator.sync.targets.folder import FolderTarget
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


def test_an_edit_made_without_seeing_the_deletion_keeps_the_record_though_its_clock_was_behind(
    tmp_path: Path,
) -> None:
    """The laptop that edited ran two hours behind, so its edit was stamped before the deletion it had
    not seen: the stamps alone took the deletion and the edit was gone on both laptops without a word."""
    first = replica(tmp_path / "a")
    second = replica(tmp_path / "b", skew_ms=-2 * 3600 * 1000)
    meeting = roundtable(first).id
    note = notes.add_note(first, meeting, notes.ParsedNote(body="Masks: none at the yard"))
    exchange(first, second)
    notes.edit_note(second, note.id, body="Masks: none at the yard; the foreman took them back")
    notes.set_note_deleted(first, note.id, True)
    [edit] = [c for c in log_of(second) if c.row_id == note.id and c.field == "body"]
    [deletion] = [c for c in log_of(first) if c.row_id == note.id and c.field == "deleted"]
    assert edit.hlc < deletion.hlc  # what the stamps alone would have decided by
    stick = tmp_path / "usb"
    stick.mkdir()
    synchronise(second, FolderTarget(stick, "stone dust and water"))
    first_report = synchronise(first, FolderTarget(stick, "stone dust and water"))
    second_report = synchronise(second, FolderTarget(stick, "stone dust and water"))
    for laptop in (first, second):
        assert [n.body for n in notes.list_notes(laptop, meeting)] == [
            "Masks: none at the yard; the foreman took them back"
        ]
    assert content_digest(first) == content_digest(second)
    # Where the note had been deleted, the sync says it is back and why; where it never went, nothing.
    assert "1 deleted record is back: another laptop edited it" in "\n".join(describe(first, first_report))
    assert second_report.merge.returned == 0 and second_report.received


def test_an_edit_not_seen_stays_though_the_deleting_laptop_saw_a_newer_one_from_another(tmp_path: Path) -> None:
    """The deletion named only the newest change it had seen from any other laptop: having seen the third
    laptop's later edit, it counted the second's older one, which it had never received, as seen."""
    first, second, meeting = _pair(tmp_path)
    third = replica(tmp_path / "c")
    note = notes.add_note(first, meeting, notes.ParsedNote(body="Masks: none"))
    exchange(first, second, third)
    notes.edit_note(second, note.id, body="Masks: none; the foreman took them back")
    notes.edit_note(third, note.id, body="Masks: none; the water tank is dry")
    merge(first, log_of(third))  # the third laptop's edit only
    notes.set_note_deleted(first, note.id, True)
    exchange(first, second, third)
    for laptop in (first, second, third):
        assert len(notes.list_notes(laptop, meeting)) == 1
    assert content_digest(first) == content_digest(second) == content_digest(third)


def test_a_deletion_made_after_seeing_the_edit_stands_on_every_laptop(tmp_path: Path) -> None:
    """A third laptop saw the edit and deleted the note; the first deleted it without having seen it.
    The informed deletion decides: the note goes everywhere."""
    first, second, meeting = _pair(tmp_path)
    third = replica(tmp_path / "c")
    note = notes.add_note(first, meeting, notes.ParsedNote(body="Masks: none at the yard"))
    exchange(first, second, third)
    notes.edit_note(second, note.id, body="Masks: none")
    merge(third, log_of(second))
    notes.set_note_deleted(third, note.id, True)
    notes.set_note_deleted(first, note.id, True)
    exchange(first, second, third)
    assert notes.list_notes(first, meeting) == notes.list_notes(second, meeting) == []
    assert notes.list_notes(third, meeting) == []


def test_a_deletion_logged_before_deletions_named_what_they_saw_stands_over_older_edits(tmp_path: Path) -> None:
    """A deletion synced by an earlier version carries no mark of what it saw: the edits stamped before
    it count as seen, as they did then."""
    first, second, meeting = _pair(tmp_path)
    note = notes.add_note(first, meeting, notes.ParsedNote(body="Masks: none at the yard"))
    exchange(first, second)
    notes.edit_note(second, note.id, body="Masks: none")
    notes.set_note_deleted(first, note.id, True)
    earlier = [c._replace(base="") if c.row_id == note.id and c.field == "deleted" else c for c in log_of(first)]
    merge(second, earlier)
    assert notes.list_notes(second, meeting) == []


def _phones_typed_on_both(tmp_path: Path, anonymity: str | None = None) -> tuple[Database, Database, str]:
    """Two laptops and a person whose phone each typed differently (after one made them ``anonymity``)."""
    first, second, meeting = _pair(tmp_path)
    person = participation.list_participants(first, meeting)[0].person_id
    if anonymity is not None:
        people.update_person(first, person, anonymity=anonymity)
        exchange(first, second)
    people.update_person(first, person, phone="+91 98000 11111")
    people.update_person(second, person, phone="+91 98000 22222")
    exchange(first, second)
    return first, second, person


def test_a_phone_number_typed_differently_on_both_keeps_the_other_to_decide_on(tmp_path: Path) -> None:
    first, second, person = _phones_typed_on_both(tmp_path)
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


def test_a_named_persons_two_phone_numbers_are_shown_to_decide_between(tmp_path: Path) -> None:
    """Both versions read "[contact withheld]", with an empty difference, while the list of participants
    printed the number: the choice could not be made.  A named person's own fields show as that list does."""
    first, _second, _person = _phones_typed_on_both(tmp_path, anonymity="named")
    [printed] = conflicts.shareable(first, conflicts.list_conflicts(first))
    assert (printed.shown, printed.other) == ("+91 98000 22222", "+91 98000 11111") and printed.diff


def test_phone_numbers_stay_withheld_while_whether_the_person_is_named_is_still_to_decide(tmp_path: Path) -> None:
    """One laptop made her anonymous, the other named, each typing a number: the named version shows, and
    the command line printed both numbers beside the open choice of her anonymity."""
    first, second, meeting = _pair(tmp_path)
    person = participation.list_participants(first, meeting)[0].person_id
    people.update_person(first, person, anonymity="named")
    exchange(first, second)
    people.update_person(first, person, anonymity="anonymous", phone="+91 98000 11111")
    people.update_person(second, person, anonymity="group_only")
    people.update_person(second, person, anonymity="named", phone="+91 98000 22222")
    exchange(first, second)
    printed = conflicts.shareable(first, conflicts.list_conflicts(first))
    assert "anonymity" in {c.field for c in printed}
    assert not any("98000" in c.shown + c.other for c in printed)
    # Nor her name, in any output that may leave the laptop, whichever version each laptop shows now.
    name = _person(first, person).name
    assert not any(name in c.record_label for c in printed)
    for laptop in (first, second):
        with laptop.session() as session:
            typed = disclosure.typed_text(session, disclosure.for_members((), disclosure.Audience.SHAREABLE))
        assert name not in typed(f"{name} asked for masks")


def test_both_spellings_of_a_hidden_name_edited_at_once_are_withheld_until_one_is_chosen(tmp_path: Path) -> None:
    first, second, meeting = _pair(tmp_path)
    person = participation.list_participants(first, meeting)[0].person_id
    people.update_person(first, person, anonymity="anonymous", other_spellings="कमला")
    exchange(first, second)
    people.update_person(first, person, other_spellings="कमला देवी")
    people.update_person(second, person, other_spellings="Kamala")
    exchange(first, second)
    [conflict] = conflicts.list_conflicts(first)
    assert conflict.field == "other_spellings"
    [printed] = conflicts.shareable(first, [conflict])
    assert "Kamala" not in printed.shown + printed.other and "कमला" not in printed.shown + printed.other
    for laptop in (first, second):
        with laptop.session() as session:
            typed = disclosure.typed_text(session, disclosure.for_members((), disclosure.Audience.SHAREABLE))
        assert "Kamala" not in typed("Kamala told us; कमला देवी agreed") and "कमला" not in typed("कमला देवी agreed")


def test_anonymity_chosen_differently_at_once_is_a_conflict_the_sync_report_asks_to_decide_first(
    tmp_path: Path,
) -> None:
    """One laptop records that the worker asked for anonymity; the other, later and unaware, marks him
    named.  The newer choice is shown until someone decides, so the report says so before anything is
    shared, and the inbox offers both levels by their labels, to choose, not to merge."""
    stick = tmp_path / "usb"
    stick.mkdir()
    first, second, meeting = _pair(tmp_path)
    person = participation.list_participants(first, meeting)[0].person_id
    people.update_person(first, person, anonymity="group_only")
    exchange(first, second)
    people.update_person(first, person, anonymity="anonymous")
    people.update_person(second, person, anonymity="named")
    synchronise(first, FolderTarget(stick, "stone dust and water"))
    report = synchronise(second, FolderTarget(stick, "stone dust and water"))
    assert any("Decide before sharing anything: 1 of them" in line for line in describe(second, report))
    [conflict] = [c for c in conflicts.list_conflicts(second) if c.field == "anonymity"]
    assert (conflict.shown_label, conflict.other_label, conflict.long_text) == ("Named", "Anonymous", False)
    with pytest.raises(UserError, match="not merged by hand"):  # a level typed by hand could be no level at all
        conflicts.resolve(second, conflict.id, "merged", "anoniem")
    conflicts.resolve(second, conflict.id, "kept_other")  # he asked not to be named
    exchange(first, second)
    exchange(first, second)
    assert {_person(laptop, person).anonymity for laptop in (first, second)} == {"anonymous"}
    assert [c for laptop in (first, second) for c in conflicts.list_conflicts(laptop) if c.field == "anonymity"] == []
    assert content_digest(first) == content_digest(second)


def test_a_choice_made_after_a_conflict_is_shown_alike_on_every_laptop(tmp_path: Path) -> None:
    """A and B choose at once (anonymous, group only); B's user then chooses named: that is shown, on B
    as on A, and a third laptop fed the same log agrees."""
    first, second, meeting = _pair(tmp_path)
    person = participation.list_participants(first, meeting)[0].person_id
    people.update_person(first, person, anonymity="named")
    exchange(first, second)
    people.update_person(first, person, anonymity="anonymous")
    people.update_person(second, person, anonymity="group_only")
    exchange(first, second)
    assert len({_person(laptop, person).anonymity for laptop in (first, second)}) == 1
    people.update_person(second, person, anonymity="named")
    exchange(first, second)
    exchange(first, second)
    third = replica(tmp_path / "c")
    merge(third, log_of(second))
    assert {_person(laptop, person).anonymity for laptop in (first, second, third)} == {"named"}
    assert content_digest(first) == content_digest(second)


def test_a_note_made_confidential_on_one_laptop_and_public_on_the_other_is_a_conflict_by_its_labels(
    tmp_path: Path,
) -> None:
    first, second, meeting = _pair(tmp_path)
    note = notes.add_note(first, meeting, notes.ParsedNote(body="The contractor takes a cut of every wage"))
    exchange(first, second)
    notes.edit_note(first, note.id, confidentiality="confidential")
    notes.edit_note(second, note.id, confidentiality="public")  # later, not knowing
    exchange(first, second)
    for laptop in (first, second):
        [conflict] = [c for c in conflicts.list_conflicts(laptop) if c.field == "confidentiality"]
        assert (conflict.shown_label, conflict.other_label) == ("Public", "Confidential")
        assert conflicts.touching_privacy(laptop, [conflict.id]) == 1


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


def test_the_command_points_to_the_window_where_both_withheld_versions_can_be_compared(tmp_path: Path) -> None:
    """Both versions read "[contact withheld]" and the command said nothing more: nothing to choose by."""
    from tests.cli import invoke

    first, _second, _person = _phones_typed_on_both(tmp_path, anonymity="anonymous")
    [conflict] = conflicts.list_conflicts(first)
    shown = invoke.run("conflict", conflict.id[:8], data_dir=first.directory)
    assert shown.returncode == 0 and "98000" not in shown.stdout
    assert "open File ▸ Conflicts to decide… in the window to compare them" in " ".join(shown.stdout.split())
