"""``facilitator restore BACKUP``: put a backup back in place, safely, even after a crash.

Without ``--yes`` it only says what it would do.  The current database and its log files are kept as
a ``pre-restore-…`` copy, so a restore can itself be undone by restoring that copy.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("restore", help=translate("Cli", "put a backup back in place of the database"))
    parser.add_argument(
        "backup",
        metavar=translate("Cli", "BACKUP"),
        type=Path,
        help=translate("Cli", "a backup file (see 'facilitator backup --list')"),
    )
    parser.add_argument(
        "--yes", action="store_true", help=translate("Cli", "restore it; without this, only check the backup")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator import paths
    from facilitator.core.store import carried_key, restore

    context.unlock()  # an encrypted data dir's backups open with its key, and a backup in the clear takes it
    if carried_key.needs_secret(args.backup):  # encrypted on another laptop, its key file beside it
        prompt = translate("Cli", "Passphrase or recovery key of the data {0} was made of: ").format(args.backup.name)
        carried_key.open_with(args.backup, context.secret(prompt))
    restore.check_backup(args.backup)
    if not args.yes:
        context.print(
            translate(
                "Cli",
                "{backup} passed its check. Run again with --yes to put it in place of {database}; "
                "the current database will be kept in the backups folder.",
            ).format(backup=args.backup, database=paths.database_path(context.data_dir))
        )
        if carried_key.will_adopt(context.data_dir, args.backup):
            context.print(
                translate(
                    "Cli",
                    "The backup is encrypted and the data here is not: the data here will be encrypted first, with "
                    "the key file that came with the backup.",
                )
            )
        return 0
    adopting = carried_key.will_adopt(context.data_dir, args.backup)
    done = restore.restore(context.data_dir, args.backup)
    context.print(translate("Cli", "Restored {0}.").format(args.backup))
    if adopting:
        context.print(
            translate(
                "Cli",
                "The data here is encrypted now: it opens with the passphrase and recovery key of the data the "
                "backup was made of.",
            )
        )
    if done.moved_aside:
        context.print(translate("Cli", "What was in place before is kept as {0}.").format(done.moved_aside))
    return 0
