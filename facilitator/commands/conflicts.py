"""``facilitator conflicts``: the texts two laptops edited at once, waiting for a decision."""

from __future__ import annotations

import argparse

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "conflicts", help=translate("Cli", "list what was edited on two laptops at once, to decide which version stays")
    )
    parser.add_argument(
        "--meeting", metavar=translate("Cli", "MEETING"), help=translate("Cli", "only this meeting's conflicts")
    )
    parser.add_argument("--all", action="store_true", help=translate("Cli", "include conflicts decided already"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of a table"))
    parser.set_defaults(run=run, writes=False)


def as_json(conflict) -> dict:
    return {
        "id": conflict.id,
        "record_table": conflict.record_table,
        "record_id": conflict.record_id,
        "record": conflict.record_label,
        "field": conflict.field,
        "meeting_id": conflict.meeting_id,
        "shown": conflict.shown,
        "other": conflict.other,
        "other_stamp": conflict.other_hlc,
        "resolution": conflict.resolution,
        "found_at": conflict.found_at.isoformat(),
    }


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.sync.conflicts import list_conflicts, shareable

    meeting_id = context.meeting_id(args.meeting) if args.meeting else None
    found = shareable(context.db, list_conflicts(context.db, meeting_id, include_resolved=args.all))
    if args.json:
        context.print_json([as_json(conflict) for conflict in found])
        return 0
    if not found:
        context.print(translate("Cli", "No conflicts to decide."))
    for conflict in found:
        state = conflict.resolution or translate("Cli", "open")
        context.print(f"{conflict.id[:8]}  {state:<10}  {conflict.field_label}: {conflict.record_label}")
    if found:
        context.print(translate("Cli", "Compare and decide with: facilitator conflict ID [--keep shown|other]"))
    return 0
