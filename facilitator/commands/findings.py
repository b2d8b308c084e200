"""``facilitator findings [--supplier ORG]``: the risk register, per supplier across visits and over time."""

from __future__ import annotations

import argparse

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("findings", help=translate("Cli", "the risk register of the site visits"))
    parser.add_argument(
        "--supplier",
        metavar=translate("Cli", "ORG"),
        help=translate("Cli", "an organisation's name or first characters"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of a table"))
    parser.set_defaults(run=run, writes=False)


def organisation_id(context: CommandContext, reference: str, choices: list[tuple[str, str]]) -> str:
    """The organisation a user named by its id, its name or the start of either, among ``choices``."""
    from facilitator.core.errors import UserError

    needle = reference.strip().lower()
    found = [oid for oid, name in choices if oid.startswith(needle) or name.lower().startswith(needle)]
    exact = [oid for oid, name in choices if name.lower() == needle]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0]
    if not found:
        raise UserError(translate("Cli", "No organisation here is called {0}.").format(reference))
    raise UserError(translate("Cli", "{0} names more than one organisation; give more of it.").format(reference))


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import taxonomy
    from facilitator.core.visits import findings, report
    from facilitator.core.visits.vocabulary import EVIDENCE, FINDING_STATUSES, SEVERITIES

    supplier = organisation_id(context, args.supplier, findings.suppliers(context.db)) if args.supplier else None
    rows, kept = report.shared_register(context.db, supplier_id=supplier)
    tags = taxonomy.risk_tags()
    if args.json:
        context.print_json(
            [
                {
                    "id": r.id,
                    "supplier": r.supplier,
                    "site": r.site_name,
                    "visited": r.visited_on.date().isoformat(),
                    "risk_tag": r.risk_tag,
                    "severity": r.severity,
                    "evidence": r.evidence,
                    "status": r.status,
                    "title": r.title,
                }
                for r in rows
            ]
        )
        return 0
    if not rows and not kept:
        context.print(translate("Cli", "No findings yet."))
    current = None
    for r in rows:
        if r.supplier != current:
            current = r.supplier
            context.print(r.supplier or translate("Cli", "(no supplier)"))
        risk = tags[r.risk_tag].label if r.risk_tag in tags else r.risk_tag
        context.print(
            f"  {r.visited_on:%Y-%m-%d}  {SEVERITIES.label(r.severity):<8}  {risk:<24}  {r.title}"
            f"  [{EVIDENCE.label(r.evidence).lower()}, {FINDING_STATUSES.label(r.status).lower()}; {r.site_name}]"
        )
    if kept:
        context.print(
            translate("Cli", "%n findings heard where workers could be put at risk are shown only in the window and "
                             "the internal visit reports.", None, kept)
        )  # fmt: skip
    return 0
