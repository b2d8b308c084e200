"""``facilitator demo``: seed the demo roundtable (once) and print its meeting id."""

from __future__ import annotations

import argparse

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help=translate("Cli", "add the demo roundtable and print its meeting id"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.demo.seed import seed_demo

    context.print(seed_demo(context.db))
    return 0
