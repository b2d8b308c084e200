"""``facilitator actions MEETING``: what the meeting agreed to do and promised, to follow up afterwards.

Owners appear as their anonymity allows: this is an output.
"""

from __future__ import annotations

import argparse

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate

ACTION_ID_SHOWN = 8  # enough to name it to 'ledger follow'


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "actions", help=translate("Cli", "list a meeting's actions and commitments: owner, due date, status, item")
    )
    parser.add_argument(
        "meeting", metavar=translate("Cli", "MEETING"), help=translate("Cli", "meeting id or its first characters")
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of a table"))
    output.add_argument("--csv", action="store_true", help=translate("Cli", "print the list as CSV"))
    parser.set_defaults(run=run, writes=False)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import actions
    from facilitator.export import actions as actions_export

    meeting_id = context.meeting_id(args.meeting)
    if args.csv:
        context.write(actions_export.export_csv(context.db, meeting_id))
        return 0
    records = actions_export.public_records(context.db, meeting_id)
    if args.json:
        context.print_json(records)
        return 0
    if not records:
        context.print(translate("Cli", "No actions or commitments in this meeting yet."))
    for record in records:
        status = actions.STATUSES.label(record["status"]) if record["status"] else "–"
        context.print(
            f"{record['id'][:ACTION_ID_SHOWN]}  {actions.KINDS.label(record['kind']):<11}  {status:<11}  "
            f"{record['due'] or '–':<10}  "
            f"{(record['owner'] or '–')[:24]:<24}  {record['description']}"
        )
        if record["agenda_item"]:
            context.print(" " * (ACTION_ID_SHOWN + 15) + translate("Cli", "during: {0}").format(record["agenda_item"]))
    return 0
