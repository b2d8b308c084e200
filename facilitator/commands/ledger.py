"""``facilitator ledger``: the commitments ledger across meetings, overdue entries first, as text, JSON,
CSV or a PDF (per organisation with ``--org``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


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


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.commands.findings import organisation_id
    from facilitator.core.disclosure import Audience
    from facilitator.core.ledger import entries
    from facilitator.core.ledger.status import STATUSES
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
        context.print(f"{mark:<8} {STATUSES.label(r.status):<12} {due:<10}  {owner}: {r.description}")
    return 0
