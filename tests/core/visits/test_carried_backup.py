"""An encrypted backup taken to another laptop on a stick is restored there, and stays encrypted there.

Before, a copy of encrypted data made with ``backup --to`` opened nowhere but in the data it was made of:
on a new laptop the restore said "it is not a Facilitator database", the passphrase given."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.store import backups, carried_key, cipher, keys, restore
from facilitator.core.store.connect import is_plain
from tests.cli.invoke import assert_plain_error, run
from tests.core.visits.test_encryption_at_rest import PASSPHRASE, SENTENCE, _fill, _sentence_in


@pytest.fixture
def field_laptop(new_database, tmp_path: Path, light_encryption: None, monkeypatch) -> Path:
    """Encrypted data with a worker's words, as on the laptop that went to the quarry."""
    monkeypatch.setattr(carried_key, "_OPENED", {})  # what this process opened so far: nothing
    data_dir = tmp_path / "field"
    db = new_database(data_dir)
    _fill(db)
    db.close()
    cipher.encrypt(data_dir, PASSPHRASE)
    yield data_dir
    for folder in (data_dir, tmp_path / "stick", tmp_path / "office"):
        keys.forget(folder)


def _to_stick(field_laptop: Path, stick: Path) -> Path:
    db = Database.open(field_laptop)
    try:
        return db.backup(stick / "kota.sqlite3")
    finally:
        db.close()
        keys.forget(field_laptop)  # the office laptop knows no key of the field laptop's


def _office(tmp_path: Path) -> Path:
    """The new laptop: its own data, in the clear, with a meeting of its own."""
    office = tmp_path / "office"
    db = Database.open(office)
    meetings.create(db, "Office planning", datetime(2026, 3, 1, 9), datetime(2026, 3, 1, 12))
    db.close()
    return office


def test_a_copy_on_a_stick_is_restored_on_a_new_laptop_and_stays_encrypted_there(
    field_laptop: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = _to_stick(field_laptop, stick)
    assert carried_key.beside(copy).read_bytes() == cipher.key_file(field_laptop).read_bytes()
    office = _office(tmp_path)
    assert carried_key.needs_secret(copy)
    with pytest.raises(UserError, match="does not open this data"):
        carried_key.open_with(copy, "a guess at the passphrase")
    with pytest.raises(UserError, match="encrypted, or is not a Facilitator database"):
        restore.check_backup(copy)  # not opened yet: said so, not "damaged"
    carried_key.open_with(copy, PASSPHRASE)
    restore.check_backup(copy)
    assert carried_key.will_adopt(office, copy)
    restore.restore(office, copy)
    assert cipher.is_encrypted(office) and not cipher.interrupted(office)
    # Nothing of either laptop lies on the new one in the clear: the restored data, nor the copy kept of
    # what was there before (the office's meeting, encrypted with the rest before it was moved aside).
    for path in cipher.files_of(office):
        assert not is_plain(path) and SENTENCE.encode() not in path.read_bytes()
    assert [b.kind for b in backups.listed(office)] == ["pre-restore"]
    keys.forget(office)
    cipher.unlock(office, PASSPHRASE)  # the field laptop's passphrase opens it here
    assert _sentence_in(office)


def test_without_its_key_file_or_with_a_wrong_passphrase_nothing_changes(field_laptop: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = _to_stick(field_laptop, stick)
    office = _office(tmp_path)
    before = paths.database_path(office).read_bytes()
    carried_key.beside(copy).rename(tmp_path / "elsewhere.keys.json")
    assert not carried_key.needs_secret(copy)
    with pytest.raises(UserError, match=r"kota\.sqlite3\.keys\.json"):
        carried_key.open_with(copy, PASSPHRASE)
    with pytest.raises(UserError, match=r"its key file \(kota\.sqlite3\.keys\.json"):
        restore.restore(office, copy)
    assert not cipher.is_encrypted(office) and paths.database_path(office).read_bytes() == before
    # A spreadsheet saved as .sqlite3 is no database, and is not taken for an encrypted one.
    sheet = stick / "invitations.sqlite3"
    sheet.write_text("name;group\nKamla Devi;RH_WOMEN_WORKER\n", encoding="utf-8")
    with pytest.raises(UserError, match="it is not a Facilitator database"):
        restore.check_backup(sheet)


def test_the_command_line_writes_the_key_file_and_restores_with_the_passphrase(
    field_laptop: Path, tmp_path: Path, monkeypatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", PASSPHRASE)
    made = run("backup", "--to", str(stick / "kota.sqlite3"), data_dir=field_laptop)
    assert "kota.sqlite3.keys.json" in made.stdout and "keep the two together" in made.stdout
    keys.forget(field_laptop)
    office = tmp_path / "office"
    checked = run("restore", str(stick / "kota.sqlite3"), data_dir=office)
    assert checked.returncode == 0 and "will be encrypted first" in checked.stdout, checked.stderr
    assert not cipher.is_encrypted(office)
    done = run("restore", str(stick / "kota.sqlite3"), "--yes", data_dir=office)
    assert "The data here is encrypted now" in done.stdout, done.stderr
    for folder in (office, stick):  # as a new process would start: nothing opened
        keys.forget(folder)
    monkeypatch.setattr(carried_key, "_OPENED", {})
    monkeypatch.delenv("FACILITATOR_PASSPHRASE")
    assert_plain_error(run("restore", str(stick / "kota.sqlite3"), data_dir=tmp_path / "third"), "A passphrase")
    cipher.unlock(office, PASSPHRASE)
    assert _sentence_in(office)
