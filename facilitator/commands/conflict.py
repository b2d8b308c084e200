"""``facilitator conflict ID``: compare the two versions of a text, and decide which stays.

Without an option it shows both versions and their differences.  ``--keep shown`` keeps the text the
record shows, ``--keep other`` puts the other laptop's version in its place, and ``--merged FILE``
puts a text you merged by hand there.  The decision syncs to the other laptops like any edit.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands.context import CommandContext
from facilitator.core.errors import UserError
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("conflict", help=translate("Cli", "compare the two versions of a text and decide"))
    parser.add_argument(
        "conflict", metavar=translate("Cli", "ID"), help=translate("Cli", "conflict id or the first characters of it")
    )
    decision = parser.add_mutually_exclusive_group()
    decision.add_argument(
        "--keep", choices=("shown", "other"), help=translate("Cli", "keep the shown text or the other version")
    )
    decision.add_argument(
        "--merged", metavar=translate("Cli", "FILE"), type=Path, help=translate("Cli", "use the text in this file")
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.commands.conflicts import as_json
    from facilitator.sync import conflicts
    from facilitator.sync.word_diff import bracketed

    conflict = conflicts.get_conflict(context.db, args.conflict)
    if args.keep or args.merged:
        merged = None
        if args.merged:
            try:
                merged = args.merged.read_text(encoding="utf-8")
                if merged.endswith("\n") and not (conflict.shown.endswith("\n") or conflict.other.endswith("\n")):
                    merged = merged[:-1]  # the line end an editor puts at the end of every file, not a new line
            except (OSError, UnicodeDecodeError) as exc:
                raise UserError(translate("Cli", "{0} cannot be read as text: {1}").format(args.merged, exc)) from exc
        keep = {"shown": "kept_shown", "other": "kept_other"}.get(args.keep, "merged")
        conflicts.resolve(context.db, conflict.id, keep, merged)
        outcome = {
            "kept_shown": translate("Cli", "The shown text stays."),
            "kept_other": translate("Cli", "The other version replaces the shown text."),
            "merged": translate("Cli", "The merged text replaces the shown text."),
        }[keep]
        context.print(outcome)
        context.print(translate("Cli", "The decision reaches the other laptops at their next sync."))
        return 0
    (conflict,) = conflicts.shareable(context.db, [conflict])
    if args.json:
        context.print_json({**as_json(conflict), "diff": conflict.diff()})
        return 0
    context.print(f"{conflict.field_label}: {conflict.record_label}  ({conflict.id[:8]})")
    context.print()
    context.print(translate("Cli", "Shown now:"))
    context.print(conflict.shown_label)
    context.print()
    context.print(translate("Cli", "Other version, from {0}:").format(conflicts.origin(context.db, conflict)))
    context.print(conflict.other_label)
    context.print()
    if conflict.shown == conflict.other:  # both withheld here: what leaves the laptop never names them
        context.print(
            translate(
                "Cli",
                "Both versions are of someone not shown by name, and this command's output may leave the "
                "laptop: open File ▸ Conflicts to decide… in the window to compare them, and decide there, or "
                "here with --keep.",
            )
        )
        return 0
    context.print(translate("Cli", "Word by word ([-only in the shown text-] {+only in the other+}):"))
    context.print(bracketed(conflict.shown_label, conflict.other_label))
    return 0
