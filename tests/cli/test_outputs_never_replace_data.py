"""A file name typed wrongly never destroys data: no export, agenda, calendar or report is written inside
a data folder or over a database, and the refusal leaves everything as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator.paths import DATABASE_NAME
from tests.cli.invoke import assert_plain_error, run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content(path: Path) -> list[str]:
    """What the database holds (a command that opens it may checkpoint its log, which changes the file's
    bytes but not its content)."""
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


@pytest.mark.parametrize(
    "command",
    [
        ("export", "ae95", "--format", "json", "--out"),
        ("export", "ae95", "--out"),
        ("agenda", "ae95", "--ics"),
        ("agenda", "ae95", "--pdf"),
        ("visits", "--ics"),
    ],
)
@pytest.mark.parametrize("name", [DATABASE_NAME, f"{DATABASE_NAME}-wal", "backups/minutes.pdf", "minutes.pdf"])
def test_nothing_is_written_inside_the_data_folder(demo_dir: Path, command: tuple[str, ...], name: str) -> None:
    (demo_dir / "backups").mkdir(exist_ok=True)
    before = content(demo_dir / DATABASE_NAME)
    result = run(*command, str(demo_dir / name), data_dir=demo_dir)
    assert_plain_error(result, "is inside the data folder")
    assert content(demo_dir / DATABASE_NAME) == before
    assert not (demo_dir / "backups" / "minutes.pdf").exists() and not (demo_dir / "minutes.pdf").exists()
    assert run("meetings", data_dir=demo_dir).returncode == 0


def test_a_database_elsewhere_is_never_replaced_and_a_plain_file_is(demo_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "roundtable-copy.sqlite3"
    shutil.copy(demo_dir / DATABASE_NAME, copy)
    kept = digest(copy)
    result = run("export", "ae95", "--format", "json", "--out", str(copy), data_dir=demo_dir)
    assert_plain_error(result, "is a database")
    assert digest(copy) == kept
    old = tmp_path / "minutes.json"
    old.write_text("last week's minutes")
    assert run("export", "ae95", "--format", "json", "--out", str(old), data_dir=demo_dir).returncode == 0
    assert old.read_text().startswith("{")


def test_an_encrypted_copy_a_key_file_and_a_sync_folder_are_never_written_over(demo_dir: Path, tmp_path: Path) -> None:
    """None of them is known by a header: an encrypted database is noise, a team file is JSON."""
    copy, key = tmp_path / "facilitator-backup.sqlite3", tmp_path / "facilitator-recovery-key.txt"
    copy.write_bytes(b"\x8f\x01 encrypted pages")
    key.write_text("RECOVERY-KEY-1234")
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "facilitator-sync.json").write_text('{"format": 1}')
    for target, said in ((copy, "is not a PDF / JSON / CSV / ICS file"), (key, "is not a PDF / JSON / CSV / ICS file"),
                         (stick / "facilitator-sync.json", "is in a sync folder"),
                         (stick / "minutes.json", "is in a sync folder")):  # fmt: skip
        assert_plain_error(run("export", "ae95", "--format", "json", "--out", str(target), data_dir=demo_dir), said)
    assert copy.read_bytes() == b"\x8f\x01 encrypted pages" and key.read_text() == "RECOVERY-KEY-1234"
    assert (stick / "facilitator-sync.json").read_text() == '{"format": 1}' and not (stick / "minutes.json").exists()


def test_the_recovery_key_is_never_written_over_the_data_or_into_a_sync_folder(demo_dir: Path, tmp_path: Path) -> None:
    data, stick = demo_dir, tmp_path / "stick"
    (stick / "segments" / "laptop").mkdir(parents=True)
    (stick / "facilitator-sync.json").write_text('{"format": 1}')
    env = {"FACILITATOR_PASSPHRASE": "stone dust and water"}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        assert run("encrypt", "--recovery-key-file", str(tmp_path / "key.txt"), data_dir=data).returncode == 0
        database = (data / DATABASE_NAME).read_bytes()
        for target, said in ((data / DATABASE_NAME, "inside the data folder"),
                             (stick / "facilitator-sync.json", "is in a sync folder"),
                             (stick / "segments" / "laptop" / "key.txt", "is in a sync folder")):  # fmt: skip
            assert_plain_error(run("recovery-key", "--file", str(target), data_dir=data), said)
        assert (data / DATABASE_NAME).read_bytes() == database
        assert (stick / "facilitator-sync.json").read_text() == '{"format": 1}'
        exported = run("export", "ae95", "--out", str(stick / "segments" / "x.pdf"), data_dir=data)
        assert_plain_error(exported, "is in a sync folder")
