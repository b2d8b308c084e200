"""``sync``, ``sync-status``, ``conflicts`` and ``conflict`` as a user runs them.

In this process through ``facilitator.cli.main`` (``tests.cli.invoke``), as the other command tests;
the keyring chosen by the environment is tried in a real process.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from facilitator import cli, paths
from facilitator.core.demo.roundtable import MEETING_ID
from tests.cli.invoke import Result, assert_plain_error, run
from tests.sync.sticks import PASSPHRASE


@pytest.fixture(autouse=True)
def team_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEAM_PASSPHRASE", PASSPHRASE)


def plain_error(result: Result, fragment: str) -> None:
    assert result.returncode == cli.EXIT_ERROR
    assert_plain_error(result, fragment)


def test_two_laptops_sync_through_a_folder_and_agree(demo_dir: Path, tmp_path: Path) -> None:
    a, b, stick = demo_dir, tmp_path / "b", tmp_path / "usb"
    stick.mkdir()  # an empty stick: the first sync makes it a sync folder
    first = run(
        "sync", "--folder", str(stick), "--passphrase-env", "TEAM_PASSPHRASE", "--device-name", "Laptop A", data_dir=a
    )
    assert first.returncode == 0, first.stderr
    assert "Writing" in first.stdout and re.search(r"Changes received: 0, sent: \d{3}", first.stdout)
    second = run("sync", "--folder", str(stick), "--passphrase-env", "TEAM_PASSPHRASE", "--json", data_dir=b)
    report = json.loads(second.stdout)
    assert report["received"] > 200 and report["devices"] == [{"id": report["devices"][0]["id"], "name": "Laptop A"}]
    assert report["kinds"] and report["held"] == [] and report["refused"] == []
    status = [json.loads(run("sync-status", "--json", data_dir=d).stdout) for d in (a, b)]
    assert status[0]["fingerprint"] == status[1]["fingerprint"]
    assert status[1]["devices"][0]["name"] == "Laptop A" and status[1]["targets"][0]["to_send"] == 0
    # When Laptop A last worked, not when this laptop last found its folder.
    from facilitator.core.db import Database

    laptop_a = Database.open(a)
    with laptop_a.engine.connect() as connection:
        newest = connection.exec_driver_sql("SELECT max(hlc) FROM sync_change WHERE source = ''").scalar()
    laptop_a.close()
    made = datetime.fromtimestamp(int(newest.split(".", 1)[0]) / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert status[1]["devices"][0]["newest_change"] == made != status[1]["devices"][0]["last_seen"]
    shown = run("sync-status", data_dir=b).stdout
    assert f"Devices, with the newest change held from each:\n  Laptop A  {made}" in shown
    # Two laptops of one name are told apart by the start of their ids.
    run("sync", "--folder", str(stick), "--passphrase-env", "TEAM_PASSPHRASE", "--device-name", "Laptop A", data_dir=b)
    a_id = status[0]["device"]["id"]
    assert f"  Laptop A ({a_id[:8]})  {made}" in run("sync-status", data_dir=b).stdout


def test_missing_passphrase_and_wrong_passphrase_are_plain_errors(
    demo_dir: Path, tmp_path: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = demo_dir
    plain_error(run("sync", "--folder", str(stick), data_dir=a), "--passphrase-env")
    plain_error(run("sync", "--folder", str(stick), "--passphrase-env", "NOT_SET_ANYWHERE", data_dir=a), "not set")
    monkeypatch.setenv("SET_BUT_EMPTY", "")
    plain_error(run("sync", "--folder", str(stick), "--passphrase-env", "SET_BUT_EMPTY", data_dir=a), "is empty")
    assert run("sync", "--folder", str(stick), "--passphrase-env", "TEAM_PASSPHRASE", data_dir=a).returncode == 0
    monkeypatch.setenv("W", "stone dust and wine")
    wrong = run("sync", "--folder", str(stick), "--passphrase-env", "W", data_dir=a)
    plain_error(wrong, "passphrase does not open")
    new_laptop = tmp_path / "new-laptop"  # refused before its first database was made
    first_sync = ("sync", "--folder", str(stick), "--passphrase-env", "W", "--device-name", "Office laptop")
    plain_error(run(*first_sync, data_dir=new_laptop), "does not open")
    assert not new_laptop.exists()
    plain_error(run("sync", "--folder", str(tmp_path / "unplugged"), "--passphrase-env", "TEAM_PASSPHRASE", data_dir=a),
                "does not exist")  # fmt: skip
    plain_error(run("sync", "--database", "sqlite:///x.sqlite3", data_dir=a), "PostgreSQL")
    # Said before any passphrase is asked for (twice, for a new team's folder).
    plain_error(run("sync", "--folder", str(tmp_path / "unplugged"), data_dir=a), "does not exist")


def test_a_mass_deletion_is_refused_without_yes(demo_dir: Path, tmp_path: Path, stick: Path) -> None:
    a, b = demo_dir, tmp_path / "b"
    sync = ("sync", "--folder", str(stick), "--passphrase-env", "TEAM_PASSPHRASE")
    run(*sync, data_dir=a)
    run(*sync, data_dir=b)
    from facilitator.core.db import Database
    from facilitator.core.models import Meeting
    from facilitator.core.records import set_deleted

    db = Database.open(a)
    set_deleted(db, Meeting, MEETING_ID, True)
    db.close()
    run(*sync, data_dir=a)
    held = run(*sync, data_dir=b)
    plain_error(held, "--yes")
    assert "would delete" in held.stdout and "Roundtable on labour risks" in held.stdout
    assert MEETING_ID in run("meetings", "--json", data_dir=b).stdout
    assert run(*sync, "--yes", data_dir=b).returncode == 0
    assert json.loads(run("meetings", "--json", data_dir=b).stdout) == []


def test_a_conflict_is_listed_compared_and_decided_headless(demo_dir: Path, tmp_path: Path, stick: Path) -> None:
    a, b = demo_dir, tmp_path / "b"
    sync = ("sync", "--folder", str(stick), "--passphrase-env", "TEAM_PASSPHRASE")
    run(*sync, "--device-name", "Field laptop", data_dir=a)
    run(*sync, data_dir=b)
    from facilitator.core import meetings
    from facilitator.core.db import Database

    for folder, purpose in ((a, "Agree on water and sheds"), (b, "Agree on water, sheds and ID cards")):
        db = Database.open(folder)
        meetings.update(db, MEETING_ID, purpose=purpose)
        db.close()
    run(*sync, data_dir=a)
    assert "New conflicts to decide: 1" in run(*sync, data_dir=b).stdout
    [listed] = json.loads(run("conflicts", "--json", data_dir=b).stdout)
    assert listed["record"].startswith("Roundtable") and listed["other"] == "Agree on water and sheds"
    shown = run("conflict", listed["id"][:8], data_dir=b)
    assert "Agree on water[-, sheds-] and [-ID cards-]{+sheds+}" in shown.stdout  # what changed, word by word
    assert "Other version, from Field laptop:" in shown.stdout  # which laptop wrote it, by the name it syncs under
    merged = tmp_path / "merged.txt"
    merged.write_text("Agree on water, sheds and ID cards, in that order\n", encoding="utf-8")  # as editors save
    assert run("conflict", listed["id"][:8], "--merged", str(merged), data_dir=b).returncode == 0
    assert "No conflicts to decide." in run("conflicts", data_dir=b).stdout
    plain_error(run("conflict", listed["id"][:8], "--keep", "other", data_dir=b), "decided already")
    plain_error(run("conflict", "ffffffff", data_dir=b), "No conflict starts with")
    run(*sync, data_dir=b)
    run(*sync, data_dir=a)
    # The line end an editor adds to the file is not a new line of the purpose, which had none.
    assert json.loads(run("meeting", MEETING_ID, "--json", data_dir=a).stdout)["purpose"].endswith("in that order")


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    previous, kept = keyring.get_keyring(), MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(previous)


def test_the_keyring_keeps_the_passphrase_only_when_asked(
    tmp_path: Path, stick: Path, memory: MemoryKeyring, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("TEAM_PASSPHRASE", PASSPHRASE)
    data = ["--data-dir", str(tmp_path / "a")]
    folder = ["sync", "--folder", str(stick)]
    assert cli.main([*data, *folder, "--passphrase-env", "TEAM_PASSPHRASE"]) == 0
    assert memory.secrets == {}
    assert cli.main([*data, *folder]) == 2  # not remembered: asked for, and there is no terminal to ask on
    assert cli.main([*data, *folder, "--passphrase-env", "TEAM_PASSPHRASE", "--remember-passphrase"]) == 0
    assert list(memory.secrets.values()) == [PASSPHRASE]
    assert cli.main([*data, *folder]) == 0
    assert cli.main([*data, *folder, "--passphrase-env", "TEAM_PASSPHRASE", "--forget-passphrase"]) == 0
    assert memory.secrets == {}
    assert "--passphrase-env" in capsys.readouterr().err


def test_without_a_keyring_remembering_is_refused_plainly(tmp_path: Path, stick: Path) -> None:
    """In a real process: keyring picks its backend from the environment when the command first asks."""
    environment = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "FACILITATOR_LANG": "en"}
    environment.pop(paths.DATA_DIR_ENV, None)
    command = [sys.executable, "-m", "facilitator", "--data-dir", str(tmp_path / "a"), "sync", "--folder", str(stick),
               "--passphrase-env", "TEAM_PASSPHRASE", "--remember-passphrase"]  # fmt: skip
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, stdin=subprocess.DEVNULL, timeout=120
    )
    plain_error(Result(done.returncode, done.stdout, done.stderr), "no keyring")
