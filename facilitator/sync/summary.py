"""A sync report in plain sentences, the same on the command line and in the window."""

from __future__ import annotations

from facilitator.core.db import Database
from facilitator.core.models import Meeting
from facilitator.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.sync import conflicts
from facilitator.sync.merge import MassDeletion
from facilitator.sync.run import SyncReport

# What a held-back merge would have deleted, kind by kind, in the words of the sections that show them.
DELETED_KINDS = {
    "agenda_item": QT_TRANSLATE_NOOP("Sync", "agenda items"),
    "meeting_day": QT_TRANSLATE_NOOP("Sync", "meeting days"),
    "participation": QT_TRANSLATE_NOOP("Sync", "participants"),
    "check_in": QT_TRANSLATE_NOOP("Sync", "check-ins"),
    "consent": QT_TRANSLATE_NOOP("Sync", "consents"),
    "note": QT_TRANSLATE_NOOP("Sync", "notes"),
    "action": QT_TRANSLATE_NOOP("Sync", "actions"),
    "speaking_turn": QT_TRANSLATE_NOOP("Sync", "speaking turns"),
    "speaking_correction": QT_TRANSLATE_NOOP("Sync", "speaking time corrections"),
    "live_event": QT_TRANSLATE_NOOP("Sync", "steps of the live session"),
    "visit": QT_TRANSLATE_NOOP("Sync", "site visits"),
    "ledger_entry": QT_TRANSLATE_NOOP("Sync", "ledger entries"),
    "minutes_version": QT_TRANSLATE_NOOP("Sync", "issued versions of the minutes"),
    "minutes_item_review": QT_TRANSLATE_NOOP("Sync", "summaries in the minutes"),
    "minutes_review": QT_TRANSLATE_NOOP("Sync", "reviews of the minutes"),
    "minutes_approval": QT_TRANSLATE_NOOP("Sync", "approvals of the minutes"),
    "minutes_note_choice": QT_TRANSLATE_NOOP("Sync", "notes chosen for the minutes"),
    "inclusion_settings": QT_TRANSLATE_NOOP("Sync", "inclusion settings"),
    "conflict_revision": QT_TRANSLATE_NOOP("Sync", "versions in conflict"),
    "checklist_answer": QT_TRANSLATE_NOOP("Sync", "answers of visit checklists"),
    "conversation": QT_TRANSLATE_NOOP("Sync", "conversations with workers"),
    "conversation_point": QT_TRANSLATE_NOOP("Sync", "points of conversations with workers"),
    "visit_photo": QT_TRANSLATE_NOOP("Sync", "photos of site visits"),
    "note_revision": QT_TRANSLATE_NOOP("Sync", "earlier versions of notes"),
    "finding": QT_TRANSLATE_NOOP("Sync", "findings of site visits"),
    "ledger_status_change": QT_TRANSLATE_NOOP("Sync", "steps of ledger entries"),
}


def meeting_titles(db: Database, meeting_ids: list[str]) -> dict[str, str]:
    with db.session() as session:
        return {
            meeting_id: meeting.title if (meeting := session.get(Meeting, meeting_id)) else meeting_id[:8]
            for meeting_id in meeting_ids
        }


def device_labels(devices: dict[str, str]) -> dict[str, str]:
    """Each device's label: its name; two laptops that share a name (both "vm") are told apart by the start
    of their ids, and a device without a name is its id's start."""
    named = [name for name in devices.values() if name]
    shared = {name for name in named if named.count(name) > 1}
    return {
        device: f"{name} ({device[:8]})" if name in shared else name or device[:8] for device, name in devices.items()
    }


def device_names(devices: dict[str, str]) -> list[str]:
    """The devices' labels (:func:`device_labels`), sorted."""
    return sorted(device_labels(devices).values())


def describe(db: Database, report: SyncReport) -> list[str]:
    """What happened: changes received and sent, meetings sent, devices seen by name, conflicts and
    problems; or, for a held-back merge, what it would have deleted."""
    if report.held:
        return [_held_back(held) for held in report.held] + [translate("Sync", "Nothing was changed.")]
    lines = [
        translate("Sync", "Changes received: {0}, sent: {1}, with {2}.").format(
            report.received, report.sent, report.target.location
        )
    ]
    titles = meeting_titles(db, report.meetings_sent).values()
    lines.append(translate("Sync", "Meetings sent: {0}").format(", ".join(titles) if titles else "–"))
    names = device_names(report.devices)
    lines.append(translate("Sync", "Devices seen: {0}").format(", ".join(names) if names else "–"))
    if report.conflicts:
        lines.append(translate("Sync", "New conflicts to decide: {0}").format(len(report.conflicts)))
        if privacy := conflicts.touching_privacy(db, report.conflicts):
            lines.append(
                translate(
                    "Sync",
                    "Decide before sharing anything: %n of them are about whether someone is named or a note "
                    "is confidential, and the newer choice is shown until you do.",
                    None,
                    privacy,
                )
            )
    if report.merge.returned:
        lines.append(
            translate(
                "Sync",
                "%n deleted records are back: another laptop edited them without having seen the deletion, "
                "or restored them. Delete them again if they should go.",
                None,
                report.merge.returned,
            )
        )
    if report.merge.waiting:
        lines.append(
            translate("Sync", "{0} records wait for a record they refer to, which has not arrived yet.").format(
                report.merge.waiting
            )
        )
    lines += [translate("Sync", "Warning: {0}").format(warning) for warning in report.warnings]
    lines += [translate("Sync", "Refused: {0}").format(refusal) for refusal in report.refused]
    return lines


def _held_back(held: MassDeletion) -> str:
    said = translate("Sync", 'This sync would delete {0} of the {1} records of the meeting "{2}".').format(
        held.deleted, held.records, held.title
    )
    if not held.kinds:
        return said
    kinds = [
        translate("Sync", "{deleted} of the {records} {kind}").format(
            deleted=kind.deleted,
            records=kind.records,
            kind=translate("Sync", DELETED_KINDS.get(kind.table, kind.table)),
        )
        for kind in held.kinds
    ]
    return said + " " + translate("Sync", "Among them: {0}.").format(", ".join(kinds))
