"""Ops on the minutes review: an item's reviewed text, which minutes a note appears in, the meeting's
follow-up; and issuing a version.  Each review edit is one undo step."""

from __future__ import annotations

from typing import Any

from facilitator.core.changes import Change
from facilitator.core.minutes import review, versions
from facilitator.core.models import MinutesItemReview, MinutesNoteChoice, MinutesReview, natural_id
from facilitator.i18n import translate
from facilitator.ui.ops import Calls, Ops, Outcome, rows_of

KINDS = Change.NOTES


def edit_item(ops: Ops, meeting_id: str, item_id: str, changes: dict[str, Any], initiator: object = None) -> bool:
    """Change an item's summary, information shared, responses, satisfaction or dissent."""

    def work() -> Outcome[None]:
        before = review.edit_item(ops.db, item_id, **changes)
        rows = rows_of(MinutesItemReview, [natural_id("minutes_item", item_id)])
        step = Calls(
            lambda: review.edit_item(ops.db, item_id, **before),
            lambda: review.edit_item(ops.db, item_id, **changes),
            rows,
        )
        return Outcome(None, step)

    return (
        ops.perform(translate("MinutesOps", "Edit the minutes of an item"), work, KINDS, meeting_id, initiator)
        is not None
    )


def set_note_audience(ops: Ops, meeting_id: str, note_id: str, audience: str, initiator: object = None) -> bool:
    def work() -> Outcome[None]:
        before = review.set_note_audience(ops.db, note_id, audience)
        rows = rows_of(MinutesNoteChoice, [natural_id("minutes_note", note_id)])
        step = Calls(
            lambda: review.set_note_audience(ops.db, note_id, before),
            lambda: review.set_note_audience(ops.db, note_id, audience),
            rows,
        )
        return Outcome(None, step)

    text = translate("MinutesOps", "Choose the minutes a note appears in")
    return ops.perform(text, work, KINDS, meeting_id, initiator) is not None


def edit_meeting(ops: Ops, meeting_id: str, changes: dict[str, Any], initiator: object = None) -> bool:
    def work() -> Outcome[None]:
        before = review.edit_meeting(ops.db, meeting_id, **changes)
        rows = rows_of(MinutesReview, [natural_id("minutes_review", meeting_id)])
        step = Calls(
            lambda: review.edit_meeting(ops.db, meeting_id, **before),
            lambda: review.edit_meeting(ops.db, meeting_id, **changes),
            rows,
        )
        return Outcome(None, step)

    text = translate("MinutesOps", "Edit the follow-up of the minutes")
    return ops.perform(text, work, KINDS, meeting_id, initiator) is not None


def issue(ops: Ops, meeting_id: str, initiator: object = None) -> int | None:
    """Freeze the minutes as the next version; an issued version is a fact, so there is nothing to undo."""
    outcome = ops.perform(
        translate("MinutesOps", "Issue the minutes"),
        lambda: Outcome(versions.issue(ops.db, meeting_id).number),
        KINDS,
        meeting_id,
        initiator,
    )
    return outcome.value if outcome is not None else None
