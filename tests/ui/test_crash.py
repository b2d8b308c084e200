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
    assert "ZeroDivisionError" in log and "Traceback" in log and "test_crash.py" in log
    assert "no names, notes or other text you entered" in text


def test_a_refusal_that_escapes_a_view_is_shown_as_its_sentence(tmp_path: Path, shown) -> None:
    crash.install(tmp_path)
    raise_and_hook(UserError("A meeting needs a title."))
    assert shown == [("warning", "A meeting needs a title.")]
    assert not (tmp_path / "logs").exists()


def test_a_failed_write_leaves_its_text_in_neither_the_log_nor_the_dialog(demo_db, shown) -> None:
    """A note's body is the parameter of a failed INSERT; neither SQL parameters nor values may escape."""
    from sqlalchemy import text

    from facilitator.core.demo.roundtable import MEETING_ID
    from facilitator.core.live import notes

    sentence = "Kamla Devi says the contractor took her ID card"
    with demo_db.engine.begin() as connection:
        connection.execute(text("CREATE TRIGGER refuse_notes BEFORE INSERT ON note BEGIN SELECT RAISE(ABORT, 'disk "
                                "refused the write'); END"))  # fmt: skip
    crash.install(demo_db.directory)
    try:
        notes.add_note(demo_db, MEETING_ID, notes.parse(f"c: {sentence}", {}), None)
    except Exception as caught:
        failure = caught
        assert sentence in repr(getattr(caught, "params", "")) or sentence not in str(caught)
        sys.excepthook(type(caught), caught, caught.__traceback__)
    [(kind, dialog)] = shown
    log = (demo_db.directory / "logs" / crash.LOG_NAME).read_text(encoding="utf-8")
    assert kind == "critical" and "disk refused the write" in dialog and "IntegrityError" in log
    for visible in (log, dialog):
        assert sentence not in visible and "Kamla" not in visible and "contractor" not in visible
    assert "hidden due to hide_parameters" in str(failure)


def test_a_value_error_quoting_typed_text_is_logged_without_its_message(tmp_path: Path, shown) -> None:
    crash.install(tmp_path)
    raise_and_hook(ValueError("invalid literal for int(): 'Kamla owes the contractor 20,000'"))
    [(_, dialog)] = shown
    log = (tmp_path / "logs" / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "ValueError" in log and "Kamla" not in log and "Kamla" not in dialog


def test_the_log_rotates(tmp_path: Path, monkeypatch) -> None:
    from facilitator.core import logs

    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    for _ in range(100):
        try:
            raise ZeroDivisionError("division by zero")
        except ZeroDivisionError as error:
            logs.record(tmp_path, error)
    files = sorted((tmp_path / "logs").iterdir())
    assert len(files) == logs.KEPT + 1 and all(f.stat().st_size <= 2000 for f in files)
