"""The Minutes section as a facilitator uses it: review an item, choose where a note goes, undo, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import paths
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.live.notes import ParsedNote, add_note
from facilitator.core.minutes import review, versions
from facilitator.core.minutes.content import gather
from facilitator.ui.minutes.section import MinutesSection
from facilitator.ui.ops import Ops
from facilitator.ui.ops import agenda as agenda_ops
from facilitator.ui.ops import minutes as minutes_ops
from facilitator.ui.settings import Settings
from tests.ui.windows import shown_window

SITE_VISITS = demo_id("agenda/2")


@pytest.fixture
def section(qtbot, demo_db: Database, tmp_path: Path) -> MinutesSection:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.minutes_folder = str(tmp_path / "out")
    section = MinutesSection(Ops(demo_db, settings=settings))
    section.opened = []
    section.opener = section.opened.append
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    qtbot.waitExposed(section)
    section.set_meeting(MEETING_ID)
    return section


def _choose_item(section: MinutesSection, item_id: str) -> None:
    for row in range(section.items.count()):
        if section.items.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
            section.items.setCurrentRow(row)
            return
    raise AssertionError(item_id)


def _summary(db: Database, audience: str = "internal") -> str:
    return next(i["summary"] for i in gather(db, MEETING_ID, audience)["items"] if i["id"] == SITE_VISITS)


def test_breaks_are_not_reviewed_and_every_other_item_is_listed(section: MinutesSection) -> None:
    titles = [section.items.item(row).text() for row in range(section.items.count())]
    assert not any("Tea break" in title or "Lunch" in title for title in titles)
    assert any("What we saw on the site visits" in title for title in titles)


def test_a_summary_typed_and_left_is_saved_and_undone(qtbot, section: MinutesSection) -> None:
    _choose_item(section, SITE_VISITS)
    field = section.fields["summary"]
    field.setFocus()
    qtbot.keyClicks(field, "Dust and water came first.")
    section.satisfied.setFocus()  # leaving the field commits it
    QApplication.processEvents()
    assert _summary(section.ops.db) == "Dust and water came first."
    assert "Dust and water came first." in section.preview.toPlainText()
    section.ops.undo_stack.undo()
    assert _summary(section.ops.db) == ""


@pytest.mark.usefixtures("short_typing_pause")
def test_a_summary_is_saved_at_each_pause_in_the_typing_and_undone_as_one(qtbot, section: MinutesSection) -> None:
    """What was typed is in the data before the field is left, so a crash or a flat battery loses at most
    the last moments; the saves of one stretch of typing are taken back by one undo."""
    _choose_item(section, SITE_VISITS)
    field = section.fields["summary"]
    field.setFocus()
    qtbot.keyClicks(field, "Dust and water")
    qtbot.waitUntil(lambda: _summary(section.ops.db) == "Dust and water", timeout=5000)
    assert field.hasFocus() and field.textCursor().position() == len("Dust and water")
    qtbot.keyClicks(field, " came first.")
    qtbot.waitUntil(lambda: _summary(section.ops.db) == "Dust and water came first.", timeout=5000)
    assert field.toPlainText() == "Dust and water came first." and field.hasFocus()
    assert section.ops.undo_stack.count() == 1
    section.ops.undo_stack.undo()
    assert _summary(section.ops.db) == ""


def _make_public(section: MinutesSection, starting: str) -> None:
    row = next(n for n, note in enumerate(section._item()["notes"]) if note["body"].startswith(starting))
    level = section.notes.cellWidget(row, 1)
    level.setCurrentIndex(level.findData("public"))


def test_start_from_the_notes_drafts_the_summary(section: MinutesSection) -> None:
    _choose_item(section, SITE_VISITS)
    _make_public(section, "Audits found the quarries compliant")
    section.draft_button.click()
    assert "Audits found the quarries compliant" in _summary(section.ops.db)


def test_start_from_the_notes_takes_only_what_the_public_minutes_show(section: MinutesSection) -> None:
    """The draft took every note of the item, the confidential concern about masks with them, and the
    summary is printed in the public minutes: the concern was in the public PDF."""
    _choose_item(section, SITE_VISITS)
    typed = "Typed before drafting."
    minutes_ops.edit_item(section.ops, MEETING_ID, SITE_VISITS, {"summary": typed})
    section.draft_button.click()  # nothing of the item is public yet: what was typed stays
    assert _summary(section.ops.db) == typed
    notes = [note for note in section._item()["notes"] if note["kind"] in ("point", "concern", "question", "note")]
    assert section.status.text().startswith(f"{len(notes)} notes of this item are not in the draft")
    _make_public(section, "Audits found the quarries compliant")
    section.draft_button.click()
    drafted = _summary(section.ops.db, "public")
    assert "Audits found the quarries compliant" in drafted and "mask" not in drafted.lower()
    assert "mask" not in _summary(section.ops.db, "internal").lower()
    assert section.status.text().startswith(f"{len(notes) - 1} note")


def test_a_summary_is_edited_as_typed_and_not_as_the_minutes_screen_it(qtbot, section: MinutesSection) -> None:
    """The field showed the internal minutes' version, "[Migrant workers] and [Worker committees] asked
    ...", and an edit stored it: the names were lost, and the labels of groups of one person reached the
    public minutes."""
    typed = "Arjun Majhi and Bhanwar Lal Bheel asked for ID cards."
    minutes_ops.edit_item(section.ops, MEETING_ID, SITE_VISITS, {"summary": typed})
    _choose_item(section, SITE_VISITS)
    field = section.fields["summary"]
    assert field.toPlainText() == typed
    field.moveCursor(QTextCursor.MoveOperation.End)
    field.setFocus()
    qtbot.keyClicks(field, " Agreed.")
    section.satisfied.setFocus()
    QApplication.processEvents()
    with section.ops.db.session() as session:
        assert review.item_reviews(session, MEETING_ID)[SITE_VISITS].summary == typed + " Agreed."
    public = _summary(section.ops.db, "public")
    assert "Arjun" not in public and "Bhanwar" not in public and "[Migrant workers]" not in public
    assert public.endswith("asked for ID cards. Agreed.")


def test_a_note_can_be_left_out_of_the_minutes(section: MinutesSection) -> None:
    _choose_item(section, SITE_VISITS)
    combo = section.notes.cellWidget(0, 2)
    note_id = section._item()["notes"][0]["id"]
    combo.setCurrentIndex(combo.findData("omit"))
    assert note_id not in {n["id"] for i in gather(section.ops.db, MEETING_ID, "internal")["items"] for n in i["notes"]}
    section.ops.undo_stack.undo()
    assert note_id in {n["id"] for i in gather(section.ops.db, MEETING_ID, "internal")["items"] for n in i["notes"]}


def test_the_public_preview_names_nobody(section: MinutesSection) -> None:
    section.audience.setCurrentIndex(section.audience.findData("public"))
    text = section.preview.toPlainText()
    assert "Joost van Dijk" not in text and "Ramesh Choudhary" not in text
    assert "Supplier management" in text
    section.audience.setCurrentIndex(section.audience.findData("internal"))
    assert "Ramesh Choudhary" in section.preview.toPlainText()


def test_the_preview_reads_in_the_language_chosen_for_the_labels(section: MinutesSection) -> None:
    """The preview kept the window's words while the PDF took the chosen language's."""
    section.audience.setCurrentIndex(section.audience.findData("public"))
    section.language.setCurrentIndex(section.language.findData("nl"))
    text = section.preview.toPlainText()
    assert "Actieplan" in text and "Leveranciersmanagement" in text
    assert "Action plan" not in text and "Supplier management" not in text
    section.language.setCurrentIndex(section.language.findData("en"))
    assert "Action plan" in section.preview.toPlainText()


def test_export_pdf_writes_in_the_background_and_opens_the_file(qtbot, section: MinutesSection) -> None:
    section.audience.setCurrentIndex(section.audience.findData("public"))
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    assert not section.export_button.isEnabled()  # while the thread works
    qtbot.waitUntil(lambda: section.run is None, timeout=20000)
    assert section.opened and isinstance(section.opened[0], QUrl)
    written = Path(section.opened[0].toLocalFile())
    assert written.parent == Path(section.settings.minutes_folder)
    assert "PUBLIC" in pypdf.PdfReader(written).pages[0].extract_text()
    assert section.settings.minutes_audience == "public"


def answer_issue_box(button: str, seen: list[str] | None = None, then: Callable[[], None] | None = None) -> None:
    """Answer the question before a version is issued as a user would: with the button named ``button``
    (and ``then`` in the dialog that follows it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        if seen is not None:
            seen.append(f"{box.text()}\n{box.informativeText()}\n{box.defaultButton().text()}")
        if then is not None:
            QTimer.singleShot(0, then)
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, answer)


def test_issuing_asks_first_then_freezes_a_version(section: MinutesSection) -> None:
    seen: list[str] = []
    answer_issue_box("Cancel", seen)
    section.issue_button.click()
    assert versions.versions(section.ops.db, MEETING_ID) == []  # a slip of the mouse issues nothing
    text = seen[0]
    assert "An issued version is final" in text and "The meeting is still marked Live" in text
    assert "agenda items are not reviewed yet" in text and text.endswith("Cancel")  # unready: Cancel is the default
    unticked = [section.items.item(n) for n in range(section.items.count())]
    unticked = [entry for entry in unticked if not entry.text().startswith("✓")]
    assert f"{len(unticked)} agenda items are not reviewed yet" in text  # the items the review lists unticked
    answer_issue_box("Issue version 1")
    section.issue_button.click()
    assert [v.number for v in versions.versions(section.ops.db, MEETING_ID)] == [1]
    assert section.version_label.text() == "Version 1"
    # Pressed again with nothing changed: said at once, without asking the two questions first.
    section.issue_button.click()
    assert section.status.text() == "Nothing has changed since version 1; it stays the current one."
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_later_version_asks_what_changed_and_a_number_issued_on_two_laptops_is_said(
    section: MinutesSection,
) -> None:
    from PySide6.QtWidgets import QApplication, QInputDialog

    from facilitator.core.minutes import review
    from facilitator.core.models import MinutesVersion

    answer_issue_box("Issue version 1")
    section.issue_button.click()
    review.edit_item(section.ops.db, SITE_VISITS, summary="The buyers saw dry drilling at two quarries.")
    section.load()
    assert section.version_label.text() == "Draft, changed since version 1"
    asked = []

    def answer() -> None:
        question = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible())
        asked.append(question.labelText())
        question.setTextValue("The site visits' summary added")
        question.accept()

    seen: list[str] = []
    answer_issue_box("Issue version 2", seen, then=answer)  # the meeting is still live: asked first, Cancel default
    section.issue_button.click()
    assert seen[0].endswith("Cancel") and "still marked Live" in seen[0]
    assert "What changed since version 1?" in asked[0]
    issued = versions.versions(section.ops.db, MEETING_ID)
    assert [(v.number, v.reason) for v in issued] == [(1, ""), (2, "The site visits' summary added")]
    assert section.clash.isHidden()
    with section.ops.db.session() as session:  # as a sync brings the version 2 another laptop issued
        other = MinutesVersion(id="other-v2", meeting_id=MEETING_ID, number=2, issued_at=issued[-1].issued_at,
                               reason="", content=issued[-1].content, fingerprint="f" * 64,
                               public_fingerprint="e" * 64)  # fmt: skip
        session.add(other)
    section.load()
    assert (
        not section.clash.isHidden() and "Version 2 of these minutes was issued on two laptops" in section.clash.text()
    )


def test_a_follow_up_sheet_takes_the_groups_language(section: MinutesSection) -> None:
    section.group.setCurrentIndex(section.group.findData("RH_WOMEN_WORKER"))
    assert section.language.currentData() == "hi"
    assert not section.audience.isEnabled()


def test_absence_reasons_and_reporting_back_are_saved_and_undone(qtbot, section: MinutesSection) -> None:
    section.pages.setCurrentIndex(1)
    field = section.absence["RH_MIGRANT"]
    field.setFocus()
    qtbot.keyClicks(field, "Could not leave work on a weekday.")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    absent = gather(section.ops.db, MEETING_ID, "public")["attendance"]["absent_groups"]
    assert {"group": "RH_MIGRANT", "reason": "Could not leave work on a weekday."} in absent
    section.follow_up.setFocus()
    qtbot.keyClicks(section.follow_up, "Read out in Budhpura within two weeks.")
    section.distribution.setFocus()
    QApplication.processEvents()
    assert gather(section.ops.db, MEETING_ID, "public")["follow_up"]["how"] == "Read out in Budhpura within two weeks."
    section.ops.undo_stack.undo()
    assert gather(section.ops.db, MEETING_ID, "public")["follow_up"]["how"] == ""


def test_saving_one_absence_reason_keeps_the_next_field_to_type_in(qtbot, section: MinutesSection) -> None:
    section.pages.setCurrentIndex(1)
    first, second = list(section.absence.values())[:2]
    first.setFocus()
    qtbot.keyClicks(first, "Harvest week.")
    second.setFocus()  # Tab to the next reason: the first one is saved on leaving it
    first.editingFinished.emit()
    QApplication.processEvents()
    assert list(section.absence.values())[1] is second
    qtbot.keyClicks(second, "Not told in time.")
    assert second.text() == "Not told in time."


def test_loading_gathers_the_internal_minutes_once_for_the_form_and_the_preview(section, monkeypatch) -> None:
    gathered: list[str] = []
    real = versions.current

    def counted(db, meeting_id, audience):
        gathered.append(audience)
        return real(db, meeting_id, audience)

    monkeypatch.setattr(versions, "current", counted)
    section.audience.setCurrentIndex(section.audience.findData("internal"))
    gathered.clear()
    section.load()
    assert gathered == ["internal"]
    section.audience.setCurrentIndex(section.audience.findData("public"))
    gathered.clear()
    section.load()
    assert gathered == ["internal", "public"]


def _minutes_in_window(application) -> MinutesSection:
    application.window.meetings.reload(MEETING_ID)
    return application.window.workspace.show_section(MinutesSection)


def test_the_choices_stay_with_a_portable_data_dir(qtbot, demo_db: Database) -> None:
    """Opened on a data dir chosen on the command line, the window keeps its settings in that dir: the
    audience and label language chosen in the Minutes are there too, and there when it opens again."""
    data_dir = demo_db.directory
    with shown_window(demo_db, Settings.kept_in(data_dir)) as application:
        section = _minutes_in_window(application)
        section.audience.setCurrentIndex(section.audience.findData("public"))
        section.language.setCurrentIndex(section.language.findData("hi"))
    text = paths.settings_path(data_dir).read_text(encoding="utf-8")
    assert "audience=public" in text and "language=hi" in text
    with shown_window(demo_db, Settings.kept_in(data_dir)) as application:
        section = _minutes_in_window(application)
        assert (section.audience.currentData(), section.language.currentData()) == ("public", "hi")


def test_an_item_deleted_from_the_agenda_keeps_its_notes_here_until_undo_brings_it_back(
    qtbot, section: MinutesSection
) -> None:
    def titles() -> list[str]:
        return [section.items.item(row).text() for row in range(section.items.count())]

    assert agenda_ops.delete_item(section.ops, MEETING_ID, SITE_VISITS)
    assert "What we saw on the site visits (removed from the agenda)" in titles()
    _choose_item(section, SITE_VISITS)
    assert section.notes.rowCount() > 0 and section.item_hint.isVisibleTo(section)
    assert not section.fields["summary"].isEnabled() and not section.draft_button.isEnabled()
    section.ops.undo_stack.undo()
    assert "3. What we saw on the site visits" in titles()
    _choose_item(section, SITE_VISITS)
    assert section.fields["summary"].isEnabled() and not section.item_hint.isVisibleTo(section)


def test_a_break_is_listed_for_review_once_something_was_noted_in_it(section: MinutesSection) -> None:
    def titles() -> list[str]:
        return [section.items.item(row).text() for row in range(section.items.count())]

    assert "4. Tea break" not in titles()
    body = "The drillers said the masks tear."
    add_note(section.ops.db, MEETING_ID, ParsedNote(body=body, kind="concern"), demo_id("agenda/3"))
    section.load()
    assert "4. Tea break" in titles()


def test_a_note_made_public_here_reaches_the_public_minutes_and_undo_takes_it_back(section: MinutesSection) -> None:
    """Notes are taken internal by default; the review is where the facilitator decides which worker voices
    the public minutes carry (attributed to a group only)."""

    def public_bodies() -> list[str]:
        return [n["body"] for i in gather(section.ops.db, MEETING_ID, "public")["items"] for n in i["notes"]]

    _choose_item(section, SITE_VISITS)
    rows = range(section.notes.rowCount())
    row = next(row for row in rows if section.notes.cellWidget(row, 1).currentText() == "Internal")
    internal = gather(section.ops.db, MEETING_ID, "internal")["items"]
    shown = section.notes.item(row, 0).text()
    body = next(n["body"] for i in internal if i["id"] == SITE_VISITS for n in i["notes"] if n["body"] in shown)
    assert body not in public_bodies()
    level = section.notes.cellWidget(row, 1)
    level.setCurrentIndex(level.findText("Public"))
    assert body in public_bodies()
    assert "internal and public" in section.notes.cellWidget(row, 2).toolTip()
    section.ops.undo_stack.undo()
    assert body not in public_bodies()
    _choose_item(section, SITE_VISITS)
    assert section.notes.cellWidget(row, 1).currentData() == "internal"


def test_the_pdf_is_named_after_the_meeting_with_single_spaces(section: MinutesSection) -> None:
    from facilitator.core import meetings

    meetings.update(section.ops.db, MEETING_ID, title="Roundtable Budhpura: silica / wages")
    section.load()
    assert section.default_target().name.startswith("Roundtable Budhpura silica wages – minutes")


def test_where_a_note_appears_is_read_whole_in_dutch(qtbot, demo_db) -> None:
    """ "Volgens de vertrouwelijkheid" was cut to "Volgens de vertrouwelij" in a column made for English."""
    from facilitator.ui.i18n import install_translator
    from facilitator.ui.ops import Ops

    install_translator("nl")
    try:
        view = MinutesSection(Ops(demo_db))
        qtbot.addWidget(view)
        view.set_meeting(MEETING_ID)
        view.show()
        qtbot.waitExposed(view)
        combo = view.notes.cellWidget(0, 2)
        assert combo.currentText() == "Volgens de vertrouwelijkheid"
        assert combo.width() >= combo.sizeHint().width()
    finally:
        install_translator("en")
