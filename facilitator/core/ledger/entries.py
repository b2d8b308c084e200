"""Ledger entries: made from a meeting's actions, from findings (remediation), or typed; their status
follows from their insert-only history (:mod:`facilitator.core.ledger.status`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from msgspec import Struct
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import disclosure, taxonomy
from facilitator.core.actions import check_due
from facilitator.core.db import Database
from facilitator.core.disclosure import Audience
from facilitator.core.errors import UserError
from facilitator.core.ledger.status import INITIAL, KEPT, OUTSTANDING, STATUSES, allowed
from facilitator.core.models import (
    Action,
    Finding,
    LedgerEntry,
    LedgerStatusChange,
    Meeting,
    Note,
    Organisation,
    Participation,
    Person,
    Visit,
    natural_id,
)
from facilitator.core.records import ReferenceMessages, by_reference, edit, get_live
from facilitator.core.vocabulary import Vocabulary
from facilitator.i18n import QT_TRANSLATE_NOOP, translate

KINDS = Vocabulary(
    "Ledger",
    {
        "action": QT_TRANSLATE_NOOP("Ledger", "Action"),
        "commitment": QT_TRANSLATE_NOOP("Ledger", "Commitment"),
        "remediation": QT_TRANSLATE_NOOP("Ledger", "Remediation"),
    },
)
EDITABLE = ("kind", "description", "owner_person_id", "owner_organisation_id", "due", "risk_tags", "meeting_id")
MAX_TEXT = 5000


def _clean(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if "kind" in cleaned:
        KINDS.require(cleaned["kind"], translate("Ledger", "kind of entry"))
    if "description" in cleaned:
        cleaned["description"] = (cleaned["description"] or "").strip()
        if not cleaned["description"]:
            raise UserError(translate("Ledger", "A ledger entry needs a description."))
        if len(cleaned["description"]) > MAX_TEXT:
            raise UserError(translate("Ledger", "A text can have at most {0} characters.").format(MAX_TEXT))
    if cleaned.get("owner_person_id"):
        get_live(session, Person, cleaned["owner_person_id"])
    if cleaned.get("owner_organisation_id"):
        get_live(session, Organisation, cleaned["owner_organisation_id"])
    if cleaned.get("meeting_id"):
        get_live(session, Meeting, cleaned["meeting_id"])
    if cleaned.get("due") is not None and not isinstance(cleaned["due"], date):
        raise UserError(translate("Notes", "Write the due date as YYYY-MM-DD: {0}").format(cleaned["due"]))
    check_due(cleaned.get("due"))
    if "risk_tags" in cleaned:
        cleaned["risk_tags"] = taxonomy.check_risk_tags(list(cleaned["risk_tags"] or []))
    return cleaned


def add(db: Database, description: str, changed_by: str, today: date | None = None, **fields: Any) -> LedgerEntry:
    """A new entry, Open from ``today``, with its first status change in the same transaction."""
    unknown = set(fields) - set(EDITABLE) - {"action_id", "finding_id", "agreed_on"}
    if unknown:
        raise UserError(translate("Ledger", "A ledger entry has no field {0}.").format(", ".join(sorted(unknown))))
    today = today or date.today()
    with db.session() as session:
        values = _clean(session, {"description": description, **fields})
        if not (values.get("owner_person_id") or values.get("owner_organisation_id")):
            raise UserError(translate("Ledger", "A ledger entry needs an owner: a person or an organisation."))
        entry = LedgerEntry(agreed_on=values.pop("agreed_on", None) or today, **values)
        session.add(entry)
        session.flush()
        session.add(
            LedgerStatusChange(
                entry_id=entry.id, status=INITIAL, changed_on=today, changed_by=_who(changed_by),
                reason=translate("Ledger", "Agreed"),
            )
        )  # fmt: skip
    return entry


def _who(changed_by: str) -> str:
    who = (changed_by or "").strip()
    if not who:
        raise UserError(translate("Ledger", "Say who makes this change."))
    return who[:200]


def update(db: Database, entry_id: str, **changes: Any) -> dict[str, Any]:
    """Edit an entry's description, owner, due date or tags (not its status: see :func:`change_status`)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise UserError(translate("Ledger", "A ledger entry has no field {0}.").format(", ".join(sorted(unknown))))

    def checked(session: Session, entry: LedgerEntry) -> dict[str, Any]:
        cleaned = _clean(session, changes)
        owner = cleaned.get("owner_person_id", entry.owner_person_id)
        if not (owner or cleaned.get("owner_organisation_id", entry.owner_organisation_id)):
            raise UserError(translate("Ledger", "A ledger entry needs an owner: a person or an organisation."))
        return cleaned

    return edit(db, LedgerEntry, entry_id, checked)


def resolve(db: Database, reference: str) -> LedgerEntry:
    """The entry named by its id or the first characters that ``facilitator ledger`` shows."""
    messages = ReferenceMessages(
        translate("Ledger", "Name a ledger entry by its id or the first characters of it."),
        translate("Ledger", "There is no ledger entry {0}."),
        translate("Ledger", "{0} names more than one ledger entry; give more of its id."),
    )
    query = select(LedgerEntry).where(LedgerEntry.deleted.is_(False))
    with db.session() as session:
        return by_reference(session, query, LedgerEntry.id, reference, messages)


def history(db: Database, entry_id: str) -> list[LedgerStatusChange]:
    with db.session() as session:
        return _history(session, entry_id)


def _history(session: Session, entry_id: str) -> list[LedgerStatusChange]:
    return _steps_of(session, [entry_id]).get(entry_id, [])


def _steps_of(session: Session, entry_ids: list[str]) -> dict[str, list[LedgerStatusChange]]:
    """Each entry's status changes, in the order they were recorded (see change_status)."""
    steps: dict[str, list[LedgerStatusChange]] = {}
    if entry_ids:
        for change in session.scalars(
            select(LedgerStatusChange)
            .where(LedgerStatusChange.entry_id.in_(entry_ids), LedgerStatusChange.deleted.is_(False))
            .order_by(LedgerStatusChange.updated_hlc)
        ):
            steps.setdefault(change.entry_id, []).append(change)
    return steps


def states_of_actions(db: Database, action_ids: list[str]) -> dict[str, str]:
    """The ledger's status of each of these actions that is followed there: its last step (Open before
    the first).  A meeting's Actions tab shows it beside the action's own."""
    with db.session() as session:
        entries = select(LedgerEntry.id, LedgerEntry.action_id).where(
            LedgerEntry.action_id.in_(action_ids), LedgerEntry.deleted.is_(False)
        )
        of_entry = dict(session.execute(entries).all())
        steps = _steps_of(session, list(of_entry))
    return {action: steps[entry][-1].status if entry in steps else INITIAL for entry, action in of_entry.items()}


def change_status(
    db: Database,
    entry_id: str,
    status: str,
    changed_by: str,
    reason: str,
    changed_on: date | None = None,
    evidence: str = "",
    verified_visit_id: str | None = None,
    verified_meeting_id: str | None = None,
) -> LedgerStatusChange:
    """Move an entry along its state machine; a step it does not allow is refused and nothing is written.

    Done needs its evidence; Verified needs the later visit or meeting where it was seen; every step
    needs who and why, and cannot be dated before the step it follows, nor after today.  Steps follow
    each other in the order they were recorded: a step dated ahead (on a laptop whose clock ran ahead)
    is followed by one dated today, or the entry could not move until that day on any laptop."""
    STATUSES.require(status, translate("Ledger", "status"))
    today = date.today()
    changed_on = changed_on or today
    if changed_on > today:  # a step dated ahead would refuse every real step until that day
        raise UserError(translate("Ledger", "A change cannot be dated after today ({0}).").format(today))
    reason, evidence = (reason or "").strip(), (evidence or "").strip()
    if not reason:
        raise UserError(translate("Ledger", "Say why the status changes."))
    if len(reason) > MAX_TEXT or len(evidence) > MAX_TEXT:
        raise UserError(translate("Ledger", "A text can have at most {0} characters.").format(MAX_TEXT))
    with db.session() as session:
        entry = get_live(session, LedgerEntry, entry_id)
        past = _history(session, entry_id)
        current = past[-1].status if past else INITIAL
        if not allowed(current, status):
            raise UserError(
                translate("Ledger", "An entry that is {current} cannot become {new}.").format(
                    current=STATUSES.label(current).lower(), new=STATUSES.label(status).lower()
                )
            )
        if past and changed_on < min(past[-1].changed_on, today):
            raise UserError(
                translate("Ledger", "A change cannot be dated before the last one ({0}).").format(past[-1].changed_on)
            )
        if status == "done" and not evidence:
            raise UserError(translate("Ledger", "Done needs its evidence: what shows it was done."))
        if status == "verified":
            _check_verification(session, entry, verified_visit_id, verified_meeting_id)
        change = LedgerStatusChange(
            entry_id=entry_id, status=status, changed_on=changed_on, changed_by=_who(changed_by), reason=reason,
            evidence=evidence, verified_visit_id=verified_visit_id, verified_meeting_id=verified_meeting_id,
        )  # fmt: skip
        session.add(change)
    return change


def _check_verification(session: Session, entry: LedgerEntry, visit_id: str | None, meeting_id: str | None) -> None:
    """Verified means seen to be done on a visit or at a meeting later than the one that agreed it."""
    if not (visit_id or meeting_id):
        raise UserError(translate("Ledger", "Verified needs the later visit or meeting where it was seen."))
    agreed = entry.agreed_on
    if visit_id:
        seen_on = get_live(session, Visit, visit_id).starts_at.date()
    else:
        if meeting_id == entry.meeting_id:
            raise UserError(translate("Ledger", "Verification must come from a later visit or meeting."))
        seen_on = get_live(session, Meeting, meeting_id).starts_at.date()
    if agreed is not None and seen_on <= agreed:
        raise UserError(translate("Ledger", "Verification must come from a later visit or meeting."))


# -- made from elsewhere -----------------------------------------------------------------------------


def from_action(
    db: Database, action_id: str, changed_by: str, today: date | None = None, owner_organisation_id: str | None = None
) -> LedgerEntry:
    """A meeting's action (from its Actions tab) followed in the ledger across meetings.  Its owner is the
    person who owns the action; one that a group or nobody owns is owned by ``owner_organisation_id``."""
    with db.session() as session:
        action = get_live(session, Action, action_id)
        note = session.get(Note, action.note_id) if action.note_id else None
        owner = session.get(Participation, action.owner_participation_id) if action.owner_participation_id else None
        person = session.get(Person, owner.person_id) if owner else None
        _refuse_following(session, action_id, note, action.description, bool(person or owner_organisation_id))
        meeting = get_live(session, Meeting, action.meeting_id)
        fields = {
            "kind": action.kind if action.kind in KINDS else "action",  # an m: commitment stays one
            "meeting_id": action.meeting_id, "action_id": action_id, "due": action.due,
            "owner_person_id": person.id if person else None,
            "owner_organisation_id": person.organisation_id if person else owner_organisation_id,
            "agreed_on": meeting.starts_at.date(),
        }  # fmt: skip
        description = action.description
    return add(db, description, changed_by, today, **fields)


def _refuse_following(session: Session, action_id: str, note: Note | None, description: str, owned: bool) -> None:
    """Why the ledger would not take this action, said before anything is written."""
    if note is not None and note.confidentiality == "confidential":
        raise UserError(
            translate(
                "Ledger",
                "This action was taken in a confidential note; the ledger is shared, so it is not put there. "
                "Make the note internal first if it may be followed in the ledger.",
            )
        )
    known = session.scalar(
        select(LedgerEntry.id).where(LedgerEntry.action_id == action_id, LedgerEntry.deleted.is_(False))
    )
    if known:
        raise UserError(translate("Ledger", "This action is in the ledger already."))
    # The ledger is shared (its PDF, CSV and JSON print the description as it is): a name of someone
    # who asked not to be named, which the action's own lists withhold, would travel with it.
    disclosure.refuse_hidden_names(
        session,
        translate(
            "Ledger",
            "This action names {0}, who asked not to be named, and the ledger is shared: write the action "
            "without the name first.",
        ),
        [description],
    )
    if not owned:
        raise UserError(translate("Ledger", "A ledger entry needs an owner: a person or an organisation."))


def follow(
    db: Database, meeting_id: str, reference: str, changed_by: str, owner_organisation_id: str | None = None
) -> LedgerEntry:
    """The meeting's action or commitment named by ``reference`` (as ``facilitator actions`` lists it)
    followed in the ledger; a commitment nobody followed up yet is followed up as an open action first,
    as the Actions tab does when it is given a status, once the ledger is sure to take it: a refusal
    writes nothing."""
    from facilitator.core import actions

    row = actions.resolve_row(db, meeting_id, reference)
    if not row.followed:
        _who(changed_by)
        with db.session() as session:
            note = get_live(session, Note, row.id)
            _refuse_following(
                session, natural_id("action", "commitment", note.id), note, note.body,
                bool(note.speaker_participation_id or owner_organisation_id),
            )  # fmt: skip
        actions.follow_commitment(db, row.id, status="open")
        row = actions.resolve_row(db, meeting_id, reference)
    return from_action(db, row.id, changed_by, owner_organisation_id=owner_organisation_id)


def from_finding(
    db: Database, finding_id: str, description: str, owner_organisation_id: str | None, changed_by: str,
    due: date | None = None, today: date | None = None,
) -> LedgerEntry:  # fmt: skip
    """Remediation asked for after a finding; the owner defaults to the visited supplier."""
    with db.session() as session:
        finding = get_live(session, Finding, finding_id)
        visit = get_live(session, Visit, finding.visit_id)
        owner = owner_organisation_id or visit.supplier_organisation_id
        fields = {
            "kind": "remediation", "finding_id": finding_id, "owner_organisation_id": owner, "due": due,
            "risk_tags": [finding.risk_tag], "meeting_id": visit.meeting_id,
        }  # fmt: skip
    return add(db, description, changed_by, today, **fields)


# -- reading the ledger ------------------------------------------------------------------------------


class StatusChange(Struct, frozen=True):
    """One dated change of an entry's status, as the ledger shows it."""

    changed_on: date
    status: str
    changed_by: str
    reason: str
    evidence: str


class EntryRow(Struct, frozen=True):
    """One entry as the ledger shows it, with its status now and its history."""

    id: str
    kind: str
    description: str
    owner: str  # as entered: outputs show it through the disclosure policy (owner_anonymity)
    owner_person_id: str | None
    owner_anonymity: str
    owner_organisation: str
    owner_organisation_id: str | None
    due: date | None
    status: str
    status_since: date | None
    meeting_id: str | None
    meeting_title: str
    agreed_on: date | None
    risk_tags: tuple[str, ...]
    history: tuple[StatusChange, ...]
    overdue: bool

    @property
    def kept(self) -> bool:
        return self.status in KEPT

    @property
    def outstanding(self) -> bool:
        return self.status in OUTSTANDING


def rows(
    db: Database,
    organisation_id: str | None = None,
    status: str | None = None,
    today: date | None = None,
    meeting_id: str | None = None,
    audience: Audience = Audience.INTERNAL,
) -> list[EntryRow]:
    """The ledger: overdue entries first, then by due date; filtered by organisation (owner, or the owner's
    organisation), status or the meeting that agreed them.  For a shareable ``audience`` the typed words
    (each description, and who changed a status and why) name nobody who is not named, nor their phone
    number: a worker who asked for anonymity after marking a commitment done stays anonymous in its
    history.  There, too, an action's words are left out once its note became confidential, and an
    entry owned by a person who is not named is not listed under their organisation."""
    today = today or date.today()
    if status is not None:
        STATUSES.require(status, translate("Ledger", "status"))
    query = (
        select(LedgerEntry, Person.name, Person.organisation_id, Person.anonymity, Meeting.title)
        .outerjoin(Person, Person.id == LedgerEntry.owner_person_id)
        .outerjoin(Meeting, Meeting.id == LedgerEntry.meeting_id)
        .where(LedgerEntry.deleted.is_(False))
    )
    if meeting_id is not None:
        query = query.where(LedgerEntry.meeting_id == meeting_id)
    with db.session() as session:
        found = list(session.execute(query))
        changes = _steps_of(session, [entry.id for entry, *_ in found])
        org_ids = {entry.owner_organisation_id for entry, *_ in found} | {org for _, _, org, *_ in found}
        names = dict(
            session.execute(select(Organisation.id, Organisation.name).where(Organisation.id.in_(org_ids))).all()
        )
        shareable = audience is Audience.SHAREABLE
        levels = disclosure.hidden_levels(session)
        typed = disclosure.typed_text(session, disclosure.for_members((), audience)) if shareable else str
        # An owner only people who are not named come from is withheld as the description withholds it.
        withheld_organisations = dict(disclosure.organisation_redactions(session, levels)) if shareable else {}
        action_ids = [entry.action_id for entry, *_ in found if entry.action_id]
        confidential = (
            set(
                session.scalars(
                    select(Action.id)
                    .join(Note, Note.id == Action.note_id)
                    .where(Action.id.in_(action_ids), Note.confidentiality == "confidential")
                )
            )
            if shareable and action_ids
            else set()
        )
    withheld = translate("Notes", "(confidential: not shown outside the laptop)")
    result = []
    for entry, person, person_org, own_level, meeting_title in found:
        anonymity = levels.get(entry.owner_person_id or "", own_level or "named")
        past = tuple(
            StatusChange(c.changed_on, c.status, typed(c.changed_by), typed(c.reason), typed(c.evidence))
            for c in changes.get(entry.id, ())
        )
        current = past[-1].status if past else INITIAL
        org_id = entry.owner_organisation_id or person_org
        organisation = names.get(org_id, "")
        organisation = withheld_organisations.get(organisation.strip(), organisation)
        if organisation_id is not None and organisation_id not in (entry.owner_organisation_id, person_org):
            continue
        if organisation_id is not None and shareable and entry.owner_person_id and anonymity != "named":
            continue  # listed under their organisation, a person who is not named would be named by it
        if status is not None and current != status:
            continue
        overdue = entry.due is not None and entry.due < today and current in OUTSTANDING
        result.append(
            EntryRow(
                entry.id, entry.kind, withheld if entry.action_id in confidential else typed(entry.description),
                person or organisation, entry.owner_person_id,
                anonymity, organisation, org_id, entry.due, current, past[-1].changed_on if past else None,
                entry.meeting_id, meeting_title or "", entry.agreed_on, tuple(entry.risk_tags), past, overdue,
            )
        )  # fmt: skip
    return sorted(result, key=lambda r: (not r.overdue, r.due or date.max, r.description))


def shown_owner(row: EntryRow, audience: Audience) -> str:
    """Who owns an entry, as an output for ``audience`` may say it: the organisation, else the person as
    their anonymity allows.  A person who is not named is never shown by their organisation: a family's
    quarry lease or a small workshop names them as surely."""
    hidden = row.owner_person_id is not None and row.owner_anonymity != "named" and audience is Audience.SHAREABLE
    if row.owner_organisation and not hidden:
        return row.owner_organisation
    return disclosure.for_members((), audience).identity(row.owner_anonymity, row.owner).label


def organisations(db: Database) -> list[tuple[str, str]]:
    """(id, name) of the organisations that own ledger entries (directly or through a person), by name."""
    found = {(row.owner_organisation_id, row.owner_organisation) for row in rows(db) if row.owner_organisation_id}
    return sorted(found, key=lambda pair: pair[1])
