"""``facilitator notes MEETING`` lists a meeting's notes; ``facilitator note MEETING "TEXT"`` adds one.

A note is read by the same grammar as the Live line (``c:`` concern, ``a:`` action, ``m:`` commitment,
``@name``, ``#tag``, ``%confidential``, ``due:``), so scripts and tests can take notes as a note-taker
does.  Without ``@`` it is about whoever has the floor while the session runs, and it belongs to the
item being run unless ``--item N`` names the agenda's N-th item.  Listed notes are attributed as each
person's anonymity allows: this is an output.  Each shows the first characters of its id, by which
``minutes note`` chooses the minutes it appears in.
"""

from __future__ import annotations

import argparse

from facilitator.commands.context import CommandContext
from facilitator.core.errors import UserError
from facilitator.i18n import translate

NOTE_ID_SHOWN = 8  # enough to name a note to 'minutes note'


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser(
        "notes", help=translate("Cli", "list a meeting's notes: kind, item, attribution, tags, confidentiality")
    )
    listing.add_argument(
        "meeting", metavar=translate("Cli", "MEETING"), help=translate("Cli", "meeting id or its first characters")
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    listing.set_defaults(run=run_list, writes=False)

    adding = subparsers.add_parser("note", help=translate("Cli", "add a note as the Live line would"))
    adding.add_argument(
        "meeting", metavar=translate("Cli", "MEETING"), help=translate("Cli", "meeting id or its first characters")
    )
    adding.add_argument(
        "text",
        metavar=translate("Cli", "TEXT"),
        help=translate("Cli", 'the note, e.g. "c: no masks at the cutting yard @Kamla Devi"'),
    )
    adding.add_argument(
        "--item",
        type=int,
        metavar=translate("Cli", "N"),
        help=translate("Cli", "the agenda's N-th item (default: the item being run)"),
    )
    adding.set_defaults(run=run_add)


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import vocabulary
    from facilitator.core.live.notes import KINDS
    from facilitator.export import notes as notes_export

    records = notes_export.public_records(context.db, context.meeting_id(args.meeting))
    if args.json:
        context.print_json(records)
        return 0
    if not records:
        context.print(translate("Cli", "No notes in this meeting yet."))
    for record in records:
        tags = " ".join(f"#{tag}" for tag in record["risk_tags"])
        context.print(
            f"{record['taken_at'][11:16]}  {record['id'][:NOTE_ID_SHOWN]}  {KINDS.label(record['kind']):<22}  "
            f"{vocabulary.CONFIDENTIALITY.label(record['confidentiality']):<12}  {record['attribution'] or '–'}"
        )
        indent = " " * (NOTE_ID_SHOWN + 9)
        context.print(f"{indent}{record['body']}" + (f"  {tags}" if tags else ""))
        if record["agenda_item"]:
            context.print(indent + translate("Cli", "during: {0}").format(record["agenda_item"]))
    return 0


def run_add(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import taxonomy, vocabulary
    from facilitator.core.live import notes
    from facilitator.core.live.notes import KINDS
    from facilitator.core.live.running import RunningMeeting
    from facilitator.core.live.timer import planned_items

    meeting_id = context.meeting_id(args.meeting)
    running = RunningMeeting(context.db, meeting_id, resume=False)
    item = running.current_item
    if args.item is not None:
        items = planned_items(context.db, meeting_id)
        if not 1 <= args.item <= len(items):
            raise UserError(
                translate("Cli", "The agenda has items 1 to {0}; there is no item {1}.").format(len(items), args.item)
                if items
                else translate("Cli", "This meeting has no agenda items yet.")
            )
        item = items[args.item - 1]
    parsed = notes.parse(args.text, running.speakers, running.note_speaker())
    note = notes.add_note(context.db, meeting_id, parsed, item.id if item else None, running.now())
    speaker = running.speakers.get(note.speaker_participation_id or "")
    groups = taxonomy.stakeholder_groups()
    about = (
        speaker.name
        if speaker
        else groups[note.stakeholder_group].label
        if note.stakeholder_group in groups
        else translate("Cli", "nobody")
    )
    context.print(
        translate("Cli", "Added: {kind}, about {about}, {level}{item}.").format(
            kind=KINDS.label(note.kind),
            about=about,
            level=vocabulary.CONFIDENTIALITY.label(note.confidentiality).lower(),
            item=translate("Cli", ", during “{0}”").format(item.title) if item else "",
        )
    )
    return 0
