"""What to know before issuing the minutes: an issued version is final, so the facilitator is told first
what it would freeze that may not be ready (the meeting still running, items nobody reviewed)."""

from __future__ import annotations

from typing import Any

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.minutes.content import gather, items_to_review, reviewed
from facilitator.core.vocabulary import MEETING_STATUSES
from facilitator.i18n import translate


def before_issuing(db: Database, meeting_id: str, content: dict[str, Any] | None = None) -> list[str]:
    """Plain sentences on what the next version would freeze unfinished; empty when nothing is.  The
    items counted are those the review lists (:func:`content.items_to_review`); ``content``: the
    internal minutes as they stand, when the caller has gathered them already."""
    concerns = []
    meeting = meetings.get(db, meeting_id)
    if meeting.status != "closed":
        still = translate("MinutesIssuing", "The meeting is still marked {0}: what is noted after this is not in it.")
        concerns.append(still.format(MEETING_STATUSES.label(meeting.status)))
    content = gather(db, meeting_id, "internal") if content is None else content
    unreviewed = [item for item in items_to_review(content) if not reviewed(item)]
    if unreviewed:
        concerns.append(
            translate(
                "MinutesIssuing",
                "%n agenda items are not reviewed yet: they go in as drafted from the notes.",
                None,
                len(unreviewed),
            )
        )
    return concerns
