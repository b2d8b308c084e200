"""``facilitator end-session MEETING``: end a meeting's live session, as End session does on the Live screen.

The agenda timer and the floor close and the meeting is marked closed.  A session that no window is
running (the laptop crashed, the app was closed with the session running) ends when it was last seen
running, so the hours since are credited to no item and no speaker.
"""

from __future__ import annotations

import argparse

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "end-session", help=translate("Cli", "end a meeting's live session and mark the meeting closed")
    )
    parser.add_argument(
        "meeting", metavar=translate("Cli", "MEETING"), help=translate("Cli", "meeting id or its first characters")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import meetings
    from facilitator.core.live.running import RunningMeeting

    meeting = meetings.get(context.db, context.meeting_id(args.meeting))
    ended = RunningMeeting(context.db, meeting.id, resume=False).end()
    context.print(
        translate("Cli", "The session of “{0}” ended at {1}; the meeting is closed.").format(
            meeting.title, meetings.to_local(ended, meeting.timezone).strftime("%H:%M:%S")
        )
    )
    return 0
