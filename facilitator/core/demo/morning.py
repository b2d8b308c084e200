"""The demo's recorded morning: arrivals, agenda timing, speaking turns, notes and actions of the first items.

It reads like a real first morning: people check in at the door from twenty past eight (the labour
official just after the start), so the day-stage checks and the minutes count who came; the session
starts seven minutes late; the buyers talk most in the introductions and the site-visit debrief (one
cuts a woman worker short) until the facilitator turns to the workers; workers and their
representatives speak through the interpreter, whose rendering is timed apart; the session is paused
after 25 minutes of "Workers' voices" for a short break, so the live screen opens on a paused meeting
that is a quarter of an hour behind.

Everything has a fixed id, so seeding twice finds what the first run made.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from facilitator.core.demo.roundtable import AGENDA, MEETING_ID, PEOPLE, TIMEZONE, demo_id
from facilitator.core.meetings import to_utc
from facilitator.core.models import Action, CheckIn, LiveEvent, Meeting, Note, NoteRevision, Participation, SpeakingTurn
from facilitator.core.participants.vocabulary import STAFF_GROUPS, STAFF_ROLES

KIND_OF_FLAG = {"s": "silence", "p": "pause", "i": "interpretation"}
START = to_utc(datetime(2023, 10, 27, 9, 7), TIMEZONE)

# Who checked in at the door, and when (wall-clock time in the meeting's zone).  The migrant worker who
# declined did not come; everyone else did.
ARRIVALS = {
    "facilitator": "08:20", "interpreter": "08:24", "local_ngo_rep": "08:31", "intl_ngo_rep": "08:33",
    "union_rep": "08:38", "buyer1": "08:41", "buyer3": "08:41", "buyer2": "08:44", "buyer4": "08:46",
    "buyer5": "08:46", "supplier_exporter": "08:49", "supplier_processor": "08:52", "woman_worker1": "08:53",
    "woman_worker2": "08:53", "committee_rep": "08:56", "supplier_quarry": "09:01", "worker1": "09:04",
    "labour_official": "09:18",
}  # fmt: skip

# Per agenda item: its actual length in minutes and its turns as "person:seconds[:flags]".
# Flags: i = interpretation of that person's words, x = an interruption; for person "-": s = silence,
# p = pause (the floor closed for a break).
SCRIPT: tuple[tuple[int, int, str], ...] = (
    (
        0,
        29,
        "facilitator:300 facilitator:240:i buyer1:90 facilitator:120 union_rep:80 union_rep:75:i facilitator:150 "
        "facilitator:120:i local_ngo_rep:60 -:45:s woman_worker1:40 woman_worker1:40:i facilitator:90",
    ),
    (
        1,
        36,
        "facilitator:60 buyer2:210 buyer1:150 buyer5:180 buyer3:120 buyer4:140 supplier_exporter:120 "
        "supplier_quarry:90 supplier_processor:60 union_rep:50 union_rep:50:i committee_rep:40 committee_rep:40:i "
        "woman_worker1:30 woman_worker1:30:i woman_worker2:25 woman_worker2:25:i worker1:35 worker1:35:i "
        "local_ngo_rep:70 intl_ngo_rep:80 labour_official:90 facilitator:60",
    ),
    (
        2,
        48,
        "facilitator:90 buyer2:330 buyer5:270 buyer1:240 woman_worker1:60 buyer2:120:x facilitator:60 "
        "woman_worker1:150 woman_worker1:150:i supplier_quarry:180 intl_ngo_rep:150 facilitator:45 "
        "worker1:120 worker1:120:i committee_rep:90 committee_rep:90:i local_ngo_rep:140 buyer4:100 -:30:s "
        "labour_official:120 facilitator:60",
    ),
    (3, 15, "-:900:p"),
    (
        4,
        25,
        "facilitator:60 union_rep:240 union_rep:240:i worker1:150 worker1:150:i woman_worker2:120 "
        "woman_worker2:120:i supplier_quarry:120 facilitator:30 woman_worker1:100 woman_worker1:100:i buyer3:60",
    ),
)

# (agenda index, minute into the item, kind, text, speaker key or None, group, risk tags, confidentiality)
NOTES: tuple[tuple[int, int, str, str, str | None, str, tuple[str, ...], str], ...] = (
    (
        0,
        15,
        "decision",
        "Chatham House Rule for the whole day; no photos; workers are quoted by group only.",
        None,
        "",
        (),
        "public",
    ),
    (
        0,
        19,
        "question",
        "Will the minutes be translated into Hindi and read out in the communities?",
        None,
        "REP_UNION",
        (),
        "internal",
    ),
    (
        1,
        30,
        "point",
        "Buyers introduced their sourcing volumes at length; workers had about half a minute each.",
        None,
        "",
        (),
        "internal",
    ),
    (
        2,
        8,
        "point",
        "Audits found the quarries compliant; we see little risk in our direct suppliers.",
        "buyer2",
        "BIZ_BUYER",
        ("OSH_SILICA",),
        "internal",
    ),
    (
        2,
        15,
        "concern",
        "No masks at the cutting yard; the dust is worst in the afternoon.",
        None,
        "RH_WOMEN_WORKER",
        ("OSH_SILICA",),
        "confidential",
    ),
    (
        2,
        17,
        "quote",
        "We are paid by the piece, never by the day, and the water is carried from the village.",
        None,
        "RH_WOMEN_WORKER",
        ("WAGES", "WASH"),
        "confidential",
    ),
    (
        2,
        30,
        "concern",
        "Silicosis cases are not registered, so no compensation is paid.",
        None,
        "REP_WORKER_COMMITTEE",
        ("OSH_SILICA", "REMEDY"),
        "internal",
    ),
    (
        2,
        38,
        "commitment",
        "The department will hold a silicosis screening camp in Budhpura before March.",
        "labour_official",
        "DB_GOVERNMENT",
        ("OSH_SILICA", "REMEDY"),
        "internal",
    ),
    (
        4,
        6,
        "concern",
        "Advances of 20,000 to 50,000 rupees are repaid through wages; nothing is written down.",
        None,
        "REP_UNION",
        ("FORCED", "WAGES"),
        "internal",
    ),
    (
        4,
        14,
        "concern",
        "Drilling without water suppression; the driller has no ear or eye protection.",
        None,
        "RH_WORKER",
        ("OSH_SILICA", "OSH_SAFETY"),
        "confidential",
    ),
    (
        4,
        20,
        "action",
        "Provide masks with filters and wet drilling at the Bundi quarries.",
        "supplier_quarry",
        "BIZ_SUPPLIER_MGMT",
        ("OSH_SILICA",),
        "internal",
    ),
    (
        4,
        23,
        "action",
        "Drinking water and a toilet at the two cobble yards the women named.",
        "supplier_exporter",
        "BIZ_SUPPLIER_MGMT",
        ("WASH",),
        "internal",
    ),
)
# The first concern was edited after the break: both versions are kept.
EDITED_NOTE = 4
EDITED_BODY = "No masks at the cutting yard or the cobble yards; the dust is worst in the afternoon."
ACTION_DUE = {10: date(2023, 12, 15), 11: date(2024, 1, 31)}
ACTION_STATUS = {10: "in_progress", 11: "open"}


def _keys() -> dict[str, object]:
    return {p.key: p for p in PEOPLE}


def seed_morning(session: Session) -> None:
    """Add the recorded morning to the demo meeting unless it is there already."""
    if session.get(LiveEvent, demo_id("live/event/0")) is not None:
        return
    _seed_arrivals(session)
    people = _keys()
    items = [demo_id(f"agenda/{index}") for index in range(len(AGENDA))]
    numbers = {"event": 0, "turn": 0}

    def add(series: str, model: type[LiveEvent] | type[SpeakingTurn], **fields: object) -> None:
        session.add(model(id=demo_id(f"live/{series}/{numbers[series]}"), meeting_id=MEETING_ID, **fields))
        numbers[series] += 1

    at = START
    item_starts: dict[int, datetime] = {}
    for index, minutes, script in SCRIPT:
        add("event", LiveEvent, agenda_item_id=items[index], kind="start", at=at)
        item_starts[index] = at
        cursor = at
        steps = [step.split(":") for step in script.split()]
        # Keep every item's turns inside the item, whatever the script's sums.
        scale = min(1.0, 0.97 * minutes * 60 / sum(int(step[1]) for step in steps))
        for key, seconds, *flags in steps:
            flag = flags[0] if flags else ""
            person = people.get(key)
            staff = person is not None and (person.group in STAFF_GROUPS or person.participation_role in STAFF_ROLES)
            add(
                "turn",
                SpeakingTurn,
                agenda_item_id=items[index],
                participation_id=demo_id(f"participation/{key}") if person else None,
                stakeholder_group=person.group if person else "",
                kind=KIND_OF_FLAG.get(flag, "speech"),
                started_at=cursor,
                via_interpreter=bool(person and person.interpretation) and flag == "",
                procedural=staff and flag != "i",
                interruption=flag == "x",
            )
            cursor += timedelta(seconds=round(int(seconds) * scale))
        at += timedelta(minutes=minutes)
        if cursor < at:  # the rest of the item was quiet: group work, reading, a pause for tea
            add("turn", SpeakingTurn, agenda_item_id=items[index], kind="silence", started_at=cursor)
    last_item = items[SCRIPT[-1][0]]
    add("event", LiveEvent, kind="pause", at=at)
    add("turn", SpeakingTurn, agenda_item_id=last_item, kind="pause", started_at=at)
    _seed_notes(session, items, item_starts)
    meeting = session.get(Meeting, MEETING_ID)
    if meeting is not None and meeting.status == "planned":
        meeting.status = "live"


def _seed_arrivals(session: Session) -> None:
    for key, at in ARRIVALS.items():
        hour, minute = (int(part) for part in at.split(":"))
        participation_id = demo_id(f"participation/{key}")
        session.add(
            CheckIn(
                id=demo_id(f"check_in/{key}"),
                meeting_id=MEETING_ID,
                participation_id=participation_id,
                kind="arrival",
                at=to_utc(datetime(2023, 10, 27, hour, minute), TIMEZONE),
            )
        )
        session.get(Participation, participation_id).status = "attended"


def _seed_notes(session: Session, items: list[str], item_starts: dict[int, datetime]) -> None:
    for number, (index, minute, kind, body, speaker, group, tags, level) in enumerate(NOTES):
        taken = item_starts[index] + timedelta(minutes=minute)
        note_id = demo_id(f"live/note/{number}")
        fields = dict(
            kind=kind,
            speaker_participation_id=demo_id(f"participation/{speaker}") if speaker else None,
            stakeholder_group=group,
            risk_tags=list(tags),
            confidentiality=level,
        )
        final = EDITED_BODY if number == EDITED_NOTE else body
        session.add(
            Note(id=note_id, meeting_id=MEETING_ID, agenda_item_id=items[index], body=final, taken_at=taken, **fields)
        )
        session.flush()
        versions = [body, EDITED_BODY] if number == EDITED_NOTE else [body]
        for version, text in enumerate(versions):
            session.add(
                NoteRevision(
                    id=demo_id(f"live/note/{number}/rev/{version}"),
                    note_id=note_id,
                    body=text,
                    revised_at=taken + timedelta(minutes=90 * version),
                    **fields,
                )
            )
        if kind == "action":
            session.add(
                Action(
                    id=demo_id(f"live/action/{number}"),
                    meeting_id=MEETING_ID,
                    agenda_item_id=items[index],
                    note_id=note_id,
                    description=body,
                    owner_participation_id=demo_id(f"participation/{speaker}") if speaker else None,
                    due=ACTION_DUE.get(number),
                    status=ACTION_STATUS.get(number, "open"),
                )
            )
