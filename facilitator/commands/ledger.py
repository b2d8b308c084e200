"""``facilitator ledger``: the commitments ledger across meetings, overdue entries first, as text, JSON,
CSV or a PDF (per organisation with ``--org``); ``ledger follow`` puts a meeting's action or commitment
in it, and ``ledger status`` moves an entry along, each a single change, as the window does."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands import argument_types
from facilitator.commands.context import CommandContext
from facilitator.core.ledger.status import STATUSES  # light: its codes name the choices in the help
from facilitator.i18n import translate

ENTRY_ID_SHOWN = 8  # enough to name an entry to 'ledger status'


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("ledger", help=translate("Cli", "the commitments ledger across meetings"))
    parser.add_argument(
        "--org", metavar=translate("Cli", "ORG"), help=translate("Cli", "only this organisation's entries")
    )
    parser.add_argument(
        "--status", metavar=translate("Cli", "STATUS"), help=translate("Cli", "only entries with this status")
    )
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of a table"))
    shape.add_argument("--csv", action="store_true", help=translate("Cli", "print the ledger as CSV"))
    shape.add_argument(
        "--pdf", metavar=translate("Cli", "FILE"), type=Path, help=translate("Cli", "write the ledger as a PDF")
    )
    parser.set_defaults(run=run, writes=False)
    steps = parser.add_subparsers(dest="ledger_step")
    follow = steps.add_parser(
        "follow", help=translate("Cli", "follow a meeting's action or commitment in the ledger until it is kept")
    )
    follow.add_argument(
        "meeting", metavar=translate("Cli", "MEETING"), help=translate("Cli", "meeting id or its first characters")
    )
    follow.add_argument(
        "action", metavar=translate("Cli", "ACTION"), help=translate("Cli", "the id 'facilitator actions' shows")
    )
    _recorded_by(follow)
    follow.add_argument(
        "--owner",
        metavar=translate("Cli", "ORG"),
        help=translate("Cli", "the organisation that keeps it, when no person owns the action"),
    )
    follow.set_defaults(run=run_follow, writes=True)
    status = steps.add_parser("status", help=translate("Cli", "move a ledger entry to another status, saying why"))
    status.add_argument(
        "entry", metavar=translate("Cli", "ENTRY"), help=translate("Cli", "the id 'facilitator ledger' shows")
    )
    status.add_argument(
        "new_status",
        metavar=translate("Cli", "STATUS"),
        help=translate("Cli", "one of: {0}").format(", ".join(STATUSES)),
    )
    _recorded_by(status)
    status.add_argument("--reason", required=True, metavar=translate("Cli", "TEXT"), help=translate("Cli", "why"))
    status.add_argument(
        "--evidence",
        default="",
        metavar=translate("Cli", "TEXT"),
        help=translate("Cli", "what shows it (Done needs it)"),
    )
    status.add_argument(
        "--on",
        type=argument_types.day,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the day it changed (default: today)"),
    )
    seen = status.add_mutually_exclusive_group()
    seen.add_argument(
        "--seen-at", metavar=translate("Cli", "MEETING"), help=translate("Cli", "the later meeting that verified it")
    )
    seen.add_argument(
        "--seen-on-visit", metavar=translate("Cli", "VISIT"), help=translate("Cli", "the later visit that verified it")
    )
    status.set_defaults(run=run_status, writes=True)


def _recorded_by(parser: argparse.ArgumentParser) -> None:
    """Every ledger change says who made it, as its history shows."""
    parser.add_argument(
        "--by", required=True, metavar=translate("Cli", "NAME"), help=translate("Cli", "who records it")
    )


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.commands.findings import organisation_id
    from facilitator.core.disclosure import Audience
    from facilitator.core.ledger import entries
    from facilitator.export import ledger as ledger_export

    org = organisation_id(context, args.org, entries.organisations(context.db)) if args.org else None
    if args.pdf:
        from facilitator.export.visits import ledger_pdf

        ledger_pdf.export(context.db, args.pdf, org, args.status)
        context.print(translate("Cli", "Wrote {0}").format(args.pdf))
        return 0
    rows = entries.rows(context.db, organisation_id=org, status=args.status, audience=Audience.SHAREABLE)
    if args.csv:
        context.write(ledger_export.csv_text(rows))
        return 0
    if args.json:
        context.print_json(ledger_export.records(rows))
        return 0
    if not rows:
        context.print(translate("Cli", "No ledger entries."))
    for r in rows:
        mark = translate("Cli", "OVERDUE") if r.overdue else ""
        due = r.due.isoformat() if r.due else "-"
        owner = entries.shown_owner(r, Audience.SHAREABLE)
        context.print(
            f"{r.id[:ENTRY_ID_SHOWN]}  {mark:<8} {STATUSES.label(r.status):<12} {due:<10}  {owner}: {r.description}"
        )
    return 0


def _listing_options_refused(args: argparse.Namespace) -> None:
    """--org, --status, --json, --csv and --pdf choose what the list shows; written before 'follow' or
    'status' they were read and then dropped (--pdf wrote a file named after the step)."""
    from facilitator.core.errors import UserError

    given = [f"--{name}" for name in ("org", "status", "json", "csv", "pdf") if getattr(args, name, None)]
    if given:
        raise UserError(
            translate("Cli", "{0}: for listing the ledger only; 'ledger {1}' takes none of them.").format(
                ", ".join(given), args.ledger_step
            )
        )


def run_follow(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.commands.findings import organisation_id
    from facilitator.core import actions
    from facilitator.core.errors import UserError
    from facilitator.core.ledger import entries
    from facilitator.core.visits import register_choices

    _listing_options_refused(args)
    meeting_id = context.meeting_id(args.meeting)
    owned_by_a_person = bool(actions.resolve_row(context.db, meeting_id, args.action).owner_level)
    if not args.owner and not owned_by_a_person:
        raise UserError(translate("Cli", "No person owns this action; say which organisation keeps it: --owner ORG."))
    if args.owner and owned_by_a_person:
        raise UserError(
            translate("Cli", "A person owns this action, and the ledger follows them; --owner is for an action no "
                             "person owns.")
        )  # fmt: skip
    owner = organisation_id(context, args.owner, register_choices.organisations(context.db)) if args.owner else None
    entry = entries.follow(context.db, meeting_id, args.action, args.by, owner_organisation_id=owner)
    context.print(translate("Cli", "In the ledger: {0}").format(entry.id[:ENTRY_ID_SHOWN]))
    return 0


def run_status(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.ledger import entries
    from facilitator.core.visits import visits

    _listing_options_refused(args)
    entry = entries.resolve(context.db, args.entry)
    typed = args.new_status.strip().casefold()
    # "in progress", "In-progress" or the label in the language shown: what a user types for in_progress
    status = next(
        (code for code in STATUSES if typed in (code, code.replace("_", " "), code.replace("_", "-"),
                                                 STATUSES.label(code).casefold())),
        args.new_status,
    )  # fmt: skip
    entries.change_status(
        context.db, entry.id, status, args.by, args.reason, changed_on=args.on, evidence=args.evidence,
        verified_visit_id=visits.resolve(context.db, args.seen_on_visit).id if args.seen_on_visit else None,
        verified_meeting_id=context.meeting_id(args.seen_at) if args.seen_at else None,
    )  # fmt: skip
    context.print(translate("Cli", "{0}: now {1}.").format(entry.id[:ENTRY_ID_SHOWN], STATUSES.label(status).lower()))
    return 0
