"""The sections of a meeting's workspace, in tab order, each found by name so it loads only when needed.

The start-up shows the window before any section's module is imported; the workspace builds the
shown section at once and the others in idle time.  A capability adds its section here when it is built.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from msgspec import Struct
from PySide6.QtCore import QCoreApplication

from facilitator.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from facilitator.ui.common.section import Section


class SectionSpec(Struct, frozen=True):
    """Where a section's class is found, and its tab's title before translation."""

    module: str
    name: str  # the class name, which is also the translation context of its title
    title_source: str

    @property
    def title(self) -> str:
        return QCoreApplication.translate(self.name, self.title_source)

    def load(self) -> type[Section]:
        return getattr(importlib.import_module(self.module), self.name)


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "facilitator.ui.meetings.overview", "OverviewSection", QT_TRANSLATE_NOOP("OverviewSection", "Overview")
    ),
    SectionSpec(
        "facilitator.ui.participants.section",
        "ParticipantsSection",
        QT_TRANSLATE_NOOP("ParticipantsSection", "Participants"),
    ),
    SectionSpec(
        "facilitator.ui.inclusion.section", "InclusionSection", QT_TRANSLATE_NOOP("InclusionSection", "Inclusion")
    ),
    SectionSpec("facilitator.ui.agenda.section", "AgendaSection", QT_TRANSLATE_NOOP("AgendaSection", "Agenda")),
    SectionSpec("facilitator.ui.live.section", "LiveSection", QT_TRANSLATE_NOOP("LiveSection", "Live")),
    SectionSpec("facilitator.ui.actions.section", "ActionsSection", QT_TRANSLATE_NOOP("ActionsSection", "Actions")),
    SectionSpec("facilitator.ui.visits.section", "VisitsSection", QT_TRANSLATE_NOOP("VisitsSection", "Visits")),
    SectionSpec("facilitator.ui.minutes.section", "MinutesSection", QT_TRANSLATE_NOOP("MinutesSection", "Minutes")),
    SectionSpec(
        "facilitator.ui.participants.register", "RegisterSection", QT_TRANSLATE_NOOP("RegisterSection", "Register")
    ),
)


def spec_of(class_name: str) -> SectionSpec | None:
    return next((spec for spec in SECTIONS if spec.name == class_name), None)
