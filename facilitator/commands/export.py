"""``facilitator export MEETING --out FILE``: a meeting's minutes as PDF, JSON or CSV, or a group's
follow-up sheet, for an internal or a public audience, with labels in a chosen language."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands.context import CommandContext
from facilitator.i18n import DOCUMENT_LANGUAGES, translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help=translate("Cli", "export a meeting's minutes (PDF, JSON or CSV)"))
    parser.add_argument(
        "meeting", metavar=translate("Cli", "MEETING"), help=translate("Cli", "meeting id or its first characters")
    )
    parser.add_argument(
        "--out", metavar=translate("Cli", "FILE"), type=Path, required=True, help=translate("Cli", "file to write")
    )
    parser.add_argument(
        "--audience",
        metavar=translate("Cli", "AUDIENCE"),
        default="internal",
        help=translate("Cli", "internal (complete) or public (Chatham House Rule); default internal"),
    )
    parser.add_argument(
        "--lang",
        dest="labels",
        metavar=translate("Cli", "CODE"),
        help=translate("Cli", "language of the labels: en, nl or hi"),
    )
    parser.add_argument(
        "--format",
        metavar=translate("Cli", "FORMAT"),
        help=translate("Cli", "pdf, json or csv; default: as the file's name says, else pdf"),
    )
    parser.add_argument(
        "--follow-up",
        metavar=translate("Cli", "GROUP"),
        default="",
        help=translate("Cli", "the follow-up sheet of one stakeholder group"),
    )
    parser.add_argument(
        "--version",
        metavar=translate("Cli", "N"),
        help=translate("Cli", "an issued version (its number or fingerprint), printed exactly as issued"),
    )
    parser.set_defaults(run=run, writes=False)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.minutes.follow_up import group_language
    from facilitator.export import files, minutes
    from facilitator.ui.i18n import install_catalogues

    install_catalogues()
    target = files.check_writable(args.out)
    written_as = minutes.format_for(target, args.format)
    base = minutes.Request("", args.audience, args.labels or "en", written_as, args.follow_up, args.version)
    minutes.check(base)  # a bad option is refused before the database is opened
    meeting_id = context.meeting_id(args.meeting)
    language = args.labels or (group_language(context.db, meeting_id, args.follow_up) if args.follow_up else None)
    if language is None:
        language = context.lang if context.lang in DOCUMENT_LANGUAGES else "en"
    request = minutes.Request(meeting_id, args.audience, language, written_as, args.follow_up, args.version)
    written = minutes.export(context.db, request, target)
    context.print(translate("Cli", "Wrote {0}").format(written))
    return 0
