"""The chosen meeting's workspace: its heading and one tab per section.

Tabs exist from the first paint; a section's module is imported and the section built when its tab is
first needed, and the others one by one in idle time once the data is open, so the window shows at
once and every section is ready moments later.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from facilitator.core import vocabulary
from facilitator.core.meeting_summary import MeetingSummary
from facilitator.ui.sections import SECTIONS, SectionSpec

if TYPE_CHECKING:
    from facilitator.ui.common.section import Section
    from facilitator.ui.ops import Ops


class Workspace(QStackedWidget):
    """One tab per section for the chosen meeting; a hint when none is chosen."""

    all_built = Signal()
    room_view_changed = Signal(bool)
    # The sections not shown are built one by one in idle time, so that each tab shows at once when first
    # chosen.  Tests that use one section turn this off and build only what they touch.
    builds_rest_in_idle = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self._choose_hint())
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.ops: Ops | None = None
        self.meeting_id: str | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._pages: list[QWidget] = []
        self._built: dict[int, Section] = {}
        for spec in SECTIONS:
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self._pages.append(page)
            self.tabs.addTab(page, spec.title)
        self.tabs.currentChanged.connect(self._tab_shown)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.page = page
        self.addWidget(self.hint)
        self.addWidget(page)

    def _choose_hint(self) -> str:
        return self.tr("Choose a meeting on the left, or create one with File ▸ New meeting.")

    def show_locked(self, locked: bool) -> None:
        """While the passphrase is asked for, the window behind says the data is locked: an empty list and
        "create one" looked as if the data were gone."""
        self.hint.setText(
            self.tr("The data is encrypted. Its meetings are shown once the passphrase is given.")
            if locked
            else self._choose_hint()
        )

    # -- sections ------------------------------------------------------------------------------------

    def attach(self, ops: Ops) -> None:
        """The data is open: build the shown section now and the others in idle time."""
        self.ops = ops
        self.section_at(self.tabs.currentIndex())
        if self.builds_rest_in_idle:
            QTimer.singleShot(0, self, self._build_next)  # cancelled with the window

    def section_at(self, index: int) -> Section:
        """The section of tab ``index``, built on first use."""
        section = self._built.get(index)
        if section is None:
            assert self.ops is not None, "sections are built once the data is open"
            section = SECTIONS[index].load()(self.ops)
            section.defer_while_hidden = True
            section.room_view_changed.connect(self.room_view_changed)
            self._built[index] = section
            self._pages[index].layout().addWidget(section)
            section.show()  # a child added to a shown page stays hidden until told; on a hidden page this waits
            section.set_meeting(self.meeting_id)
        return section

    @property
    def sections(self) -> list[Section]:
        """Every section, built if it was not yet."""
        return [self.section_at(index) for index in range(len(SECTIONS))]

    def current_section(self) -> Section | None:
        index = self.tabs.currentIndex()
        return self.section_at(index) if self.ops is not None and index >= 0 else None

    def built_sections(self) -> list[Section]:
        return [self._built[index] for index in sorted(self._built)]

    def _build_next(self) -> None:
        missing = [index for index in range(len(SECTIONS)) if index not in self._built]
        if missing:
            self.section_at(missing[0])
            QTimer.singleShot(0, self, self._build_next)  # cancelled with the window
        else:
            self.all_built.emit()

    def _tab_shown(self, index: int) -> None:
        if self.ops is not None and index >= 0:
            section = self.section_at(index)
            focused = QApplication.focusWidget()
            if self.tabs.tabBar().hasFocus() or (focused is not None and not self.isAncestorOf(focused)):
                # A tab chosen with the mouse left the focus in the meetings search, where the section's
                # own keys (Ctrl+Shift+N: a new person) do nothing: it goes to the section's first field.
                _focus_first_field(section)

    def show_section(self, section_type: type[Section] | SectionSpec) -> Section | None:
        """Jump to a section, e.g. from a check that says where its fix is made."""
        name = section_type.name if isinstance(section_type, SectionSpec) else section_type.__name__
        index = next((n for n, spec in enumerate(SECTIONS) if spec.name == name), None)
        if index is None:
            return None
        if index == self.tabs.currentIndex():
            self._tab_shown(index)  # chosen again from the meetings list: the focus goes into it all the same
        self.tabs.setCurrentIndex(index)
        return self.section_at(index) if self.ops is not None else None

    # -- the meeting -----------------------------------------------------------------------------------

    def show_meeting(self, summary: MeetingSummary | None) -> None:
        self.meeting_id = summary.id if summary else None
        self.setCurrentWidget(self.page if summary else self.hint)
        self.show_heading(summary)
        for section in self.built_sections():
            section.set_meeting(self.meeting_id)

    def show_heading(self, m: MeetingSummary | None) -> None:
        if m is None:
            self.heading.clear()
            return
        start, end = m.local_start, m.local_end
        when = (
            f"{start:%Y-%m-%d %H:%M} – {end:%H:%M}"
            if start.date() == end.date()
            else f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}"
        )
        place = ", ".join(part for part in (m.city, vocabulary.COUNTRIES.label(m.country)) if part)
        details = " · ".join(
            part for part in (f"{when} ({m.timezone})", place, vocabulary.MEETING_STATUSES.label(m.status)) if part
        )
        self.heading.setText(f"<b style='font-size:14pt'>{escape(m.title)}</b><br>{escape(details)}")


def _focus_first_field(section: Section) -> None:
    """Give the focus to where the section's keyboard work starts, or its first widget that takes it."""
    chosen = section.first_field()
    if chosen is not None and chosen.isVisible() and chosen.isEnabled():
        chosen.setFocus(Qt.FocusReason.TabFocusReason)
        return
    widget = section.nextInFocusChain()
    while widget is not section and section.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
