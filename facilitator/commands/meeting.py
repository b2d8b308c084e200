"""``facilitator meeting MEETING``: one meeting's settings, by id or an unambiguous prefix."""

from __future__ import annotations

import argparse

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("meeting", help=translate("Cli", "show one meeting"))
    parser.add_argument(
        "meeting", metavar=translate("Cli", "MEETING"), help=translate("Cli", "meeting id or its first characters")
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    parser.set_defaults(run=run, writes=False)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import meetings, vocabulary

    m = meetings.get(context.db, context.meeting_id(args.meeting))
    facts = {
        "id": m.id,
        "title": m.title,
        "purpose": m.purpose,
        "country": m.country,
        "city": m.city,
        "venue": m.venue,
        "starts_at": m.starts_at.isoformat(),
        "ends_at": m.ends_at.isoformat(),
        "timezone": m.timezone,
        "languages": m.languages,
        "chatham_house": m.chatham_house,
        "min_group_size": m.min_group_size,
        "recording_allowed": m.recording_allowed,
        "default_confidentiality": m.default_confidentiality,
        "status": m.status,
        "archived": m.archived,
    }
    if args.json:
        context.print_json(facts)
        return 0
    start, end = meetings.to_local(m.starts_at, m.timezone), meetings.to_local(m.ends_at, m.timezone)
    context.print(m.title)
    context.print(f"  {start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M} ({m.timezone})")
    context.print("  " + ", ".join(part for part in (m.venue, m.city, m.country) if part))
    context.print("  " + translate("Cli", "Status: {0}").format(vocabulary.MEETING_STATUSES.label(m.status)))
    context.print(
        "  "
        + translate("Cli", "Languages: {0}").format(", ".join(vocabulary.LANGUAGES.label(code) for code in m.languages))
    )
    context.print(
        "  "
        + translate("Cli", "Chatham House Rule: {0}").format(
            translate("Cli", "yes") if m.chatham_house else translate("Cli", "no")
        )
    )
    context.print(
        "  "
        + translate("Cli", "Public outputs show a group on its own from {0} people; smaller ones are merged.").format(
            m.min_group_size
        )
    )
    return 0
