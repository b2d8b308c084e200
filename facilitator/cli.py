"""The ``facilitator`` command: no sub-command opens the window; the others work headless.

Any error a user can cause ends in one plain line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from facilitator import __version__, paths
from facilitator.commands import (
    actions,
    agenda,
    backup,
    conflict,
    conflicts,
    demo,
    encryption,
    end_session,
    export,
    findings,
    ledger,
    meeting,
    meetings,
    minutes,
    notes,
    participants,
    restore,
    selftest,
    stats,
    sync,
    sync_status,
    visit_edit,
    visit_report,
    visits,
)
from facilitator.commands.context import CommandContext
from facilitator.core.errors import UserError
from facilitator.core.text import for_terminal
from facilitator.i18n import DOCUMENT_LANGUAGES, INTERFACE_LANGUAGES, translate

COMMANDS = (
    demo,
    meetings,
    meeting,
    backup,
    restore,
    selftest,
    participants,
    agenda,
    stats,
    actions,
    notes,
    end_session,
    sync,
    sync_status,
    conflicts,
    conflict,
    visits,
    visit_edit,
    visit_report,
    findings,
    ledger,
    encryption,
    export,
    minutes,
)
EXIT_ERROR = 2


DOCUMENT_ONLY_LANGUAGES = tuple(code for code in DOCUMENT_LANGUAGES if code not in INTERFACE_LANGUAGES)


def system_language() -> str:
    for name in ("FACILITATOR_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split("_")[0].split(".")[0].lower()
    return "en"


def _early_language(argv: Sequence[str]) -> str | None:
    """``--lang`` must be known before the parser is built, because the parser's help is translated."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang")
    pre.add_argument("--data-dir")
    pre.add_argument("command", nargs=argparse.REMAINDER)  # its own options (export's --lang) are not ours
    known, _ = pre.parse_known_args(argv)
    return known.lang


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description=translate("Cli", "Plan, run and document multi-stakeholder roundtables, offline."),
    )
    parser.add_argument("--version", action="version", version=f"Facilitator {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate("Cli", "folder holding the database (default: the user data folder, or $FACILITATOR_DATA_DIR)"),
    )
    parser.add_argument("--lang", metavar="CODE", help=translate("Cli", "language of the interface, e.g. en or nl"))
    subparsers = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    chosen = _early_language(argv)
    if chosen is not None and chosen not in DOCUMENT_LANGUAGES:
        message = translate("Cli", "There is no language {0}: use {1} ({2} for documents).")
        shown = message.format(for_terminal(chosen), ", ".join(INTERFACE_LANGUAGES), ", ".join(DOCUMENT_ONLY_LANGUAGES))
        print(translate("Cli", "facilitator: {0}").format(shown), file=sys.stderr)
        return EXIT_ERROR
    lang = chosen or system_language()
    if lang != "en":
        from facilitator.ui.i18n import install_translator

        install_translator(lang)
    args = build_parser().parse_args(argv)
    context = CommandContext(
        data_dir=paths.data_dir(args.data_dir),
        lang=lang,
        lang_override=chosen,
        writes=getattr(args, "writes", True),
        portable=paths.is_chosen(args.data_dir),
    )
    try:
        if args.command is None:
            from facilitator.commands.window import open_window

            return open_window(context)
        return args.run(args, context) or 0
    except UserError as error:
        print(translate("Cli", "facilitator: {0}").format(for_terminal(str(error))), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (``| head``) went away; say nothing more.
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives until exit
        return 0
    except OSError as error:
        # A full disk or a vanished folder while writing output: say so plainly, as for any refusal.
        where = f" ({error.filename})" if error.filename else ""
        print(translate("Cli", "facilitator: {0}").format(for_terminal(f"{error.strerror or error}{where}")),
              file=sys.stderr)  # fmt: skip
        return EXIT_ERROR
    finally:
        context.close()
