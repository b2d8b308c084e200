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
    from facilitator.core.store import restore

    context.unlock()  # an encrypted data dir's backups open with its key, and a backup in the clear takes it
    restore.check_backup(args.backup)
    if not args.yes:
        context.print(
            translate(
                "Cli",
                "{backup} passed its check. Run again with --yes to put it in place of {database}; "
                "the current database will be kept in the backups folder.",
            ).format(backup=args.backup, database=paths.database_path(context.data_dir))
        )
        return 0
    done = restore.restore(context.data_dir, args.backup)
    context.print(translate("Cli", "Restored {0}.").format(args.backup))
    if done.moved_aside:
        context.print(translate("Cli", "What was in place before is kept as {0}.").format(done.moved_aside))
    return 0
