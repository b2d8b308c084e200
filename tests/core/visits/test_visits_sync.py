"""A visit recorded on one laptop reaches another through a sync folder whole: its checklist answers, its
conversation, its photo's bytes (photos are records, not files beside the data, so none goes missing) and
the ledger entry with its history."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PIL import Image
from sqlalchemy.orm.attributes import flag_modified

from facilitator.core.ledger import entries
from facilitator.core.models import ChecklistAnswer
from facilitator.core.participants import people
from facilitator.core.visits import conversations, photos, report, visits
from facilitator.sync import conflicts
from facilitator.sync.run import synchronise
from facilitator.sync.targets.folder import FolderTarget
from tests.sync.replicas import replica, roundtable

PASSPHRASE = "stone dust and water"


def test_a_visit_and_its_photo_travel_to_another_laptop(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    field, office = replica(tmp_path / "field"), replica(tmp_path / "office", skew_ms=40)
    try:
        meeting = roundtable(field).id
        supplier = people.create_person(field, "Site manager", organisation="Dabi Quarry Co").organisation_id
        visit = visits.plan(field, "Dabi quarry", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 12), "Asia/Kolkata",
                            meeting_id=meeting, supplier_organisation_id=supplier)  # fmt: skip
        visits.set_answer(field, visit.id, "toilets", answer="not_observed", note="Locked")
        talk = conversations.add_conversation(field, visit.id, "RH_WORKER", men=4, consent_notes=True)
        conversations.add_point(field, talk.id, "c: no water after noon #WASH")
        Image.new("RGB", (200, 150), (90, 140, 200)).save(tmp_path / "tank.jpg", "JPEG")
        photo = photos.add_photo(field, visit.id, tmp_path / "tank.jpg", "toilets", "Locked toilet")
        entry = entries.add(field, "Open the toilets", "Aditi", today=date(2024, 2, 1), owner_organisation_id=supplier,
                            meeting_id=meeting)  # fmt: skip
        entries.change_status(field, entry.id, "in_progress", "Aditi", "Key found", date(2024, 2, 2))
        synchronise(field, FolderTarget(stick, PASSPHRASE))
        synchronise(office, FolderTarget(stick, PASSPHRASE))
        assert photos.content(office, photo.id) == photos.content(field, photo.id)
        answers = {row.item.name: row for row in visits.answers(office, visit.id)}
        assert (answers["toilets"].answer, answers["toilets"].note) == ("not_observed", "Locked")
        (heard,) = conversations.rows(office, visit.id)
        assert [p.body for p in heard.points] == ["no water after noon"]
        assert [c.status for c in entries.history(office, entry.id)] == ["open", "in_progress"]
        assert visits.rows(office, meeting)[0].supplier == "Dabi Quarry Co"
    finally:
        field.close()
        office.close()


def test_a_visit_and_a_commitment_of_no_meeting_travel_with_the_people_they_name(tmp_path: Path) -> None:
    """A stand-alone visit names a supplier and an interpreter who take part in no meeting: both travel
    with it, so nothing waits forever on the other laptop for a parent that never comes."""
    stick = tmp_path / "usb"
    stick.mkdir()
    field, office = replica(tmp_path / "field"), replica(tmp_path / "office", skew_ms=40)
    try:
        roundtable(field)  # a meeting that names neither of them
        supplier = people.create_person(field, "Site manager", organisation="Budhpura Cobbles").organisation_id
        interpreter = people.create_person(field, "Meena Sharma").id
        visit = visits.plan(field, "Budhpura yard", datetime(2024, 2, 2, 9), datetime(2024, 2, 2, 12),
                            "Asia/Kolkata", supplier_organisation_id=supplier)  # fmt: skip
        visits.update(field, visit.id, interpreter_person_id=interpreter)
        talk = conversations.add_conversation(field, visit.id, "RH_WOMEN_WORKER", women=5, consent_notes=True)
        conversations.add_point(field, talk.id, "c: no shade at noon #WASH")
        entry = entries.add(field, "Build a rest shed", "Aditi", today=date(2024, 2, 2), owner_organisation_id=supplier)
        synchronise(field, FolderTarget(stick, PASSPHRASE))
        synchronise(office, FolderTarget(stick, PASSPHRASE))
        with office.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM sync_pending").scalar() == 0
        (row,) = [r for r in visits.rows(office) if r.id == visit.id]
        assert row.supplier == "Budhpura Cobbles"
        assert visits.get(office, visit.id).interpreter_person_id == interpreter
        (heard,) = conversations.rows(office, visit.id)
        assert [p.body for p in heard.points] == ["no shade at noon"]
        assert [c.status for c in entries.history(office, entry.id)] == ["open"]
    finally:
        field.close()
        office.close()


def test_an_answer_and_its_note_from_two_laptops_stay_a_pair_that_one_of_them_entered(tmp_path: Path) -> None:
    """The field team ticks "observed", the office (from a phone call) writes "not observed" with why, then
    the field team adds its note.  Merged field by field, the office's answer would stand beside the
    field's note: a record nobody entered.  An answer and its note travel together, so the newest edit
    gives both, and the other laptop's answer and note are kept to decide on."""
    stick = tmp_path / "usb"
    stick.mkdir()
    field, office = replica(tmp_path / "field"), replica(tmp_path / "office")
    try:
        visit = visits.plan(field, "Dabi quarry", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 12), "Asia/Kolkata")
        visits.set_answer(field, visit.id, "toilets", answer="partly")
        synchronise(field, FolderTarget(stick, PASSPHRASE))
        synchronise(office, FolderTarget(stick, PASSPHRASE))
        visits.set_answer(field, visit.id, "toilets", answer="observed")
        visits.set_answer(
            office, visit.id, "toilets", answer="not_observed", note="Locked, no key", note_for_supplier=True
        )
        visits.set_answer(field, visit.id, "toilets", note="Clean, with water")
        for laptop in (field, office, field):
            synchronise(laptop, FolderTarget(stick, PASSPHRASE))
        for laptop in (field, office):
            answers = {row.item.name: row for row in visits.answers(laptop, visit.id)}
            assert (answers["toilets"].answer, answers["toilets"].note) == ("observed", "Clean, with water")
            assert not answers["toilets"].note_for_supplier  # the office chose its own note for the supplier
        kept = {c.field: (c.shown, c.other) for c in conflicts.list_conflicts(office)}
        assert kept == {"answer": ("observed", "not_observed"), "note": ("Clean, with water", "Locked, no key")}
        # Said as the visit names it, not "Answer of not_observed" and "note: Clean, with water".
        toilets = next(row.item.label for row in visits.answers(office, visit.id) if row.item.name == "toilets")
        said = {(c.field_label, c.record_label, c.other_label) for c in conflicts.list_conflicts(office)}
        assert said == {
            ("Answer", f"Dabi quarry · {toilets}", "Not observed"),
            ("Note", f"Dabi quarry · {toilets}", "Locked, no key"),
        }
    finally:
        field.close()
        office.close()


def test_the_other_laptops_note_taken_in_a_conflict_does_not_take_this_ones_tick(tmp_path: Path) -> None:
    """The office kept "Asked off-site, see the conversation" internal; the field ticked its own note for
    the supplier.  Taking the office's note in the conflict left the field's tick on it, and the
    supplier's report printed it."""
    stick = tmp_path / "usb"
    stick.mkdir()
    field, office = replica(tmp_path / "field", skew_ms=40), replica(tmp_path / "office")  # the field's is newer
    try:
        visit = visits.plan(field, "Dabi quarry", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 12), "Asia/Kolkata")
        for laptop in (field, office):
            synchronise(laptop, FolderTarget(stick, PASSPHRASE))
        visits.set_answer(
            office, visit.id, "toilets", answer="not_observed", note="Asked off-site, see the conversation"
        )
        visits.set_answer(field, visit.id, "toilets", answer="not_observed", note="Locked", note_for_supplier=True)
        for laptop in (field, office, field):
            synchronise(laptop, FolderTarget(stick, PASSPHRASE))
        [conflict] = [c for c in conflicts.list_conflicts(office) if c.field == "note"]
        assert (conflict.shown, conflict.other) == ("Locked", "Asked off-site, see the conversation")
        conflicts.resolve(office, conflict.id, "kept_other")
        answer = {row.item.name: row for row in visits.answers(office, visit.id)}["toilets"]
        assert answer.note == conflict.other and not answer.note_for_supplier  # chosen again, if at all
        shown = report.build(office, visit.id, report.ReportAudience.SUPPLIER).answers
        assert "Asked off-site, see the conversation" not in [line.note for line in shown]
    finally:
        field.close()
        office.close()


def test_a_note_from_a_laptop_of_the_earlier_version_does_not_keep_the_tick_of_the_note_before(
    tmp_path: Path,
) -> None:
    """A laptop not yet updated logs a note without its tick: merged field by field, its note kept the
    tick the updated laptop gave the note before, and the supplier's report printed it."""
    stick = tmp_path / "usb"
    stick.mkdir()
    updated, earlier = replica(tmp_path / "updated"), replica(tmp_path / "earlier", skew_ms=40)
    try:
        visit = visits.plan(updated, "Dabi quarry", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 12), "Asia/Kolkata")
        visits.set_answer(updated, visit.id, "toilets", answer="not_observed", note="Locked")
        for laptop in (updated, earlier):
            synchronise(laptop, FolderTarget(stick, PASSPHRASE))
        visits.set_answer(updated, visit.id, "toilets", note_for_supplier=True)
        with earlier.session() as session:  # as the earlier version's set_answer logs it: answer and note
            record = session.get(ChecklistAnswer, visits.answer_id(visit.id, "toilets"))
            record.note = "Asked off-site, see the conversation"
            flag_modified(record, "answer")
            flag_modified(record, "note")
        for laptop in (earlier, updated):
            synchronise(laptop, FolderTarget(stick, PASSPHRASE))
        answer = {row.item.name: row for row in visits.answers(updated, visit.id)}["toilets"]
        assert (answer.note, answer.note_for_supplier) == ("Asked off-site, see the conversation", False)
        # The tick given after the newest note stands.
        visits.set_answer(updated, visit.id, "toilets", note_for_supplier=True)
        synchronise(updated, FolderTarget(stick, PASSPHRASE))
        assert {row.item.name: row for row in visits.answers(updated, visit.id)}["toilets"].note_for_supplier
    finally:
        updated.close()
        earlier.close()
