"""Ops on site visits: planning, the checklist, photos, conversations, findings, agenda proposals and
the commitments ledger.

What a visit records is announced as VISITS, the ledger as LEDGER, and what reaches the agenda as
AGENDA.  Photos and ledger status changes are facts that are never edited, so they are kept, not undone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from facilitator.core.agenda import items
from facilitator.core.changes import Change
from facilitator.core.ledger import entries, followup
from facilitator.core.models import (
    AgendaItem,
    ChecklistAnswer,
    Conversation,
    ConversationPoint,
    Finding,
    LedgerEntry,
    Visit,
)
from facilitator.core.records import set_deleted
from facilitator.core.store import cipher
from facilitator.core.visits import agenda as visit_agenda
from facilitator.core.visits import checklists, conversations, findings, photos, visits
from facilitator.core.visits.report import ReportAudience
from facilitator.i18n import translate
from facilitator.ui.ops import FieldEdit, Ops, Outcome, Steps, Tombstones
from facilitator.ui.ops.threads import Writing, write_off_thread

VISIT_DATA = Change.VISITS
LEDGER_DATA = Change.LEDGER
RECORDER_KEY = "ledger.recorded_by"


def _create(
    ops: Ops, text: str, model: type, make: Callable[[], Any], kinds: Change, meeting_id: str | None
) -> str | None:
    """A record made by ``make``; undo tombstones it, redo brings it back.  Returns its id."""

    def work() -> Outcome[str]:
        record_id = make().id
        return Outcome(record_id, Tombstones(ops.db, model, (record_id,)))

    outcome = ops.perform(text, work, kinds, meeting_id)
    return outcome.value if outcome else None


def _delete(ops: Ops, text: str, model: type, record_id: str, kinds: Change, meeting_id: str | None) -> bool:
    def work() -> Outcome[None]:
        set_deleted(ops.db, model, record_id, True)
        return Outcome(None, Tombstones(ops.db, model, (record_id,), created=False))

    return ops.perform(text, work, kinds, meeting_id) is not None


# -- visits ------------------------------------------------------------------------------------------


def plan_visit(
    ops: Ops, meeting_id: str | None, site_name: str, start: datetime, end: datetime, timezone: str,
    template_id: str, **fields: Any,
) -> str | None:  # fmt: skip
    """A new visit; ``start`` and ``end`` are wall-clock times in the site's zone."""

    def make() -> Visit:
        return visits.plan(
            ops.db, site_name, start, end, timezone, template_id=template_id, meeting_id=meeting_id, **fields
        )

    return _create(ops, translate("VisitOps", "Plan visit"), Visit, make, VISIT_DATA, meeting_id)


def update_visit(
    ops: Ops, meeting_id: str | None, visit_id: str, changes: dict[str, Any], initiator: object = None
) -> bool:
    return ops.edit(
        translate("VisitOps", "Edit visit"), visits.update, Visit, visit_id, changes, VISIT_DATA, meeting_id, initiator
    )


def delete_visit(ops: Ops, meeting_id: str | None, visit_id: str) -> bool:
    return _delete(ops, translate("VisitOps", "Delete visit"), Visit, visit_id, VISIT_DATA, meeting_id)


def copy_template(ops: Ops, template_id: str, title: str) -> checklists.Template | None:
    """The user's own copy of a checklist template, to edit; later visits can use it."""
    ok, template = ops.guarded(lambda: checklists.copy(ops.db.directory, template_id, title))
    return template if ok else None


# -- the checklist -----------------------------------------------------------------------------------


def set_answer(
    ops: Ops, meeting_id: str | None, visit_id: str, item_key: str, changes: dict[str, Any], initiator: object = None
) -> bool:
    """An answer or note for one checklist item."""

    def work() -> Outcome[None]:
        before = visits.set_answer(ops.db, visit_id, item_key, **changes)
        record_id = visits.answer_id(visit_id, item_key)
        return Outcome(
            None, FieldEdit(ops.db, visits.set_answer_by_id, ChecklistAnswer, record_id, before, dict(changes))
        )

    if set(changes) == {"note_for_supplier"}:  # the undo says which tick it takes back
        if changes["note_for_supplier"]:
            text = translate("VisitOps", "Show a checklist note to the supplier")
        else:
            text = translate("VisitOps", "Keep a checklist note internal")
    elif set(changes) == {"note"}:
        text = translate("VisitOps", "Write a checklist note")
    else:
        text = translate("VisitOps", "Answer checklist item")
    return ops.perform(text, work, VISIT_DATA, meeting_id, initiator) is not None


def attach_photo(
    ops: Ops, meeting_id: str | None, visit_id: str, source: Path, item_key: str, caption: str,
    person_ids: list[str],
) -> bool:  # fmt: skip
    """A photo copied in without its metadata; refused without photo consent of the people in it.  A photo
    is a fact that is kept: it is not on the undo list."""
    ok, _ = ops.guarded(lambda: photos.add_photo(ops.db, visit_id, source, item_key, caption, person_ids))
    if ok:
        ops.bus.announce(VISIT_DATA, meeting_id)
    return ok


# -- conversations -----------------------------------------------------------------------------------


def recovery_key_needed(ops: Ops) -> bool:
    """Encrypted data whose recovery key has not been kept yet: conversations wait for it."""
    envelope = cipher.read_envelope(ops.db.directory)
    return envelope is not None and not envelope.recovery_kept


def new_recovery_key(ops: Ops) -> str | None:
    ok, code = ops.guarded(lambda: cipher.new_recovery_key(ops.db.directory))
    return code if ok else None


def keep_recovery_key(ops: Ops, typed: str, export_to: Path | None = None) -> bool:
    """The recovery key was written down (typed back) or exported to a file."""

    def work() -> None:
        if export_to is not None:
            from facilitator.export.files import check_writable

            cipher.export_recovery_key(typed, check_writable(export_to, replaces=(".txt",)))
        cipher.confirm_recovery_kept(ops.db.directory, typed)

    return ops.guarded(work)[0]


def add_conversation(ops: Ops, meeting_id: str | None, visit_id: str, values: dict[str, Any]) -> str | None:
    fields = dict(values)
    group = fields.pop("stakeholder_group")

    def make() -> Conversation:
        return conversations.add_conversation(ops.db, visit_id, group, **fields)

    return _create(ops, translate("VisitOps", "Record conversation"), Conversation, make, VISIT_DATA, meeting_id)


def update_conversation(
    ops: Ops, meeting_id: str | None, conversation_id: str, changes: dict[str, Any], initiator: object = None
) -> bool:
    return ops.edit(
        translate("VisitOps", "Edit conversation"), conversations.update, Conversation, conversation_id, changes,
        VISIT_DATA, meeting_id, initiator,
    )  # fmt: skip


def delete_conversation(ops: Ops, meeting_id: str | None, conversation_id: str) -> bool:
    text = translate("VisitOps", "Delete conversation")
    return _delete(ops, text, Conversation, conversation_id, VISIT_DATA, meeting_id)


def add_point(ops: Ops, meeting_id: str | None, conversation_id: str, line: str) -> str | None:
    """A point typed in the live note grammar (``c: no toilets for women #WASH``)."""

    def make() -> ConversationPoint:
        return conversations.add_point(ops.db, conversation_id, line)

    return _create(ops, translate("VisitOps", "Note point"), ConversationPoint, make, VISIT_DATA, meeting_id)


def delete_point(ops: Ops, meeting_id: str | None, point_id: str) -> bool:
    return _delete(ops, translate("VisitOps", "Delete point"), ConversationPoint, point_id, VISIT_DATA, meeting_id)


# -- findings ----------------------------------------------------------------------------------------


def finding_from_answer(ops: Ops, meeting_id: str | None, visit_id: str, item_key: str, severity: str) -> str | None:
    def make() -> Finding:
        return findings.from_answer(ops.db, visit_id, item_key, severity)

    return _create(ops, translate("VisitOps", "Make finding"), Finding, make, VISIT_DATA, meeting_id)


def finding_from_point(ops: Ops, meeting_id: str | None, point_id: str, severity: str) -> str | None:
    def make() -> Finding:
        return findings.from_point(ops.db, point_id, severity)

    return _create(ops, translate("VisitOps", "Make finding"), Finding, make, VISIT_DATA, meeting_id)


def update_finding(
    ops: Ops, meeting_id: str | None, finding_id: str, changes: dict[str, Any], initiator: object = None
) -> bool:
    return ops.edit(
        translate("VisitOps", "Edit finding"), findings.update, Finding, finding_id, changes, VISIT_DATA, meeting_id,
        initiator,
    )  # fmt: skip


def delete_finding(ops: Ops, meeting_id: str | None, finding_id: str) -> bool:
    return _delete(ops, translate("VisitOps", "Delete finding"), Finding, finding_id, VISIT_DATA, meeting_id)


def propose_agenda_items(ops: Ops, meeting_id: str) -> visit_agenda.Proposal | None:
    """The findings of the meeting's visits, grouped by risk, into its debrief and discussion items; one
    undo takes back the items made and the notes and tags written."""

    def work() -> Outcome[visit_agenda.Proposal]:
        proposal = visit_agenda.propose(ops.db, meeting_id)
        now = {item.id: item for item in items.items(ops.db, meeting_id)}
        edits = tuple(
            FieldEdit(
                ops.db, items.update, AgendaItem, item_id, before,
                {"facilitator_notes": now[item_id].facilitator_notes, "risk_tags": list(now[item_id].risk_tags)},
            )
            for item_id, before in proposal.edited.items()
            if item_id not in proposal.created
        )  # fmt: skip
        made = (Tombstones(ops.db, AgendaItem, proposal.created),) if proposal.created else ()
        return Outcome(proposal, Steps((*made, *edits)))

    outcome = ops.perform(translate("VisitOps", "Propose agenda items"), work, Change.AGENDA, meeting_id)
    return outcome.value if outcome else None


# -- the commitments ledger --------------------------------------------------------------------------


def add_ledger_entry(ops: Ops, meeting_id: str | None, description: str, changed_by: str, **fields: Any) -> str | None:
    """A new entry, agreed at ``meeting_id`` (the meeting shown) when there is one."""

    def make() -> LedgerEntry:
        return entries.add(
            ops.db, description, changed_by, **({"meeting_id": meeting_id} if meeting_id else {}), **fields
        )

    return _create(ops, translate("VisitOps", "Add ledger entry"), LedgerEntry, make, LEDGER_DATA, meeting_id)


def remediation_from_finding(
    ops: Ops, meeting_id: str | None, finding_id: str, description: str, owner_organisation_id: str | None,
    changed_by: str, due: date | None,
) -> str | None:  # fmt: skip
    def make() -> LedgerEntry:
        return entries.from_finding(ops.db, finding_id, description, owner_organisation_id, changed_by, due)

    return _create(ops, translate("VisitOps", "Ask for remediation"), LedgerEntry, make, LEDGER_DATA, meeting_id)


def follow_action_in_ledger(
    ops: Ops, meeting_id: str | None, action_id: str, changed_by: str, owner_organisation_id: str | None = None
) -> str | None:
    """A meeting's action followed in the ledger across meetings, until it is kept; ``owner_organisation_id``
    owns one that no person owns."""

    def make() -> LedgerEntry:
        return entries.from_action(ops.db, action_id, changed_by, owner_organisation_id=owner_organisation_id)

    return _create(ops, translate("VisitOps", "Follow in the ledger"), LedgerEntry, make, LEDGER_DATA, meeting_id)


def recorded_by(ops: Ops) -> str:
    """Who last recorded a ledger change on this laptop: offered again, as every change says who."""
    return ops.db.get_local(RECORDER_KEY)


def remember_recorder(ops: Ops, name: str) -> None:
    if name.strip() and name.strip() != recorded_by(ops):
        ops.db.set_local(RECORDER_KEY, name.strip()[:200])


def change_ledger_status(ops: Ops, entry_id: str, status: str, changed_by: str, reason: str, **details: Any) -> bool:
    """A dated status change with who and why; kept in the entry's history for good, so not undone
    (a mistaken step is corrected by the next one, which says why)."""
    ok, _ = ops.guarded(lambda: entries.change_status(ops.db, entry_id, status, changed_by, reason, **details))
    if ok:
        ops.bus.announce(LEDGER_DATA)
    return ok


def export_ledger_csv(ops: Ops, rows: list[entries.EntryRow], target: Path) -> bool:
    """The ledger as shown (its filters applied) as CSV, owners as a shared file may name them."""
    from facilitator.export import files, ledger

    def work() -> None:
        files.write_file(ledger.csv_text(rows).encode("utf-8"), files.check_writable(target))

    return ops.guarded(work)[0]


def add_follow_up_item(ops: Ops, meeting_id: str) -> str | None:
    """A "Follow-up on commitments" item at the end of the agenda, listing the open entries."""

    def make() -> AgendaItem:
        return followup.add_item(ops.db, meeting_id)

    return _create(ops, translate("VisitOps", "Add follow-up item"), AgendaItem, make, Change.AGENDA, meeting_id)


# -- printed documents and the calendar (written off the window's thread) ----------------------------


def export_visit_plan(ops: Ops, visit_id: str, target: Path, saved: Callable[[Path], None]) -> Writing:
    """The one-page plan of a visit, to take along."""
    from facilitator.export.visits import plan_pdf

    return write_off_thread(lambda: plan_pdf.export(ops.db, visit_id, target), saved, ops.show_error)


def export_visit_report(
    ops: Ops, visit_id: str, target: Path, audience: ReportAudience, saved: Callable[[Path], None]
) -> Writing:
    """The visit report for the delegation, or for the supplier (no worker can be identified in it)."""
    from facilitator.export.visits import report_pdf

    return write_off_thread(lambda: report_pdf.export(ops.db, visit_id, target, audience), saved, ops.show_error)


def export_visits_calendar(ops: Ops, meeting_id: str | None, target: Path, saved: Callable[[Path], None]) -> Writing:
    """The delegation's calendar of the meeting's visits (or of every visit)."""
    from facilitator.export.visits import calendar

    return write_off_thread(lambda: calendar.export(ops.db, target, meeting_id), saved, ops.show_error)


def export_ledger_pdf(
    ops: Ops, organisation_id: str | None, status: str | None, target: Path, saved: Callable[[Path], None]
) -> Writing:
    """The ledger of one organisation (or of all), as a shared document names its owners."""
    from facilitator.export.visits import ledger_pdf

    return write_off_thread(lambda: ledger_pdf.export(ops.db, target, organisation_id, status), saved, ops.show_error)
