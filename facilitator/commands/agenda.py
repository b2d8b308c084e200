"""``facilitator agenda MEETING``: the timed agenda as text or JSON, and as a printable PDF or an .ics file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate

if TYPE_CHECKING:
    from facilitator.core.agenda.items import Agenda


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("agenda", help=translate("Cli", "show a meeting's timed agenda, or export it"))
    parser.add_argument(
        "meeting", metavar=translate("Cli", "MEETING"), help=translate("Cli", "meeting id or its first characters")
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON with every item's times"))
    parser.add_argument(
        "--ics", metavar=translate("Cli", "FILE"), type=Path, help=translate("Cli", "write an iCalendar file")
    )
    parser.add_argument(
        "--pdf", metavar=translate("Cli", "FILE"), type=Path, help=translate("Cli", "write the agenda as a PDF")
    )
    parser.set_defaults(run=run, writes=False)


def as_json(loaded: Agenda, presenters: dict[str, str]) -> dict[str, Any]:
    """Every item with its computed start and end (in the meeting's zone), plus warnings and balance."""
    timing = loaded.timing
    slots = timing.by_id()
    return {
        "meeting_id": loaded.meeting.id,
        "title": loaded.meeting.title,
        "timezone": loaded.meeting.timezone,
        "interpretation_factor": loaded.meeting.interpretation_factor,
        "days": [
            {
                "day": day + 1,
                "date": hours.date.isoformat(),
                "starts": timing.local(day, hours.starts).isoformat(),
                "ends": timing.local(day, hours.ends).isoformat(),
            }
            for day, hours in sorted(timing.days.items())
        ],
        "items": [
            {
                "id": item.id,
                "day": item.day + 1,
                "title": item.title,
                "kind": item.kind,
                "start": timing.start_of(slots[item.id]).isoformat(),
                "end": timing.end_of(slots[item.id]).isoformat(),
                "planned_minutes": item.planned_minutes,
                "effective_minutes": slots[item.id].effective,
                "interpretation": item.interpretation,
                "fixed_start": item.fixed_start or None,
                "track": item.track or None,
                "risk_tags": item.risk_tags,
                "presenter": presenters.get(item.id),
                "purpose": item.purpose,
            }
            for item in loaded.items
        ],
        "warnings": [
            {"code": w.code, "day": w.day + 1, "item_id": w.item_id, "message": w.message} for w in timing.warnings
        ],
        "balance": [
            {
                "day": day + 1,
                "minutes_by_kind": balance.minutes_by_kind,
                "discussion_share": round(balance.discussion_share, 3),
                "flagged": balance.flagged,
            }
            for day, balance in sorted(timing.balance.items())
        ],
    }


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import localised
    from facilitator.core.agenda import items as agenda
    from facilitator.core.agenda import presenters as agenda_presenters
    from facilitator.core.agenda.kinds import kind_label
    from facilitator.core.agenda.timing import format_clock

    meeting_id = context.meeting_id(args.meeting)
    if args.pdf:
        from facilitator.export import agenda_pdf

        agenda_pdf.export(context.db, meeting_id, args.pdf)
    if args.ics:
        from facilitator.export import ics

        ics.export(context.db, meeting_id, args.ics)
    if (args.pdf or args.ics) and not args.json:
        for path in (args.pdf, args.ics):
            if path:
                context.print(translate("Cli", "Wrote {0}").format(path))
        return 0
    loaded = agenda.load(context.db, meeting_id)
    if args.json:
        context.print_json(as_json(loaded, agenda_presenters.presenters(context.db, loaded.items)))
        return 0
    slots = loaded.timing.by_id()
    day = None
    for item in loaded.items:
        if item.day != day:
            day = item.day
            context.print(translate("Cli", "Day {0}").format(day + 1))
        slot = slots[item.id]
        track = f"  [{item.track}]" if item.track else ""
        # Past midnight the clock keeps counting under its day (24:25), as in the window and the PDF.
        when = f"{format_clock(slot.start)}-{format_clock(slot.end)}"
        context.print(f"  {when}  {kind_label(item.kind):<20}  {item.title}{track}")
    for warning in loaded.timing.warnings:
        context.print(translate("Cli", "Warning: {0}").format(warning.message))
    for balance in loaded.timing.balance.values():
        if balance.flagged:
            context.print(
                translate("Cli", "Warning: day {0} has {1} discussion and worker-voice time, under {2}.").format(
                    balance.day + 1,
                    localised.format_percent(balance.discussion_share),
                    localised.format_percent(balance.threshold),
                )
            )
    return 0
