"""Ops on people: the register, invitations, each person's place in a meeting, check-ins, consents, imports."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.core.changes import Change
from facilitator.core.models import CheckIn, Consent, Organisation, Participation, Person
from facilitator.core.participants import participation, people
from facilitator.i18n import translate
from facilitator.ui.ops import FieldEdit, Ops, Outcome, Steps, Tombstones, UndoStep

if TYPE_CHECKING:
    from facilitator.core.participants import importing  # loads with the import dialog, not with the section
    from facilitator.core.participants.importing import Plan

# A person's register fields show in every meeting's list too.
PERSON_CHANGED = Change.PEOPLE | Change.PARTICIPATION


def invite(ops: Ops, meeting_id: str, person_id: str, name: str) -> str | None:
    """Put a register person on the meeting's list; returns the participation id."""

    def work() -> Outcome[str]:
        made = participation.add_participant(ops.db, meeting_id, person_id)
        return Outcome(made.id, Tombstones(ops.db, Participation, (made.id,)))

    text = translate("ParticipantOps", "Invite {0}").format(name)
    outcome = ops.perform(text, work, Change.PARTICIPATION, meeting_id)
    return outcome.value if outcome else None


def add_new_participant(ops: Ops, meeting_id: str, values: dict[str, Any]) -> str | None:
    """Someone new, entered in the register and put on the list in one step; returns the participation id."""

    def work() -> Outcome[str]:
        made = participation.add_new_participant(ops.db, meeting_id, **values)
        step = Steps((Tombstones(ops.db, Person, (made.person_id,)), Tombstones(ops.db, Participation, (made.id,))))
        return Outcome(made.id, step)

    text = translate("ParticipantOps", "Add {0}").format(str(values.get("name", "")).strip())
    outcome = ops.perform(text, work, PERSON_CHANGED, meeting_id)
    return outcome.value if outcome else None


def update_participation(
    ops: Ops, meeting_id: str, participation_id: str, name: str, changes: dict[str, Any], initiator: object = None
) -> bool:
    return ops.edit(
        translate("ParticipantOps", "Change {0}").format(name),
        participation.update_participation,
        Participation,
        participation_id,
        changes,
        Change.PARTICIPATION,
        meeting_id,
        initiator,
    )


def check_in(ops: Ops, meeting_id: str, participation_id: str, name: str, kind: str) -> bool:
    """An arrival (which also marks the person as attended) or a departure."""

    def work() -> Outcome[None]:
        status_before = _status(ops, meeting_id, participation_id)
        fact = participation.check_in(ops.db, participation_id, kind)
        parts: list[UndoStep] = [Tombstones(ops.db, CheckIn, (fact.id,))]
        if kind == "arrival" and status_before != "attended":
            update = participation.update_participation
            parts.append(
                FieldEdit(
                    ops.db, update, Participation, participation_id, {"status": status_before}, {"status": "attended"}
                )
            )
        return Outcome(None, Steps(tuple(parts)))

    text = (
        translate("ParticipantOps", "{0} arrives") if kind == "arrival" else translate("ParticipantOps", "{0} leaves")
    )
    return ops.perform(text.format(name), work, Change.PARTICIPATION, meeting_id) is not None


def _status(ops: Ops, meeting_id: str, participation_id: str) -> str:
    row = next(r for r in participation.list_participants(ops.db, meeting_id) if r.participation_id == participation_id)
    return row.status


def record_consent(
    ops: Ops, meeting_id: str, person_id: str, name: str, kind: str, granted: bool, given_on: date, note: str = ""
) -> bool:
    """A dated yes or no; earlier records stay as they were."""

    def work() -> Outcome[None]:
        made = participation.record_consent(ops.db, person_id, kind, granted, given_on, meeting_id, note)
        return Outcome(None, Tombstones(ops.db, Consent, (made.id,)))

    text = translate("ParticipantOps", "Consent of {0}").format(name)
    return ops.perform(text, work, Change.PARTICIPATION, meeting_id) is not None


def import_list(ops: Ops, meeting_id: str, plan: Plan) -> importing.Outcome | None:
    """Write the rows of a previewed list; undo takes every added person, place and organisation away
    again, and puts back the answers and the details of merged people the list changed."""

    from facilitator.core.participants import importing

    def work() -> Outcome[importing.Outcome]:
        done = importing.apply(ops.db, plan)
        answers = tuple(
            FieldEdit(
                ops.db, participation.update_participation, Participation, place, {"status": was}, {"status": now}
            )
            for place, was, now in done.answered
        )
        filled = tuple(
            FieldEdit(ops.db, people.restore_person, Person, person_id, before, after)
            for person_id, before, after in done.filled
        )
        step = Steps(
            (
                Tombstones(ops.db, Person, done.person_ids),
                Tombstones(ops.db, Participation, done.participation_ids),
                Tombstones(ops.db, Organisation, done.organisation_ids),
                *answers,
                *filled,
            )
        )
        return Outcome(done, step)

    text = translate("ParticipantOps", "Import {0}").format(plan.source)
    outcome = ops.perform(text, work, PERSON_CHANGED, meeting_id)
    return outcome.value if outcome else None


# -- the register ----------------------------------------------------------------------------------


def add_person(ops: Ops, name: str) -> str | None:
    """A new person in the register; returns their id."""

    def work() -> Outcome[str]:
        made = people.create_person(ops.db, name)
        return Outcome(made.id, Tombstones(ops.db, Person, (made.id,)))

    outcome = ops.perform(translate("ParticipantOps", "Add a person"), work, Change.PEOPLE)
    return outcome.value if outcome else None


def update_person(ops: Ops, person_id: str, name: str, changes: dict[str, Any], initiator: object = None) -> bool:
    text = translate("ParticipantOps", "Change {0}").format(name)
    return ops.edit(text, people.update_person, Person, person_id, changes, PERSON_CHANGED, None, initiator)


def set_organisation(ops: Ops, person_id: str, name: str, organisation: str, initiator: object = None) -> bool:
    """The person's organisation by name: found in the register, or added to it."""

    def work() -> Outcome[None]:
        before = people.set_organisation(ops.db, person_id, organisation)
        after = {"organisation_id": people.organisation_of(ops.db, person_id)}
        return Outcome(None, FieldEdit(ops.db, people.update_person, Person, person_id, before, after))

    text = translate("ParticipantOps", "Change {0}").format(name)
    return ops.perform(text, work, PERSON_CHANGED, None, initiator) is not None


def export_list(ops: Ops, meeting_id: str, target: Path) -> bool:
    """The meeting's list as CSV, identities as a shared file may show them."""
    from facilitator.export import participants as participant_export

    return ops.guarded(lambda: participant_export.write_csv(ops.db, meeting_id, target))[0]
