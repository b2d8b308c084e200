"""A data dir carried on a USB stick: the settings go with it, and looking at an empty one leaves no trace."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator import paths
from tests.cli.invoke import assert_plain_error, run

READ_ONLY_COMMANDS = (
    ("meetings",), ("meeting", "abc"), ("participants", "abc"), ("check", "abc"), ("agenda", "abc"),
    ("stats", "abc"), ("actions", "abc"), ("notes", "abc"), ("backup",), ("conflicts",), ("sync-status",),
)  # fmt: skip


@pytest.mark.parametrize("command", READ_ONLY_COMMANDS, ids=lambda c: c[0])
def test_a_read_only_command_on_an_empty_place_says_so_and_creates_nothing(tmp_path: Path, command) -> None:
    missing = tmp_path / "stick" / "Facilitator"
    assert_plain_error(run(*command, data_dir=missing), "No data here yet")
    assert not (tmp_path / "stick").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_plain_error(run(*command, data_dir=empty), "No data here yet")
    assert list(empty.iterdir()) == []


def test_the_same_commands_read_a_data_dir_that_has_data(demo_dir: Path) -> None:
    assert run("meetings", data_dir=demo_dir).returncode == 0


@pytest.mark.parametrize(
    ("args", "env", "portable"),
    [(["--data-dir", "{dir}"], False, True), ([], True, True), ([], False, False)],
    ids=["--data-dir", "FACILITATOR_DATA_DIR", "default"],
)
def test_a_chosen_data_dir_keeps_the_window_settings(tmp_path: Path, monkeypatch, args, env, portable) -> None:
    from facilitator import cli
    from facilitator.ui import app

    seen = {}

    def window(data_dir: Path, _open, _lang, chosen: bool) -> int:
        seen.update(dir=data_dir, portable=chosen)
        return 0

    monkeypatch.setattr(app, "run_window", window)
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    if env:
        monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path))
    assert cli.main([part.format(dir=tmp_path) for part in args]) == 0
    assert seen["portable"] is portable
    if portable:
        assert seen["dir"] == tmp_path.resolve()


def test_portable_settings_are_written_beside_the_data(tmp_path: Path, qapp) -> None:
    from facilitator.ui.settings import Settings

    settings = Settings.kept_in(tmp_path)
    settings.language = "nl"
    settings.last_section = 3
    settings.sync()
    text = paths.settings_path(tmp_path).read_text(encoding="utf-8")
    assert "language=nl" in text
    assert Settings.kept_in(tmp_path).last_section == 3
