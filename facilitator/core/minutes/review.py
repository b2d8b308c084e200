"""The review step: what the facilitator decides about the minutes after the meeting.

Each record there is one of per key (a meeting, an agenda item, a note) has a natural id, is made with
its defaults and flushed, and gets its values as edits after, so two laptops that reviewed offline
merge field by field.  Every edit returns the previous values, for undo.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import taxonomy
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import AgendaItem, MinutesItemReview, MinutesNoteChoice, MinutesReview, Note, natural_id
from facilitator.core.records import get_live
from facilitator.core.vocabulary import Vocabulary
from facilitator.i18n import QT_TRANSLATE_NOOP, translate

SATISFIED = Vocabulary(
    "Minutes",
    {
        "": QT_TRANSLATE_NOOP("Minutes", "Not recorded"),
        "yes": QT_TRANSLATE_NOOP("Minutes", "Satisfied with the response"),
        "partly": QT_TRANSLATE_NOOP("Minutes", "Partly satisfied with the response"),
        "no": QT_TRANSLATE_NOOP("Minutes", "Not satisfied with the response"),
    },
)
NOTE_AUDIENCES = Vocabulary(
    "Minutes",
    {
        "default": QT_TRANSLATE_NOOP("Minutes", "As its confidentiality says"),
        "internal": QT_TRANSLATE_NOOP("Minutes", "Internal minutes only"),
        "omit": QT_TRANSLATE_NOOP("Minutes", "Left out of the minutes"),
    },
)
ITEM_FIELDS = ("summary", "information_shared", "responses_given", "satisfied", "dissent")
MEETING_FIELDS = ("absence_reasons", "follow_up", "distribution")
MAX_TEXT = 20_000


def _item_review(session: Session, item: AgendaItem) -> MinutesItemReview:
    review_id = natural_id("minutes_item", item.id)
    found = session.get(MinutesItemReview, review_id)
    if found is None:
        found = MinutesItemReview(id=review_id, meeting_id=item.meeting_id, agenda_item_id=item.id)
        session.add(found)
        session.flush()
    return found


def _meeting_review(session: Session, meeting_id: str) -> MinutesReview:
    review_id = natural_id("minutes_review", meeting_id)
    found = session.get(MinutesReview, review_id)
    if found is None:
        found = MinutesReview(id=review_id, meeting_id=meeting_id)
        session.add(found)
        session.flush()
    return found


def _text(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise UserError(translate("Minutes", "{0} must be text.").format(name))
    if len(value) > MAX_TEXT:
        raise UserError(translate("Minutes", "This text is too long: at most {0} characters.").format(MAX_TEXT))
    return value.strip()


def edit_item(db: Database, agenda_item_id: str, **changes: Any) -> dict[str, Any]:
    """Change the reviewed minutes of an agenda item; returns the previous values."""
    unknown = sorted(set(changes) - set(ITEM_FIELDS))
    if unknown:
        raise UserError(translate("Minutes", "The minutes of an item have no field {0}.").format(", ".join(unknown)))
    cleaned = {name: _text(name, value) for name, value in changes.items()}
    if "satisfied" in cleaned:
        SATISFIED.require(cleaned["satisfied"], translate("Minutes", "answer to 'satisfied'"))
    with db.session() as session:
        review = _item_review(session, get_live(session, AgendaItem, agenda_item_id))
        previous = {name: getattr(review, name) for name in cleaned}
        for name, value in cleaned.items():
            setattr(review, name, value)
    return previous


def edit_meeting(db: Database, meeting_id: str, **changes: Any) -> dict[str, Any]:
    """Change what the minutes say of the whole meeting; returns the previous values."""
    unknown = sorted(set(changes) - set(MEETING_FIELDS))
    if unknown:
        raise UserError(translate("Minutes", "The minutes have no field {0}.").format(", ".join(unknown)))
    cleaned: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "absence_reasons":
            reasons = dict(value or {})
            for group, reason in reasons.items():
                taxonomy.check_group(group)
                reasons[group] = _text(group, reason)
            cleaned[name] = {group: reason for group, reason in reasons.items() if reason}
        else:
            cleaned[name] = _text(name, value)
    from facilitator.core.models import Meeting

    with db.session() as session:
        get_live(session, Meeting, meeting_id)
        review = _meeting_review(session, meeting_id)
        previous = {name: getattr(review, name) for name in cleaned}
        for name, value in cleaned.items():
            setattr(review, name, value)
    return previous


def set_note_audience(db: Database, note_id: str, audience: str) -> str:
    """Choose which minutes a note appears in; returns the previous choice."""
    NOTE_AUDIENCES.require(audience, translate("Minutes", "choice for a note"))
    with db.session() as session:
        note = get_live(session, Note, note_id)
        choice_id = natural_id("minutes_note", note_id)
        choice = session.get(MinutesNoteChoice, choice_id)
        if choice is None:
            choice = MinutesNoteChoice(id=choice_id, meeting_id=note.meeting_id, note_id=note_id)
            session.add(choice)
            session.flush()
        previous = choice.audience
        choice.audience = audience
    return previous


def item_reviews(session: Session, meeting_id: str) -> dict[str, MinutesItemReview]:
    query = select(MinutesItemReview).where(
        MinutesItemReview.meeting_id == meeting_id, MinutesItemReview.deleted.is_(False)
    )
    return {review.agenda_item_id: review for review in session.scalars(query)}


def note_choices(session: Session, meeting_id: str) -> dict[str, str]:
    query = select(MinutesNoteChoice).where(
        MinutesNoteChoice.meeting_id == meeting_id, MinutesNoteChoice.deleted.is_(False)
    )
    return {choice.note_id: choice.audience for choice in session.scalars(query)}


def meeting_review(session: Session, meeting_id: str) -> MinutesReview | None:
    found = session.get(MinutesReview, natural_id("minutes_review", meeting_id))
    return None if found is None or found.deleted else found


# What the room agreed and who undertook what: the public minutes keep these unless confidential, since
# an action plan without its actions is no plan; they are attributed to a group there, never to a person.
REGISTER_KINDS = ("decision", "action", "commitment")


def in_minutes(note_confidentiality: str, choice: str, internal: bool, kind: str = "note") -> bool:
    """Whether a note appears in the minutes of an audience: the internal minutes hold every note not
    left out; the public minutes hold public notes, and agreements, actions and commitments that are not
    confidential, unless the facilitator kept them internal."""
    if choice == "omit":
        return False
    if internal:
        return True
    if choice != "default":
        return False
    return note_confidentiality == "public" or (kind in REGISTER_KINDS and note_confidentiality != "confidential")
