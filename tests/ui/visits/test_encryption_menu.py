"""File ▸ Encryption as its user meets it on the demo: turned on with a kept recovery key and no plaintext
left on disk, cancelled midway with nothing lost, a new passphrase, a new recovery key, and turned off."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from facilitator import paths
from facilitator.core.db import Database
from facilitator.core.store import cipher
from facilitator.core.visits import conversations, visits
from facilitator.ui.encryption.dialog import EncryptionDialog, SecretsDialog
from facilitator.ui.ops import Ops
from facilitator.ui.visits.encryption import PassphraseDialog, RecoveryKeyDialog

PASSPHRASE = "stone dust and water"
SENTENCE = b"women wait until dark"  # a point of the demo's conversation with home-based women workers


def raw_files(db: Database) -> list[Path]:
    return cipher.files_of(db.directory)


def fill_secrets(monkeypatch, *answers: dict[str, str]) -> list[str]:
    """Each SecretsDialog in turn is filled with the next answers and OK is pressed; what it said is kept."""
    said: list[str] = []
    queue = list(answers)

    def fill(dialog: SecretsDialog) -> int:
        for name, text in queue.pop(0).items():
            getattr(dialog, name).setText(text)
        dialog.check()
        said.append(dialog.message.text())
        return dialog.result()

    monkeypatch.setattr(SecretsDialog, "exec", fill)
    return said


@pytest.fixture
def told(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    return said


@pytest.fixture
def dialog(qtbot, demo_db: Database, light_encryption: None) -> EncryptionDialog:
    demo_db.backup()  # a database and a backup: two files to convert
    shown = EncryptionDialog(Ops(demo_db))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def turn_on(qtbot, dialog: EncryptionDialog, monkeypatch) -> str:
    """Encryption turned on, the recovery key typed back; returns the key."""
    kept: list[str] = []

    def type_back(key: RecoveryKeyDialog) -> int:
        kept.append(key.code)
        key.typed.setText(key.code.lower().replace("-", " "))  # as someone copies it from paper
        key.confirm_typed()
        return key.result()

    monkeypatch.setattr(RecoveryKeyDialog, "exec", type_back)
    qtbot.mouseClick(dialog.turn_on_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conversion is None and bool(kept), timeout=30000)
    return kept[0]


def test_encryption_is_turned_on_with_a_kept_recovery_key_and_leaves_no_plaintext(
    qtbot, dialog: EncryptionDialog, monkeypatch, told: list[str]
) -> None:
    db = dialog.ops.db
    assert "is not encrypted" in dialog.state.text() and dialog.turn_on_button.isVisible()
    assert dialog.passphrase_button.isHidden()
    assert any(SENTENCE in path.read_bytes() for path in raw_files(db))
    said = fill_secrets(
        monkeypatch, {"new": PASSPHRASE, "again": PASSPHRASE + "!"}, {"new": "short", "again": "short"},
        {"new": PASSPHRASE, "again": PASSPHRASE},
    )  # fmt: skip
    qtbot.mouseClick(dialog.turn_on_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.turn_on_button, Qt.MouseButton.LeftButton)
    assert said[0].startswith("The two passphrases differ") and "at least 8 characters" in said[1]
    assert not cipher.is_encrypted(db.directory)  # a refused passphrase started nothing
    turn_on(qtbot, dialog, monkeypatch)
    assert cipher.read_envelope(db.directory).recovery_kept
    assert len(raw_files(db)) == 2 and not any(SENTENCE in path.read_bytes() for path in raw_files(db))
    assert "encrypted" in dialog.state.text() and "has been kept" in dialog.state.text()
    assert dialog.turn_on_button.isHidden() and dialog.turn_off_button.isVisible()
    # The open window goes on working on the converted data.
    rows = visits.rows(db, None, include_standalone=True)
    assert len(rows) == 3
    visit = next(row for row in rows if row.site_name.startswith("Budhpura"))
    conversations.add_conversation(db, visit.id, "RH_WOMEN_WORKER", women=3, consent_notes=True)


def test_the_state_says_kept_when_the_conversion_ended_while_the_key_was_being_typed_back(
    qtbot, dialog: EncryptionDialog, monkeypatch
) -> None:
    """As on a real screen: the conversion's thread ends while the recovery key dialog is still open."""
    fill_secrets(monkeypatch, {"new": PASSPHRASE, "again": PASSPHRASE})
    seen_while_open: list[str] = []

    def type_back_later(key: RecoveryKeyDialog) -> int:
        qtbot.waitUntil(lambda: dialog.conversion is None, timeout=30000)  # the dialog's own loop runs meanwhile
        seen_while_open.append(dialog.state.text())
        key.typed.setText(key.code)
        key.confirm_typed()
        return key.result()

    monkeypatch.setattr(RecoveryKeyDialog, "exec", type_back_later)
    qtbot.mouseClick(dialog.turn_on_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen_while_open), timeout=30000)
    assert "has not been kept yet" in seen_while_open[0]
    assert cipher.read_envelope(dialog.ops.db.directory).recovery_kept
    assert "has been kept" in dialog.state.text()


def _slowly(monkeypatch) -> threading.Event:
    """Files as large as a season's data: the second file's conversion, and any after it, waits until the
    returned event is set, so what the test does meanwhile comes while a file is being converted."""
    convert = cipher.convert
    let_go = threading.Event()
    converted: list[Path] = []

    def slow(path: Path, *keys: bytes | None) -> None:
        if converted:
            assert let_go.wait(timeout=30), "the test never let the conversion go on"
        convert(path, *keys)
        converted.append(path)

    monkeypatch.setattr(cipher, "convert", slow)
    return let_go


def test_cancelling_while_encrypting_puts_the_data_back_as_it_was(
    qtbot, dialog: EncryptionDialog, monkeypatch, told: list[str]
) -> None:
    db = dialog.ops.db
    db.backup()  # three files: Cancel while the second is converted stops before the third
    assert len(raw_files(db)) == 3
    before = len(visits.rows(db, None, include_standalone=True))
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda key: pytest.fail("the conversion was not stopped"))
    let_go = _slowly(monkeypatch)
    fill_secrets(monkeypatch, {"new": PASSPHRASE, "again": PASSPHRASE})
    qtbot.mouseClick(dialog.turn_on_button, Qt.MouseButton.LeftButton)
    progress = dialog.progress
    assert isinstance(progress, QProgressDialog) and progress.isVisible()
    qtbot.waitUntil(lambda: progress.value() >= 1, timeout=20000)  # one file encrypted, the others not yet
    qtbot.mouseClick(progress.findChild(type(dialog.turn_on_button)), Qt.MouseButton.LeftButton)
    let_go.set()
    qtbot.waitUntil(lambda: dialog.conversion is None, timeout=30000)
    assert told == ["Encryption was cancelled. The data is as it was, not encrypted."]
    assert not cipher.is_encrypted(db.directory) and not cipher.interrupted(db.directory)
    assert all(path.read_bytes().startswith(b"SQLite format 3\0") for path in raw_files(db))
    assert len(visits.rows(db, None, include_standalone=True)) == before
    assert "is not encrypted" in dialog.state.text()


def test_the_passphrase_is_changed_after_the_current_one_is_given(
    qtbot, dialog: EncryptionDialog, monkeypatch, told: list[str], refusals: list[str]
) -> None:
    fill_secrets(monkeypatch, {"new": PASSPHRASE, "again": PASSPHRASE})
    turn_on(qtbot, dialog, monkeypatch)
    directory = dialog.ops.db.directory
    shown_again: list[str] = []

    def keep_what_was_typed(asked: SecretsDialog) -> int:
        shown_again.append(asked.new.text())  # what the dialog holds as it opens
        return fill(asked)

    fill_secrets(
        monkeypatch, {"current": "not the passphrase", "new": "quarry road 2026", "again": "quarry road 2026"},
        {"current": PASSPHRASE},
    )  # fmt: skip
    fill = SecretsDialog.exec
    monkeypatch.setattr(SecretsDialog, "exec", keep_what_was_typed)
    qtbot.mouseClick(dialog.passphrase_button, Qt.MouseButton.LeftButton)
    # Refused, the dialog comes back with the new passphrase still typed; the right current one changes it.
    assert refusals and "does not open this data" in refusals[-1]
    assert shown_again == ["", "quarry road 2026"]
    assert told[-1].startswith("The passphrase was changed.")
    cipher.unlock(directory, "quarry road 2026")
    with pytest.raises(cipher.UserError):
        cipher.unlock(directory, PASSPHRASE)


def test_a_new_recovery_key_replaces_the_old_one(
    qtbot, dialog: EncryptionDialog, monkeypatch, told: list[str], refusals: list[str]
) -> None:
    fill_secrets(monkeypatch, {"new": PASSPHRASE, "again": PASSPHRASE})
    old = turn_on(qtbot, dialog, monkeypatch)
    directory = dialog.ops.db.directory
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    shown: list[str] = []

    def put_off(key: RecoveryKeyDialog) -> int:
        shown.append(key.code)
        return key.DialogCode.Rejected

    monkeypatch.setattr(RecoveryKeyDialog, "exec", put_off)
    asked: list[str] = []

    def prove(proof: PassphraseDialog) -> int:
        for secret in ("not the passphrase", PASSPHRASE):  # a wrong one is refused, the dialog stays
            asked.append(secret)
            proof.secret.setText(secret)
            proof.try_unlock()
            if proof.result() == proof.DialogCode.Accepted:
                break
            assert "Try again" in proof.message.text() and not shown
        return proof.result()

    monkeypatch.setattr(PassphraseDialog, "exec", lambda proof: proof.DialogCode.Rejected)
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    assert not shown  # no passphrase given: no new key
    cipher.unlock(directory, old)
    monkeypatch.setattr(PassphraseDialog, "exec", prove)
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    assert asked == ["not the passphrase", PASSPHRASE]
    assert shown and shown[0] != old
    assert "has not been kept yet" in dialog.state.text()  # put off: the dialog says so, conversations wait
    with pytest.raises(cipher.UserError):
        cipher.unlock(directory, old)
    cipher.unlock(directory, shown[0])


def test_encryption_is_turned_off_with_the_passphrase_and_cannot_be_cancelled(
    qtbot, dialog: EncryptionDialog, monkeypatch, told: list[str]
) -> None:
    fill_secrets(monkeypatch, {"new": PASSPHRASE, "again": PASSPHRASE})
    turn_on(qtbot, dialog, monkeypatch)
    db = dialog.ops.db
    let_go = _slowly(monkeypatch)
    fill_secrets(monkeypatch, {"current": PASSPHRASE})
    qtbot.mouseClick(dialog.turn_off_button, Qt.MouseButton.LeftButton)
    progress = dialog.progress
    assert progress is not None and progress.findChild(type(dialog.turn_on_button)) is None  # no Cancel
    qtbot.keyClick(progress, Qt.Key.Key_Escape)  # Esc does not stop it either
    let_go.set()
    qtbot.waitUntil(lambda: dialog.conversion is None, timeout=30000)
    assert told == ["The data is no longer encrypted."]
    assert not cipher.is_encrypted(db.directory) and not cipher.key_file(db.directory).exists()
    assert any(SENTENCE in path.read_bytes() for path in raw_files(db))
    assert len(visits.rows(db, None, include_standalone=True)) == 3
    assert paths.database_path(db.directory).read_bytes().startswith(b"SQLite format 3\0")
