"""Typed user settings, declared once with their defaults, stored by QSettings."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from facilitator import paths

T = TypeVar("T")


class Setting(Generic[T]):
    """A descriptor: ``settings.language`` reads and writes one QSettings key with a type and default."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Settings | None, owner: type) -> T:
        if instance is None:
            return self  # type: ignore[return-value]
        value = instance.store.value(self.key, self.default)
        return self._coerce(value)

    def __set__(self, instance: Settings, value: T) -> None:
        instance.store.setValue(self.key, value)

    def _coerce(self, value: Any) -> T:
        default = self.default
        if isinstance(default, bool):
            return (value in (True, "true", "1", 1)) if not isinstance(value, bool) else value  # type: ignore[return-value]
        if isinstance(default, int):
            return int(value)  # type: ignore[return-value]
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()  # type: ignore[return-value]
        return value if value is not None else default


class Settings:
    """The app's settings.  Tests pass their own QSettings file so they never touch the user's."""

    language = Setting("ui/language", "")
    window_geometry = Setting("window/geometry", QByteArray())
    window_state = Setting("window/state", QByteArray())
    splitter_state = Setting("window/splitter", QByteArray())
    meetings_list_shown = Setting("window/meetings_list", True)  # hidden, the sections get the whole width
    last_meeting = Setting("session/last_meeting", "")
    show_archived = Setting("meetings/show_archived", False)
    meetings_sort_column = Setting("meetings/sort_column", -1)  # -1: by date, newest first
    meetings_sort_ascending = Setting("meetings/sort_ascending", False)
    last_section = Setting("workspace/last_section", 0)
    visits_page = Setting("visits/page", 0)  # site visits, the risk register or the ledger
    visit_tab = Setting("visits/visit_tab", 0)  # a visit's details, checklist, conversations or findings
    minutes_audience = Setting("minutes/audience", "internal")
    minutes_language = Setting("minutes/language", "")  # "": the language the window speaks
    minutes_folder = Setting("minutes/folder", "")  # "": Documents/Facilitator

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()

    @classmethod
    def kept_in(cls, data_dir: Path | None) -> Settings:
        """Settings in ``data_dir``'s settings.ini (a portable data dir), or the user's usual place."""
        if data_dir is None:
            return cls(QSettings())
        return cls(QSettings(str(paths.settings_path(data_dir)), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self.store.sync()
