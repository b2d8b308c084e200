"""``facilitator backup``: a checked copy of the database, safe while the app is running."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("backup", help=translate("Cli", "copy the database to a backup file"))
    parser.add_argument(
        "--to",
        metavar=translate("Cli", "FILE"),
        type=Path,
        help=translate("Cli", "where to write the copy (default: the backups folder)"),
    )
    parser.add_argument("--list", action="store_true", help=translate("Cli", "list the backups that exist"))
    parser.set_defaults(run=run, writes=False)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.errors import UserError
    from facilitator.core.store import backups, carried_key

    if args.list:
        context.unlock()  # an encrypted backup is told from a foreign file with the data's key
        for backup in backups.listed(context.data_dir):
            context.print(str(backup.path))
        return 0
    if args.to is not None and args.to.exists():
        raise UserError(translate("Cli", "{0} exists already; choose a new file name.").format(args.to))
    made = context.db.backup(args.to)
    context.print(str(made))
    key_file = carried_key.beside(made)
    if args.to is not None and key_file.is_file():
        context.print(
            translate(
                "Cli",
                "Its key file is beside it, {0}: keep the two together. The copy opens on another laptop with the "
                "passphrase or the recovery key.",
            ).format(key_file)
        )
    return 0
