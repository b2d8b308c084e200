"""``facilitator visit-report VISIT --out FILE [--audience internal|supplier]``: the visit report as a PDF.

The internal report is the delegation's own record; the supplier's carries no worker-identifying detail.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("visit-report", help=translate("Cli", "write a visit report as a PDF"))
    parser.add_argument(
        "visit", metavar=translate("Cli", "VISIT"), help=translate("Cli", "visit id or the first characters of it")
    )
    parser.add_argument(
        "--out",
        metavar=translate("Cli", "FILE"),
        type=Path,
        required=True,
        help=translate("Cli", "the PDF file to write"),
    )
    parser.add_argument(
        "--audience", default="internal", metavar=translate("Cli", "AUDIENCE"),
        help=translate("Cli", "internal (the delegation's record) or supplier (no worker can be identified)"),
    )  # fmt: skip
    parser.set_defaults(run=run, writes=False)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.visits import report, visits
    from facilitator.export.files import check_writable
    from facilitator.export.visits import report_pdf

    audience = report.check_audience(args.audience)
    check_writable(args.out)
    visit = visits.resolve(context.db, args.visit)
    report_pdf.export(context.db, visit.id, args.out, audience)
    context.print(translate("Cli", "Wrote {0}").format(args.out))
    return 0
