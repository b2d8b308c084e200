"""``facilitator minutes ACTION MEETING``: issue the minutes, amend them, record an approval, list versions.

facilitator minutes issue MEETING
facilitator minutes amend MEETING --reason "Water concern added"
facilitator minutes approve MEETING --by "Union" --fingerprint 3ab98294   (from a signed printout)
facilitator minutes approve MEETING --by "Buyers" --file returned.pdf --amendment "Add the water point"
facilitator minutes versions MEETING
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("minutes", help=translate("Cli", "issue, amend and approve a meeting's minutes"))
    actions = parser.add_subparsers(dest="action", metavar=translate("Cli", "ACTION"), required=True)
    meeting = translate("Cli", "meeting id or its first characters")
    issue = actions.add_parser("issue", help=translate("Cli", "freeze the minutes as they stand as the next version"))
    issue.add_argument("meeting", metavar=translate("Cli", "MEETING"), help=meeting)
    amend = actions.add_parser("amend", help=translate("Cli", "issue the next version with an amendment taken in"))
    amend.add_argument("meeting", metavar=translate("Cli", "MEETING"), help=meeting)
    amend.add_argument(
        "--reason", metavar=translate("Cli", "TEXT"), required=True, help=translate("Cli", "what the amendment changes")
    )
    approve = actions.add_parser("approve", help=translate("Cli", "record an approval or an amendment request"))
    approve.add_argument("meeting", metavar=translate("Cli", "MEETING"), help=meeting)
    approve.add_argument(
        "--by",
        metavar=translate("Cli", "NAME"),
        required=True,
        help=translate("Cli", "who answered (a name or a group)"),
    )
    source = approve.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--fingerprint",
        metavar=translate("Cli", "FINGERPRINT"),
        help=translate("Cli", "the fingerprint on the signed printout (8+ characters)"),
    )
    source.add_argument(
        "--file", metavar=translate("Cli", "FILE"), type=Path, help=translate("Cli", "the returned PDF or JSON file")
    )
    approve.add_argument(
        "--amendment",
        metavar=translate("Cli", "TEXT"),
        default="",
        help=translate("Cli", "the amendment asked for, if any"),
    )
    listed = actions.add_parser("versions", help=translate("Cli", "list issued versions and their approvals"))
    listed.add_argument("meeting", metavar=translate("Cli", "MEETING"), help=meeting)
    listed.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    item = actions.add_parser("review", help=translate("Cli", "set the reviewed minutes of an agenda item"))
    item.add_argument("meeting", metavar=translate("Cli", "MEETING"), help=meeting)
    item.add_argument(
        "item", type=int, metavar=translate("Cli", "ITEM"), help=translate("Cli", "the agenda item's number")
    )
    for option, field in REVIEW_OPTIONS.items():
        item.add_argument(
            f"--{option}",
            dest=field,
            metavar=translate("Cli", "TEXT"),
            help=translate("Cli", "new text (an empty text clears it)"),
        )
    note = actions.add_parser("note", help=translate("Cli", "choose which minutes a note appears in"))
    note.add_argument("meeting", metavar=translate("Cli", "MEETING"), help=meeting)
    note.add_argument(
        "note",
        metavar=translate("Cli", "NOTE"),
        help=translate("Cli", "the note's id or its first characters, as 'notes' lists them"),
    )
    note.add_argument(
        "--appears",
        metavar=translate("Cli", "CHOICE"),
        required=True,
        help=translate("Cli", "default, internal or omit"),
    )
    parser.set_defaults(run=run, writes=True)


REVIEW_OPTIONS = {
    "summary": "summary",
    "information": "information_shared",
    "responses": "responses_given",
    "satisfied": "satisfied",
    "dissent": "dissent",
}


def _review(args: argparse.Namespace, context: CommandContext, meeting_id: str) -> int:
    from facilitator.core.agenda import items
    from facilitator.core.errors import UserError
    from facilitator.core.minutes import review

    if args.action == "note":
        from facilitator.core.live import notes

        review.set_note_audience(context.db, notes.resolve(context.db, meeting_id, args.note), args.appears)
        context.print(translate("Cli", "Saved."))
        return 0
    agenda = items.items(context.db, meeting_id)
    if not 1 <= args.item <= len(agenda):
        raise UserError(translate("Cli", "This meeting has agenda items 1 to {0}.").format(len(agenda)))
    changes = {field: getattr(args, field) for field in REVIEW_OPTIONS.values() if getattr(args, field) is not None}
    if not changes:
        raise UserError(
            translate("Cli", "Give at least one of --summary, --information, --responses, --satisfied, --dissent.")
        )
    review.edit_item(context.db, agenda[args.item - 1].id, **changes)
    context.print(translate("Cli", "Saved."))
    return 0


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.minutes import versions

    meeting_id = context.meeting_id(args.meeting)
    if args.action in ("review", "note"):
        return _review(args, context, meeting_id)
    if args.action in ("issue", "amend"):
        from facilitator.core.minutes import readiness

        for concern in readiness.before_issuing(context.db, meeting_id):  # issued all the same: it was asked for
            context.print(translate("Cli", "Warning: {0}").format(concern))
        made = (
            versions.issue(context.db, meeting_id)
            if args.action == "issue"
            else versions.amend(context.db, meeting_id, args.reason)
        )
        context.print(translate("Cli", "Issued version {0}, fingerprint {1}").format(made.number, made.fingerprint))
        return 0
    if args.action == "approve":
        if args.file is not None:
            version, source = versions.fingerprint_in_file(context.db, meeting_id, args.file), "file"
        else:
            version, source = versions.version_with(context.db, meeting_id, args.fingerprint), "printout"
        decision = "amendment_requested" if args.amendment.strip() else "approved"
        versions.record_approval(context.db, meeting_id, version, args.by, decision, source, args.amendment)
        context.print(
            translate("Cli", "Recorded for version {0}: {1} ({2})").format(
                version.number, versions.DECISIONS.label(decision), args.by.strip()
            )
        )
        return 0
    answers = versions.approvals(context.db, meeting_id)
    rows = [
        {
            "version": v.number,
            "issued_at": v.issued_at.isoformat(),
            "reason": v.reason,
            "fingerprint": v.fingerprint,
            "public_fingerprint": v.public_fingerprint,
            "answers": [
                {"by": a.by, "decision": a.decision, "source": a.source, "at": a.at.isoformat(), "comment": a.comment}
                for a in answers
                if a.version_id == v.id
            ],
        }
        for v in versions.versions(context.db, meeting_id)
    ]
    if args.json:
        context.print_json(rows)
        return 0
    if not rows:
        context.print(translate("Cli", "No version of these minutes has been issued yet."))
    if notice := versions.clash_notice(context.db, meeting_id):
        context.print(notice)
    for row in rows:
        context.print(f"v{row['version']}  {row['issued_at'][:16]}  {row['fingerprint'][:16]}  {row['reason']}")
        for answer in row["answers"]:
            context.print(f"    {versions.DECISIONS.label(answer['decision'])}: {answer['by']}  {answer['comment']}")
    return 0
