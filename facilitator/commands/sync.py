"""``facilitator sync``: merge with a sync folder or the central database, then print the report.

::

    facilitator sync --folder /media/usb/roundtable [--passphrase-env VAR] [--meeting M]... [--yes]
    facilitator sync --database postgresql://user@host/db?sslmode=verify-full [--team NAME] [--meeting M]...

``--meeting`` chooses what goes to this target from now on (a confidential meeting only goes when it
is named); without it the choice made before stands, at first every meeting not marked confidential.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path

from msgspec import structs

from facilitator.commands.context import CommandContext
from facilitator.core.errors import UserError
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sync", help=translate("Cli", "merge with a sync folder or the central database, losing nothing")
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--folder",
        metavar=translate("Cli", "DIR"),
        type=Path,
        help=translate("Cli", "a sync folder (USB stick, share)"),
    )
    where.add_argument(
        "--database", metavar=translate("Cli", "URL"), help=translate("Cli", "the central PostgreSQL database")
    )
    parser.add_argument(
        "--passphrase-env",
        metavar=translate("Cli", "VAR"),
        help=translate("Cli", "take the team passphrase from this environment variable (else it is asked)"),
    )
    parser.add_argument(
        "--remember-passphrase",
        action="store_true",
        help=translate("Cli", "keep the passphrase in this computer's keyring for this folder"),
    )
    parser.add_argument(
        "--forget-passphrase", action="store_true", help=translate("Cli", "remove it from the keyring again")
    )
    parser.add_argument(
        "--team",
        metavar=translate("Cli", "TEAM"),
        default="default",
        help=translate("Cli", "the team in the central database"),
    )
    parser.add_argument(
        "--meeting",
        action="append",
        metavar=translate("Cli", "MEETING"),
        help=translate("Cli", "send this meeting (repeat for more); remembered for this target"),
    )
    parser.add_argument(
        "--all-meetings",
        action="store_true",
        help=translate("Cli", "send every meeting not marked confidential (the default) from now on"),
    )
    parser.add_argument(
        "--yes", action="store_true", help=translate("Cli", "apply a merge that deletes much of a meeting")
    )
    parser.add_argument(
        "--device-name", metavar=translate("Cli", "NAME"), help=translate("Cli", "how other laptops see this one")
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print the report as JSON"))
    parser.set_defaults(run=run)


def _passphrase(args: argparse.Namespace, folder: Path) -> str:
    from facilitator.sync import crypto, passphrase

    if args.passphrase_env:
        value = os.environ.get(args.passphrase_env)
        if value is None:
            raise UserError(translate("Cli", "The environment variable {0} is not set.").format(args.passphrase_env))
        if not value:
            raise UserError(translate("Cli", "The environment variable {0} is empty.").format(args.passphrase_env))
        return value
    stored = passphrase.remembered(folder)
    if stored:
        return stored
    if not sys.stdin.isatty():
        raise UserError(translate("Cli", "Give the team passphrase with --passphrase-env VAR."))
    typed = getpass.getpass(translate("Cli", "Team passphrase: "))
    if not crypto.has_team(folder) and getpass.getpass(translate("Cli", "The same passphrase again: ")) != typed:
        raise UserError(translate("Cli", "The two passphrases differ; nothing was changed."))
    return typed


class _Progress:
    """Counts on long work, a line at most every half second (and the last one); none with --json."""

    def __init__(self, quiet: bool) -> None:
        self.quiet, self.shown = quiet, 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.quiet and (now - self.shown >= 0.5 or done >= total):
            print(stage, flush=True)
            self.shown = now


def _target(args: argparse.Namespace):
    from facilitator.sync import passphrase
    from facilitator.sync.targets.central import CentralTarget
    from facilitator.sync.targets.folder import FolderTarget, must_exist

    if args.database:
        return CentralTarget(args.database, args.team)
    must_exist(args.folder)  # before the passphrase is asked for, twice for a new team
    secret = _passphrase(args, args.folder)
    target = FolderTarget(args.folder, secret)
    if args.forget_passphrase:
        passphrase.forget(target.team.folder_id)
    elif args.remember_passphrase:
        passphrase.remember(target.team.folder_id, secret)
    return target


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.sync.run import synchronise
    from facilitator.sync.state import choose_meetings, set_device_name

    target = _target(args)  # a folder not there or a passphrase that does not open it: refused before a
    # new data dir gets a database
    if args.device_name:
        set_device_name(context.db, args.device_name)
    chosen = None if args.meeting is None else [context.meeting_id(reference) for reference in args.meeting]
    if chosen is not None or args.all_meetings:
        choose_meetings(context.db, target.key, target.kind, target.location, chosen)
    report = synchronise(context.db, target, confirm_deletions=args.yes, progress=_Progress(args.json))
    if args.json:
        context.print_json(_as_json(context, report))
    else:
        _print_report(context, report)
    if report.held:
        raise UserError(translate("Cli", "To apply it all the same, run the command again with --yes."))
    if report.refused:
        raise UserError(
            translate("Cli", "{0} segment(s) were refused; the rest was merged.").format(len(report.refused))
        )
    return 0


def _print_report(context: CommandContext, report) -> None:
    from facilitator.sync.summary import describe

    for line in describe(context.db, report):
        context.print(line)
    if report.conflicts:
        context.print(translate("Cli", "Compare and decide with: facilitator conflicts"))


def _as_json(context: CommandContext, report) -> dict:
    from facilitator.sync.summary import meeting_titles

    tables: dict[str, int] = {}
    for table, _ in report.changed_rows:
        tables[table] = tables.get(table, 0) + 1
    return {
        "target": {"kind": report.target.kind, "location": report.target.location, "key": report.target.key},
        "received": report.received,
        "duplicates": report.merge.duplicates,
        "sent": report.sent,
        "meetings": [{"id": m, "title": t} for m, t in meeting_titles(context.db, report.meetings).items()],
        "devices": [{"id": device, "name": name} for device, name in sorted(report.devices.items())],
        "conflicts": report.conflicts,
        "waiting": report.merge.waiting,
        "returned": report.merge.returned,
        "changed": tables,
        "kinds": [kind.name for kind in report.kinds],
        "held": [structs.asdict(held) for held in report.held],
        "warnings": report.warnings,
        "refused": report.refused,
    }
