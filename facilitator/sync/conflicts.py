"""Fields edited on two laptops at once: both versions are kept until the user decides.

A text, long (a note) or short (a status), and any number, date, yes-or-no or list of codes a person
chooses (a planned time, a due date, risk tags): a value that is not a text is kept as the JSON it
travels in, and shown and put back in its own type.

Every edit of a text names the version it replaced (its base).  The versions that no later edit
replaced are the *heads*; when there is more than one, the laptops edited the text concurrently.
The newest head is shown in the record; every other head becomes a :class:`ConflictRevision`.

The conflict revision's id and stamp follow from the losing version alone, so every laptop that
merges the same edits writes the very same row, whatever order the edits arrived in.  Should a later
edit turn out to build on the losing version after all (it arrived late), the revision is withdrawn
again, with a stamp that also follows from the edits.  The user's decision is an edit of the
revision, newer than both, and syncs like any other edit.
"""

from __future__ import annotations

import difflib
import json
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from msgspec import Struct, field, structs
from sqlalchemy import Column, Date, Float, String, Text, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from facilitator.core import actions, disclosure, meetings, records, taxonomy, text, vocabulary
from facilitator.core.change_log import ROW, dumps, encode
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.ledger import entries as ledger_entries
from facilitator.core.live import notes
from facilitator.core.minutes import review
from facilitator.core.models import (
    SYNCED_MODELS,
    ChecklistAnswer,
    ConflictRevision,
    Conversation,
    Finding,
    Meeting,
    Note,
    Participation,
    Person,
    Synced,
    UTCDateTime,
    Visit,
    utcnow,
)
from facilitator.core.participants import vocabulary as people_vocabulary
from facilitator.core.visits import checklists, conversations, visits
from facilitator.core.visits import vocabulary as visit_vocabulary
from facilitator.core.vocabulary import Vocabulary
from facilitator.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.sync.log import ChangeRow, entries_for

TABLE = ConflictRevision.__tablename__
_NAMESPACE = uuid.UUID("6f1d2c0e-3b0a-4c55-9a59-0c4d0f9e1a7d")
RESOLUTIONS = ("kept_shown", "kept_other", "merged")
FIELD_LABELS = {
    "other_spellings": QT_TRANSLATE_NOOP("Conflicts", "Also written as"),
    "purpose": QT_TRANSLATE_NOOP("Conflicts", "Purpose"),
    "facilitator_notes": QT_TRANSLATE_NOOP("Conflicts", "Facilitator's notes"),
    "materials": QT_TRANSLATE_NOOP("Conflicts", "Materials"),
    "body": QT_TRANSLATE_NOOP("Conflicts", "Note"),
    "notes": QT_TRANSLATE_NOOP("Conflicts", "Notes"),
    "literacy_needs": QT_TRANSLATE_NOOP("Conflicts", "Literacy needs"),
    "accessibility": QT_TRANSLATE_NOOP("Conflicts", "Accessibility"),
    "ground_rules": QT_TRANSLATE_NOOP("Conflicts", "Ground rules"),
    "description": QT_TRANSLATE_NOOP("Conflicts", "Action"),
    "name": QT_TRANSLATE_NOOP("Conflicts", "Name"),
    "title": QT_TRANSLATE_NOOP("Conflicts", "Title"),
    "phone": QT_TRANSLATE_NOOP("Conflicts", "Phone"),
    "email": QT_TRANSLATE_NOOP("Conflicts", "E-mail"),
    "anonymity": QT_TRANSLATE_NOOP("Conflicts", "Anonymity"),
    "status": QT_TRANSLATE_NOOP("Conflicts", "Status"),
    "role": QT_TRANSLATE_NOOP("Conflicts", "Role"),
    "answer": QT_TRANSLATE_NOOP("Conflicts", "Answer"),
    "summary": QT_TRANSLATE_NOOP("Conflicts", "Summary"),
    "confidentiality": QT_TRANSLATE_NOOP("Conflicts", "Confidentiality"),
    "default_confidentiality": QT_TRANSLATE_NOOP("Conflicts", "Notes' confidentiality by default"),
    "audience": QT_TRANSLATE_NOOP("Conflicts", "Minutes the note appears in"),
    "owner_text": QT_TRANSLATE_NOOP("Conflicts", "Owner"),
    "kind": QT_TRANSLATE_NOOP("Conflicts", "Kind"),
    "interpretation": QT_TRANSLATE_NOOP("Conflicts", "Interpretation"),
    "fixed_start": QT_TRANSLATE_NOOP("Conflicts", "Fixed start"),
    "track": QT_TRANSLATE_NOOP("Conflicts", "Track"),
    "note": QT_TRANSLATE_NOOP("Conflicts", "Note"),
    "stakeholder_group": QT_TRANSLATE_NOOP("Conflicts", "Stakeholder group"),
    "language": QT_TRANSLATE_NOOP("Conflicts", "Language"),
    "interviewer_gender": QT_TRANSLATE_NOOP("Conflicts", "Interviewer's gender"),
    "location": QT_TRANSLATE_NOOP("Conflicts", "Where it was held"),
    "risk_tag": QT_TRANSLATE_NOOP("Conflicts", "Risk"),
    "severity": QT_TRANSLATE_NOOP("Conflicts", "Severity"),
    "evidence": QT_TRANSLATE_NOOP("Conflicts", "Evidence"),
    "detail": QT_TRANSLATE_NOOP("Conflicts", "Details"),
    "country": QT_TRANSLATE_NOOP("Conflicts", "Country"),
    "city": QT_TRANSLATE_NOOP("Conflicts", "City"),
    "venue": QT_TRANSLATE_NOOP("Conflicts", "Venue"),
    "timezone": QT_TRANSLATE_NOOP("Conflicts", "Time zone"),
    "expected_share_mode": QT_TRANSLATE_NOOP("Conflicts", "Expected shares of talk"),
    "starts": QT_TRANSLATE_NOOP("Conflicts", "Start"),
    "ends": QT_TRANSLATE_NOOP("Conflicts", "End"),
    "starts_at": QT_TRANSLATE_NOOP("Conflicts", "Start"),
    "ends_at": QT_TRANSLATE_NOOP("Conflicts", "End"),
    "held_at": QT_TRANSLATE_NOOP("Conflicts", "When it was held"),
    "taken_at": QT_TRANSLATE_NOOP("Conflicts", "When it was taken"),
    "day": QT_TRANSLATE_NOOP("Conflicts", "Day"),
    "planned_minutes": QT_TRANSLATE_NOOP("Conflicts", "Planned minutes"),
    "due": QT_TRANSLATE_NOOP("Conflicts", "Due date"),
    "agreed_on": QT_TRANSLATE_NOOP("Conflicts", "Agreed on"),
    "risk_tags": QT_TRANSLATE_NOOP("Conflicts", "Risk tags"),
    "voice_groups": QT_TRANSLATE_NOOP("Conflicts", "Voices it is meant for"),
    "languages": QT_TRANSLATE_NOOP("Conflicts", "Working languages"),
    "languages_spoken": QT_TRANSLATE_NOOP("Conflicts", "Languages spoken"),
    "languages_read": QT_TRANSLATE_NOOP("Conflicts", "Languages read"),
    "is_proxy": QT_TRANSLATE_NOOP("Conflicts", "Speaks as a proxy"),
    "chatham_house": QT_TRANSLATE_NOOP("Conflicts", "Chatham House Rule"),
    "recording_allowed": QT_TRANSLATE_NOOP("Conflicts", "Recording allowed"),
    "photos_allowed": QT_TRANSLATE_NOOP("Conflicts", "Photos allowed"),
    "archived": QT_TRANSLATE_NOOP("Conflicts", "Archived"),
    "facilitator_independent": QT_TRANSLATE_NOOP("Conflicts", "Facilitator independent"),
    "interpretation_factor": QT_TRANSLATE_NOOP("Conflicts", "Interpretation factor"),
    "min_discussion_share": QT_TRANSLATE_NOOP("Conflicts", "Minimum discussion time"),
    "balance_window_minutes": QT_TRANSLATE_NOOP("Conflicts", "Balance window (minutes)"),
    "dominance_share": QT_TRANSLATE_NOOP("Conflicts", "Share of talk that dominates"),
    "underrepresented_ratio": QT_TRANSLATE_NOOP("Conflicts", "Alert level of a group's talk"),
    "expected_shares": QT_TRANSLATE_NOOP("Conflicts", "Expected shares of talk"),
    "min_group_size": QT_TRANSLATE_NOOP("Conflicts", "Smallest group shown on its own"),
    "required_groups": QT_TRANSLATE_NOOP("Conflicts", "Required groups"),
    "min_women_share": QT_TRANSLATE_NOOP("Conflicts", "Minimum share of women"),
    "min_rights_holder_share": QT_TRANSLATE_NOOP("Conflicts", "Minimum share of rights-holders"),
    "max_business_share": QT_TRANSLATE_NOOP("Conflicts", "Maximum share of the business side"),
    "min_language_coverage": QT_TRANSLATE_NOOP("Conflicts", "Minimum language coverage"),
    "latitude": QT_TRANSLATE_NOOP("Conflicts", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Conflicts", "Longitude"),
    "women": QT_TRANSLATE_NOOP("Conflicts", "Women"),
    "men": QT_TRANSLATE_NOOP("Conflicts", "Men"),
    "consent_notes": QT_TRANSLATE_NOOP("Conflicts", "Consent to notes"),
    "consent_quotes": QT_TRANSLATE_NOOP("Conflicts", "Consent to quotes"),
    "retaliation_risk": QT_TRANSLATE_NOOP("Conflicts", "Risk of retaliation"),
    "absence_reasons": QT_TRANSLATE_NOOP("Conflicts", "Why groups were absent"),
    "information_shared": QT_TRANSLATE_NOOP("Conflicts", "Information shared"),
    "responses_given": QT_TRANSLATE_NOOP("Conflicts", "Responses given"),
    "satisfied": QT_TRANSLATE_NOOP("Conflicts", "Satisfied with the response"),
    "dissent": QT_TRANSLATE_NOOP("Conflicts", "Dissent"),
    "follow_up": QT_TRANSLATE_NOOP("Conflicts", "Reporting back"),
    "distribution": QT_TRANSLATE_NOOP("Conflicts", "Distribution"),
    "session": QT_TRANSLATE_NOOP("Conflicts", "Caucus"),
    "interpretation_language": QT_TRANSLATE_NOOP("Conflicts", "Interpretation language"),
    "speaks_for": QT_TRANSLATE_NOOP("Conflicts", "Speaks for"),
    "travel_support": QT_TRANSLATE_NOOP("Conflicts", "Travel support"),
    "lost_wages": QT_TRANSLATE_NOOP("Conflicts", "Lost wages"),
    "childcare": QT_TRANSLATE_NOOP("Conflicts", "Childcare"),
    "gender": QT_TRANSLATE_NOOP("Conflicts", "Gender"),
    "site_name": QT_TRANSLATE_NOOP("Conflicts", "Site"),
    "site_kind": QT_TRANSLATE_NOOP("Conflicts", "Kind of site"),
    "village": QT_TRANSLATE_NOOP("Conflicts", "Village"),
    "district": QT_TRANSLATE_NOOP("Conflicts", "District"),
    "announcement": QT_TRANSLATE_NOOP("Conflicts", "Announced"),
    "management_present": QT_TRANSLATE_NOOP("Conflicts", "Management present"),
}
# A field named alike in two records that are not alike.
TABLE_FIELD_LABELS = {
    ("ledger_entry", "description"): QT_TRANSLATE_NOOP("Conflicts", "Ledger entry"),
    ("finding", "title"): QT_TRANSLATE_NOOP("Conflicts", "Finding"),
}


def conflict_id(table: str, row_id: str, field_name: str, lost_hlc: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{table}/{row_id}/{field_name}/{lost_hlc}"))


# -- finding conflicts during a merge --------------------------------------------------------------


class Version(Struct, frozen=True):
    hlc: str
    base: str
    value: Any
    rank: int  # an edit beats the creation at an equal stamp


def heads(versions: Sequence[Version]) -> list[Version]:
    """The versions no later edit replaced: more than one when laptops edited the field concurrently.

    A record that two laptops made each (a natural id: the minutes of an item) was made with the same
    defaults on both: an edit of one laptop's creation replaces the other's too, so a field edited on one
    laptop only is no conflict with the other's untouched default."""
    replaced = {version.base for version in versions}
    alike = same_creations(versions)
    replaced |= {hlc for base in replaced for hlc in alike.get(base, ())}
    return [version for version in versions if version.hlc not in replaced]


def same_creations(versions: Sequence[Version]) -> dict[str, frozenset[str]]:
    """For each creation of the field, the creations that gave it the same value (itself among them)."""
    groups: dict[str, set[str]] = {}
    for version in versions:
        if version.rank == 0 and not version.base:
            groups.setdefault(json.dumps(version.value, sort_keys=True), set()).add(version.hlc)
    return {hlc: frozenset(group) for group in groups.values() for hlc in group}


def versions_of(entries: Iterable[ChangeRow], field_name: str) -> list[Version]:
    """Every value a field was given: by the change that created its record, then by each edit."""
    versions = []
    for entry in entries:
        if entry.is_row:
            values = json.loads(entry.value)
            if field_name in values:
                versions.append(Version(entry.hlc, "", values[field_name], 0))
        elif entry.field == field_name:
            versions.append(Version(entry.hlc, entry.base, json.loads(entry.value), 1))
    return versions


class Derived(Struct):
    """The conflict revisions a merge opens or withdraws, as changes to log and apply."""

    changes: list[ChangeRow] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)


def reconcile(
    connection: Connection, histories: dict[tuple[str, str, str], list[ChangeRow]], fresh: Sequence[ChangeRow]
) -> Derived:
    """Open a revision for each losing head of the texts a merge touched, withdraw those that no longer
    stand.  ``histories`` holds the full log of each touched text; ``fresh`` the changes just merged,
    whose conflict revisions are checked against their text's history too."""
    histories = dict(histories)
    for change in fresh:
        if change.table == TABLE and change.is_row:
            values = json.loads(change.value)
            key = (values["record_table"], values["record_id"], values["field"])
            if key not in histories:
                rows = entries_for(connection, key[0], [key[1]]).get(key[1], [])
                histories[key] = [row for row in rows if row.field in (ROW, key[2])]
    derived = Derived()
    for (table, row_id, field_name), entries in histories.items():
        _reconcile_text(connection, derived, table, row_id, field_name, entries)
    return derived


def arrived_open(connection: Connection, fresh: Sequence[ChangeRow], opened_here: Sequence[str]) -> list[str]:
    """The revisions another laptop opened that came with ``fresh`` and still wait for a decision: they
    are new conflicts here as well, though this laptop did not find them itself."""
    arrived = {change.row_id for change in fresh if change.table == TABLE and change.is_row} - set(opened_here)
    if not arrived:
        return []
    query = select(ConflictRevision).where(
        ConflictRevision.id.in_(arrived), ConflictRevision.resolution == "", ConflictRevision.deleted.is_(False)
    )
    with Session(bind=connection) as session:  # read inside the merge's own transaction
        found = [_conflict(session, revision) for revision in session.scalars(query)]
    # Counted as the list shows them: versions that read the same have nothing to decide.
    return sorted(conflict.id for conflict in found if conflict is not None and _to_decide(conflict))


def _reconcile_text(
    connection: Connection, derived: Derived, table: str, row_id: str, field_name: str, entries: list[ChangeRow]
) -> None:
    versions = versions_of(entries, field_name)
    if not versions:
        return
    shown = max(versions, key=lambda version: (version.hlc, version.rank))
    scope = next((entry.scope for entry in entries if entry.scope), "")
    standing = {}
    for head in heads(versions):
        if head is not shown:
            standing[conflict_id(table, row_id, field_name, head.hlc)] = head
    existing = {
        row.id: row
        for row in connection.execute(
            select(ConflictRevision.__table__).where(
                ConflictRevision.record_table == table,
                ConflictRevision.record_id == row_id,
                ConflictRevision.field == field_name,
            )
        )
    }
    for revision_id, head in standing.items():
        if revision_id not in existing:
            derived.changes.append(_opening(revision_id, table, row_id, field_name, head, scope))
            if head.value != shown.value:
                derived.opened.append(revision_id)
    alike = same_creations(versions)
    for revision_id, row in existing.items():
        if revision_id in standing or row.deleted or row.resolution:
            continue
        bases = alike.get(row.other_hlc, frozenset({row.other_hlc}))
        successors = sorted(version.hlc for version in versions if version.base in bases)
        if successors:
            derived.changes.append(
                ChangeRow(TABLE, revision_id, "deleted", successors[0], row.other_hlc, "true", scope)
            )


def _travelling_text(column: Column | None, value: Any) -> str:
    """A value as the JSON it travels in (:func:`encode`), as text: a text is itself.  One form for one
    value (keys sorted, a whole number in a decimal field as a decimal), so that two laptops that chose
    the same have nothing to decide."""
    if isinstance(value, str):
        return value
    if column is not None and isinstance(column.type, Float) and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    return dumps(value)


def stored_text(column: Column, value: Any) -> str:
    """A record's value as a conflict keeps its versions."""
    return _travelling_text(column, encode(column, value))


def stored_value(column: Column, text: str) -> Any:
    """A version a conflict kept, back in its column's type (the inverse of :func:`stored_text`)."""
    kind = column.type
    if isinstance(kind, String):
        return text
    if text == "null":
        return None
    if isinstance(kind, UTCDateTime):
        return kind.process_result_value(text, None)
    if isinstance(kind, Date):
        return date.fromisoformat(text)
    return json.loads(text)


def _opening(revision_id: str, table: str, row_id: str, field_name: str, head: Version, scope: str) -> ChangeRow:
    wall_ms, _, device = head.hlc.split(".", 2)
    made = datetime.fromtimestamp(int(wall_ms) / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    values = {
        "record_table": table,
        "record_id": row_id,
        "field": field_name,
        "meeting_id": scope.removeprefix("m:") if scope.startswith("m:") else None,
        "other_value": _travelling_text(_column(table, field_name), head.value),
        "other_hlc": head.hlc,
        "resolution": "",
        "resolved_at": None,
        "created_at": made,
        "origin": device,
        "deleted": False,
    }
    return ChangeRow(TABLE, revision_id, ROW, head.hlc, "", dumps(values), scope)


# -- the inbox -------------------------------------------------------------------------------------


class Conflict(Struct, frozen=True):
    """One conflict as the inbox and the command line show it."""

    id: str
    record_table: str
    record_id: str
    field: str
    meeting_id: str | None
    record_label: str
    shown: str
    other: str
    other_hlc: str
    resolution: str
    found_at: datetime
    long_text: bool = True  # a short field (a phone number, a status) is decided, not merged by hand
    zone: str = "UTC"  # of the meeting or visit: an instant is shown on its clock

    @property
    def shown_label(self) -> str:
        return value_label(self.record_table, self.field, self.shown, self.zone)

    @property
    def other_label(self) -> str:
        return value_label(self.record_table, self.field, self.other, self.zone)

    @property
    def field_label(self) -> str:
        label = TABLE_FIELD_LABELS.get((self.record_table, self.field)) or FIELD_LABELS.get(self.field)
        return translate("Conflicts", label) if label else self.field

    @property
    def is_open(self) -> bool:
        return not self.resolution

    @property
    def other_device(self) -> str:
        """The laptop that wrote the other version."""
        return self.other_hlc.split(".", 2)[2]

    def diff(self) -> list[str]:
        """The two versions line by line (``difflib``): lines starting ``-`` are only in the shown
        text, ``+`` only in the other one."""
        return list(
            difflib.unified_diff(self.shown.splitlines(), self.other.splitlines(), "shown", "other", lineterm="", n=2)
        )


# The short fields that hold a code, with the vocabulary that names it.
CODED: dict[tuple[str, str], Vocabulary] = {
    ("person", "anonymity"): people_vocabulary.ANONYMITY,
    ("participation", "status"): people_vocabulary.STATUSES,
    ("action", "status"): actions.STATUSES,
    ("checklist_answer", "answer"): visit_vocabulary.ANSWERS,
    ("note", "confidentiality"): vocabulary.CONFIDENTIALITY,
    ("meeting", "default_confidentiality"): vocabulary.CONFIDENTIALITY,
    ("minutes_note_choice", "audience"): review.NOTE_AUDIENCES,
    ("minutes_item_review", "satisfied"): review.SATISFIED,
    ("action", "kind"): actions.KINDS,
    ("ledger_entry", "kind"): ledger_entries.KINDS,
    ("note", "kind"): notes.KINDS,
    ("meeting", "status"): vocabulary.MEETING_STATUSES,
    ("participation", "session"): people_vocabulary.CAUCUSES,
    ("participation", "role"): people_vocabulary.ROLES,
    ("participation", "travel_support"): people_vocabulary.NEED_STATES,
    ("participation", "lost_wages"): people_vocabulary.NEED_STATES,
    ("participation", "childcare"): people_vocabulary.NEED_STATES,
    ("person", "gender"): people_vocabulary.GENDERS,
    ("finding", "severity"): visit_vocabulary.SEVERITIES,
    ("finding", "status"): visit_vocabulary.FINDING_STATUSES,
    ("finding", "evidence"): visit_vocabulary.EVIDENCE,
    ("visit", "site_kind"): visit_vocabulary.SITE_KINDS,
    ("visit", "announcement"): visit_vocabulary.ANNOUNCEMENT,
    ("conversation", "location"): visit_vocabulary.LOCATIONS,
}
# Fields of a person whose either version would single them out.
PERSONAL_FIELDS = frozenset({"name", "other_spellings", "phone", "email"})


def shareable(db: Database, found: list[Conflict]) -> list[Conflict]:
    """The conflicts as the command line prints them (its output may leave the laptop): a name, phone
    number or e-mail address of someone who is not named is replaced in the record's label and in both
    versions, as in the notes it lists.  Deciding works on the record's own text, never on these."""
    if not found:
        return found
    with db.session() as session:
        typed = disclosure.typed_text(session, disclosure.for_members((), disclosure.Audience.SHAREABLE))
        # Not named, or not named in a version still to be decided: either laptop's choice may stand.
        hidden = set(disclosure.hidden_levels(session))
    withheld = "[" + translate("Disclosure", "contact withheld") + "]"
    anonymous = "[" + translate("Anonymity", "Anonymous participant") + "]"
    shown = []
    for c in found:
        own_field = c.record_table == Person.__tablename__ and c.field in PERSONAL_FIELDS
        if own_field and c.record_id in hidden:  # both versions are that person's own
            label = anonymous if c.field == "name" else withheld
            c = structs.replace(c, shown=label, other=label)
        elif own_field:  # a named person's own phone or address, shown as the list of participants shows it
            shown.append(structs.replace(c, record_label=typed(c.record_label)))
            continue
        shown.append(structs.replace(c, record_label=typed(c.record_label), shown=typed(c.shown),
                                         other=typed(c.other)))  # fmt: skip
    return shown


def _model(table: str) -> type[Synced]:
    for model in SYNCED_MODELS:
        if model.__tablename__ == table:
            return model
    raise UserError(
        translate("Conflicts", "This version of Facilitator does not know the records of {0}.").format(table)
    )


def _label(session: Any, record: Synced | None, table: str, field_name: str, text: str) -> str:
    """The record as its section names it: its title or name, a checklist answer by its visit and item,
    else the start of the text (a code by its label: "Not observed", not "not_observed")."""
    if isinstance(record, ChecklistAnswer):
        visit = session.get(Visit, record.visit_id)
        items = checklists.from_snapshot(visit.checklist).items if visit is not None else ()
        item = next((item.label for item in items if item.name == record.item_key), record.item_key)
        return f"{visit.site_name} · {item}" if visit is not None else item
    for name in ("title", "name", "site_name"):
        if record is not None and getattr(record, name, ""):
            return getattr(record, name)
    # A number or a date says nothing of its record ("Due date: "): the action's or note's words do, or
    # the person a place on the list is of.
    if isinstance(record, Participation):
        person = session.get(Person, record.person_id)
        return person.name if person is not None else ""
    if not text and record is not None:
        words = next((getattr(record, name) for name in ("description", "body") if getattr(record, name, "")), "")
        if not words and isinstance(record, Conversation | Finding):
            visit = session.get(Visit, record.visit_id)
            words = visit.site_name if visit is not None else ""
        return _first_line(words)
    return _first_line(value_label(table, field_name, text or ""))


def _first_line(text: str) -> str:
    text = text.strip()
    first = text.splitlines()[0] if text else ""
    return first[:60] + ("…" if len(first) > 60 else "")


# Fields whose two versions differ in what an output may show of someone: until decided, the newer is
# shown, so a sync that opens such a conflict says so before anything is shared.
PRIVACY_FIELDS = frozenset(
    {
        ("person", "anonymity"),
        ("note", "confidentiality"),
        ("meeting", "default_confidentiality"),
        ("minutes_note_choice", "audience"),
    }
)


def touching_privacy(db: Database, revision_ids: Iterable[str]) -> int:
    """How many of these conflicts are about what may be shown of someone (:data:`PRIVACY_FIELDS`)."""
    ids = list(revision_ids)
    if not ids:
        return 0
    with db.session() as session:
        found = session.execute(
            select(ConflictRevision.record_table, ConflictRevision.field).where(ConflictRevision.id.in_(ids))
        ).all()
    return sum(1 for table, field_name in found if (table, field_name) in PRIVACY_FIELDS)


def origin(db: Database, conflict: Conflict) -> str:
    """Which laptop wrote the other version, by the name it syncs under ("this laptop" for this one)."""
    from facilitator.sync import state

    device = conflict.other_device
    if device == db.device_id:
        return translate("Conflicts", "this laptop")
    return state.known_devices(db).get(device, {}).get("name") or device[:8]


def list_conflicts(db: Database, meeting_id: str | None = None, include_resolved: bool = False) -> list[Conflict]:
    """The conflicts to decide (or all, the decided ones too), newest first.  Versions that read the same
    are left out: there is nothing to choose between them."""
    query = select(ConflictRevision).where(ConflictRevision.deleted.is_(False))
    if meeting_id is not None:
        query = query.where(ConflictRevision.meeting_id == meeting_id)
    if not include_resolved:
        query = query.where(ConflictRevision.resolution == "")
    found = []
    with db.session() as session:
        for revision in session.scalars(query.order_by(ConflictRevision.other_hlc.desc())):
            conflict = _conflict(session, revision)
            if conflict is not None and _to_decide(conflict):
                found.append(conflict)
    return found


def _to_decide(conflict: Conflict) -> bool:
    """Whether a conflict is one to show: versions that read the same had nothing to decide, resolved or not."""
    return conflict.shown != conflict.other or bool(conflict.resolution)


def value_label(table: str, field_name: str, value: str, zone: str = "UTC") -> str:
    """A version as the user reads it: a code by its label in the interface language, a yes-or-no in
    words, a list as its items, an instant on the clock of ``zone`` (the meeting's or the visit's)."""
    coded = CODED.get((table, field_name))
    if coded is not None:
        return coded.label(value) if value in coded else value
    column = _column(table, field_name)
    if column is None or _is_text(column):
        return value
    try:
        found = stored_value(column, value)
    except ValueError:
        return value
    if found is None:
        return translate("Conflicts", "(none)")
    if isinstance(found, bool):
        return translate("Conflicts", "Yes") if found else translate("Conflicts", "No")
    if isinstance(found, datetime):
        return f"{meetings.to_local(found, zone):%Y-%m-%d %H:%M} ({zone})"
    if isinstance(found, list):
        return ", ".join(_item_label(field_name, item) for item in found) or translate("Conflicts", "(none)")
    if isinstance(found, dict):
        # Keyed by stakeholder group (expected shares, absence reasons): each by its label.
        pairs = (f"{people_vocabulary.group_label(str(key))}: {item}" for key, item in found.items())
        return "; ".join(pairs) or translate("Conflicts", "(none)")
    return str(found)


def _item_label(field_name: str, code: Any) -> str:
    """An item of a list by its label: a risk tag, a language, a stakeholder group."""
    if field_name == "risk_tags":
        tags = taxonomy.risk_tags()
        return tags[code].label if code in tags else str(code)
    if field_name in ("voice_groups", "required_groups"):
        return people_vocabulary.group_label(str(code))
    if field_name in ("languages", "languages_spoken", "languages_read"):
        return vocabulary.LANGUAGES.label(code) if code in vocabulary.LANGUAGES else str(code)
    return str(code)


def _column(table: str, field_name: str) -> Column | None:
    try:
        return _model(table).__table__.columns.get(field_name)
    except UserError:
        return None


def _conflict(session: Any, revision: ConflictRevision) -> Conflict | None:
    try:
        model = _model(revision.record_table)
    except UserError:
        return None
    record = session.get(model, revision.record_id)
    column = model.__table__.columns.get(revision.field)
    if column is None:
        return None  # a field this version does not know
    shown = stored_text(column, getattr(record, _attribute(model, column))) if record is not None else ""
    return Conflict(
        revision.id,
        revision.record_table,
        revision.record_id,
        revision.field,
        revision.meeting_id,
        _label(session, record, revision.record_table, revision.field, shown if _is_text(column) else ""),
        shown,
        revision.other_value,
        revision.other_hlc,
        revision.resolution,
        revision.created_at,
        isinstance(column.type, Text),
        _zone(session, record, revision.meeting_id),
    )


def _zone(session: Any, record: Synced | None, meeting_id: str | None) -> str:
    """The clock a record's instants are read on: a visit's own zone, else its meeting's."""
    own = getattr(record, "timezone", "") if record is not None else ""
    if own:
        return own
    meeting = session.get(Meeting, meeting_id) if meeting_id else None
    return meeting.timezone if meeting is not None else "UTC"


def _attribute(model: type[Synced], column: Column) -> str:
    """The attribute a column is read by ("caucus" for the column "session" of a place)."""
    return model.__mapper__.get_property_by_column(column).key


def _is_text(column: Column) -> bool:
    return isinstance(column.type, String)


def get_conflict(db: Database, reference: str) -> Conflict:
    """A conflict by its id or the first characters of it."""
    messages = records.ReferenceMessages(
        translate("Conflicts", "Name a conflict by its id or the first characters of it."),
        translate("Conflicts", "No conflict starts with {0}."),
        translate("Conflicts", "More than one conflict starts with {0}."),
    )
    with db.session() as session:
        revision = records.by_reference(session, select(ConflictRevision), ConflictRevision.id, reference, messages)
        conflict = _conflict(session, revision)
    if conflict is None:
        raise UserError(messages.unknown.format(text.for_terminal(reference).strip()))
    return conflict


class Resolution(Struct, frozen=True):
    """What deciding a conflict changed, so that the decision can be undone."""

    conflict_id: str
    previous_text: str
    text: str


def resolve(db: Database, conflict_id: str, keep: str, merged_text: str | None = None) -> Resolution:
    """Decide a conflict: keep the shown text, take the other one, or put a merged text in place.

    The text goes through the record's own edit (a note keeps its revisions), then the revision
    records the decision; both are ordinary edits and sync to the other laptops.
    """
    if keep not in RESOLUTIONS:
        raise UserError(translate("Conflicts", "Unknown decision: {0}").format(keep))
    if (keep == "merged") != (merged_text is not None):
        raise UserError(translate("Conflicts", "A merged text is needed to merge the two versions."))
    conflict = get_conflict(db, conflict_id)
    if keep == "merged" and not conflict.long_text:
        raise UserError(
            translate("Conflicts", "{0} is not merged by hand: keep the shown value or take the other one.").format(
                conflict.field_label
            )
        )
    if not conflict.is_open:
        raise UserError(translate("Conflicts", "This conflict was decided already."))
    chosen = {"kept_shown": conflict.shown, "kept_other": conflict.other}.get(keep, merged_text or "")
    if chosen != conflict.shown:
        set_text(db, conflict.record_table, conflict.record_id, conflict.field, chosen)
    else:
        _restamp(db, conflict.record_table, conflict.record_id, conflict.field)
    _decide(db, conflict.id, keep)
    return Resolution(conflict.id, conflict.shown, chosen)


def reopen(db: Database, resolution: Resolution) -> None:
    """Undo a decision: the text as it was, and the conflict open again."""
    conflict = get_conflict(db, resolution.conflict_id)
    if conflict.shown != resolution.previous_text:
        set_text(db, conflict.record_table, conflict.record_id, conflict.field, resolution.previous_text)
    _decide(db, conflict.id, "")


def _restamp(db: Database, table: str, record_id: str, field_name: str) -> None:
    """The kept text written again under a new stamp: had it stayed as it was, another laptop's opposite
    decision, made meanwhile, would replace it on every laptop without a word; now the two decisions
    are edits made at once, and they open a new conflict to decide."""
    model = _model(table)
    with db.session(immediate=True) as session:
        record = session.get(model, record_id)
        if record is not None and not record.deleted:  # a record deleted since has nothing left to defend
            # An answer, its note and the note's tick are one observation, stamped together.
            named = _attribute(model, model.__table__.columns[field_name])
            for name in visits.ANSWER_FIELDS if isinstance(record, ChecklistAnswer) else (named,):
                flag_modified(record, name)


def set_text(db: Database, table: str, record_id: str, field_name: str, text: str) -> None:
    """The text put in place through the record's own edit, with its checks."""
    if table == Note.__tablename__ and field_name == "body":
        from facilitator.core.live.notes import edit_note

        edit_note(db, record_id, body=text)
    elif table == ChecklistAnswer.__tablename__:
        # Its checks (no hidden name) and its rule: the tick a note had for the supplier was for the
        # words of its own laptop, so the note taken from the other laptop stays internal until chosen.
        visits.set_answer_by_id(db, record_id, **{field_name: text})
    else:
        model = _model(table)
        column = model.__table__.columns[field_name]
        changes = {_attribute(model, column): stored_value(column, text)}
        update, editable = CHECKED_EDITS.get(table, (None, ()))
        if update is not None and (editable is None or changes.keys() <= set(editable)):
            update(db, record_id, **changes)
        else:
            records.update_fields(db, model, record_id, changes)


# Records whose fields are checked together (a start before its end, someone in a conversation): the
# version kept goes through the record's own edit, which refuses what could not be saved by hand.
CHECKED_EDITS: dict[str, tuple[Any, tuple[str, ...] | None]] = {
    Meeting.__tablename__: (meetings.update, None),
    Visit.__tablename__: (visits.update, tuple(visits.EDITABLE)),
    Conversation.__tablename__: (conversations.update, tuple(conversations.EDITABLE)),
}


def _decide(db: Database, conflict_id: str, resolution: str) -> None:
    with db.session() as session:
        revision = session.get(ConflictRevision, conflict_id)
        revision.resolution = resolution
        revision.resolved_at = utcnow() if resolution else None
