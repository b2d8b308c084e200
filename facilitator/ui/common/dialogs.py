"""A form in a dialog whose work may be refused: the dialog comes back with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog

Done = TypeVar("Done")


def until_done(dialog: QDialog, attempt: Callable[[], Done | None]) -> Done | None:
    """Show ``dialog`` until ``attempt`` does what it asks (it returns what was made, or something true),
    or the user gives up.  A refusal is shown by the op that ``attempt`` runs; the dialog then opens again
    with everything as it was typed, instead of losing it."""
    while dialog.exec() == QDialog.DialogCode.Accepted:
        done = attempt()
        if done:
            return done
    return None
