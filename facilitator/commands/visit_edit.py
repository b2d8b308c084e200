"""``facilitator visit-plan``, ``visit-answer``, ``conversation``, ``finding`` and ``propose-agenda``: what a
delegation records on a visit, from the command line, each a single change.

Conversations have no name field: only the group and how many women and men took part.
"""

from __future__ import annotations

import argparse

from facilitator.commands import argument_types
from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    plan = subparsers.add_parser("visit-plan", help=translate("Cli", "plan a site visit"))
    plan.add_argument("site", metavar=translate("Cli", "SITE"), help=translate("Cli", "the site's name"))
    plan.add_argument(
        "--start",
        metavar=translate("Cli", "START"),
        type=argument_types.moment,
        required=True,
        help=translate("Cli", "start, in the site's zone"),
    )
    plan.add_argument(
        "--end",
        metavar=translate("Cli", "END"),
        type=argument_types.moment,
        required=True,
        help=translate("Cli", "end, in the site's zone"),
    )
    plan.add_argument(
        "--zone",
        metavar=translate("Cli", "ZONE"),
        default="Asia/Kolkata",
        help=translate("Cli", "the site's time zone"),
    )
    plan.add_argument(
        "--meeting", metavar=translate("Cli", "MEETING"), help=translate("Cli", "the roundtable this visit prepares")
    )
    plan.add_argument("--supplier", metavar=translate("Cli", "ORG"), help=translate("Cli", "the supplier organisation"))
    plan.add_argument(
        "--kind",
        metavar=translate("Cli", "KIND"),
        default="quarry",
        help=translate("Cli", "quarry, processing_unit, cobble_yard, ..."),
    )
    plan.add_argument(
        "--announcement",
        metavar=translate("Cli", "ANNOUNCEMENT"),
        default="announced",
        help=translate("Cli", "announced, semi_announced or unannounced"),
    )
    plan.add_argument(
        "--village", metavar=translate("Cli", "VILLAGE"), default="", help=translate("Cli", "the site's village")
    )
    plan.add_argument(
        "--district", metavar=translate("Cli", "DISTRICT"), default="", help=translate("Cli", "the site's district")
    )
    plan.add_argument(
        "--template",
        metavar=translate("Cli", "TEMPLATE"),
        default="builtin:natural_stone",
        help=translate("Cli", "the checklist template"),
    )
    plan.set_defaults(run=run_plan)
    answer = subparsers.add_parser("visit-answer", help=translate("Cli", "answer a checklist item of a visit"))
    answer.add_argument("visit", metavar=translate("Cli", "VISIT"))
    answer.add_argument(
        "item", metavar=translate("Cli", "ITEM"), help=translate("Cli", "the item's name, such as toilets")
    )
    answer.add_argument(
        "answer",
        metavar=translate("Cli", "ANSWER"),
        help=translate("Cli", "observed, partly, not_observed or not_seen; '' clears the answer"),
    )
    answer.add_argument("--note", metavar=translate("Cli", "NOTE"), help=translate("Cli", "what was seen"))
    answer.add_argument(
        "--note-for-supplier",
        action=argparse.BooleanOptionalAction,
        help=translate(
            "Cli", "whether the supplier's report carries the note too; a note stays internal until chosen for it"
        ),
    )
    answer.set_defaults(run=run_answer)
    talk = subparsers.add_parser("conversation", help=translate("Cli", "record a conversation with workers"))
    talk.add_argument("visit", metavar=translate("Cli", "VISIT"))
    talk.add_argument(
        "group", metavar=translate("Cli", "GROUP"), help=translate("Cli", "the stakeholder group, such as RH_WORKER")
    )
    talk.add_argument("--women", metavar=translate("Cli", "N"), type=int, default=0)
    talk.add_argument("--men", metavar=translate("Cli", "N"), type=int, default=0)
    talk.add_argument("--language", metavar=translate("Cli", "CODE"), default="")
    talk.add_argument("--interviewer-gender", metavar=translate("Cli", "GENDER"), default="")
    talk.add_argument("--off-site", action="store_true", help=translate("Cli", "held away from the work place"))
    talk.add_argument("--management-present", action="store_true")
    talk.add_argument("--consent-notes", action="store_true", help=translate("Cli", "the group agreed to notes"))
    talk.add_argument("--consent-quotes", action="store_true", help=translate("Cli", "the group agreed to quotes"))
    talk.add_argument("--retaliation-risk", action="store_true")
    talk.add_argument(
        "--point", action="append", default=[], metavar=translate("Cli", "LINE"),
        help=translate("Cli", "a point in the note grammar, such as 'c: no toilet #WASH' (repeatable)"),
    )  # fmt: skip
    talk.set_defaults(run=run_conversation)
    finding = subparsers.add_parser("finding", help=translate("Cli", "make a finding of a checklist gap"))
    finding.add_argument("visit", metavar=translate("Cli", "VISIT"))
    finding.add_argument(
        "item", metavar=translate("Cli", "ITEM"), help=translate("Cli", "a checklist item not or partly observed")
    )
    finding.add_argument(
        "--severity",
        metavar=translate("Cli", "SEVERITY"),
        default="medium",
        help=translate("Cli", "low, medium, high or critical"),
    )
    finding.set_defaults(run=run_finding)
    propose = subparsers.add_parser(
        "propose-agenda", help=translate("Cli", "turn the findings of a meeting's visits into agenda items")
    )
    propose.add_argument("meeting", metavar=translate("Cli", "MEETING"))
    propose.set_defaults(run=run_propose)


def run_plan(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.commands.findings import organisation_id
    from facilitator.core.models import Organisation
    from facilitator.core.visits import visits

    fields = {"site_kind": args.kind, "announcement": args.announcement, "village": args.village,
              "district": args.district}  # fmt: skip
    if args.meeting:
        fields["meeting_id"] = context.meeting_id(args.meeting)
    if args.supplier:
        from sqlalchemy import select

        with context.db.session() as session:
            choices = [tuple(row) for row in session.execute(
                select(Organisation.id, Organisation.name).where(Organisation.deleted.is_(False))
            )]  # fmt: skip
        fields["supplier_organisation_id"] = organisation_id(context, args.supplier, choices)
    visit = visits.plan(context.db, args.site, args.start, args.end, args.zone, args.template, **fields)
    context.print(translate("Cli", "Planned visit {0}").format(visit.id))
    if notice := visits.timing_notice(context.db, visit.id):
        context.print(translate("Cli", "Note: {0}").format(notice))
    return 0


def run_answer(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.visits import visits

    visit = visits.resolve(context.db, args.visit)
    changes: dict[str, object] = {"answer": args.answer}
    if args.note is not None:
        changes["note"] = args.note
    if args.note_for_supplier is not None:
        changes["note_for_supplier"] = args.note_for_supplier
    visits.set_answer(context.db, visit.id, args.item, **changes)
    return 0


def run_conversation(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.visits import conversations, visits

    visit = visits.resolve(context.db, args.visit)
    talk = conversations.add_conversation(
        context.db, visit.id, args.group, args.point, women=args.women, men=args.men, language=args.language,
        interviewer_gender=args.interviewer_gender, location="off_site" if args.off_site else "on_site",
        management_present=args.management_present, consent_notes=args.consent_notes,
        consent_quotes=args.consent_quotes, retaliation_risk=args.retaliation_risk,
    )  # fmt: skip
    context.print(translate("Cli", "Recorded conversation {0} with %n points", None, len(args.point)).format(talk.id))
    for warning in conversations.warnings(conversations.get(context.db, talk.id)):
        context.print(translate("Cli", "Warning: {0}").format(warning))
    return 0


def run_finding(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.visits import findings, visits

    visit = visits.resolve(context.db, args.visit)
    made = findings.from_answer(context.db, visit.id, args.item, severity=args.severity)
    context.print(translate("Cli", "Finding {0}: {1}").format(made.id[:8], made.title))
    return 0


def run_propose(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.visits import agenda

    proposal = agenda.propose(context.db, context.meeting_id(args.meeting))
    context.print(
        translate("Cli", "{groups} risks: {created} new agenda items, {edited} items given the findings").format(
            groups=proposal.groups, created=len(proposal.created), edited=len(proposal.edited)
        )
    )
    return 0
