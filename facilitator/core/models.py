"""The stored shape of meetings, people and what is said in them (SQLAlchemy 2, typed).

Every table that syncs carries the same five columns (:class:`Synced`): a UUID ``id``, ``created_at``,
``updated_hlc`` (the hybrid-logical-clock stamp of its last edit), ``origin`` (the device that made it)
and a ``deleted`` tombstone.  No autoincrement key ever leaves the machine.  Facts that only grow
(speaking turns, check-ins, consent records, note revisions) are inserted and never updated.

The annotations are evaluated as each class is made (this module has no future import of annotations):
SQLAlchemy would otherwise evaluate each of the four hundred column annotations from its text, a sixth
of this module's import, which the window waits for at start-up.  A relationship to a class defined
further down names it in quotes.
"""

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_id() -> str:
    return str(uuid.uuid4())


NATURAL_IDS = uuid.UUID("a3c1f0de-58b4-4d3e-9a57-2f6c1e0b7d42")


def natural_id(kind: str, *parts: str) -> str:
    """The id of a record there is at most one of per key (a person's place in a meeting, a meeting's
    settings, a day's hours): every laptop that makes it makes the same id, so two laptops that made
    it offline merge into one record, field by field, instead of colliding on the key.  Such a record is
    written with its defaults first and what was chosen as edits after it, so the merge keeps each
    laptop's choices rather than one laptop's whole row."""
    return str(uuid.uuid5(NATURAL_IDS, "/".join((kind, *parts))))


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An instant, stored as sortable ISO-8601 text in UTC and read back as an aware datetime."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; store aware UTC instants")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        # fromisoformat reads the stored form ("...T03:30:00.000000Z") some forty times faster than strptime,
        # which matters when a two-day meeting's 20,000 speaking turns are read.
        return datetime.fromisoformat(value).astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), date: Date(), dict[str, Any]: JSON, list[str]: JSON}


class Synced:
    """The columns every synced row carries; stamped by :mod:`facilitator.core.db` on flush."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_hlc: Mapped[str] = mapped_column(String(64), default="")
    origin: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


TRAVELS_WITH_TEAM = "travels_with_team"
"""A flag in the ``__table_args__`` info of a table whose records without a meeting belong to the whole team (a visit
that stands alone, a commitment followed across meetings): they go to every sync target, and the
people and organisations they name go with them."""


class LocalState(Base):
    """Per-data-dir facts that never sync: the device id, the draft being typed, UI resumption."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Meeting(Synced, Base):
    __tablename__ = "meeting"

    title: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    venue: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    languages: Mapped[list[str]] = mapped_column(default=list)
    chatham_house: Mapped[bool] = mapped_column(Boolean, default=True)
    recording_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    default_confidentiality: Mapped[str] = mapped_column(String(16), default="internal")
    status: Mapped[str] = mapped_column(String(16), default="planned")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    facilitator_independent: Mapped[bool | None] = mapped_column(Boolean, default=None)
    # Agenda planning: consecutive interpretation stretches an item by this factor; a day whose
    # discussion and worker-voice share falls below the threshold is flagged.
    interpretation_factor: Mapped[float] = mapped_column(Float, default=2.0)
    min_discussion_share: Mapped[float] = mapped_column(Float, default=0.4)
    # Live speaking balance (brief, section 4): alert when one group holds more than
    # ``dominance_share`` of talk in the last ``balance_window_minutes``, or when a group's share falls
    # below ``underrepresented_ratio`` times its expected share.  Expected shares follow headcount
    # present, equal per group, or the ``expected_shares`` targets (group id -> share).
    balance_window_minutes: Mapped[int] = mapped_column(Integer, default=10)
    dominance_share: Mapped[float] = mapped_column(Float, default=0.5)
    underrepresented_ratio: Mapped[float] = mapped_column(Float, default=0.5)
    expected_share_mode: Mapped[str] = mapped_column(String(16), default="headcount")
    expected_shares: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Small-cell rule of shareable outputs: a group with fewer people than this is merged into a wider class.
    min_group_size: Mapped[int] = mapped_column(Integer, default=3, server_default="3")

    participations: Mapped[list["Participation"]] = relationship(back_populates="meeting")


class Organisation(Synced, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200))
    stakeholder_group: Mapped[str] = mapped_column(String(32), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Person(Synced, Base):
    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None)
    stakeholder_group: Mapped[str] = mapped_column(String(32), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    gender: Mapped[str] = mapped_column(String(64), default="")
    languages_spoken: Mapped[list[str]] = mapped_column(default=list)
    languages_read: Mapped[list[str]] = mapped_column(default=list)
    literacy_needs: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    # named | group_only | anonymous: how the person may appear in anything exported.
    anonymity: Mapped[str] = mapped_column(String(16), default="named")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The name as notes may write it too, in another script or misspelt ("कमला देवी; Kamala"), separated
    # by semicolons: withheld wherever the name is (facilitator.core.disclosure).
    other_spellings: Mapped[str] = mapped_column(Text, default="", server_default="")

    organisation: Mapped["Organisation | None"] = relationship()


class Participation(Synced, Base):
    """A person's place in one meeting."""

    __tablename__ = "participation"
    __table_args__ = (
        Index("ix_participation_meeting", "meeting_id"),
        # One live place per person and meeting: two imports of one list at once cannot list anyone twice.
        Index("ux_participation_person_once", "meeting_id", "person_id", unique=True, sqlite_where=text("deleted = 0")),
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    role: Mapped[str] = mapped_column(String(32), default="participant")
    status: Mapped[str] = mapped_column(String(16), default="invited")
    # The plenary or a separate caucus (worker, women-only, ...); stored in the column "session".
    caucus: Mapped[str] = mapped_column("session", String(32), default="plenary")
    interpretation_language: Mapped[str] = mapped_column(String(16), default="")
    is_proxy: Mapped[bool] = mapped_column(Boolean, default=False)
    # The stakeholder group this person speaks for when it is not their own (a proxy or a representative).
    speaks_for: Mapped[str] = mapped_column(String(32), default="")
    # Costs of taking part, each "" (not asked), not_needed, needed or arranged.
    travel_support: Mapped[str] = mapped_column(String(16), default="")
    lost_wages: Mapped[str] = mapped_column(String(16), default="")
    childcare: Mapped[str] = mapped_column(String(16), default="")
    accessibility: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped["Meeting"] = relationship(back_populates="participations")
    person: Mapped["Person"] = relationship()


class CheckIn(Synced, Base):
    """An arrival or departure at the door on the day; inserted once, never updated."""

    __tablename__ = "check_in"
    __table_args__ = (Index("ix_check_in_meeting", "meeting_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    participation_id: Mapped[str] = mapped_column(ForeignKey("participation.id"))
    kind: Mapped[str] = mapped_column(String(16))  # arrival | departure
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Consent(Synced, Base):
    """A dated yes or no to recording, photos, naming or quotes; the latest record for a kind counts."""

    __tablename__ = "consent"
    __table_args__ = (Index("ix_consent_person", "person_id"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), default=None)
    kind: Mapped[str] = mapped_column(String(16))  # recording | photos | naming | quotes
    granted: Mapped[bool] = mapped_column(Boolean)
    given_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")


class InclusionSettings(Synced, Base):
    """What one meeting demands of its composition; one row per meeting, made on first use."""

    __tablename__ = "inclusion_settings"
    __table_args__ = (Index("ix_inclusion_settings_meeting", "meeting_id", unique=True),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    required_groups: Mapped[list[str]] = mapped_column(default=list)
    min_women_share: Mapped[float] = mapped_column(Float, default=0.3)
    min_rights_holder_share: Mapped[float] = mapped_column(Float, default=0.3)
    max_business_share: Mapped[float] = mapped_column(Float, default=0.4)
    min_language_coverage: Mapped[float] = mapped_column(Float, default=1.0)
    ground_rules: Mapped[str] = mapped_column(Text, default="")
    photos_allowed: Mapped[bool] = mapped_column(Boolean, default=False)


class AgendaItem(Synced, Base):
    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_meeting", "meeting_id", "position"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    # A fractional-index key: two laptops can insert between the same neighbours without renumbering.
    position: Mapped[str] = mapped_column(String(64))
    day: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32), default="plenary")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=30)
    presenter_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    presenter_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None)
    purpose: Mapped[str] = mapped_column(Text, default="")
    risk_tags: Mapped[list[str]] = mapped_column(default=list)
    interpretation: Mapped[str] = mapped_column(String(16), default="none")
    facilitator_notes: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    # "HH:MM" wall-clock time in the meeting's zone when the item must start then (lunch at 12:30), else "".
    fixed_start: Mapped[str] = mapped_column(String(5), default="")
    # Neighbouring items with a track name run in parallel as one breakout block, one track per name.
    track: Mapped[str] = mapped_column(String(40), default="")
    # The stakeholder groups the item is meant for ("workers' voices"): the balance expects them to lead it.
    voice_groups: Mapped[list[str]] = mapped_column(default=list, server_default="[]")


class MeetingDay(Synced, Base):
    """The hours of one day of a meeting; days without a row use the meeting's own start and end times."""

    __tablename__ = "meeting_day"
    __table_args__ = (Index("ix_meeting_day_meeting", "meeting_id", "day"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    day: Mapped[int] = mapped_column(Integer, default=0)
    # "HH:MM" wall-clock times in the meeting's zone; "" means the meeting's start or end time of day.
    starts: Mapped[str] = mapped_column(String(5), default="")
    ends: Mapped[str] = mapped_column(String(5), default="")


class Note(Synced, Base):
    """What was said or agreed, as it reads now; every version is kept in :class:`NoteRevision`."""

    __tablename__ = "note"
    __table_args__ = (Index("ix_note_meeting", "meeting_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"), default=None)
    kind: Mapped[str] = mapped_column(String(16), default="note")
    body: Mapped[str] = mapped_column(Text, default="")
    speaker_participation_id: Mapped[str | None] = mapped_column(ForeignKey("participation.id"), default=None)
    stakeholder_group: Mapped[str] = mapped_column(String(32), default="")
    risk_tags: Mapped[list[str]] = mapped_column(default=list)
    confidentiality: Mapped[str] = mapped_column(String(16), default="internal")
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)


class NoteRevision(Synced, Base):
    """One version of a note, inserted when the note is written and on every edit; never updated."""

    __tablename__ = "note_revision"
    __table_args__ = (Index("ix_note_revision_note", "note_id", "revised_at"),)

    note_id: Mapped[str] = mapped_column(ForeignKey("note.id"))
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text)
    speaker_participation_id: Mapped[str | None] = mapped_column(ForeignKey("participation.id"), default=None)
    stakeholder_group: Mapped[str] = mapped_column(String(32), default="")
    risk_tags: Mapped[list[str]] = mapped_column(default=list)
    confidentiality: Mapped[str] = mapped_column(String(16))
    revised_at: Mapped[datetime] = mapped_column(default=utcnow)


class LiveEvent(Synced, Base):
    """A step of the agenda timer (start or resume an item, pause, extend, end); insert-only."""

    __tablename__ = "live_event"
    __table_args__ = (Index("ix_live_event_meeting", "meeting_id", "at"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"), default=None)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
    minutes: Mapped[int] = mapped_column(Integer, default=0)


class SpeakingTurn(Synced, Base):
    """A speaker switch: from ``started_at`` on, this voice (or silence) has the floor.

    Inserted once, never updated: a turn ends where the next switch begins.  Corrections are
    separate facts (:class:`SpeakingCorrection`).  ``stakeholder_group`` is the speaker's group at
    the moment of the switch, so totals need no join and a later regrouping does not rewrite history.
    """

    __tablename__ = "speaking_turn"
    __table_args__ = (Index("ix_speaking_turn_meeting", "meeting_id", "started_at"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"), default=None)
    participation_id: Mapped[str | None] = mapped_column(ForeignKey("participation.id"), default=None)
    stakeholder_group: Mapped[str] = mapped_column(String(32), default="")
    # speech | interpretation (of participation_id's words) | silence
    kind: Mapped[str] = mapped_column(String(16), default="speech")
    started_at: Mapped[datetime]
    via_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    procedural: Mapped[bool] = mapped_column(Boolean, default=False)
    interruption: Mapped[bool] = mapped_column(Boolean, default=False)


class SpeakingCorrection(Synced, Base):
    """A correction of a switch: void it, restore it, or move its start; insert-only."""

    __tablename__ = "speaking_correction"
    __table_args__ = (Index("ix_speaking_correction_meeting", "meeting_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    turn_id: Mapped[str] = mapped_column(ForeignKey("speaking_turn.id"))
    action: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime | None] = mapped_column(default=None)


class Action(Synced, Base):
    __tablename__ = "action"
    __table_args__ = (Index("ix_action_meeting", "meeting_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"), default=None)
    note_id: Mapped[str | None] = mapped_column(ForeignKey("note.id"), default=None)
    description: Mapped[str] = mapped_column(Text)
    owner_participation_id: Mapped[str | None] = mapped_column(ForeignKey("participation.id"), default=None)
    owner_text: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[date | None] = mapped_column(default=None)
    # open | in_progress | done | dropped
    status: Mapped[str] = mapped_column(String(16), default="open")
    # action (a: on the live line) | commitment (m:, followed up once a status or due date is set)
    kind: Mapped[str] = mapped_column(String(16), default="action", server_default="action")


class MinutesReview(Synced, Base):
    """What the facilitator adds to a meeting's minutes after it: absence reasons and the follow-up.
    One per meeting (``natural_id("minutes_review", meeting_id)``)."""

    __tablename__ = "minutes_review"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    absence_reasons: Mapped[dict[str, Any]] = mapped_column(default=dict)  # stakeholder group -> reason given
    follow_up: Mapped[str] = mapped_column(Text, default="")  # how and when results go back to each group
    distribution: Mapped[str] = mapped_column(Text, default="")  # who receives the minutes, one per line


class MinutesItemReview(Synced, Base):
    """The reviewed minutes of one agenda item (``natural_id("minutes_item", agenda_item_id)``).
    An empty summary means "the draft drafted from the notes"."""

    __tablename__ = "minutes_item_review"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    agenda_item_id: Mapped[str] = mapped_column(ForeignKey("agenda_item.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    information_shared: Mapped[str] = mapped_column(Text, default="")
    responses_given: Mapped[str] = mapped_column(Text, default="")
    satisfied: Mapped[str] = mapped_column(String(16), default="")  # "" | yes | partly | no
    dissent: Mapped[str] = mapped_column(Text, default="")


class MinutesNoteChoice(Synced, Base):
    """Which minutes a note appears in (``natural_id("minutes_note", note_id)``): ``default`` follows the
    note's confidentiality, ``internal`` keeps a public note out of the public minutes, ``omit`` leaves it
    out of both."""

    __tablename__ = "minutes_note_choice"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    note_id: Mapped[str] = mapped_column(ForeignKey("note.id"))
    audience: Mapped[str] = mapped_column(String(16), default="default")


class MinutesVersion(Synced, Base):
    """An issued version of the minutes: its content frozen as canonical JSON, per audience, so it can be
    printed again byte for byte.  Insert-only."""

    __tablename__ = "minutes_version"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was issued: the amendment it takes in
    content: Mapped[str] = mapped_column(Text)  # canonical JSON: {"internal": {...}, "public": {...}}
    fingerprint: Mapped[str] = mapped_column(String(64))  # SHA-256 of the internal content
    public_fingerprint: Mapped[str] = mapped_column(String(64))


class MinutesApproval(Synced, Base):
    """A participant's answer to a version: approved, or an amendment requested.  Insert-only."""

    __tablename__ = "minutes_approval"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    version_id: Mapped[str] = mapped_column(ForeignKey("minutes_version.id"))
    decision: Mapped[str] = mapped_column(String(24))  # approved | amendment_requested
    by: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    source: Mapped[str] = mapped_column(String(16), default="printout")  # printout | file
    comment: Mapped[str] = mapped_column(Text, default="")


class ConflictRevision(Synced, Base):
    """A long text that lost to a concurrent edit made on another laptop, kept until someone decides.

    Made by a merge when two laptops changed the same text since their common version: the newer
    text is shown in its record, the other is kept here.  Its id and stamp follow from the losing
    version alone, so every laptop that merges the same edits makes the very same row.  The decision
    (``resolution``) is an edit of this row and syncs like any other.
    """

    __tablename__ = "conflict_revision"
    __table_args__ = (Index("ix_conflict_revision_record", "record_table", "record_id"),)

    record_table: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    # The meeting the record belongs to (None for a person or an organisation), for the inbox.
    meeting_id: Mapped[str | None] = mapped_column(String(36), default=None)
    other_value: Mapped[str] = mapped_column(Text)
    other_hlc: Mapped[str] = mapped_column(String(64))
    # "" while open; kept_shown, kept_other or merged once decided.
    resolution: Mapped[str] = mapped_column(String(16), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)


class Visit(Synced, Base):
    """A delegation's visit to a site: a quarry, a processing unit, a cobble yard, home-based work.

    It prepares a roundtable (``meeting_id``) or stands alone.  ``checklist`` is a copy of the template's
    items taken when the visit was planned, so every laptop shows the same questions even when the
    template was a user's own file.
    """

    __tablename__ = "visit"
    __table_args__ = (Index("ix_visit_meeting", "meeting_id"), {"info": {TRAVELS_WITH_TEAM: True}})

    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), default=None)
    site_name: Mapped[str] = mapped_column(String(200))
    site_kind: Mapped[str] = mapped_column(String(32), default="quarry")
    supplier_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None)
    village: Mapped[str] = mapped_column(String(120), default="")
    district: Mapped[str] = mapped_column(String(120), default="")
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # announced | semi_announced | unannounced: children may be told to hide on an announced visit.
    announcement: Mapped[str] = mapped_column(String(16), default="announced")
    delegation_person_ids: Mapped[list[str]] = mapped_column(default=list)
    interpreter_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    management_present: Mapped[str] = mapped_column(String(200), default="")  # who from management accompanied
    template_id: Mapped[str] = mapped_column(String(64), default="")
    checklist: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")


class ChecklistAnswer(Synced, Base):
    """What was seen for one checklist item of a visit; one per (visit, item), with a natural id."""

    __tablename__ = "checklist_answer"
    __table_args__ = (Index("ix_checklist_answer_visit", "visit_id"),)

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"))
    item_key: Mapped[str] = mapped_column(String(64))
    # observed | partly | not_observed | not_seen, or "" while unanswered
    answer: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # The note is the delegation's own record; the supplier's report carries it only when chosen.
    note_for_supplier: Mapped[bool] = mapped_column(Boolean, default=False)


class VisitPhoto(Synced, Base):
    """A photo taken on a visit: its bytes re-encoded without metadata, kept in the database (so it is
    encrypted with it and travels with sync), inserted once and never edited."""

    __tablename__ = "visit_photo"
    __table_args__ = (Index("ix_visit_photo_visit", "visit_id"),)

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"))
    item_key: Mapped[str] = mapped_column(String(64), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    # The people in the frame, each with a photo consent when it was taken; empty: nobody is in it.
    person_ids: Mapped[list[str]] = mapped_column(default=list)
    media_type: Mapped[str] = mapped_column(String(32), default="image/jpeg")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Conversation(Synced, Base):
    """A conversation with workers on a visit, with the safeguards of worker-interview practice.

    No name of a rights-holder is stored, except of those who chose to be named (``named_person_ids``,
    each with a consent to naming).  Points are :class:`ConversationPoint` rows.
    """

    __tablename__ = "conversation"
    __table_args__ = (Index("ix_conversation_visit", "visit_id"),)

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"))
    stakeholder_group: Mapped[str] = mapped_column(String(32), default="RH_WORKER")
    women: Mapped[int] = mapped_column(Integer, default=0)
    men: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String(16), default="")
    interviewer_gender: Mapped[str] = mapped_column(String(64), default="")
    interpreter_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    location: Mapped[str] = mapped_column(String(16), default="off_site")  # on_site | off_site
    management_present: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_notes: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_quotes: Mapped[bool] = mapped_column(Boolean, default=False)
    retaliation_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    named_person_ids: Mapped[list[str]] = mapped_column(default=list)
    held_at: Mapped[datetime] = mapped_column(default=utcnow)


class ConversationPoint(Synced, Base):
    """One point raised in a conversation, typed in the live note grammar (``c: … #WASH``)."""

    __tablename__ = "conversation_point"
    __table_args__ = (Index("ix_conversation_point_conversation", "conversation_id"),)

    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversation.id"))
    kind: Mapped[str] = mapped_column(String(16), default="point")
    body: Mapped[str] = mapped_column(Text, default="")
    risk_tags: Mapped[list[str]] = mapped_column(default=list)
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)


class Finding(Synced, Base):
    """A risk found on a visit: from a checklist answer, a conversation point or a document."""

    __tablename__ = "finding"
    __table_args__ = (Index("ix_finding_visit", "visit_id"),)

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"))
    title: Mapped[str] = mapped_column(String(300))
    risk_tag: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16), default="medium")  # low | medium | high | critical
    evidence: Mapped[str] = mapped_column(String(16), default="observed")  # observed | heard | document
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | confirmed | disputed | resolved
    answer_id: Mapped[str | None] = mapped_column(ForeignKey("checklist_answer.id"), default=None)
    point_id: Mapped[str | None] = mapped_column(ForeignKey("conversation_point.id"), default=None)
    detail: Mapped[str] = mapped_column(Text, default="")


class LedgerEntry(Synced, Base):
    """A commitment followed from one meeting to the next: an action or commitment of a roundtable, or
    remediation asked for after a finding.  Its status is the newest :class:`LedgerStatusChange`."""

    __tablename__ = "ledger_entry"
    __table_args__ = (Index("ix_ledger_entry_meeting", "meeting_id"), {"info": {TRAVELS_WITH_TEAM: True}})

    kind: Mapped[str] = mapped_column(String(16), default="commitment")  # action | commitment | remediation
    description: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    owner_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), default=None)
    due: Mapped[date | None] = mapped_column(default=None)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), default=None)
    action_id: Mapped[str | None] = mapped_column(ForeignKey("action.id"), default=None)
    finding_id: Mapped[str | None] = mapped_column(ForeignKey("finding.id"), default=None)
    risk_tags: Mapped[list[str]] = mapped_column(default=list)
    agreed_on: Mapped[date | None] = mapped_column(default=None)


class LedgerStatusChange(Synced, Base):
    """A dated change of a ledger entry's status, with who made it and why; inserted, never edited."""

    __tablename__ = "ledger_status_change"
    __table_args__ = (Index("ix_ledger_status_change_entry", "entry_id", "changed_on"),)

    entry_id: Mapped[str] = mapped_column(ForeignKey("ledger_entry.id"))
    status: Mapped[str] = mapped_column(String(16))
    changed_on: Mapped[date]
    changed_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    # Where a Verified status was seen: a later visit or meeting.
    verified_visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), default=None)
    verified_meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), default=None)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Meeting,
    Organisation,
    Person,
    Participation,
    CheckIn,
    Consent,
    InclusionSettings,
    AgendaItem,
    MeetingDay,
    Note,
    NoteRevision,
    LiveEvent,
    SpeakingTurn,
    SpeakingCorrection,
    Action,
    ConflictRevision,
    Visit,
    ChecklistAnswer,
    VisitPhoto,
    Conversation,
    ConversationPoint,
    Finding,
    LedgerEntry,
    LedgerStatusChange,
    MinutesReview,
    MinutesItemReview,
    MinutesNoteChoice,
    MinutesVersion,
    MinutesApproval,
)

# Facts that only grow: inserted once, never edited (a tombstone in ``deleted`` aside); they merge as a union.
INSERT_ONLY_MODELS: tuple[type[Synced], ...] = (
    CheckIn,
    Consent,
    NoteRevision,
    LiveEvent,
    SpeakingTurn,
    SpeakingCorrection,
    VisitPhoto,
    LedgerStatusChange,
    MinutesVersion,
    MinutesApproval,
)


class SyncChange(Base):
    """The change log: one row per inserted record or per changed field, written in the transaction
    of the change itself (:mod:`facilitator.core.change_log`).  Local: what syncs is its content.

    ``field`` is ``*`` for a whole new record (``value`` holds all its columns) and a column name for
    an edit.  A fact (:data:`INSERT_ONLY_MODELS`) is never edited, so its row is its content and the
    log keeps no second copy of it: its ``value`` is "" and is read from the row when it is sent.
    ``hlc`` is the change's stamp and ``base`` the stamp of the value it replaced, so two
    edits made since one common version can be told apart; a deletion's ``base`` instead names, per
    other device, the newest change to the record it saw (:data:`facilitator.core.change_log.SEEN`).
    ``scope`` says with what a change travels: ``m:<meeting id>``, ``p:<person id>``,
    ``o:<organisation id>``, or "" for records of the whole team.
    ``source`` is "" for changes made here, else the sync target they came from.
    """

    __tablename__ = "sync_change"
    __table_args__ = (
        UniqueConstraint("table_name", "row_id", "field", "hlc", name="uq_sync_change_key"),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[str] = mapped_column(String(64))
    base: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[str] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(64), default="")


class SyncSegment(Base):
    """A segment file this laptop wrote to, or read from, a sync target (local)."""

    __tablename__ = "sync_segment"
    __table_args__ = (PrimaryKeyConstraint("target", "segment_id"),)

    target: Mapped[str] = mapped_column(String(64))
    segment_id: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    device: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(8))  # sent | received
    changes: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncPending(Base):
    """A received record that waits for a record it refers to (local): applied when that arrives.

    A waiting fact keeps its content here (``value``), since the log keeps no copy of facts.
    """

    __tablename__ = "sync_pending"
    __table_args__ = (PrimaryKeyConstraint("table_name", "row_id"),)

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    value: Mapped[str] = mapped_column(Text, default="")


# Tables that never leave the laptop.  Every other table must be in SYNCED_MODELS (a test checks).
LOCAL_ONLY_TABLES = frozenset({"local_state", "sync_change", "sync_segment", "sync_pending", "alembic_version"})
