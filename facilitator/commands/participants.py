"""``facilitator participants``, ``import-participants`` and ``check``: a meeting's list and its inclusion report.

Everything printed here is an output, so people appear as their anonymity level allows.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.commands.context import CommandContext
from facilitator.core.errors import UserError
from facilitator.i18n import translate

EXIT_BLOCKER = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("participants", help=translate("Cli", "list a meeting's participants"))
    listing.add_argument(
        "meeting",
        metavar=translate("Cli", "MEETING"),
        help=translate("Cli", "meeting id or the first characters of it"),
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of a table"))
    listing.add_argument("--csv", action="store_true", help=translate("Cli", "print the list as CSV"))
    listing.set_defaults(run=run_list, writes=False)

    importing = subparsers.add_parser(
        "import-participants", help=translate("Cli", "import an invitation list from a CSV or XLSX file")
    )
    importing.add_argument(
        "meeting",
        metavar=translate("Cli", "MEETING"),
        help=translate("Cli", "meeting id or the first characters of it"),
    )
    importing.add_argument(
        "file", metavar=translate("Cli", "FILE"), type=Path, help=translate("Cli", "a .csv or .xlsx file")
    )
    importing.add_argument(
        "--map-group",
        action="append",
        default=[],
        metavar=translate("Cli", "VALUE=GROUP"),
        help=translate(
            "Cli", "read a group value of the file as this stakeholder group (its id or label); may be repeated"
        ),
    )
    importing.add_argument(
        "--sheet",
        metavar=translate("Cli", "NAME"),
        help=translate("Cli", "the workbook sheet that holds the list; by default the first with a column for names"),
    )
    importing.add_argument(
        "--yes",
        action="store_true",
        help=translate("Cli", "write the importable rows; without it, only show the preview"),
    )
    importing.set_defaults(run=run_import)

    checking = subparsers.add_parser("check", help=translate("Cli", "run the inclusion checks of a meeting"))
    checking.add_argument(
        "meeting",
        metavar=translate("Cli", "MEETING"),
        help=translate("Cli", "meeting id or the first characters of it"),
    )
    checking.add_argument(
        "--stage",
        choices=("planning", "day"),
        default="planning",
        help=translate("Cli", "planning counts everyone invited who has not declined; day counts those who attended"),
    )
    checking.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    checking.add_argument("--strict", action="store_true", help=translate("Cli", "exit with 1 when a blocker fails"))
    checking.set_defaults(run=run_check, writes=False)


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import disclosure
    from facilitator.core.participants.vocabulary import STATUSES, group_label
    from facilitator.export import participants as participant_export

    meeting_id = context.meeting_id(args.meeting)
    if args.csv:
        context.write(participant_export.export_csv(context.db, meeting_id))
        return 0
    records = participant_export.public_records(disclosure.participants_as_shown(context.db, meeting_id))
    if args.json:
        context.print_json(records)
        return 0
    if not records:
        context.print(translate("Cli", "No one is on this meeting's list yet."))
    for record in records:
        group = group_label(record["stakeholder_group"]) if record["stakeholder_group"] else "-"
        status = STATUSES.label(record["status"])
        context.print(f"{status:<10}  {group:<24}  {record['anonymity']:<10}  {record['name']}")
    return 0


def group_choices(pairs: list[str]) -> dict[str, str]:
    """``--map-group "migrant worker (Bihar)=Migrant workers"`` -> {value: group id}; a bad pair is refused."""
    from facilitator.core.participants.group_names import GroupMatcher

    matcher = GroupMatcher()
    choices = {}
    for pair in pairs:
        value, sep, group = pair.rpartition("=")
        found = matcher.match(group)
        if not sep or not value.strip() or found is None:
            raise UserError(
                translate("Cli", "--map-group needs VALUE=GROUP with a known group, e.g. \"SHG=RH_WOMEN_WORKER\"; "
                                 "got: {0}").format(pair)
            )  # fmt: skip
        choices[value.strip()] = found
    return choices


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import disclosure
    from facilitator.core.participants import importing as participant_import
    from facilitator.ui.i18n import install_catalogues

    install_catalogues()  # a list this app wrote in Dutch says "Anonieme deelnemer": the import knows it
    meeting_id = context.meeting_id(args.meeting)
    choices = group_choices(args.map_group)
    table = participant_import.read_table(args.file, args.sheet)
    plan = participant_import.plan(context.db, meeting_id, table, group_choices=choices)
    if len(table.sheets) > 1:
        others = ", ".join(f"'{title}'" for title in table.sheets if title != table.sheet)
        context.print(
            translate("Cli", "Sheet '{sheet}' is read. The workbook has more sheets with rows: {others}; import each "
                             "with --sheet NAME.").format(sheet=table.sheet, others=others)
        )  # fmt: skip
    if table.lines_above:
        context.print(
            translate("Cli", "Row {row} names the columns; what is above it is not imported (rows: {rows}).").format(
                row=table.header_line, rows=", ".join(str(line) for line in table.lines_above)
            )
        )
    mapped = [
        f"{participant_import.field_label(name)} <- {table.headers[index]}"
        for name, index in plan.mapping.items()
        if index is not None
    ]
    context.print(translate("Cli", "Columns: {0}").format("; ".join(mapped)))
    for index in participant_import.unmapped_columns(table, plan.mapping):  # never left out without a word
        header = table.headers[index]
        context.print(
            translate("Cli", "Not imported: column '{0}'.").format(header)
            if header
            else translate("Cli", "Not imported: column {0}, which has no name.").format(index + 1)
        )
    for name in plan.missing_columns:
        context.print(translate("Cli", "No column for {0}.").format(participant_import.field_label(name)))
    # What a cell said is quoted back ("Unknown anonymity 'only if Arjun agrees'"): a name of someone not named
    # in it is shown as the shareable outputs show them.
    shown = disclosure.shared_text(context.db)
    for row in plan.rows:
        for message in row.errors if not row.changes_listed else ():
            context.print(translate("Cli", "Line {0}: skipped: {1}").format(row.line, shown(message)))
        for message in row.warnings if row.importable or row.listed else ():  # of another skipped row, noise
            context.print(translate("Cli", "Line {0}: {1}").format(row.line, shown(message)))
        if row.importable and row.duplicate_of:
            context.print(translate("Cli", "Line {0}: already in the register; merged.").format(row.line))
    for value, count in plan.unknown_groups.items():
        context.print(
            translate("Cli", "Group value '{value}' is not known (rows: {count}); map it with --map-group "
                             "\"{value}=GROUP\".").format(value=value, count=count)
        )  # fmt: skip
    context.print(
        translate("Cli", "{ready} of {total} rows can be imported ({merged} merged with the register).").format(
            ready=len(plan.importable), total=len(plan.rows), merged=len(plan.duplicates)
        )
    )
    if plan.protections:
        context.print(
            translate("Cli", "%n already on the list will be better protected, as the file asks.", None,
                      len(plan.protections))
        )  # fmt: skip
    if plan.answers:
        context.print(
            translate("Cli", "%n already on the list will have the answer the file gives.", None, len(plan.answers))
        )
    if not args.yes:
        context.print(translate("Cli", "Nothing was written. Run again with --yes to import."))
        return 0
    outcome = participant_import.apply(context.db, plan)
    context.print(
        translate("Cli", "Imported: {added} new, {merged} merged, {skipped} skipped.").format(
            added=outcome.added, merged=outcome.merged, skipped=outcome.skipped
        )
    )
    if outcome.protected:
        context.print(
            translate("Cli", "Better protected, as the file asks: %n already on the list.", None, outcome.protected)
        )
    if outcome.answered:
        context.print(
            translate("Cli", "With the answer the file gives: %n already on the list.", None, len(outcome.answered))
        )
    return 0


def run_check(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core.inclusion import report as inclusion

    report = inclusion.check(context.db, context.meeting_id(args.meeting), args.stage, reveal=False)
    if args.json:
        context.print_json(inclusion.report_json(report))
    else:
        for result in report.results:
            context.print(f"[{result.status_label.upper():<7}] {result.rule.message}")
            context.print(f"          {result.detail}")
            if not result.passed:
                context.print("          " + translate("Cli", "Fix: {0}").format(result.rule.fix))
        counts = report.counts()
        context.print(
            translate("Cli", "{passed} passed, {failed} failed, {warnings} warnings, {advice} advice.").format(
                passed=counts["pass"], failed=counts["fail"], warnings=counts["warning"], advice=counts["advice"]
            )
        )
    return EXIT_BLOCKER if args.strict and report.failed_blockers else 0
