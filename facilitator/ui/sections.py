"""The sections of a meeting's workspace.  A capability adds its section here when it is built."""

from __future__ import annotations

from facilitator.ui.actions.section import ActionsSection
from facilitator.ui.agenda.section import AgendaSection
from facilitator.ui.common.section import Section
from facilitator.ui.inclusion.section import InclusionSection
from facilitator.ui.live.section import LiveSection
from facilitator.ui.meetings.overview import OverviewSection
from facilitator.ui.participants.register import RegisterSection
from facilitator.ui.participants.section import ParticipantsSection

SECTIONS: tuple[type[Section], ...] = (
    OverviewSection,
    ParticipantsSection,
    InclusionSection,
    AgendaSection,
    LiveSection,
    ActionsSection,
    RegisterSection,
)
