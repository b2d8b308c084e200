"""An unexpected error in the window becomes a plain message and a log entry, not a silent failure."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from facilitator.core.errors import UserError
from facilitator.ui import crash


@pytest.fixture
def shown(monkeypatch, qapp) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: messages.append(("critical", text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(("warning", text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return messages


def raise_and_hook(error: BaseException) -> None:
    try:
        raise error
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_an_unexpected_error_is_explained_and_logged(tmp_path: Path, shown) -> None:
    crash.install(tmp_path)
    raise_and_hook(ZeroDivisionError("division by zero"))
    [(kind, text)] = shown
    assert kind == "critical" and "division by zero" in text and "saved" in text
    log = (tmp_path / "logs" / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log and "Traceback" in log


def test_a_refusal_that_escapes_a_view_is_shown_as_its_sentence(tmp_path: Path, shown) -> None:
    crash.install(tmp_path)
    raise_and_hook(UserError("A meeting needs a title."))
    assert shown == [("warning", "A meeting needs a title.")]
    assert not (tmp_path / "logs").exists()
