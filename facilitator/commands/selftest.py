"""``facilitator selftest``: open the main window offscreen, visit every screen, report what failed."""

from __future__ import annotations

import argparse

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "selftest", help=translate("Cli", "open every screen offscreen on a throw-away copy of the demo and exit")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.ui.selftest import run_selftest

    failures = run_selftest(context.lang)
    for failure in failures:
        print(failure)
    print(
        translate("Cli", "selftest: %n problems", None, len(failures))
        if failures
        else translate("Cli", "selftest: every screen opened")
    )
    return 1 if failures else 0
