"""The chosen meeting's workspace: its heading and one tab per section."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from facilitator.core import meetings, vocabulary
from facilitator.core.changes import Change
from facilitator.ui.common.section import Section
from facilitator.ui.ops import Changed, Ops
from facilitator.ui.sections import SECTIONS


class Workspace(QStackedWidget):
    """One tab per built section for the chosen meeting; a hint when none is chosen."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self.tr("Choose a meeting on the left, or create one with File ▸ New meeting."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.ops = ops
        self.meeting_id: str | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.sections: list[Section] = [section(ops) for section in SECTIONS]
        for section in self.sections:
            section.defer_while_hidden = True
            self.tabs.addTab(section, section.title())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.page = page
        self.addWidget(self.hint)
        self.addWidget(page)
        ops.bus.changed.connect(self._on_changed)

    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.setCurrentWidget(self.page if meeting_id else self.hint)
        self._update_heading()
        for section in self.sections:
            section.set_meeting(meeting_id)

    def _on_changed(self, changed: Changed) -> None:
        if changed.kinds & Change.MEETINGS:
            self._update_heading()

    def _update_heading(self) -> None:
        if self.meeting_id is None:
            return
        m = meetings.get(self.ops.db, self.meeting_id)
        start, end = meetings.to_local(m.starts_at, m.timezone), meetings.to_local(m.ends_at, m.timezone)
        when = (
            f"{start:%Y-%m-%d %H:%M} – {end:%H:%M}"
            if start.date() == end.date()
            else (f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}")
        )
        place = ", ".join(part for part in (m.city, vocabulary.COUNTRIES.label(m.country)) if part)
        details = " · ".join(
            part for part in (f"{when} ({m.timezone})", place, vocabulary.MEETING_STATUSES.label(m.status)) if part
        )
        self.heading.setText(f"<b style='font-size:14pt'>{escape(m.title)}</b><br>{escape(details)}")

    def show_section(self, section_type: type[Section]) -> Section | None:
        """Jump to a section, e.g. from a check that says where its fix is made."""
        section = next((s for s in self.sections if isinstance(s, section_type)), None)
        if section is not None:
            self.tabs.setCurrentWidget(section)
        return section
