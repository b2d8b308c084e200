"""The window and its data dir: restore from the File menu, one window per data dir, damage said plainly."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from facilitator import paths
from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.store import backups, carried_key, cipher, integrity, keys
from facilitator.ui import app as app_module
from facilitator.ui.app import Application
from facilitator.ui.integrity_watch import IntegrityWatch
from tests.cli import invoke
from tests.core.storage_helpers import damage

ROOT = Path(__file__).resolve().parents[2]


def titles(application: Application) -> list[str]:
    model = application.window.meetings.model
    return sorted(model.index(row, model.COLUMN_TITLE).data() for row in range(model.rowCount()))


def test_restore_from_the_file_menu_shows_the_backup_at_once(application: Application, monkeypatch) -> None:
    db = application.db
    meetings.create(db, "Before the backup", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 17))
    backup = db.backup()
    meetings.create(db, "After the backup", datetime(2026, 1, 2, 9), datetime(2026, 1, 2, 17))
    application.window.meetings.reload()
    assert titles(application) == ["After the backup", "Before the backup"]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.Yes)
    application.window.restore_backup(backup)
    assert "pre-restore copy" in asked[0]
    assert titles(application) == ["Before the backup"]
    assert not application.ops.undo_stack.canUndo()
    assert any(b.kind == "pre-restore" for b in backups.listed(db.directory))
    # The window goes on working on the restored data: a new meeting and an edit are saved and shown.
    [kept] = meetings.list_meetings(db)
    meetings.create(db, "After the restore", datetime(2026, 1, 3, 9), datetime(2026, 1, 3, 17))
    meetings.update(db, kept.id, title="Renamed after the restore")
    application.window.meetings.reload()
    assert titles(application) == ["After the restore", "Renamed after the restore"]


def test_an_encrypted_backup_from_another_laptop_is_restored_with_its_passphrase(
    application: Application, new_database, tmp_path: Path, light_encryption: None, monkeypatch
) -> None:
    monkeypatch.setattr(carried_key, "_OPENED", {})
    field = tmp_path / "field"
    other = new_database(field)
    meetings.create(other, "Roundtable Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17))
    other.close()
    cipher.encrypt(field, "sandstone at dawn")
    other = Database.open(field)
    (tmp_path / "stick").mkdir()
    copy = other.backup(tmp_path / "stick" / "kota.sqlite3")
    other.close()
    keys.forget(field)
    typed = iter([("a guess", True), ("sandstone at dawn", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(typed))
    errors: list[str] = []
    monkeypatch.setattr(application.ops, "show_error", errors.append)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.Yes)
    application.window.restore_backup(copy)  # the wrong passphrase: said, and nothing else happens
    assert "does not open" in errors[-1] and not asked and not cipher.is_encrypted(application.db.directory)
    application.window.restore_backup(copy)
    assert "encrypted first" in asked[-1]
    assert titles(application) == ["Roundtable Kota"] and cipher.is_encrypted(application.db.directory)
    meetings.create(application.db, "After the restore", datetime(2026, 3, 3, 9), datetime(2026, 3, 3, 17))
    application.window.meetings.reload()
    assert titles(application) == ["After the restore", "Roundtable Kota"]
    keys.forget(application.db.directory)
    keys.forget(tmp_path / "stick")


def test_the_window_is_marked_internal(application: Application) -> None:
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in application.window.statusBar().findChildren(QLabel)]
    assert any(text.startswith("Internal") for text in texts)


def test_a_damaged_database_offers_the_newest_good_backup(data_dir: Path, monkeypatch, qapp) -> None:
    db = Database.open(data_dir)
    meetings.create(db, "Saved yesterday", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 17))
    good = db.backup()
    db.close()
    damage(paths.database_path(data_dir), "header", random.Random(4))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text) or QMessageBox.Yes)
    restored = app_module._open_or_restore(lambda: Database.open(data_dir), data_dir)
    assert good.name in shown[0] and "did not write anything" in shown[0]
    assert [m.title for m in meetings.list_meetings(restored)] == ["Saved yesterday"]
    restored.close()


def test_damage_found_in_idle_time_is_said_once(db: Database, monkeypatch, qtbot) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(db, "integrity_problems", lambda full=True: ["row 3 missing from index ix_note_meeting"])
    watch = IntegrityWatch(db)
    watch.check_soon()
    watch.check_soon()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "Restore from backup" in shown[0] and "ix_note_meeting" in shown[0]


def test_a_check_the_disk_stops_is_said_once_in_plain_words(db: Database, monkeypatch, qtbot) -> None:
    """A pulled USB stick made the idle check raise in its thread: a traceback on stderr, nothing on screen."""
    from facilitator.core.errors import UserError

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("the disk's trouble is not damage"))

    def pulled(full: bool = True) -> list[str]:
        raise UserError("The folder of the data is gone (the USB stick was taken out?).")

    monkeypatch.setattr(db, "integrity_problems", pulled)
    watch = IntegrityWatch(db)
    watch.check_soon()
    watch.check_soon()
    qtbot.waitUntil(lambda: len(shown) == 1)
    qtbot.wait(50)
    assert shown == ["The folder of the data is gone (the USB stick was taken out?)."]


def _launch(data_dir: Path) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "facilitator", "--data-dir", str(data_dir)]
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment
    )


def _wait_for_window(data_dir: Path, window: subprocess.Popen[str]) -> None:
    """Until the window holds the data dir's lock and its beacon answers, as a second launch needs."""
    from PySide6.QtNetwork import QLocalSocket

    from facilitator.core.store.instance import DataDirLock
    from facilitator.ui.single_instance import socket_name

    deadline = time.monotonic() + 30
    while True:
        assert window.poll() is None, window.communicate()
        if DataDirLock(data_dir).held_elsewhere():
            probe = QLocalSocket()
            probe.connectToServer(socket_name(data_dir))
            if probe.waitForConnected(100):
                probe.disconnectFromServer()
                return
        assert time.monotonic() < deadline, "the window never took the lock and listened"
        time.sleep(0.05)


def test_one_window_per_data_dir_and_read_commands_beside_it(demo_dir: Path) -> None:
    # The windows are real processes; the commands beside them run as typed in a terminal, in this process.
    data_dir = demo_dir
    backup = invoke.run("backup", data_dir=data_dir).stdout.strip()
    first = _launch(data_dir)
    try:
        _wait_for_window(data_dir, first)
        second = _launch(data_dir)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 0
        assert "already open" in err and "brought to the front" in err
        listed = invoke.run("meetings", data_dir=data_dir)
        assert listed.returncode == 0 and "Roundtable" in listed.stdout
        refused = invoke.run("restore", backup, "--yes", data_dir=data_dir)
        assert refused.returncode != 0 and "Close its window first" in refused.stderr
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    third = _launch(data_dir)  # a killed window leaves no stuck lock, and its stale socket is replaced
    try:
        _wait_for_window(data_dir, third)
    finally:
        third.kill()
        third.wait()


@pytest.fixture(autouse=True)
def _no_leftover_locks():
    yield
    from facilitator.core.store import instance

    for lock in list(instance._HELD.values()):
        lock.release()


def test_integrity_problems_is_the_full_check(db: Database) -> None:
    assert db.integrity_problems() == integrity.problems(db.path, full=True) == []


def test_the_file_dialogs_of_backup_and_import_speak_dutch_whole(qapp) -> None:
    """Qt's Dutch catalogue lacks two of its file dialog's labels (Qt 6 gave them a mnemonic); ours has them."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from facilitator.ui.i18n import install_translator

    install_translator("nl")
    try:
        dialog = QFileDialog(None)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.text()}
        assert labels["lookInLabel"] == "&Zoeken in:" and labels["fileTypeLabel"] == "Bestanden van &type:"
        assert labels["fileNameLabel"] == "Bestands&naam:"  # Qt's own catalogue, as before
    finally:
        install_translator("en")


def test_the_window_closes_its_database_before_it_lets_go_of_the_lock(demo_dir: Path, qapp, monkeypatch) -> None:
    """A restore may begin the moment the lock is free: the window's last writes must be in the file by then
    (the window takes no share of the data dir beside its lock)."""
    from PySide6.QtWidgets import QApplication

    from facilitator.core.store.instance import DataDirLock
    from facilitator.ui import app

    happened: list[str] = []
    closes, releases = Database.close, DataDirLock.release
    monkeypatch.setattr(Database, "close", lambda self: (happened.append("closed"), closes(self))[1])
    monkeypatch.setattr(DataDirLock, "release", lambda self: (happened.append("released"), releases(self))[1])
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)  # the user closes the window at once
    monkeypatch.setattr(app.Application, "first_run", lambda self: None)
    assert app.run_window(demo_dir, lambda: Database.open(demo_dir)) == 0
    assert happened[-2:] == ["closed", "released"]
    for window in QApplication.topLevelWidgets():
        window.close()
