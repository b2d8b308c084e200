"""``facilitator meetings``: list the meetings in the data dir."""

from __future__ import annotations

import argparse

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("meetings", help=translate("Cli", "list meetings"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of a table"))
    parser.add_argument("--all", action="store_true", help=translate("Cli", "include archived meetings"))
    parser.add_argument(
        "--search",
        metavar=translate("Cli", "SEARCH"),
        default="",
        help=translate("Cli", "only meetings whose title or place matches"),
    )
    parser.set_defaults(run=run, writes=False)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import meetings, vocabulary

    found = meetings.list_meetings(context.db, search=args.search, include_archived=args.all)
    if args.json:
        context.print_json(
            [
                {
                    "id": m.id,
                    "title": m.title,
                    "starts_at": m.starts_at.isoformat(),
                    "timezone": m.timezone,
                    "local_start": m.local_start.isoformat(),
                    "city": m.city,
                    "country": m.country,
                    "status": m.status,
                    "archived": m.archived,
                    "participants": m.participants,
                }
                for m in found
            ]
        )
        return 0
    if not found and args.search:
        context.print(translate("Cli", "No meeting matches '{0}'.").format(args.search))
    elif not found:
        context.print(translate("Cli", "No meetings yet. Run 'facilitator demo' to add the demo roundtable."))
    for m in found:
        place = ", ".join(part for part in (m.city, m.country) if part)
        context.print(
            f"{m.id[:8]}  {m.local_start:%Y-%m-%d %H:%M}  "
            f"{vocabulary.MEETING_STATUSES.label(m.status):<8}  {m.title}" + (f"  ({place})" if place else "")
        )
    return 0
