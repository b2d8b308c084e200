"""Ops on the minutes review: an item's reviewed text, which minutes a note appears in, the meeting's
follow-up; and issuing a version.  Each review edit is one undo step (one stretch of typing in a text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace

from facilitator.core.changes import Change
from facilitator.core.minutes import review, versions
from facilitator.core.models import MinutesItemReview, MinutesNoteChoice, MinutesReview, natural_id
from facilitator.i18n import translate
from facilitator.ui.ops import Ops, Outcome, Row, UndoStep, rows_of, typed_texts

KINDS = Change.NOTES


class ReviewEdit(UndoStep, Struct, frozen=True):
    """A review edit: ``apply`` stores a value and returns what it replaced."""

    apply: Callable[[Any], Any]
    before: Any
    after: Any
    rows: frozenset[Row] = field(default_factory=frozenset)  # type: ignore[assignment]

    def undo(self) -> None:
        self.apply(self.before)

    def redo(self) -> None:
        self.apply(self.after)

    def merged_with(self, later: UndoStep) -> UndoStep | None:
        texts = isinstance(self.after, dict) and isinstance(later, ReviewEdit) and isinstance(later.after, dict)
        same = texts and later.rows == self.rows and typed_texts(self.after, later.after)
        return replace(self, after=later.after) if same else None


def _undoable(
    ops: Ops, text: str, meeting_id: str, rows: frozenset, apply: Callable[[Any], Any], value: Any, initiator: object
) -> bool:
    """One review edit: ``apply(value)`` stores it and returns what it replaced, which undo applies back."""

    def work() -> Outcome[None]:
        before = apply(value)
        return Outcome(None, ReviewEdit(apply, before, value, rows))

    return ops.perform(text, work, KINDS, meeting_id, initiator) is not None


def edit_item(ops: Ops, meeting_id: str, item_id: str, changes: dict[str, Any], initiator: object = None) -> bool:
    """Change an item's summary, information shared, responses, satisfaction or dissent."""
    rows = rows_of(MinutesItemReview, [natural_id("minutes_item", item_id)])
    text = translate("MinutesOps", "Edit the minutes of an item")
    return _undoable(
        ops, text, meeting_id, rows, lambda fields: review.edit_item(ops.db, item_id, **fields), changes, initiator
    )


def set_note_audience(ops: Ops, meeting_id: str, note_id: str, audience: str, initiator: object = None) -> bool:
    rows = rows_of(MinutesNoteChoice, [natural_id("minutes_note", note_id)])
    text = translate("MinutesOps", "Choose the minutes a note appears in")
    return _undoable(
        ops,
        text,
        meeting_id,
        rows,
        lambda chosen: review.set_note_audience(ops.db, note_id, chosen),
        audience,
        initiator,
    )


def edit_meeting(ops: Ops, meeting_id: str, changes: dict[str, Any], initiator: object = None) -> bool:
    rows = rows_of(MinutesReview, [natural_id("minutes_review", meeting_id)])
    text = translate("MinutesOps", "Edit the follow-up of the minutes")
    return _undoable(
        ops,
        text,
        meeting_id,
        rows,
        lambda fields: review.edit_meeting(ops.db, meeting_id, **fields),
        changes,
        initiator,
    )


def issue(ops: Ops, meeting_id: str, reason: str = "", initiator: object = None) -> int | None:
    """Freeze the minutes as the next version; an issued version is a fact, so there is nothing to undo."""
    outcome = ops.perform(
        translate("MinutesOps", "Issue the minutes"),
        lambda: Outcome(versions.issue(ops.db, meeting_id, reason).number),
        KINDS,
        meeting_id,
        initiator,
    )
    return outcome.value if outcome is not None else None
