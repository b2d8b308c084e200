"""The sections of a meeting's workspace.  A capability adds its section here when it is built."""

from __future__ import annotations

from facilitator.ui.views.actions import ActionsSection
from facilitator.ui.views.agenda import AgendaSection
from facilitator.ui.views.live import LiveSection
from facilitator.ui.views.overview import OverviewSection
from facilitator.ui.views.participants import ParticipantsSection
from facilitator.ui.views.participants_inclusion import InclusionSection
from facilitator.ui.views.participants_register import RegisterSection
from facilitator.ui.views.section import Section

SECTIONS: tuple[type[Section], ...] = (
    OverviewSection,
    ParticipantsSection,
    InclusionSection,
    AgendaSection,
    LiveSection,
    ActionsSection,
    RegisterSection,
)
