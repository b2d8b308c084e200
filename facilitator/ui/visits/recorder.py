"""Who records ledger changes on this laptop: asked once, then offered again (every change says who)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

KEY = "visits/recorded_by"


def remembered() -> str:
    return str(QSettings().value(KEY, "") or "")


def remember(name: str) -> None:
    if name.strip():
        QSettings().setValue(KEY, name.strip())
