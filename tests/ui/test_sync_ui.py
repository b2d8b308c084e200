"""The Sync dialog and the conflict inbox, used as a user would: type, tick, click, read."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.core import meetings
from facilitator.core.agenda import items
from facilitator.core.changes import Change
from facilitator.core.db import Database
from facilitator.sync import conflicts, state
from facilitator.sync.run import synchronise
from facilitator.sync.targets.folder import FolderTarget
from facilitator.ui.ops import Ops
from facilitator.ui.ops import agenda as agenda_ops
from facilitator.ui.sync.dialog import SyncDialog, local_time
from facilitator.ui.sync.differences import ONLY_OTHER, ONLY_SHOWN, marked_versions
from facilitator.ui.sync.inbox import ConflictInbox
from tests.sync.sticks import PASSPHRASE


@pytest.fixture
def other(new_database, tmp_path: Path) -> Database:
    """The other laptop of the team."""
    laptop = new_database(tmp_path / "other")
    yield laptop
    laptop.close()


def sync_in_dialog(qtbot, dialog: SyncDialog, folder: Path) -> None:
    dialog.folder.setText(str(folder))
    dialog.folder.editingFinished.emit()
    dialog.passphrase.setText(PASSPHRASE)
    if dialog.repeat.isVisible():
        dialog.repeat.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.run is None and dialog.stage.text() in ("Done.", "The sync did not happen."), timeout=30000
    )


def test_a_sync_from_the_dialog_refreshes_the_views_and_retires_stale_undo(
    qtbot, db: Database, other, tmp_path: Path, monkeypatch
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()  # an empty stick: the dialog asks for the passphrase twice and makes it a sync folder
    ops = Ops(db)
    meeting = meetings.create(db, "Roundtable Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17))
    item_id = agenda_ops.insert_item(ops, meeting.id, "Water and sheds", None)
    dialog = SyncDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    sync_in_dialog(qtbot, dialog, stick)
    assert "sent" in dialog.report.toPlainText()

    synchronise(other, FolderTarget(stick, PASSPHRASE))
    items.update(other, item_id, planned_minutes=50)  # meanwhile, on the other laptop
    synchronise(other, FolderTarget(stick, PASSPHRASE))

    announced: list[Change] = []
    ops.bus.changed.connect(lambda changed: announced.append(changed.kinds))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    sync_in_dialog(qtbot, dialog, stick)
    assert items.items(db, meeting.id)[0].planned_minutes == 50
    assert announced and announced[-1] & Change.AGENDA
    assert "Changes received: 1," in dialog.report.toPlainText()
    ops.undo_stack.undo()  # the insertion was changed on the other laptop since: it is not replayed
    assert "another laptop" in shown[-1]
    assert [item.title for item in items.items(db, meeting.id)] == ["Water and sheds"]


def test_a_wrong_passphrase_is_said_plainly_leaves_the_bar_empty_and_the_window_usable(
    qtbot, db: Database, other, stick
) -> None:
    synchronise(other, FolderTarget(stick, PASSPHRASE))
    dialog = SyncDialog(Ops(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(stick))
    dialog.folder.editingFinished.emit()
    assert not dialog.repeat.isVisible()  # a known folder: asked once
    dialog.passphrase.setText("stone dust and wine")
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.run is None and dialog.stage.text() == "The sync did not happen.", timeout=30000)
    assert "passphrase does not open" in dialog.report.toPlainText()
    assert dialog.sync_button.isEnabled()
    assert dialog.progress.value() < dialog.progress.maximum()  # a failure does not look like a sync done
    sync_in_dialog(qtbot, dialog, stick)
    assert dialog.stage.text() == "Done."
    assert dialog.progress.value() == dialog.progress.maximum() > dialog.progress.minimum()


def test_a_confidential_meeting_is_listed_but_not_ticked(qtbot, db: Database) -> None:
    meetings.create(db, "Supplier roundtable", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17))
    meetings.create(db, "Worker caucus", datetime(2026, 3, 3, 9), datetime(2026, 3, 3, 12),
                    default_confidentiality="confidential")  # fmt: skip
    dialog = SyncDialog(Ops(db))
    qtbot.addWidget(dialog)
    texts = {
        dialog.meetings.item(r).text(): dialog.meetings.item(r).checkState() for r in range(dialog.meetings.count())
    }
    assert texts == {
        "Supplier roundtable (2026-03-02)": Qt.CheckState.Checked,
        "Worker caucus (2026-03-03) – confidential": Qt.CheckState.Unchecked,
    }
    assert not dialog.meetings.isEnabled()  # until "only the meetings ticked" is chosen


def test_a_mass_deletion_asks_and_applies_only_when_agreed(qtbot, db: Database, other, stick, monkeypatch) -> None:
    ops = Ops(db)
    meeting = meetings.create(db, "Roundtable Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17))
    for title in ("Welcome", "Water", "Wages"):
        items.add(db, meeting.id, title)
    dialog = SyncDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    sync_in_dialog(qtbot, dialog, stick)
    synchronise(other, FolderTarget(stick, PASSPHRASE))
    for item in items.items(other, meeting.id)[:2]:
        items.delete(other, item.id)
    synchronise(other, FolderTarget(stick, PASSPHRASE))
    asked: list[str] = []

    def answer(_parent, _title, text, *_rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    sync_in_dialog(qtbot, dialog, stick)
    assert "would delete 2 of the 3 records" in asked[0]
    assert [item.title for item in items.items(db, meeting.id)] == ["Wages"]


def test_the_differences_are_marked_word_by_word() -> None:
    shown, other = marked_versions("No masks at the yard", "No masks, no water at the yard")
    assert shown.endswith(">No masks at the yard</div>")  # nothing of it is missing from the other version
    assert other.endswith(
        f'No masks<span style="background-color: {ONLY_OTHER}; color: #000000">, no water</span> at the yard</div>'
    )
    marked, _ = marked_versions("Water by March", "Water by May")
    assert f'<span style="background-color: {ONLY_SHOWN}; color: #000000">March</span>' in marked
    assert "<script>" not in marked_versions("<script>", "x")[0]


@pytest.fixture
def conflict(db: Database, other) -> conflicts.Conflict:
    from facilitator.sync.merge import merge
    from tests.sync.replicas import log_of

    meeting = meetings.create(db, "Roundtable Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17))
    merge(other, log_of(db))
    meetings.update(db, meeting.id, purpose="Agree on water and sheds")
    meetings.update(other, meeting.id, purpose="Agree on water, sheds and ID cards")
    merge(db, log_of(other))
    [found] = conflicts.list_conflicts(db)
    return found


def test_the_inbox_compares_and_the_decision_is_undoable(qtbot, db: Database, conflict) -> None:
    ops = Ops(db)
    inbox = ConflictInbox(ops)
    qtbot.addWidget(inbox)
    inbox.show()
    assert inbox.list.count() == 1 and inbox.list.item(0).text() == "Purpose: Roundtable Kota"
    assert "ID cards" in inbox.shown.toPlainText() and "ID cards" not in inbox.other.toPlainText()
    qtbot.mouseClick(inbox.keep_other, Qt.MouseButton.LeftButton)
    assert meetings.get(db, conflict.record_id).purpose == "Agree on water and sheds"
    assert inbox.list.count() == 0 and inbox.empty.isVisible()
    assert not inbox.detail.isVisible() and not inbox.keep_other.isVisible()  # no empty editors to look at
    ops.undo_stack.undo()
    assert meetings.get(db, conflict.record_id).purpose == "Agree on water, sheds and ID cards"
    assert inbox.list.count() == 1 and inbox.detail.isVisible()


def test_a_merged_text_is_written_in_the_inbox(qtbot, db: Database, conflict) -> None:
    inbox = ConflictInbox(Ops(db))
    qtbot.addWidget(inbox)
    inbox.show()
    qtbot.mouseClick(inbox.start_merge, Qt.MouseButton.LeftButton)
    assert inbox.merged.toPlainText() == "Agree on water, sheds and ID cards\nAgree on water and sheds"
    inbox.merged.setPlainText("Agree on water, sheds, then ID cards")
    qtbot.mouseClick(inbox.use_merged, Qt.MouseButton.LeftButton)
    assert meetings.get(db, conflict.record_id).purpose == "Agree on water, sheds, then ID cards"
    assert conflicts.get_conflict(db, conflict.id).resolution == "merged"


def test_typing_a_known_folder_keeps_the_passphrase_field_in_its_place(qtbot, db: Database, other, stick) -> None:
    synchronise(other, FolderTarget(stick, PASSPHRASE))  # the stick is a sync folder already
    dialog = SyncDialog(Ops(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    where = dialog.passphrase.mapTo(dialog, dialog.passphrase.rect().topLeft())
    dialog.folder.setText(str(stick))
    dialog.folder.editingFinished.emit()
    qtbot.wait(1)
    assert not dialog.repeat.isVisible()
    assert dialog.passphrase.mapTo(dialog, dialog.passphrase.rect().topLeft()) == where


@pytest.fixture
def kota_clock(monkeypatch) -> Iterator[None]:
    """This laptop's clock on India's time, five and a half hours from the UTC that stamps are stored in."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_folder_just_synced_is_listed_with_the_time_of_that_sync(qtbot, db: Database, stick, kota_clock) -> None:
    meetings.create(db, "Roundtable Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17))
    dialog = SyncDialog(Ops(db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.previous.count() == 1  # only "Somewhere new"
    sync_in_dialog(qtbot, dialog, stick)
    [target] = state.targets(db)
    assert dialog.previous.currentData() == target.key
    assert dialog.previous.currentText().startswith(f"Folder, last sync {local_time(target.last_sync)}: ")
    assert dialog.folder.text() == str(stick) and dialog.passphrase.text() == PASSPHRASE
    sync_in_dialog(qtbot, dialog, stick)  # again, from the refreshed list
    assert dialog.stage.text() == "Done."
    assert f"last sync {local_time(state.targets(db)[0].last_sync)}: " in dialog.previous.currentText()


def test_a_sync_that_sends_nothing_names_no_meeting_as_sent(qtbot, db: Database, stick) -> None:
    kota = meetings.create(db, "Roundtable Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17))
    meetings.create(db, "Supplier follow-up", datetime(2026, 4, 2, 9), datetime(2026, 4, 2, 12))
    dialog = SyncDialog(Ops(db))
    qtbot.addWidget(dialog)
    dialog.show()
    sync_in_dialog(qtbot, dialog, stick)
    assert "Meetings sent: Roundtable Kota, Supplier follow-up" in dialog.report.toPlainText()
    sync_in_dialog(qtbot, dialog, stick)
    report = dialog.report.toPlainText()
    assert ", sent: 0," in report and "Meetings sent: –" in report
    meetings.update(db, kota.id, purpose="Water and sheds first")
    sync_in_dialog(qtbot, dialog, stick)
    assert "Meetings sent: Roundtable Kota\n" in dialog.report.toPlainText()


def test_the_last_sync_is_shown_in_this_laptops_time(kota_clock) -> None:
    """Stored in UTC, shown as the laptop's clock showed it: 21:30 UTC is 03:00 the next day in Kota."""
    assert local_time("2026-12-01T21:30:00.000000Z") == "2026-12-02 03:00"


def test_a_deep_folder_is_cut_in_its_middle_and_the_time_of_its_sync_stays_in_view(
    qtbot, db: Database, tmp_path
) -> None:
    from tests.sync.sticks import light_team_folder

    deep = light_team_folder(
        tmp_path / "media" / "facilitator" / "SanDisk Ultra 64GB" / "Roundtables" / "Rajasthan 2026"
    )
    meetings.create(db, "Roundtable Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17))
    dialog = SyncDialog(Ops(db))
    qtbot.addWidget(dialog)
    dialog.show()
    sync_in_dialog(qtbot, dialog, deep)
    [target] = state.targets(db)
    shown = dialog.previous.currentText()
    assert shown.startswith(f"Folder, last sync {local_time(target.last_sync)}: ") and "…" in shown
    assert shown.endswith("/Rajasthan 2026")
    assert str(deep) not in shown
    whole = dialog.previous.itemData(dialog.previous.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert whole == f"Folder, last sync {local_time(target.last_sync)}: {deep}"
