"""``facilitator encrypt``, ``decrypt``, ``passphrase`` and ``recovery-key``: encryption at rest of a data dir.

Encrypting prints the recovery key once; it is kept only when it has been exported to a file
(``--recovery-key-file``) or typed back, and worker conversations wait until it is.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    encrypt = subparsers.add_parser(
        "encrypt", help=translate("Cli", "encrypt the database and its backups with a passphrase")
    )
    encrypt.add_argument(
        "--recovery-key-file", metavar=translate("Cli", "FILE"), type=Path,
        help=translate("Cli", "write the recovery key to this file (a stick, not this laptop)"),
    )  # fmt: skip
    encrypt.set_defaults(run=run_encrypt, writes=False)
    decrypt = subparsers.add_parser("decrypt", help=translate("Cli", "store the database and its backups unencrypted"))
    decrypt.set_defaults(run=run_decrypt, writes=False)
    passphrase = subparsers.add_parser("passphrase", help=translate("Cli", "choose a new passphrase"))
    passphrase.set_defaults(run=run_passphrase, writes=False)
    recovery = subparsers.add_parser(
        "recovery-key", help=translate("Cli", "make a new recovery key (the old one stops working)")
    )
    recovery.add_argument(
        "--file", metavar=translate("Cli", "FILE"), type=Path, help=translate("Cli", "write it to this file")
    )
    recovery.add_argument(
        "--confirm",
        metavar=translate("Cli", "KEY"),
        help=translate("Cli", "confirm that the current recovery key was kept"),
    )
    recovery.set_defaults(run=run_recovery_key, writes=False)


# The new passphrase, where the current one is in FACILITATOR_PASSPHRASE.
NEW_PASSPHRASE_ENV = "FACILITATOR_NEW_PASSPHRASE"


def _interactive() -> bool:
    import os
    import sys

    from facilitator.commands.context import PASSPHRASE_ENV

    return not os.environ.get(PASSPHRASE_ENV) and bool(sys.stdin) and sys.stdin.isatty()


def _new_passphrase(context: CommandContext) -> str:
    from facilitator.core.errors import UserError

    first = context.secret(translate("Cli", "New passphrase: "))
    if _interactive() and context.secret(translate("Cli", "The same passphrase again: ")) != first:
        raise UserError(translate("Cli", "The two passphrases differ; nothing was changed."))
    return first


def _keep(context: CommandContext, code: str, target: Path | None) -> None:
    """Have the recovery key kept: exported to a file (and not printed: outside a terminal, where a file is
    asked for, what is printed goes to a log beside the data it opens), or shown and typed back."""
    from facilitator.core.store import cipher

    if target is not None:
        from facilitator.export.files import check_writable

        cipher.export_recovery_key(code, check_writable(target, replaces=(".txt",)))
        cipher.confirm_recovery_kept(context.data_dir, code)
        context.print(
            translate("Cli", "Recovery key written to {0}: keep that file away from this laptop.").format(target)
        )
        return
    context.print(translate("Cli", "Recovery key (write it down and keep it away from this laptop):"))
    context.print(f"    {code}")
    typed = context.secret(translate("Cli", "Type the recovery key back to confirm you kept it: "))
    cipher.confirm_recovery_kept(context.data_dir, typed)
    context.print(translate("Cli", "Recovery key kept."))


def _progress(context: CommandContext):
    def report(done: int, total: int, path: Path) -> None:
        context.print(translate("Cli", "{done}/{total} {name}").format(done=done, total=total, name=path.name))

    return report


def run_encrypt(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.errors import UserError
    from facilitator.core.store import cipher

    resuming = cipher.interrupted(context.data_dir) == "encrypting"
    # A run stopped half-way never showed its recovery key: finishing it makes the key, to keep as well.
    if args.recovery_key_file is None and not _interactive():
        raise UserError(translate("Cli", "Outside a terminal, give --recovery-key-file FILE to keep the recovery key."))
    if args.recovery_key_file is not None:  # a mistyped folder is found before the data is converted
        from facilitator.export.files import check_writable

        check_writable(args.recovery_key_file, replaces=(".txt",))
    secret = context.secret(translate("Cli", "Passphrase: ")) if resuming else _new_passphrase(context)
    done = cipher.encrypt(context.data_dir, secret, progress=_progress(context))
    context.print(translate("Cli", "Encrypted: %n files.", None, done.files))
    if done.recovery_code:
        _keep(context, done.recovery_code, args.recovery_key_file)
    return 0


def run_decrypt(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.commands.context import translate_prompt
    from facilitator.core.store import cipher

    done = cipher.decrypt(context.data_dir, context.secret(translate_prompt()), progress=_progress(context))
    context.print(translate("Cli", "Decrypted: %n files. The data is no longer encrypted.", None, done.files))
    return 0


def run_passphrase(args: argparse.Namespace, context: CommandContext) -> int:
    import os

    from facilitator.commands.context import PASSPHRASE_ENV
    from facilitator.core.errors import UserError
    from facilitator.core.store import cipher

    context.unlock()
    new = os.environ.get(NEW_PASSPHRASE_ENV)
    if not new and os.environ.get(PASSPHRASE_ENV):  # that one opened the data: it is not the new one
        raise UserError(
            translate("Cli", "{0} opens the data; give the new passphrase in {1}. Nothing was changed.").format(
                PASSPHRASE_ENV, NEW_PASSPHRASE_ENV
            )
        )
    cipher.change_passphrase(context.data_dir, new or _new_passphrase(context))
    context.print(translate("Cli", "The passphrase was changed."))
    return 0


def run_recovery_key(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.store import cipher

    context.unlock()
    if args.confirm:
        cipher.confirm_recovery_kept(context.data_dir, args.confirm)
        context.print(translate("Cli", "Recovery key kept."))
        return 0
    _keep(context, cipher.new_recovery_key(context.data_dir), args.file)
    return 0
