"""What to know before issuing the minutes: an issued version is final, so the facilitator is told first
what it would freeze that may not be ready (the meeting still running, items nobody reviewed)."""

from __future__ import annotations

from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.agenda.kinds import PAUSE_KINDS
from facilitator.core.db import Database
from facilitator.core.minutes import review
from facilitator.core.minutes.content import REVIEWED_FIELDS
from facilitator.core.vocabulary import MEETING_STATUSES
from facilitator.i18n import translate


def before_issuing(db: Database, meeting_id: str) -> list[str]:
    """Plain sentences on what the next version would freeze unfinished; empty when nothing is."""
    concerns = []
    meeting = meetings.get(db, meeting_id)
    if meeting.status != "closed":
        still = translate("MinutesIssuing", "The meeting is still marked {0}: what is noted after this is not in it.")
        concerns.append(still.format(MEETING_STATUSES.label(meeting.status)))
    discussed = [item for item in agenda.items(db, meeting_id) if item.kind not in PAUSE_KINDS]
    with db.session() as session:
        reviews = review.item_reviews(session, meeting_id)
        reviewed = {
            item_id for item_id, done in reviews.items() if any(getattr(done, name) for name in REVIEWED_FIELDS)
        }
    unreviewed = [item for item in discussed if item.id not in reviewed]
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
