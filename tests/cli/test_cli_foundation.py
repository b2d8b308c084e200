"""The command line as a user runs it: plain errors, files left untouched.

The commands run in this process through the same entry point as the installed ``facilitator``;
one smoke test and the full-disk test start a real process, as the installed command does.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import __version__, cli, paths
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.core.demo.visits import EARLIER_MEETING_ID
from tests.cli.invoke import assert_plain_error, run


def process_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_LANG": "en", **extra}
    if paths.DATA_DIR_ENV not in extra:
        env.pop(paths.DATA_DIR_ENV, None)
    return env


def test_python_m_facilitator_runs_in_its_own_process_with_the_data_dir_from_the_environment(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "demo"],
        capture_output=True, text=True, timeout=120, env=process_env(**{paths.DATA_DIR_ENV: str(tmp_path / "stick")}),
    )  # fmt: skip
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, MEETING_ID, "")
    assert paths.database_path(tmp_path / "stick").exists()


def test_the_entry_point_loads_neither_the_database_layer_nor_qt_before_a_command_needs_them() -> None:
    """``--version``, ``--help`` and the window's first paint (which reads the meetings list without the ORM)
    start from here."""
    probe = "import sys, facilitator.cli; print(sorted({m.split('.')[0] for m in sys.modules}))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert not {"sqlalchemy", "alembic", "PySide6", "reportlab"} & set(json.loads(loaded.stdout.replace("'", '"')))


def test_version_and_help_on_every_command() -> None:
    assert run("--version").stdout.strip() == f"Facilitator {__version__}"
    for command in ("demo", "meetings", "meeting", "backup", "selftest"):
        result = run(command, "--help")
        assert result.returncode == 0 and "usage: facilitator" in result.stdout


def _sub_commands(parser: argparse.ArgumentParser) -> list[str]:
    return next(list(a.choices) for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def test_a_line_naming_a_sub_command_parses_as_with_the_whole_tree() -> None:
    """COMMANDS names the module of every sub-command, since a line naming one builds that module's alone."""
    assert _sub_commands(cli.build_parser()) == list(cli.COMMANDS)
    for name, module in cli.COMMANDS.items():
        assert set(_sub_commands(cli.build_parser(name))) == {n for n, m in cli.COMMANDS.items() if m is module}
    lines = (
        ["stats", "ae95", "--json"],
        ["--data-dir", "d", "minutes", "approve", "ae95", "--by", "Union", "--fingerprint", "3ab98294"],
        ["visit-plan", "Quarry 7", "--start", "2026-12-01 09:00", "--end", "2026-12-01 12:00"],
        ["--lang", "nl", "check", "ae95", "--strict"],
    )
    for line in lines:
        language, named = cli._early_options(line)
        assert named in cli.COMMANDS and language == ("nl" if "nl" in line else None)
        assert vars(cli.build_parser(named).parse_args(line)) == vars(cli.build_parser().parse_args(line)), line
    for line in ([], ["--data-dir", "d"], ["--lang", "nl", "--data-dir", "d"]):  # the window's lines
        assert cli._early_options(line)[1] == cli.NO_COMMAND
        assert _sub_commands(cli.build_parser(cli.NO_COMMAND)) == []
        assert vars(cli.build_parser(cli.NO_COMMAND).parse_args(line)) == vars(cli.build_parser().parse_args(line))
    assert cli._early_options(["-h", "stats"]) == (None, None)  # the top-level help: every command
    assert cli._early_options(["--version"]) == (None, None)
    assert cli._early_options(["--lang", "nl", "nonsense"]) == ("nl", None)


def test_the_help_and_a_mistyped_command_list_every_command_in_the_chosen_language() -> None:
    for shown in (run("--help").stdout, run("nonsense").stderr):
        assert all(name in shown for name in cli.COMMANDS), shown
    from facilitator.ui.i18n import install_translator

    try:
        dutch = run("--lang", "nl", "--help").stdout, run("--lang", "nl", "nonsense").stderr
    finally:
        install_translator("en")  # --lang is the process's language from then on
    assert "OPDRACHT" in dutch[0] and "toon het id van de" in dutch[0] and "OPDRACHT" in dutch[1]
    assert all(name in shown for shown in dutch for name in cli.COMMANDS)


def test_demo_is_idempotent_and_listed_as_json(tmp_path: Path) -> None:
    first, second = run("demo", data_dir=tmp_path), run("demo", data_dir=tmp_path)
    assert first.stdout.strip() == second.stdout.strip() == MEETING_ID
    listed = json.loads(run("meetings", "--json", data_dir=tmp_path).stdout)
    assert [m["id"] for m in listed] == [MEETING_ID]  # the ledger's 2022 roundtable is archived
    assert listed[0]["timezone"] == "Asia/Kolkata" and listed[0]["local_start"].startswith("2023-10-27T09:00")


def test_a_meeting_without_a_place_is_listed_without_empty_brackets(tmp_path: Path) -> None:
    from datetime import datetime

    from facilitator.core import meetings
    from facilitator.core.db import Database

    db = Database.open(tmp_path)
    meetings.create(db, "Natuursteen rondetafel", datetime(2027, 3, 1, 9), datetime(2027, 3, 1, 17))
    (line,) = run("meetings", data_dir=tmp_path).stdout.splitlines()
    assert line.endswith("Natuursteen rondetafel")


def test_data_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "stick"))
    assert run("demo").returncode == 0
    assert paths.database_path(tmp_path / "stick").exists()


def test_a_meeting_by_id_prefix_and_an_unknown_one(demo_dir: Path) -> None:
    shown = json.loads(run("meeting", MEETING_ID[:5], "--json", data_dir=demo_dir).stdout)
    assert shown["id"] == MEETING_ID and shown["languages"] == ["hi", "en"] and shown["min_group_size"] == 3
    assert "from 3 people" in run("meeting", MEETING_ID[:5], data_dir=demo_dir).stdout
    assert_plain_error(run("meeting", "nope", data_dir=demo_dir), "No meeting has an id starting with 'nope'")


def test_unwritable_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert_plain_error(run("demo", data_dir=blocker / "data"), "cannot be written")
    assert_plain_error(run("meetings", data_dir=blocker / "data"), "No data here yet")  # reading writes nothing
    assert blocker.read_text() == "not a folder"


def test_corrupted_database_is_left_untouched(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    database = paths.database_path(tmp_path)
    database.write_bytes(b"\x00garbage\xff" * 4096)
    before = database.read_bytes()
    assert_plain_error(run("meetings", data_dir=tmp_path), "not a Facilitator database")
    assert database.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [database.name]


def test_backup_writes_a_usable_copy(demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    result = run("backup", "--to", str(target), data_dir=demo_dir)
    assert result.returncode == 0 and target.exists()
    with sqlite3.connect(target) as copy:
        assert sorted(copy.execute("SELECT id FROM meeting").fetchall()) == sorted(
            [(MEETING_ID,), (EARLIER_MEETING_ID,)]
        )
    copy.close()
    again = run("backup", "--to", str(target), data_dir=demo_dir)
    assert_plain_error(again, "exists already")


def test_selftest_opens_every_screen(tmp_path: Path) -> None:
    result = run("selftest", data_dir=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "every screen opened" in result.stdout


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_while_writing_output_is_one_plain_line(demo_dir: Path) -> None:
    """A real process: its standard output is the full device, as when a redirect fills the disk."""
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", "--data-dir", str(demo_dir), "meetings", "--json"],
            stdout=full, stderr=subprocess.PIPE, text=True, env=process_env(), timeout=120,
        )  # fmt: skip
    assert_plain_error(result, "No space left on device")


def test_the_window_without_a_screen_is_one_plain_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert_plain_error(run(data_dir=tmp_path / "data"), "needs a screen")
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("option", ["--lang", "--data-dir"])
def test_an_option_without_its_value_is_named_by_the_command(option: str) -> None:
    result = run(option)
    assert result.returncode == 2
    assert_plain_error(result, f"argument {option}: expected one argument")  # one line, not under a usage block
    assert "'facilitator --help' shows how." in result.stderr
