"""Conversations with workers on a visit, with the safeguards of SMETA and ILO interview practice.

What is recorded is the setting, never who spoke: the group, how many women and men, the language,
the interviewer's gender and interpreter, on- or off-site, whether management was there (which makes
what was said unreliable and risky for the workers, so it is warned about), consent for notes and for
quotes, and a retaliation-risk flag.  A rights-holder's name is stored only for someone who chose to
be named (a consent to naming); a point that names someone who asked to stay anonymous is refused.

Points are typed in the live note grammar (``c: no toilet for women #WASH``); quotes need the
group's consent to quotes, and any point needs its consent to notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from msgspec import Struct
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import disclosure, taxonomy, vocabulary
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import notes
from facilitator.core.models import Conversation, ConversationPoint, Person, Visit, utcnow
from facilitator.core.participants.group_names import GroupMatcher
from facilitator.core.participants.participation import latest_consents
from facilitator.core.participants.vocabulary import GENDERS
from facilitator.core.records import edit, get_live
from facilitator.core.store import cipher
from facilitator.core.visits.vocabulary import LOCATIONS
from facilitator.i18n import translate

MAX_PEOPLE = 500
EDITABLE = (
    "stakeholder_group", "women", "men", "language", "interviewer_gender", "interpreter_person_id", "location",
    "management_present", "consent_notes", "consent_quotes", "retaliation_risk", "named_person_ids", "held_at",
)  # fmt: skip
POINT_KINDS = ("note", "point", "concern", "question", "quote")


def _clean(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if "stakeholder_group" in cleaned:
        typed = cleaned["stakeholder_group"]
        group = taxonomy.check_group(GroupMatcher().match(typed) or typed)  # "migrant worker" as an import reads it
        cleaned["stakeholder_group"] = group
        if not group:
            raise UserError(translate("Visits", "Say which group the conversation was with."))
    for name in ("women", "men"):
        if name in cleaned and not 0 <= int(cleaned[name]) <= MAX_PEOPLE:
            raise UserError(translate("Visits", "Give the number of women and of men who took part."))
    if cleaned.get("language"):  # a code ("hi") or a name in the interface language ("Hindi")
        cleaned["language"] = vocabulary.LANGUAGES.require(cleaned["language"])
    if "interviewer_gender" in cleaned:
        GENDERS.require(cleaned["interviewer_gender"], translate("Visits", "gender"))
    if "location" in cleaned:
        LOCATIONS.require(cleaned["location"], translate("Visits", "place of the conversation"))
    if cleaned.get("interpreter_person_id"):
        get_live(session, Person, cleaned["interpreter_person_id"])
    if "named_person_ids" in cleaned:
        named = list(dict.fromkeys(cleaned["named_person_ids"]))
        consents = latest_consents(session, named)
        for person_id in named:
            person = get_live(session, Person, person_id)
            if not getattr(consents.get((person_id, "naming")), "granted", False):
                raise UserError(
                    translate(
                        "Visits", "{0} has no recorded consent to being named; leave the conversation anonymous."
                    ).format(person.name)
                )
        cleaned["named_person_ids"] = named
    return cleaned


def add_conversation(
    db: Database, visit_id: str, stakeholder_group: str, points: Sequence[str] = (), **fields: Any
) -> Conversation:
    """Record a conversation held on a visit, with its ``points`` typed in the note grammar, in one
    transaction: a point refused leaves no conversation behind.  On encrypted data the recovery key
    must be kept first."""
    cipher.require_recovery_kept(db.directory)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise UserError(translate("Visits", "A conversation has no field {0}.").format(", ".join(sorted(unknown))))
    with db.session() as session:
        get_live(session, Visit, visit_id)
        values = _clean(session, {"stakeholder_group": stakeholder_group, **fields})
        if int(values.get("women", 0)) + int(values.get("men", 0)) == 0:
            raise UserError(translate("Visits", "Give the number of women and of men who took part."))
        conversation = Conversation(visit_id=visit_id, **values)
        session.add(conversation)
        session.flush()
        finders = disclosure.name_index_in(session) if points else disclosure.finder_index(())  # once for all
        for line in points:
            session.add(_point(conversation, line, finders))
    return conversation


def update(db: Database, conversation_id: str, **changes: Any) -> dict[str, Any]:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise UserError(translate("Visits", "A conversation has no field {0}.").format(", ".join(sorted(unknown))))

    def checked(session: Session, conversation: Conversation) -> dict[str, Any]:
        cleaned = _clean(session, changes)
        if int(cleaned.get("women", conversation.women)) + int(cleaned.get("men", conversation.men)) == 0:
            raise UserError(translate("Visits", "Give the number of women and of men who took part."))
        # Consent taken back is not left with what was kept under it: the points go first, by the user's hand.
        if cleaned.get("consent_notes") is False and _has_points(session, conversation_id):
            raise UserError(
                translate(
                    "Visits", "This conversation has points; delete them before taking the consent to notes back."
                )
            )
        if cleaned.get("consent_quotes") is False and _has_points(session, conversation_id, "quote"):
            raise UserError(
                translate("Visits", "This conversation has quotes; delete them before taking the consent back.")
            )
        return cleaned

    return edit(db, Conversation, conversation_id, checked)


def _has_points(session: Session, conversation_id: str, kind: str | None = None) -> bool:
    live = [ConversationPoint.conversation_id == conversation_id, ConversationPoint.deleted.is_(False)]
    if kind is not None:
        live.append(ConversationPoint.kind == kind)
    return session.scalar(select(ConversationPoint.id).where(*live).limit(1)) is not None


def warnings(conversation: Conversation) -> list[str]:
    """What makes this conversation's points risky or unreliable, in plain words."""
    found = []
    if conversation.management_present:
        found.append(
            translate(
                "Visits",
                "Management was present: workers may not have spoken freely, and what they said may expose them. "
                "Hear them again off-site, without management.",
            )
        )
    if conversation.retaliation_risk:
        found.append(
            translate(
                "Visits",
                "Retaliation risk: these points stay out of supplier-facing reports, which only count the "
                "conversation.",
            )
        )
    if not conversation.consent_notes:
        found.append(translate("Visits", "No consent to notes: only the setting of the conversation is kept."))
    return found


def add_point(db: Database, conversation_id: str, line: str) -> ConversationPoint:
    """A point typed in the live note grammar: ``c: no toilets for women #WASH``.  Names of people are
    not taken: ``@`` may only name a stakeholder group."""
    with db.session() as session:
        finders = disclosure.name_index_in(session)
        point = _point(get_live(session, Conversation, conversation_id), line, finders)
        session.add(point)
    return point


def _point(
    conversation: Conversation, line: str, finders: disclosure.NameIndex[disclosure.NameFinder]
) -> ConversationPoint:
    parsed = notes.parse(line, {})
    if parsed.problems:
        raise UserError(parsed.problems[0])
    kind = parsed.kind if parsed.kind in POINT_KINDS else "point"
    body = parsed.body.strip()
    if not body:
        raise UserError(translate("Notes", "A note needs some text."))
    if not conversation.consent_notes:
        raise UserError(translate("Visits", "The group did not consent to notes, so no points can be kept."))
    if kind == "quote" and not conversation.consent_quotes:
        raise UserError(
            translate("Visits", "The group did not consent to quotes: write it as a point, in your own words.")
        )
    refusal = translate("Visits", "This point names {0}, who asked not to be named. Write it without the name.")
    disclosure.refuse_hidden_names(None, refusal, [body], index=finders)
    return ConversationPoint(
        conversation_id=conversation.id, kind=kind, body=body, risk_tags=list(parsed.risk_tags), taken_at=utcnow()
    )


class ConversationRow(Struct, frozen=True):
    """One conversation with workers as the list shows it: its setting and its points (who spoke in it is
    not recorded)."""

    id: str
    visit_id: str
    group: str
    women: int
    men: int
    language: str
    interviewer_gender: str
    location: str
    management_present: bool
    consent_notes: bool
    consent_quotes: bool
    retaliation_risk: bool
    named: int
    points: tuple[ConversationPoint, ...]

    @property
    def people(self) -> int:
        return self.women + self.men


def people_count(women: int, men: int) -> str:
    """How many took part, "6 women, 1 man", in the language of this thread."""
    return translate("Visits", "{women}, {men}").format(
        women=translate("Visits", "%n women", None, women), men=translate("Visits", "%n men", None, men)
    )


def rows(db: Database, visit_id: str) -> list[ConversationRow]:
    with db.session() as session:
        talks = list(
            session.scalars(
                select(Conversation)
                .where(Conversation.visit_id == visit_id, Conversation.deleted.is_(False))
                .order_by(Conversation.held_at, Conversation.id)
            )
        )
        points: dict[str, list[ConversationPoint]] = {}
        if talks:
            for point in session.scalars(
                select(ConversationPoint)
                .where(
                    ConversationPoint.conversation_id.in_([t.id for t in talks]),
                    ConversationPoint.deleted.is_(False),
                )
                .order_by(ConversationPoint.taken_at, ConversationPoint.id)
            ):
                points.setdefault(point.conversation_id, []).append(point)
    return [
        ConversationRow(
            t.id,
            t.visit_id,
            t.stakeholder_group,
            t.women,
            t.men,
            t.language,
            t.interviewer_gender,
            t.location,
            t.management_present,
            t.consent_notes,
            t.consent_quotes,
            t.retaliation_risk,
            len(t.named_person_ids),
            tuple(points.get(t.id, ())),
        )
        for t in talks
    ]


def get(db: Database, conversation_id: str) -> Conversation:
    with db.session() as session:
        return get_live(session, Conversation, conversation_id)


def heard_groups(db: Database, meeting_id: str) -> tuple[str, ...]:
    """The stakeholder groups heard in conversations on the visits that prepare a meeting."""
    query = (
        select(Conversation.stakeholder_group)
        .join(Visit, Visit.id == Conversation.visit_id)
        .where(Visit.meeting_id == meeting_id, Visit.deleted.is_(False), Conversation.deleted.is_(False))
        .distinct()
    )
    with db.session() as session:
        return tuple(sorted(group for group in session.scalars(query) if group))
