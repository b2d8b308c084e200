"""``facilitator visits [MEETING]`` and ``facilitator visit VISIT``: site visits, as shareable outputs.

What is printed may leave the laptop, so a visit is shown as its supplier-facing report shows it: no
worker can be identified from it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("visits", help=translate("Cli", "list site visits, of one meeting or all"))
    listing.add_argument(
        "meeting", metavar=translate("Cli", "MEETING"), nargs="?", help=translate("Cli", "only this meeting's visits")
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of a table"))
    listing.add_argument(
        "--ics",
        metavar=translate("Cli", "FILE"),
        type=Path,
        help=translate("Cli", "write the visits as a calendar for the delegation"),
    )
    listing.set_defaults(run=run_list, writes=False)
    one = subparsers.add_parser("visit", help=translate("Cli", "show one visit: checklist, conversations, findings"))
    one.add_argument(
        "visit", metavar=translate("Cli", "VISIT"), help=translate("Cli", "visit id or the first characters of it")
    )
    one.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    one.add_argument(
        "--plan",
        metavar=translate("Cli", "FILE"),
        type=Path,
        help=translate("Cli", "write the one-page visit plan PDF"),
    )
    one.set_defaults(run=run_show, writes=False)


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import disclosure
    from facilitator.core.visits import visits
    from facilitator.core.visits.vocabulary import ANNOUNCEMENT, SITE_KINDS

    meeting_id = context.meeting_id(args.meeting) if args.meeting else None
    if args.ics:
        from facilitator.export.visits import calendar

        calendar.export(context.db, args.ics, meeting_id)
        context.print(translate("Cli", "Wrote {0}").format(args.ics))
        return 0
    rows = visits.rows(context.db, meeting_id, include_standalone=False)
    shown = disclosure.shared_text(context.db, meeting_id)  # a site named before names were refused in it
    if args.json:
        context.print_json(
            [
                {
                    "id": r.id,
                    "meeting": r.meeting_id,
                    "site": shown(r.site_name),
                    "kind": r.site_kind,
                    "supplier": r.supplier,
                    "place": shown(r.place),
                    "starts": r.local_start.isoformat(),
                    "ends": r.local_end.isoformat(),
                    "timezone": r.timezone,
                    "announcement": r.announcement,
                    "answered": r.answered,
                    "items": r.items,
                    "conversations": r.conversations,
                    "findings": r.findings,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        context.print(translate("Cli", "No visits yet."))
    for r in rows:
        context.print(
            f"{r.id[:8]}  {r.when}  {SITE_KINDS.label(r.site_kind):<16}  {shown(r.site_name)}"
            f"  ({r.supplier or '-'}; {ANNOUNCEMENT.label(r.announcement).lower()})"
        )
        context.print(
            "          "
            + translate("Cli", "checklist {answered}/{items}, conversations {talks}, findings {findings}").format(
                answered=r.answered, items=r.items, talks=r.conversations, findings=r.findings
            )
        )
    return 0


def run_show(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.visits import report, visits

    visit = visits.resolve(context.db, args.visit)
    if args.plan:
        from facilitator.export.visits import plan_pdf

        plan_pdf.export(context.db, visit.id, args.plan)
        context.print(translate("Cli", "Wrote {0}").format(args.plan))
        return 0
    shown = report.build(context.db, visit.id, report.ReportAudience.SUPPLIER)
    data = report.as_json(shown)
    if args.json:
        context.print_json(data)
        return 0
    context.print(f"{data['site']} — " + ", ".join(part for part in (data["kind"], data["supplier"]) if part))
    context.print(f"{visits.local_span(shown.starts, shown.ends)} ({shown.timezone}), {data['announcement']}")
    context.print(translate("Cli", "Checklist:"))
    for answer in data["checklist"]:
        note = f" — {answer['note']}" if answer["note"] else ""
        context.print(f"  [{answer['answer']}] {answer['item']}{note}")
    context.print(translate("Cli", "Conversations:"))
    for talk in data["conversations"]:
        conversations = translate("Cli", "%n conversations", None, talk["conversations"])
        line = translate("Cli", "{group}: {conversations}, {people} people")  # people: a count or "fewer than K"
        context.print("  " + line.format(group=talk["group"], conversations=conversations, people=talk["people"]))
    for line in data["heard"]:
        context.print(
            "  - "
            + translate("Cli", "{risk}: {points}, from {groups}").format(
                risk=line["risk"],
                points=translate("Cli", "%n points heard", None, line["points"]),
                groups=translate("Cli", "%n groups", None, line["groups"]),
            )
        )
    context.print(translate("Cli", "Findings:"))
    for finding in data["findings"]:
        context.print(f"  {finding['severity']:<8} {finding['risk']}: {finding['title']} ({finding['evidence']})")
    for line in data["withheld"]:
        context.print(line)
    return 0
