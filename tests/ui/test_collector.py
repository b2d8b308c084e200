"""The cycle collector is paused while the window starts and back, with start-up's objects frozen, once
every section is built."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QObject, Signal

from facilitator.ui import collector


class Workspace(QObject):
    all_built = Signal()


@pytest.fixture
def paused():
    collector.pause()
    yield
    collector.resume()
    gc.enable()


def test_the_collector_resumes_in_the_first_idle_moment_after_every_section_is_built(qtbot, paused) -> None:
    workspace = Workspace()
    frozen = gc.get_freeze_count()
    collector.resume_after(workspace.all_built, workspace)
    qtbot.wait(1)
    assert not gc.isenabled()
    workspace.all_built.emit()
    assert not gc.isenabled()  # not inside the signal: in the idle moment after it
    qtbot.waitUntil(gc.isenabled, timeout=1000)
    assert gc.get_freeze_count() > frozen  # what start-up made is frozen too
    workspace.all_built.emit()  # a second build (a language switch) changes nothing
    qtbot.wait(1)
    assert gc.isenabled()


def test_the_collector_resumes_after_its_time_when_start_up_never_ends(qtbot, paused, monkeypatch) -> None:
    monkeypatch.setattr(collector, "LATEST_RESUME_MS", 50)
    workspace = Workspace()
    collector.resume_after(workspace.all_built, workspace)
    qtbot.waitUntil(gc.isenabled, timeout=2000)


def test_a_collector_paused_by_other_work_is_not_resumed_by_the_windows_fallback() -> None:
    gc.disable()  # a sync's merge pauses it for a while
    try:
        collector.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_when_the_window_never_opened(monkeypatch, tmp_path) -> None:
    from facilitator.commands.context import CommandContext
    from facilitator.commands.window import open_window
    from facilitator.ui import app

    monkeypatch.setattr(app, "run_window", lambda *args: 0)  # already open elsewhere, or unlock cancelled
    assert open_window(CommandContext(data_dir=tmp_path, lang="en")) == 0
    assert gc.isenabled()
