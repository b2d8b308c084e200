"""Conversations as a delegation records them, and encrypted data as its user meets it: the passphrase at
start, the recovery key kept before the first conversation is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.core.meetings import create
from facilitator.core.store import cipher, keys
from facilitator.core.visits import conversations, visits
from facilitator.ui.ops import Ops
from facilitator.ui.visits import conversation as conversation_ui
from facilitator.ui.visits.conversation import NewConversationDialog
from facilitator.ui.visits.encryption import PassphraseDialog, RecoveryKeyDialog
from facilitator.ui.visits.section import VisitsSection

PASSPHRASE = "stone dust and water"


def section_on(qtbot, db: Database, visit_id: str, meeting_id: str) -> VisitsSection:
    """The Conversations tab of the visit, in the Visits section of the meeting, as the window shows it."""
    section = VisitsSection(Ops(db))
    qtbot.addWidget(section)
    section.resize(1100, 650)
    section.show()
    section.set_meeting(meeting_id)
    page = section.visits
    page.table.setCurrentIndex(page.model.index(page.model.row_of(visit_id), 0))
    page.tabs.setCurrentWidget(page.conversations)
    return section


def answer_dialog(monkeypatch, women: int, men: int, management: bool = False) -> None:
    def fill(dialog: NewConversationDialog) -> int:
        form = dialog.form
        form.group.setCurrentIndex(form.group.findData("RH_WOMEN_WORKER"))
        form.women.setValue(women)
        form.men.setValue(men)
        form.management.setChecked(management)
        assert form.management_warning.isVisibleTo(dialog) == management
        return dialog.DialogCode.Accepted

    monkeypatch.setattr(NewConversationDialog, "exec", fill)


def test_the_form_has_no_name_field_and_warns_when_management_is_present(qtbot, demo_db: Database) -> None:
    dialog = NewConversationDialog(Ops(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    names = {w.accessibleName() for w in dialog.findChildren(conversation_ui.QWidget)}
    assert not any("name" in name.lower() for name in names)
    assert not dialog.form.management_warning.isVisibleTo(dialog)
    dialog.form.management.setChecked(True)
    assert dialog.form.management_warning.isVisibleTo(dialog)


def test_a_conversation_and_its_points_are_recorded_and_a_point_becomes_a_finding(
    qtbot, demo_db: Database, monkeypatch, refusals: list[str]
) -> None:
    visit = visits.rows(demo_db, MEETING_ID)[1]
    section = section_on(qtbot, demo_db, visit.id, MEETING_ID)
    panel = section.visits.conversations
    before = panel.list.count()
    answer_dialog(monkeypatch, women=6, men=0)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == before + 1
    made = conversations.rows(demo_db, visit.id)[-1]
    assert (made.group, made.women, made.men, made.consent_notes) == ("RH_WOMEN_WORKER", 6, 0, True)
    assert panel.current_id() == made.id
    qtbot.keyClicks(panel.entry, "c: no toilet for women at the yard #WASH")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    assert panel.points.count() == 1 and panel.entry.text() == ""
    assert "[Water and sanitation]" in panel.points.item(0).text()
    qtbot.keyClicks(panel.entry, '" we go to the field')
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    assert refusals == ["The group did not consent to quotes: write it as a point, in your own words."]
    assert panel.entry.text() == '" we go to the field'
    panel.points.setCurrentRow(0)
    panel.severity.setCurrentIndex(panel.severity.findData("high"))
    finding_made = []
    panel.finding_made.connect(lambda: finding_made.append(True))
    qtbot.mouseClick(panel.finding_button, Qt.MouseButton.LeftButton)
    assert finding_made
    from facilitator.core.visits import findings

    heard = [r for r in findings.register(demo_db, visit_id=visit.id) if r.from_point]
    assert any(r.title == "no toilet for women at the yard" and r.severity == "high" for r in heard)


def test_a_refused_conversation_comes_back_as_typed_and_is_saved_once_mended(
    qtbot, demo_db: Database, monkeypatch, refusals: list[str]
) -> None:
    visit = visits.rows(demo_db, MEETING_ID)[1]
    section = section_on(qtbot, demo_db, visit.id, MEETING_ID)
    panel = section.visits.conversations
    before = len(conversations.rows(demo_db, visit.id))
    shown: list[tuple[str, str]] = []

    def fill(dialog: NewConversationDialog) -> int:
        form = dialog.form
        shown.append((form.group.currentData(), form.language.currentData()))
        if len(shown) == 1:  # nobody counted: refused
            form.group.setCurrentIndex(form.group.findData("RH_WOMEN_WORKER"))
            form.language.setCurrentIndex(form.language.findData("hi"))
        else:
            form.women.setValue(4)
        return dialog.DialogCode.Accepted

    monkeypatch.setattr(NewConversationDialog, "exec", fill)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert len(refusals) == 1
    assert shown == [("", ""), ("RH_WOMEN_WORKER", "hi")]  # it opened on "Not recorded", then as typed
    made = conversations.rows(demo_db, visit.id)
    assert len(made) == before + 1
    assert (made[-1].group, made[-1].women, made[-1].language) == ("RH_WOMEN_WORKER", 4, "hi")


def test_a_visit_without_conversations_shows_no_earlier_visits_setting(qtbot, demo_db: Database) -> None:
    from datetime import datetime

    visit = next(v for v in visits.rows(demo_db, MEETING_ID) if conversations.rows(demo_db, v.id))
    section = section_on(qtbot, demo_db, visit.id, MEETING_ID)
    form = section.visits.conversations.form
    assert form.women.value() + form.men.value() > 0 and form.group.currentIndex() > 0
    empty = visits.plan(demo_db, "Quarry gate", datetime(2023, 10, 25, 9), datetime(2023, 10, 25, 12),
                        "Asia/Kolkata", meeting_id=MEETING_ID)  # fmt: skip
    page = section.visits
    page.reload(empty.id)
    assert page.current_id() == empty.id
    assert (form.women.value(), form.men.value(), form.group.currentIndex(), form.management.isChecked()) == (
        0, 0, 0, False,
    )  # fmt: skip
    assert not form.isEnabled()


def test_a_setting_changed_in_the_form_is_saved_and_undone(qtbot, demo_db: Database) -> None:
    visit = visits.rows(demo_db, MEETING_ID)[0]
    section = section_on(qtbot, demo_db, visit.id, MEETING_ID)
    panel = section.visits.conversations
    conversation_id = panel.current_id()
    panel.form.consent_quotes.setChecked(True)
    assert conversations.get(demo_db, conversation_id).consent_quotes is True
    panel.ops.undo_stack.undo()
    assert conversations.get(demo_db, conversation_id).consent_quotes is False
    assert not panel.form.consent_quotes.isChecked()


def test_someone_added_to_the_register_meanwhile_can_be_chosen_as_interpreter(qtbot, demo_db: Database) -> None:
    """The visit stays open while the register grows: the interpreter list is read again, not kept."""
    from facilitator.ui.ops import participants as participant_ops

    visit = visits.rows(demo_db, MEETING_ID)[0]
    section = section_on(qtbot, demo_db, visit.id, MEETING_ID)
    form = section.visits.conversations.form
    assert form.interpreter.findText("Kavita Meena") == -1
    person_id = participant_ops.add_person(section.ops, "Kavita Meena")  # as the Register does, announced
    assert person_id and form.interpreter.findData(person_id) == -1  # not known to interpret, yet
    participant_ops.update_person(section.ops, person_id, "Kavita Meena", {"stakeholder_group": "INTERPRETER"})
    assert form.interpreter.findData(person_id) > 0
    assert form.interpreter.itemText(form.interpreter.findData(person_id)) == "Kavita Meena"
    choice = form.interpreter.findData(person_id)
    form.interpreter.setCurrentIndex(choice)
    form.interpreter.activated.emit(choice)
    conversation_id = section.visits.conversations.current_id()
    assert conversations.get(demo_db, conversation_id).interpreter_person_id == person_id


def _offered(combo) -> list[str]:
    return [combo.itemText(number) for number in range(combo.count())]


def test_only_people_who_interpret_are_offered_as_interpreter(qtbot, demo_db: Database) -> None:
    """Workers who asked to stay anonymous, and the quarry owner, are in the register but interpret for
    no one; an interpreter's place in a meeting makes a local NGO's coordinator one."""
    from facilitator.core.participants import participation
    from facilitator.core.participants.people import list_register

    visit = visits.rows(demo_db, MEETING_ID)[0]
    section = section_on(qtbot, demo_db, visit.id, MEETING_ID)
    form = section.visits.conversations.form
    details = section.visits.details
    assert _offered(form.interpreter) == _offered(details.interpreter) == ["No interpreter", "Neha Joshi"]
    assert form.interpreter.currentText() == "Neha Joshi"  # the demo conversation's, as recorded
    register = {row.name: row for row in list_register(demo_db)}
    assert register["Kamla Devi"].anonymity == "anonymous" and register["Ramesh Choudhary"].role == "Quarry owner"
    [coordinator] = [row for row in participation.list_participants(demo_db, MEETING_ID) if row.name == "Priya Sharma"]
    participation.update_participation(demo_db, coordinator.participation_id, role="interpreter")
    section.visits.reload()
    assert _offered(form.interpreter) == ["No interpreter", "Neha Joshi", "Priya Sharma"]


def test_an_interpreter_recorded_before_stays_shown(qtbot, demo_db: Database) -> None:
    """A conversation whose interpreter is no longer one (or never was) still shows who was recorded."""
    from facilitator.core.participants.people import list_register

    visit = visits.rows(demo_db, MEETING_ID)[0]
    [talk, *_] = conversations.rows(demo_db, visit.id)
    driller = next(row for row in list_register(demo_db) if row.name == "Ramprasad Gurjar")
    conversations.update(demo_db, talk.id, interpreter_person_id=driller.id)
    section = section_on(qtbot, demo_db, visit.id, MEETING_ID)
    form = section.visits.conversations.form
    assert form.interpreter.currentText() == "Ramprasad Gurjar"
    assert "Kamla Devi" not in _offered(form.interpreter)


@pytest.fixture
def encrypted(new_database, tmp_path: Path, light_encryption: None) -> Path:
    folder = tmp_path / "locked"
    database = new_database(folder)
    database.close()
    cipher.encrypt(folder, PASSPHRASE)
    keys.forget(folder)
    return folder


def test_a_wrong_passphrase_is_said_plainly_and_the_right_one_opens_the_data(qtbot, encrypted: Path) -> None:
    dialog = PassphraseDialog(encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.secret, "not the passphrase")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.isVisible() and not cipher.is_unlocked(encrypted)
    assert "does not open this data" in dialog.message.text() and "Try again" in dialog.message.text()
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert cipher.is_unlocked(encrypted)
    Database.open(encrypted).close()


def test_the_first_conversation_on_encrypted_data_waits_for_the_recovery_key(
    qtbot, encrypted: Path, monkeypatch, refusals: list[str], tmp_path: Path
) -> None:
    from datetime import datetime

    cipher.unlock(encrypted, PASSPHRASE)
    db = Database.open(encrypted)
    meeting = create(db, "Roundtable", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17), "Asia/Kolkata")
    visit = visits.plan(db, "Dabi quarry", datetime(2026, 3, 1, 9), datetime(2026, 3, 1, 12), "Asia/Kolkata")
    section = section_on(qtbot, db, visit.id, meeting.id)
    panel = section.visits.conversations
    answer_dialog(monkeypatch, women=2, men=3)
    shown: list[str] = []

    def put_off(dialog: RecoveryKeyDialog) -> int:
        shown.append(dialog.code)
        return dialog.DialogCode.Rejected

    monkeypatch.setattr(RecoveryKeyDialog, "exec", put_off)

    def prove(proof: PassphraseDialog) -> int:
        proof.secret.setText(PASSPHRASE)
        proof.try_unlock()
        return proof.result()

    monkeypatch.setattr(PassphraseDialog, "exec", prove)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and conversations.rows(db, visit.id) == []

    def type_back_wrong_then_export(dialog: RecoveryKeyDialog) -> int:
        dialog.typed.setText("AAAA-BBBB")
        dialog.confirm_typed()
        assert refusals[-1] == "That is not this data's recovery key."
        monkeypatch.setattr(
            "facilitator.ui.visits.encryption.QFileDialog.getSaveFileName",
            lambda *a, **k: (str(tmp_path / "key.txt"), ""),
        )
        dialog.export()
        return dialog.result()

    monkeypatch.setattr(RecoveryKeyDialog, "exec", type_back_wrong_then_export)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    kept = (tmp_path / "key.txt").read_text(encoding="utf-8")
    assert cipher.read_envelope(encrypted).recovery_kept
    assert len([r for r in conversations.rows(db, visit.id)]) == 1
    code = next(line for line in kept.splitlines() if cipher.recovery_form(line))
    db.close()
    keys.forget(encrypted)
    cipher.unlock(encrypted, code)  # the exported key opens the data
    assert cipher.is_unlocked(encrypted)


def test_giving_up_at_the_passphrase_opens_nothing(qtbot, encrypted: Path, monkeypatch) -> None:
    from facilitator.ui.visits import encryption
    from facilitator.ui.workspace import Workspace

    behind = Workspace()  # the window's, shown behind the question
    qtbot.addWidget(behind)
    said: list[str] = []
    monkeypatch.setattr(PassphraseDialog, "exec", lambda dialog: said.append(behind.hint.text()) or 0)
    assert encryption.unlock_at_start(encrypted, locked=behind.show_locked) is False
    assert not cipher.is_unlocked(encrypted)
    assert said == ["The data is encrypted. Its meetings are shown once the passphrase is given."]  # not "create one"
    cipher.unlock(encrypted, PASSPHRASE)
    assert encryption.unlock_at_start(encrypted) is True  # once unlocked, nothing is asked


def test_an_encryption_stopped_half_way_is_finished_once_the_passphrase_is_given(
    qtbot, new_database, tmp_path: Path, light_encryption: None, monkeypatch
) -> None:
    """The window opened such data with no word, its backups still in the clear on the disk."""
    from facilitator.core.store.connect import is_plain
    from facilitator.ui.visits import encryption

    folder = tmp_path / "half"
    database = new_database(folder)
    for _ in range(3):
        database.backup()
    database.close()

    class PoweredOff(Exception):
        pass

    def off_after_the_first(done: int, _total: int, _path: Path) -> None:
        if done == 1:
            raise PoweredOff

    with pytest.raises(PoweredOff):
        cipher.encrypt(folder, PASSPHRASE, progress=off_after_the_first)
    keys.forget(folder)
    assert cipher.interrupted(folder) == "encrypting" and sum(map(is_plain, cipher.files_of(folder))) == 3

    def type_the_passphrase(dialog: PassphraseDialog) -> int:
        dialog.secret.setText(PASSPHRASE)
        dialog.try_unlock()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", type_the_passphrase)
    assert encryption.unlock_at_start(folder) is True
    assert not cipher.interrupted(folder) and not any(map(is_plain, cipher.files_of(folder)))
    assert not cipher.read_envelope(folder).recovery_kept  # kept before conversations, as for any such data
    Database.open(folder).close()


def test_the_new_conversation_dialog_shows_its_choices_whole_in_dutch(qtbot, demo_db: Database) -> None:
    """Beside the list the choices are narrow; in the dialog "Buiten de werkplek" was cut to "Buiten de werkp"."""
    from facilitator.ui.i18n import install_translator

    install_translator("nl")
    try:
        dialog = NewConversationDialog(Ops(demo_db))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for combo in (dialog.form.location, dialog.form.interviewer):
            room = combo.width() - combo.style().pixelMetric(combo.style().PixelMetric.PM_ScrollBarExtent) - 8
            widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(n)) for n in range(combo.count()))
            assert widest <= room, [combo.itemText(n) for n in range(combo.count())]
    finally:
        install_translator("en")


def test_unticking_consent_to_notes_with_points_kept_is_refused_and_the_box_ticked_again(
    qtbot, demo_db: Database
) -> None:
    visit = visits.rows(demo_db, MEETING_ID)[0]
    section = section_on(qtbot, demo_db, visit.id, MEETING_ID)
    refusals: list[str] = []
    section.ops.show_error = refusals.append
    panel = section.visits.conversations
    conversation_id = panel.current_id()
    assert conversations.get(demo_db, conversation_id).consent_notes and panel.form.consent_notes.isChecked()
    panel.form.consent_notes.setChecked(False)
    assert refusals == ["This conversation has points; delete them before taking the consent to notes back."]
    assert conversations.get(demo_db, conversation_id).consent_notes is True
    assert panel.form.consent_notes.isChecked()


def test_the_management_warning_of_a_new_conversation_shows_whole(qtbot, demo_db: Database) -> None:
    """Ticked, the warning was cut off mid-sentence: the dialog kept the height it opened with."""
    dialog = NewConversationDialog(Ops(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.form.management.setChecked(True)
    warning = dialog.form.management_warning
    qtbot.waitUntil(lambda: warning.height() >= warning.heightForWidth(warning.width()), timeout=2000)
    assert warning.mapTo(dialog, warning.rect().bottomLeft()).y() < dialog.height()
