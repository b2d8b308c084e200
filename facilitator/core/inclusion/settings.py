"""What each meeting demands of its composition: required groups, thresholds, ground rules, photos.

One row per meeting, made the first time someone changes a setting; until then the defaults from
resources/taxonomy/inclusion_rules.json apply.
"""

from __future__ import annotations

from typing import Any

from msgspec import Struct
from msgspec.structs import fields
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import taxonomy
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import InclusionSettings, Meeting, natural_id
from facilitator.core.records import get_live
from facilitator.i18n import translate


class Settings(Struct, frozen=True):
    """A meeting's inclusion thresholds and the groups it must hear (the taxonomy's defaults until changed)."""

    required_groups: tuple[str, ...]
    min_women_share: float
    min_rights_holder_share: float
    max_business_share: float
    min_language_coverage: float
    ground_rules: str = ""
    photos_allowed: bool = False


SHARE_FIELDS = ("min_women_share", "min_rights_holder_share", "max_business_share", "min_language_coverage")


def default_settings() -> Settings:
    defaults = taxonomy.load("inclusion_rules")["defaults"]
    return Settings(tuple(defaults["required_groups"]), *(float(defaults[name]) for name in SHARE_FIELDS))


def settings_of(row: InclusionSettings | None) -> Settings:
    if row is None:
        return default_settings()
    return Settings(
        tuple(row.required_groups), *(getattr(row, name) for name in SHARE_FIELDS), row.ground_rules, row.photos_allowed
    )


def get_settings(db: Database, meeting_id: str) -> Settings:
    """A meeting's inclusion settings; the defaults until someone changes them."""
    with db.session() as session:
        get_live(session, Meeting, meeting_id)
        return settings_of(settings_row(session, meeting_id))


def settings_row(session: Session, meeting_id: str) -> InclusionSettings | None:
    return session.scalar(
        select(InclusionSettings).where(
            InclusionSettings.meeting_id == meeting_id, InclusionSettings.deleted.is_(False)
        )
    )


def _clean_settings(changes: dict[str, Any]) -> dict[str, Any]:
    known = {f.name for f in fields(Settings)}
    unknown = set(changes) - known
    if unknown:
        raise UserError(translate("Inclusion", "Unknown inclusion setting: {0}").format(", ".join(sorted(unknown))))
    cleaned = dict(changes)
    for name in SHARE_FIELDS:
        if name in cleaned:
            value = float(cleaned[name])
            if not 0.0 <= value <= 1.0:
                raise UserError(translate("Inclusion", "A share must be between 0% and 100%."))
            cleaned[name] = value
    if "required_groups" in cleaned:
        cleaned["required_groups"] = [taxonomy.check_group(g) for g in dict.fromkeys(cleaned["required_groups"]) if g]
    if "ground_rules" in cleaned:
        cleaned["ground_rules"] = (cleaned["ground_rules"] or "").strip()
    return cleaned


def update_settings(db: Database, meeting_id: str, **changes: Any) -> dict[str, Any]:
    """Change some of a meeting's inclusion settings; returns the previous values (for undo)."""
    cleaned = _clean_settings(changes)
    with db.session() as session:
        get_live(session, Meeting, meeting_id)
        row = settings_row(session, meeting_id)
        if row is None:
            defaults = default_settings()
            row = InclusionSettings(
                id=natural_id("inclusion_settings", meeting_id),
                meeting_id=meeting_id,
                required_groups=list(defaults.required_groups),
                **{name: getattr(defaults, name) for name in SHARE_FIELDS},
            )
            session.add(row)
            session.flush()  # made with its defaults; what is chosen is an edit of its own (see natural_id)
        previous = {name: getattr(row, name) for name in cleaned}
        for name, value in cleaned.items():
            setattr(row, name, value)
        return previous


def settings_id(db: Database, meeting_id: str) -> str | None:
    """The id of a meeting's settings row, once it has one."""
    with db.session() as session:
        row = settings_row(session, meeting_id)
        return row.id if row else None
