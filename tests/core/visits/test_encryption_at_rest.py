"""Encryption at rest as a lost laptop tests it: no plaintext on disk, a wrong passphrase opens nothing,
and a conversion killed at any moment loses nothing."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.passphrase_keys import COST
from facilitator.core.store import backups, cipher, keys, restore
from facilitator.core.store.connect import is_plain, key_of
from facilitator.core.visits import conversations, visits
from tests.core.visits.cipher_child import conversion

PASSPHRASE = "sandstone at dawn"
SENTENCE = "the contractor keeps our ID cards in his jeep"


def _fill(db: Database, backups: int = 0) -> None:
    visit = visits.plan(db, "Dabi quarry", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 12), "Asia/Kolkata").id
    talk = conversations.add_conversation(db, visit, "RH_WORKER", men=4, consent_notes=True)
    conversations.add_point(db, talk.id, f"c: {SENTENCE} #FORCED")
    for _ in range(backups):
        db.backup()


def _raw(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file())


def _rows(data_dir: Path) -> dict[str, str]:
    """Every file's rows, hashed, whichever form (plain or encrypted) it is in now."""
    return {p.name: cipher.digest(p, key_of(p)) for p in cipher.files_of(data_dir)}


def _sentence_in(data_dir: Path) -> bool:
    db = Database.open(data_dir)
    try:
        visit = visits.rows(db)[0].id
        return any(SENTENCE in point.body for row in conversations.rows(db, visit) for point in row.points)
    finally:
        db.close()


@pytest.fixture
def plain_dir(new_database, tmp_path: Path, light_encryption: None) -> Path:
    data_dir = tmp_path / "data"
    db = new_database(data_dir)
    _fill(db, backups=2)
    db.close()
    yield data_dir
    keys.forget(data_dir)


def test_the_data_key_is_sealed_with_the_products_work_factor(new_database, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    new_database(data_dir).close()
    try:
        cipher.encrypt(data_dir, PASSPHRASE)
        slots = cipher.read_envelope(data_dir).slots
        assert set(slots) == {"passphrase", "recovery"}
        for slot in slots.values():
            assert (slot["n"], slot["r"], slot["p"]) == (COST["n"], COST["r"], COST["p"])
            assert slot["n"] >= 2**15 and slot["r"] >= 8  # scrypt's interactive-login strength, at the least
        keys.forget(data_dir)
        cipher.unlock(data_dir, PASSPHRASE)
    finally:
        keys.forget(data_dir)


def test_a_file_read_without_the_key_shows_no_plaintext(plain_dir: Path) -> None:
    assert SENTENCE.encode() in _raw(plain_dir)  # the check can fail: the words are on disk in the clear
    code = cipher.encrypt(plain_dir, PASSPHRASE).recovery_code
    assert code and not cipher.interrupted(plain_dir)
    raw = _raw(plain_dir)
    assert SENTENCE.encode() not in raw and b"Dabi quarry" not in raw and b"SQLite format 3" not in raw
    assert len(cipher.files_of(plain_dir)) == 3 and not any(is_plain(p) for p in cipher.files_of(plain_dir))
    assert code.replace("-", "").encode() not in raw  # the recovery key is not kept beside the data
    assert _sentence_in(plain_dir)


def test_a_copy_left_by_a_killed_backup_does_not_stay_in_the_clear(plain_dir: Path) -> None:
    """A backup killed outright (no Ctrl+C to clean up after) leaves a hidden partial copy of everything."""
    folder = paths.backups_dir(plain_dir)
    made = next(folder.glob("*.sqlite3"))
    (folder / f".{made.name}.partial").write_bytes(made.read_bytes())
    cipher.encrypt(plain_dir, PASSPHRASE)
    assert SENTENCE.encode() not in _raw(plain_dir) and not list(folder.glob(".*.partial"))


def test_a_copy_left_by_a_killed_restore_does_not_stay_in_the_clear(plain_dir: Path) -> None:
    """A restore killed after copying the backup in, before it took the database's place, left that copy in
    the clear in the data folder, and nothing took it away."""
    leftover = restore.incoming_copy(plain_dir)
    backups.copy_verified(paths.database_path(plain_dir), leftover)
    cipher.encrypt(plain_dir, PASSPHRASE)
    assert not leftover.exists()
    backups.copy_verified(paths.database_path(plain_dir), leftover)  # as a killed restore leaves it
    restore.remove_leftover(plain_dir)  # what the window does with the data dir's lock held
    assert not leftover.exists() and not _sentence_in_raw(plain_dir)


def _sentence_in_raw(data_dir: Path) -> bool:
    return SENTENCE.encode() in _raw(data_dir)


def test_a_wrong_passphrase_is_refused_and_the_recovery_key_opens(plain_dir: Path) -> None:
    code = cipher.encrypt(plain_dir, PASSPHRASE).recovery_code
    keys.forget(plain_dir)
    with pytest.raises(cipher.Locked):
        Database.open(plain_dir)
    for wrong in ("sandstone at dusk", "", code[:-1] + ("A" if code[-1] != "A" else "B")):
        with pytest.raises(UserError, match="does not open this data"):
            cipher.unlock(plain_dir, wrong)
        assert not cipher.is_unlocked(plain_dir)
    with pytest.raises(cipher.Locked):
        Database.open(plain_dir)
    cipher.unlock(plain_dir, code.lower().replace("-", " "))  # typed loosely, still the recovery key
    assert _sentence_in(plain_dir)
    keys.forget(plain_dir)
    cipher.unlock(plain_dir, code.replace("O", "0"))  # a zero read for the letter O (the key has no zero)
    assert _sentence_in(plain_dir)
    assert cipher.recovery_form("ab0d-" * 8) == "ABOD" * 8
    cipher.change_passphrase(plain_dir, "a new passphrase")
    keys.forget(plain_dir)
    with pytest.raises(UserError, match="does not open"):
        cipher.unlock(plain_dir, PASSPHRASE)
    cipher.unlock(plain_dir, "a new passphrase")
    assert _sentence_in(plain_dir)


def test_a_hindi_passphrase_opens_however_its_letters_were_typed_and_spaces_are_no_passphrase(
    plain_dir: Path,
) -> None:
    """फ़ is one character on one keyboard and फ with the nukta on another: the same passphrase, which
    one laptop's keyboard could not open.  Eight spaces were accepted as a passphrase."""
    with pytest.raises(UserError, match="at least 8 characters"):
        cipher.encrypt(plain_dir, " " * 8)
    one_letter, letter_and_nukta = "\u095eैक्टरी \u0958ानून सुनीता", "\u092b\u093cैक्टरी \u0915\u093cानून सुनीता"
    assert len(letter_and_nukta) == len(one_letter) + 2
    cipher.encrypt(plain_dir, one_letter)
    keys.forget(plain_dir)
    cipher.unlock(plain_dir, letter_and_nukta)
    assert _sentence_in(plain_dir)
    cipher.change_passphrase(plain_dir, letter_and_nukta + " जल")
    keys.forget(plain_dir)
    cipher.unlock(plain_dir, one_letter + " जल")
    assert _sentence_in(plain_dir)


def test_conversations_wait_until_the_recovery_key_is_kept(plain_dir: Path) -> None:
    code = cipher.encrypt(plain_dir, PASSPHRASE).recovery_code
    db = Database.open(plain_dir)
    try:
        visit = visits.rows(db)[0].id
        with pytest.raises(UserError, match="recovery key first"):
            conversations.add_conversation(db, visit, "RH_WORKER", men=2)
        with pytest.raises(UserError, match="not this data's recovery key"):
            cipher.confirm_recovery_kept(plain_dir, PASSPHRASE)
        cipher.confirm_recovery_kept(plain_dir, code)
        conversations.add_conversation(db, visit, "RH_WORKER", men=2)
    finally:
        db.close()


def _run_and_kill(direction: str, data_dir: Path, secret: str, files_done: int, mid_file: bool) -> bool:
    """Run a conversion in a child and SIGKILL it once ``files_done`` files are converted: at once
    (between two files) or, with ``mid_file``, as soon as the next file's half-written copy appears.
    True when the child was killed before it finished."""
    child = conversion(direction, data_dir, secret)
    for _ in range(files_done):
        line = child.next()
        assert line.startswith("converted "), line
    if mid_file:
        deadline = time.monotonic() + 10
        while not list(data_dir.rglob(f"*{cipher.CONVERTING}")) and time.monotonic() < deadline:
            time.sleep(0.0005)
    return not any(line.startswith("done") for line in child.kill())


@pytest.mark.parametrize("direction", ["encrypt", "decrypt"])
def test_a_conversion_killed_at_any_moment_loses_nothing(
    new_database, tmp_path: Path, direction: str, light_encryption: None
) -> None:
    data_dir = tmp_path / "data"
    db = new_database(data_dir)
    _fill(db, backups=4)
    db.close()
    if direction == "decrypt":
        cipher.encrypt(data_dir, PASSPHRASE)
    before = _rows(data_dir)
    killed_midway = halfway_through_a_file = 0
    try:
        for files_done, mid_file in ((0, True), (1, False), (0, True), (1, True), (0, False)):
            keys.forget(data_dir)
            killed = _run_and_kill(direction, data_dir, PASSPHRASE, files_done, mid_file)
            if cipher.is_encrypted(data_dir):
                cipher.unlock(data_dir, PASSPHRASE)
            assert _rows(data_dir) == before  # every file whole, in its old form or its new one
            half_written = list(data_dir.rglob(f"*{cipher.CONVERTING}"))
            assert not half_written or killed
            halfway_through_a_file += bool(half_written)
            if killed and cipher.interrupted(data_dir):
                killed_midway += 1
                assert _sentence_in(data_dir)  # half converted, the data still opens as it is
            if not cipher.interrupted(data_dir) and (cipher.is_encrypted(data_dir) == (direction == "encrypt")):
                break
        assert killed_midway >= 3 and halfway_through_a_file >= 1
        if cipher.interrupted(data_dir) == "encrypting":  # as the window does once the passphrase is given
            assert cipher.finish_encrypting(data_dir) >= 1 and not cipher.interrupted(data_dir)
        elif cipher.interrupted(data_dir):
            cipher.decrypt(data_dir, PASSPHRASE)
        assert all(is_plain(p) == (direction == "decrypt") for p in cipher.files_of(data_dir))
        assert _rows(data_dir) == before and _sentence_in(data_dir)
        assert not list(data_dir.rglob(f"*{cipher.CONVERTING}"))
        assert paths.database_path(data_dir).is_file()
    finally:
        keys.forget(data_dir)


def test_an_encryption_run_again_after_it_was_stopped_gives_the_recovery_key_the_first_run_never_showed(
    new_database, tmp_path: Path, light_encryption: None
) -> None:
    """Finishing printed "Encrypted: 9 files." and no key: the data then had a recovery key no one had
    seen, and conversations waited for it to be kept."""
    data_dir = tmp_path / "data"
    db = new_database(data_dir)
    _fill(db, backups=3)
    db.close()
    try:
        assert _run_and_kill("encrypt", data_dir, PASSPHRASE, 1, False)
        assert cipher.interrupted(data_dir) == "encrypting"
        keys.forget(data_dir)
        done = cipher.encrypt(data_dir, PASSPHRASE)
        assert done.files >= 1 and cipher.recovery_form(done.recovery_code)
        keys.forget(data_dir)
        cipher.unlock(data_dir, done.recovery_code)
        assert _sentence_in(data_dir) and all(not is_plain(p) for p in cipher.files_of(data_dir))
        cipher.confirm_recovery_kept(data_dir, done.recovery_code)
    finally:
        keys.forget(data_dir)


def test_a_backup_in_the_clear_restored_into_encrypted_data_is_encrypted_on_the_way_in(
    plain_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy made before encryption was restored as it was: the database lay readable on the disk from
    then on, every later write with it, while the app still asked for the passphrase.  And the command
    line restored no backup of encrypted data ("not a Facilitator database"), the passphrase given."""
    from tests.cli.invoke import assert_plain_error, run

    before = backups.copy_verified(paths.database_path(plain_dir), tmp_path / "before.sqlite3")
    cipher.encrypt(plain_dir, PASSPHRASE)
    keys.forget(plain_dir)
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", PASSPHRASE)
    own = sorted(paths.backups_dir(plain_dir).glob(f"*{backups.SUFFIX}"))[0]
    listed = run("backup", "--list", data_dir=plain_dir).stdout  # it printed nothing of encrypted data
    assert str(own) in listed and listed.count(backups.SUFFIX) == 2
    keys.forget(plain_dir)
    for backup in (own, before):
        result = run("restore", str(backup), "--yes", data_dir=plain_dir)
        assert result.returncode == 0 and "Restored" in result.stdout, result.stderr
        assert not is_plain(paths.database_path(plain_dir))
        assert SENTENCE.encode() not in paths.database_path(plain_dir).read_bytes()
        keys.forget(plain_dir)
        cipher.unlock(plain_dir, PASSPHRASE)
        assert _sentence_in(plain_dir)
        keys.forget(plain_dir)
    # Into data in the clear, an encrypted backup would open with no key there: it is refused, as said.
    elsewhere = tmp_path / "other"
    Database.open(elsewhere).close()
    monkeypatch.delenv("FACILITATOR_PASSPHRASE")
    cipher.unlock(plain_dir, PASSPHRASE)
    with pytest.raises(UserError, match="is encrypted, and the data here is not"):
        restore.restore(elsewhere, own)
    assert is_plain(paths.database_path(elsewhere)) and not list(elsewhere.glob(".*restoring*"))
    assert_plain_error(run("restore", str(tmp_path / "none.sqlite3"), data_dir=elsewhere), "There is no backup")


def test_a_new_passphrase_from_the_command_line_is_not_the_one_that_opened_the_data(
    plain_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the passphrase in FACILITATOR_PASSPHRASE, `passphrase` took it as the new one too and said
    "The passphrase was changed." when nothing had."""
    from tests.cli.invoke import assert_plain_error, run

    cipher.encrypt(plain_dir, PASSPHRASE)
    keys.forget(plain_dir)
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", PASSPHRASE)
    assert_plain_error(run("passphrase", data_dir=plain_dir), "give the new passphrase in FACILITATOR_NEW_PASSPHRASE")
    monkeypatch.setenv("FACILITATOR_NEW_PASSPHRASE", PASSPHRASE)
    assert_plain_error(run("passphrase", data_dir=plain_dir), "That is the passphrase already")
    monkeypatch.setenv("FACILITATOR_NEW_PASSPHRASE", "water at the yard by noon")
    assert "The passphrase was changed." in run("passphrase", data_dir=plain_dir).stdout
    keys.forget(plain_dir)
    cipher.unlock(plain_dir, "water at the yard by noon")


def test_the_recovery_key_file_is_private_and_a_wrong_folder_converts_nothing(demo_dir: Path) -> None:
    from facilitator.core.store import cipher
    from tests.cli.invoke import run

    data_dir = demo_dir
    refused = run("encrypt", "--recovery-key-file", str(data_dir / "no such folder" / "key.txt"), data_dir=data_dir)
    assert refused.returncode != 0 and not cipher.is_encrypted(data_dir)
    written = data_dir.parent / "written.txt"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACILITATOR_PASSPHRASE", "stone dust and water")
        done = run("encrypt", "--recovery-key-file", str(written), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert f"Recovery key written to {written}" in done.stdout
    # The file holds the key; what is printed, which a log beside the data keeps, does not.
    [code] = [word for word in written.read_text(encoding="utf-8").split() if word.count("-") >= 3]
    assert code not in done.stdout
    key = data_dir.parent / "key.txt"
    cipher.export_recovery_key("ABCD-EFGH", key)
    assert key.stat().st_mode & 0o777 == 0o600 and "ABCD-EFGH" in key.read_text(encoding="utf-8")
