"""The ``facilitator`` command: no sub-command opens the window; the others work headless.

Any error a user can cause ends in one plain line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from facilitator import __version__, paths
from facilitator.commands import (
    actions,
    agenda,
    argparse_words,
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
from facilitator.i18n import DOCUMENT_LANGUAGES, INTERFACE_LANGUAGES, translate

# Every sub-command and the module that registers it, in the order the help lists them.  A command line
# that names one builds that module's parser alone: the whole tree (its options, their translated help and
# argparse's own strings) costs more than a small command's work.
COMMANDS = {
    "demo": demo,
    "meetings": meetings,
    "meeting": meeting,
    "backup": backup,
    "restore": restore,
    "selftest": selftest,
    "participants": participants,
    "import-participants": participants,
    "check": participants,
    "agenda": agenda,
    "stats": stats,
    "actions": actions,
    "notes": notes,
    "note": notes,
    "end-session": end_session,
    "sync": sync,
    "sync-status": sync_status,
    "conflicts": conflicts,
    "conflict": conflict,
    "visits": visits,
    "visit": visits,
    "visit-plan": visit_edit,
    "visit-answer": visit_edit,
    "conversation": visit_edit,
    "finding": visit_edit,
    "propose-agenda": visit_edit,
    "visit-report": visit_report,
    "findings": findings,
    "ledger": ledger,
    "encrypt": encryption,
    "decrypt": encryption,
    "passphrase": encryption,
    "recovery-key": encryption,
    "export": export,
    "minutes": minutes,
}
EXIT_ERROR = 2


DOCUMENT_ONLY_LANGUAGES = tuple(code for code in DOCUMENT_LANGUAGES if code not in INTERFACE_LANGUAGES)


def _for_terminal(text: str) -> str:
    """Text shown on an error line, less control characters; imported when needed, since the text module
    loads SQLAlchemy, which the window's first paint and ``--help`` do without."""
    from facilitator.core.text import for_terminal

    return for_terminal(text)


def system_language() -> str:
    for name in ("FACILITATOR_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split("_")[0].split(".")[0].lower()
    return "en"


# A line that names no sub-command at all (the window's): its parser needs no sub-command's part.
NO_COMMAND = ""


def _early_options(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """``--lang`` and the sub-command a line names, before the parser is built: its help is translated,
    and only the named sub-command's part of it is needed (NO_COMMAND when it names none, None where
    that is not sure)."""
    pre = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    pre.add_argument("--lang")
    pre.add_argument("--data-dir")
    pre.add_argument("command", nargs=argparse.REMAINDER)  # its own options (export's --lang) are not ours
    try:
        known, unknown = pre.parse_known_args(argv)
    except argparse.ArgumentError:  # "--data-dir" or "--lang" with no value: the whole parser says so
        return _language_alone(argv), None
    if unknown:  # -h or --version first: the whole line
        return known.lang, None
    if not known.command:
        return known.lang, NO_COMMAND
    named = known.command[0]
    return known.lang, named if named in COMMANDS else None


def _language_alone(argv: Sequence[str]) -> str | None:
    """The ``--lang`` of a line the early parse could not read, so the refusal is in the language chosen."""
    pre = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    pre.add_argument("--lang")
    try:
        return pre.parse_known_args(argv)[0].lang
    except argparse.ArgumentError:
        return None


class _Parser(argparse.ArgumentParser):
    """A mistyped line is told in one line, as every other refusal is, not under a block of usage."""

    def error(self, message: str) -> NoReturn:
        hint = translate("Cli", "'{0} --help' shows how.").format(self.prog)
        self.exit(2, f"{self.prog}: {message.rstrip('.')}. {hint}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line's parser; given a sub-command, one where only that one (and the others of
    its module) is registered, which parses a line naming it alike (and NO_COMMAND, none)."""
    argparse_words.speak_interface_language()
    parser = _Parser(
        prog="facilitator",
        description=translate("Cli", "Plan, run and document multi-stakeholder roundtables, offline."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Facilitator {__version__}",
        help=translate("Cli", "show the version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate("Cli", "DIR"),
        help=translate("Cli", "folder holding the database (default: the user data folder, or $FACILITATOR_DATA_DIR)"),
    )
    parser.add_argument(
        "--lang", metavar=translate("Cli", "CODE"), help=translate("Cli", "language of the interface, e.g. en or nl")
    )
    subparsers = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))
    if command is None:
        modules = list(dict.fromkeys(COMMANDS.values()))
    else:
        modules = [COMMANDS[command]] if command != NO_COMMAND else []
    for module in modules:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    chosen, command = _early_options(argv)
    if chosen is not None and chosen not in DOCUMENT_LANGUAGES:
        message = translate("Cli", "There is no language {0}: use {1} ({2} for documents).")
        known = ", ".join(INTERFACE_LANGUAGES), ", ".join(DOCUMENT_ONLY_LANGUAGES)
        shown = message.format(_for_terminal(chosen), *known)
        print(translate("Cli", "facilitator: {0}").format(shown), file=sys.stderr)
        return EXIT_ERROR
    lang = chosen or system_language()
    if lang != "en":
        from facilitator.ui.i18n import install_translator

        install_translator(lang)
    args = build_parser(command).parse_args(argv)
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
        print(translate("Cli", "facilitator: {0}").format(_for_terminal(str(error))), file=sys.stderr)
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
        print(translate("Cli", "facilitator: {0}").format(_for_terminal(f"{error.strerror or error}{where}")),
              file=sys.stderr)  # fmt: skip
        return EXIT_ERROR
    finally:
        context.close()
