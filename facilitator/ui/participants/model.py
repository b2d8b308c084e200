"""Table models for people: a meeting's participants and the register.

Each model holds plain rows read from the core and answers data() from them, so it is tested
without a window.  Status colours are translucent tints: the text keeps the palette's own colour and
stays legible on light and dark palettes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from facilitator.core import disclosure, localised
from facilitator.core.localised import LANGUAGES
from facilitator.core.participants.participation import ParticipantRow
from facilitator.core.participants.people import RegisterRow
from facilitator.core.participants.vocabulary import (
    CAUCUSES,
    GENDERS,
    NEEDS,
    ROLES,
    STATUSES,
    group_label,
    language_names,
)
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.ui.common.style import STATUS_TINTS
from facilitator.ui.common.table_model import SORT_ROLE, RowsModel


def _group(code: str) -> str:
    return group_label(code) if code else ""


class ParticipantsModel(RowsModel[ParticipantRow]):
    """A meeting's list: who, from which group, coming or not, in which caucus, and what they need."""

    CONTEXT = "ParticipantsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ParticipantsModel", "Name"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Group"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Status"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Session"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Gender"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Organisation"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Languages"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Needs"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Shown as"),
    )

    (COLUMN_NAME, COLUMN_GROUP, COLUMN_STATUS, COLUMN_SESSION, COLUMN_GENDER, COLUMN_ORGANISATION,
     COLUMN_LANGUAGES, COLUMN_NEEDS, COLUMN_PRIVACY) = range(9)  # fmt: skip
    zone = "UTC"  # the meeting's time zone: check-in times read as the clock in the room

    @staticmethod
    def id_of(row: ParticipantRow) -> str:
        return row.participation_id

    def needs_text(self, row: ParticipantRow) -> str:
        parts = []
        for need in NEEDS:
            state = getattr(row, need)
            if state in ("needed", "arranged"):
                mark = "✓" if state == "arranged" else "!"
                parts.append(f"{NEEDS.label(need)} {mark}")
        if row.interpretation_language:
            parts.append(self.tr("Interpretation: {0}").format(language_names([row.interpretation_language])))
        if row.accessibility:
            parts.append(row.accessibility)
        return "; ".join(parts)

    def cell(self, row: ParticipantRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.status == "declined":
            return STATUS_TINTS["declined"]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_GROUP and row.is_proxy:
            return self.tr("Proxy: speaks for {0}, who are not there in person").format(_group(row.speaks_for))
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COLUMN_GROUP, self.COLUMN_ORGANISATION):
            return self._text(row, column) or None  # whole, where the column cuts it
        return None

    def _text(self, row: ParticipantRow, column: int) -> str:
        if column == self.COLUMN_NAME:
            role = ROLES.label(row.participation_role)
            return row.name if row.participation_role == "participant" else f"{row.name} ({role})"
        if column == self.COLUMN_GROUP:
            group = _group(row.stakeholder_group) or self.tr("(no group)")
            if row.speaks_for:
                kind = self.tr("proxy for") if row.is_proxy else self.tr("speaks for")
                group += f" – {kind} {_group(row.speaks_for)}"
            return group
        if column == self.COLUMN_ORGANISATION:
            return row.organisation
        if column == self.COLUMN_GENDER:
            return GENDERS.label(row.gender)
        if column == self.COLUMN_STATUS:
            status = STATUSES.label(row.status)
            shown = f"{status} {localised.format_time(row.arrived_at, self.zone)}" if row.arrived_at else status
            if row.departed_at is not None:
                shown += self.tr(", left {0}").format(localised.format_time(row.departed_at, self.zone))
            return shown
        if column == self.COLUMN_SESSION:
            return CAUCUSES.label(row.caucus)
        if column == self.COLUMN_LANGUAGES:
            return ", ".join(LANGUAGES.label(code) for code in row.languages_spoken)
        if column == self.COLUMN_NEEDS:
            return self.needs_text(row)
        return disclosure.level_label(row.anonymity)


class RegisterModel(RowsModel[RegisterRow]):
    """The people known across meetings."""

    CONTEXT = "RegisterModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("RegisterModel", "Name"),
        QT_TRANSLATE_NOOP("RegisterModel", "Organisation"),
        QT_TRANSLATE_NOOP("RegisterModel", "Group"),
        QT_TRANSLATE_NOOP("RegisterModel", "Role"),
        QT_TRANSLATE_NOOP("RegisterModel", "Gender"),
        QT_TRANSLATE_NOOP("RegisterModel", "Languages"),
        QT_TRANSLATE_NOOP("RegisterModel", "Shown as"),
        QT_TRANSLATE_NOOP("RegisterModel", "Meetings"),
    )

    (COLUMN_NAME, COLUMN_ORGANISATION, COLUMN_GROUP, COLUMN_ROLE, COLUMN_GENDER, COLUMN_LANGUAGES, COLUMN_PRIVACY,
     COLUMN_MEETINGS) = range(8)  # fmt: skip

    def cell(self, row: RegisterRow, column: int, role: int) -> Any:
        if role == SORT_ROLE and column == self.COLUMN_MEETINGS:
            return row.meetings
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            self.COLUMN_ORGANISATION,
            self.COLUMN_GROUP,
            self.COLUMN_ROLE,
        ):
            role = Qt.ItemDataRole.DisplayRole  # whole, where the column cuts it
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        values = (
            row.name, row.organisation, _group(row.stakeholder_group), row.role,
            GENDERS.label(row.gender), ", ".join(row.languages_spoken),
            disclosure.level_label(row.anonymity), row.meetings,
        )  # fmt: skip
        return values[column]
