"""Asking before the minutes are issued: an issued version is final (nothing to undo), so one click on
"Issue version" says what it freezes, and what may not be ready yet, before it does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def confirmed_reason(parent: QWidget, number: int, concerns: list[str]) -> str | None:
    """The reason to keep with version ``number`` ("" for the first, which needs none), or None when the
    facilitator does not issue it after all.  Whatever may not be ready is said first, with Cancel as the
    default answer, so Enter never issues it."""
    final = QCoreApplication.translate(
        "MinutesIssuing",
        "An issued version is final: it can be printed again exactly as it is, and what changes later goes into "
        "the next version.",
    )
    title = QCoreApplication.translate("MinutesIssuing", "Issue version {0}").format(number)
    if (number == 1 or concerns) and not _confirmed(parent, title, final, concerns):
        return None
    if number == 1:
        return ""
    question = QCoreApplication.translate(
        "MinutesIssuing", "What changed since version {0}? (kept with the version; may be left empty)"
    ).format(number - 1)
    reason, chosen = QInputDialog.getText(parent, title, question if concerns else f"{final}\n\n{question}")
    return reason if chosen else None


def _confirmed(parent: QWidget, title: str, final: str, concerns: list[str]) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, final, QMessageBox.StandardButton.Cancel, parent)
    if concerns:
        box.setInformativeText("\n".join(f"• {concern}" for concern in concerns))
    issue = box.addButton(title, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel if concerns else issue)
    box.exec()
    return box.clickedButton() is issue
