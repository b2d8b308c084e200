"""The minutes of one audience, gathered from a meeting's data and its review, as JSON-ready values.

The content holds codes (a group, a kind of note, a status) and the text people typed, never a label
in some language: the same content prints with English, Dutch or Hindi labels and has one fingerprint.

Every person and figure is decided by :mod:`facilitator.core.disclosure`:

- **internal** minutes are complete: every note the review keeps (confidential ones marked as such),
  figures per stakeholder group, and people by name where they agreed to be named (a quote names its
  speaker only with their consent to be quoted); everyone else appears as the disclosure policy
  shows them, in typed text too: the PDF leaves the laptop for the organising team, so the name or a
  distinctive part of it, a phone number or an address of someone who is not named becomes their
  group, as the ground rule "attributed to their group, not their name" says;
- **public** minutes follow the Chatham House Rule: only notes marked public, attributed to a cell of
  the small-cell rule (a group, or a merged class), never to a person or an organisation; no list of
  names; every figure per cell, a count smaller than K withheld; and the name, organisation and role of
  every participant typed into free text (a summary, a response) replaced by their cell, and so is a
  first name or other distinctive part of the name of one who is not named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from functools import cached_property
from typing import Any

from msgspec import Struct
from sqlalchemy import select

from facilitator.core import disclosure, taxonomy
from facilitator.core.agenda import items as agenda_items
from facilitator.core.agenda.kinds import PAUSE_KINDS
from facilitator.core.db import Database
from facilitator.core.disclosure import Audience, Policy
from facilitator.core.inclusion import report as inclusion_report
from facilitator.core.inclusion import settings as inclusion_settings
from facilitator.core.live.balance import balance_index
from facilitator.core.live.notes import KINDS
from facilitator.core.live.running import RunningMeeting
from facilitator.core.live.timer import item_timings
from facilitator.core.meetings import to_local
from facilitator.core.minutes import review
from facilitator.core.models import Action, AgendaItem, Note
from facilitator.core.participants import participation
from facilitator.core.participants.participation import ParticipantRow
from facilitator.i18n import DOCUMENT_LANGUAGES, catalogue, labels_in, translate

SCHEMA = "facilitator-minutes/1"
AUDIENCES = ("internal", "public")
# The kinds of note drafted into an item's summary; agreements, quotes, actions and commitments have
# places of their own.
SUMMARY_KINDS = ("point", "concern", "question", "note")
REVIEWED_FIELDS = ("summary", "information_shared", "responses_given", "satisfied", "dissent")
STAFF_ROLES = ("facilitator", "note_taker", "interpreter")
STAFF_BY_GROUP = {"FACILITATOR": "facilitator", "INTERPRETER": "interpreter"}
GENDER_COUNTS = ("women", "men", "other_gender")
NOTE_COLUMNS = (
    "id",
    "agenda_item_id",
    "kind",
    "body",
    "speaker_participation_id",
    "stakeholder_group",
    "risk_tags",
    "confidentiality",
)


def audience_of(name: str) -> Audience:
    """The disclosure audience of a minutes audience ("internal" or "public")."""
    if name not in AUDIENCES:
        raise_unknown_audience(name)
    return Audience.INTERNAL if name == "internal" else Audience.SHAREABLE


def raise_unknown_audience(name: str) -> None:
    from facilitator.core.errors import UserError

    raise UserError(translate("Minutes", "Unknown audience: {0}. Use internal or public.").format(name))


def cell_label(key: str) -> str:
    """The shown name of a cell key of the content (a group id, "other:<class>" or "other")."""
    if key == disclosure.RESIDUAL:
        return translate("Disclosure", "Other participants")
    if key.startswith(disclosure.RESIDUAL + ":"):
        class_label = taxonomy.group_class_label(key.split(":", 1)[1]).lower()
        return translate("Disclosure", "Other {0}").format(class_label)
    return group_label(key)


def group_label(group: str) -> str:
    groups = taxonomy.stakeholder_groups()
    return groups[group].label if group in groups else (group or translate("Minutes", "The room"))


class _Reader(Struct, frozen=True, dict=True):
    """What gathering needs to hand: the audience, its policy, the meeting's people."""

    internal: bool
    policy: Policy
    rows: dict[str, ParticipantRow]
    quote_consent: frozenset[str]

    def cell(self, group: str) -> str:
        """The key a group's words and figures are shown under."""
        if self.internal:
            return group
        return self.policy.cell_of(group).key if group else ""

    @cached_property
    def names(self) -> dict[str, str]:
        """The shown name of each participant who may be named here, decided once for thousands of notes."""
        if not self.internal:
            return {}
        return {
            pid: disclosure.SHAREABLE_PEOPLE.identity_of(row).name
            for pid, row in self.rows.items()
            if row.anonymity == "named"
        }

    def person(self, participation_id: str | None) -> str:
        """The shown name of a participant, or "" where only their group may be shown."""
        return self.names.get(participation_id or "", "")


def _redactions(reader: _Reader) -> list[tuple[str, str]]:
    """For the public minutes: each participant's name, organisation and role, and each distinctive
    part of the name of one who is not named (see :func:`disclosure.name_finders`), longest first, with
    the cell label that replaces it in typed text.  The internal minutes name the named, and the
    organisations they come from."""
    found: dict[str, tuple[str, str]] = {}
    hidden: dict[str, str] = {}
    named_organisations = {
        row.organisation.strip().casefold() for row in reader.rows.values() if row.anonymity == "named"
    }
    for row in reader.rows.values():
        if (row.is_staff or reader.internal) and row.anonymity == "named":
            continue
        group = row.stakeholder_group  # one without a group is shown as the register's are, not as "The room"
        label = "[" + cell_label(reader.cell(group) if group else disclosure.RESIDUAL) + "]"
        if row.anonymity != "named":
            for spelling in disclosure.spellings_of(row.name, row.other_spellings):
                hidden.setdefault(spelling.strip(), label)
        organisation = row.organisation
        if reader.internal and organisation.strip().casefold() in named_organisations:
            organisation = ""
        for text in (row.name, organisation, row.role if row.anonymity != "named" else ""):
            if len(text.strip()) >= 4:
                found.setdefault(text.strip().casefold(), (text.strip(), label))
    named = [row.name for row in reader.rows.values() if row.anonymity == "named"]
    for finder in disclosure.name_finders(hidden, named):
        found.setdefault(finder.found.casefold(), (finder.found, hidden[finder.name]))
    for label, cell in _merged_attributions(reader):
        found.setdefault(label.casefold(), (label, cell))
    return sorted(found.values(), key=lambda pair: -len(pair[0]))


def _typed_labels() -> list[str]:
    """The labels the public text puts in place of a name, a contact or a small group, in the language
    of this thread: every cell's name, and the identities of those who are not named."""
    classes = {group.group_class for group in taxonomy.stakeholder_groups().values()}
    cells = [*taxonomy.stakeholder_groups(), disclosure.RESIDUAL, *(f"{disclosure.RESIDUAL}:{c}" for c in classes)]
    return [
        *(cell_label(cell) for cell in cells),
        translate("Disclosure", "contact withheld"),
        translate("Disclosure", "organisation withheld"),
        translate("Anonymity", "Anonymous participant"),
        translate("Anonymity", "Participant (group withheld)"),
    ]


def in_language(content: dict[str, Any], language: str) -> dict[str, Any]:
    """``content`` (gathered in English, so that its fingerprint is the same in every language) with the
    labels typed text carries, "[Other rights-holders]", "(Other participants)", in ``language``."""
    if language == "en":
        return content
    with labels_in("en"):
        english = _typed_labels()
    with labels_in(language):
        local = _typed_labels()
    pairs = [(f"{o}{en}{c}", f"{o}{there}{c}") for en, there in zip(english, local, strict=True) if en != there
             for o, c in ("[]", "()")]  # fmt: skip
    if not pairs:
        return content
    pattern = re.compile("|".join(re.escape(label) for label, _ in sorted(pairs, key=lambda p: -len(p[0]))))
    shown = dict(pairs)

    def local_text(value: Any) -> Any:
        if isinstance(value, str):
            return pattern.sub(lambda found: shown[found[0]], value) if ("[" in value or "(" in value) else value
        if isinstance(value, list):
            return [local_text(v) for v in value]
        if isinstance(value, dict):
            return {key: local_text(v) for key, v in value.items()}
        return value

    return local_text(content)


def _merged_attributions(reader: _Reader) -> list[tuple[str, str]]:
    """Who raised a point, as a summary drafted from the notes writes it, "(Trade unions)", for each group
    the public minutes merge with others: in any language the draft was made in, with the merged cell's
    name that replaces it.  One trade unionist in the room is named by his group's name alone."""
    merged = []
    for group in taxonomy.stakeholder_groups():
        cell = reader.cell(group)
        if cell == group:
            continue
        shown = f"({cell_label(cell)})"
        for language in DOCUMENT_LANGUAGES:
            if catalogue(language) is not None:  # the window and the export have them all
                with labels_in(language):
                    merged.append((f"({group_label(group)})", shown))
    return merged


def _contacts(reader: _Reader) -> list[tuple[str, str]]:
    """Each phone number and e-mail address that names a participant to anyone who dials or writes: in
    the public minutes everyone's but the named staff's (the Chatham House Rule), in the internal ones
    those of the people who are not named."""
    withheld = "[" + translate("Disclosure", "contact withheld") + "]"
    return [
        (contact, withheld)
        for row in reader.rows.values()
        if row.anonymity != "named" or not (row.is_staff or reader.internal)
        for contact in disclosure.contacts_of(row.phone, row.email)
    ]


def _texts(db: Database, reader: _Reader) -> tuple[disclosure.Redactor, disclosure.Redactor]:
    """Typed text as the audience may read it: the room's words (notes, summaries, actions), in which, in
    public, any e-mail address or phone number is withheld, whoever's it is; and the facilitator's own
    (the purpose, how to follow up), which keep an address given for comments.  Someone of the register
    who is not named and not in this meeting (a worker met on a visit) is withheld too: the meeting's own
    people first, everyone under the cell the minutes show their group in."""

    def cell_of(_level: str, _name: str, group: str) -> str:
        return "[" + cell_label(reader.cell(group) if group else disclosure.RESIDUAL) + "]"

    with db.session() as session:
        register, register_contacts, roles = disclosure.register_redactions(session, reader.policy, cell_of)
        organisations = disclosure.organisation_redactions(session)
    found = [*_redactions(reader), *register, *roles, *organisations]  # of two alike, the first counts
    contacts = [*_contacts(reader), *register_contacts]
    withheld = "[" + translate("Disclosure", "contact withheld") + "]"
    names = {words for words, _label in register}  # the hidden people's: found in either script
    if reader.internal:
        hidden = disclosure.Redactor(found, contacts, names=names)
        return hidden, hidden
    return (
        disclosure.Redactor(found, contacts, unknown_contacts=withheld, names=names),
        disclosure.Redactor(found, contacts, names=names),
    )


def _iso(moment: datetime | None, timezone: str) -> str | None:
    return to_local(moment, timezone).isoformat(timespec="minutes") if moment is not None else None


def gather(db: Database, meeting_id: str, audience: str) -> dict[str, Any]:
    """The minutes of ``audience`` ("internal" or "public") as JSON-ready values (see the module
    docstring); the same data always gives the same values, whatever the window's language (the few
    sentences the app writes itself, such as an inclusion check's detail, are in English)."""
    audience_of(audience)
    with labels_in("en"):
        return _gather(db, meeting_id, audience)


def _gather(db: Database, meeting_id: str, audience: str) -> dict[str, Any]:
    internal = audience_of(audience) is Audience.INTERNAL
    rows = disclosure.participants_as_shown(db, meeting_id)
    policy = disclosure.for_meeting(db, meeting_id, audience_of(audience), rows)
    quoted = frozenset(row.participation_id for row in rows if row.consents.get("quotes", (False,))[0])
    reader = _Reader(internal, policy, {row.participation_id: row for row in rows}, quoted)
    text, own_text = _texts(db, reader)
    loaded = agenda_items.load(db, meeting_id)
    meeting = loaded.meeting
    running = RunningMeeting(db, meeting_id, resume=False)
    instant = running.balance_instant()
    balance = running.tracker.snapshot(instant)
    with db.session() as session:
        settings = inclusion_settings.settings_of(inclusion_settings.settings_row(session, meeting_id))
        item_reviews = review.item_reviews(session, meeting_id)
        choices = review.note_choices(session, meeting_id)
        meeting_review = review.meeting_review(session, meeting_id)
        # Plain rows of the columns used, not ORM objects: a two-day meeting has thousands of notes, and none
        # is edited here.
        table = Note.__table__
        notes = session.execute(
            select(*(table.c[name] for name in NOTE_COLUMNS))
            .where(table.c.meeting_id == meeting_id, table.c.deleted.is_(False))
            .order_by(table.c.taken_at, table.c.id)
        ).all()
        actions = list(
            session.scalars(
                select(Action)
                .where(Action.meeting_id == meeting_id, Action.deleted.is_(False))
                .order_by(Action.created_at, Action.id)
            )
        )
        session.expunge_all()
    kept = [n for n in notes if review.in_minutes(n.confidentiality, choices.get(n.id, "default"), internal, n.kind)]
    kept_ids = {n.id for n in kept}
    confidential_ids = {n.id for n in kept if n.confidentiality == "confidential"}  # in the internal minutes only
    kept_by_item: dict[str | None, list[Any]] = {}
    for note in kept:
        kept_by_item.setdefault(note.agenda_item_id, []).append(note)
    absence = dict(meeting_review.absence_reasons) if meeting_review else {}
    timings = {timing.id: timing for timing in item_timings(running.timer, instant)}
    slots = loaded.timing.by_id()
    zone = meeting.timezone

    def index(seconds: dict[str, float]) -> float | None:
        if internal:
            value = balance_index(seconds, balance.expected)
        else:
            value = balance_index(policy.merge(seconds), policy.merge(balance.expected))
        return None if value is None else round(value, 3)

    figures = policy.shows_group_figures

    def entry(item_id: str, number: int | None, title: str, risk_tags: list[str], place: str) -> dict[str, Any]:
        item_review = item_reviews.get(item_id)
        seconds = balance.item_group_seconds.get(item_id)
        # Only an item off the agenda says where it is, so minutes issued before such items were kept
        # gather to the same content, and the same fingerprint, while nothing changes.
        where = {} if place == "agenda" else {"place": place}
        return {
            "id": item_id,
            "number": number,
            **where,
            "title": text(title),
            "risk_tags": list(risk_tags),
            "summary": text(item_review.summary) if item_review else "",
            "information_shared": text(item_review.information_shared) if item_review else "",
            "responses_given": text(item_review.responses_given) if item_review else "",
            "satisfied": item_review.satisfied if item_review else "",
            "dissent": text(item_review.dissent) if item_review else "",
            "notes": [_note(n, reader, text) for n in kept_by_item.get(item_id or None, ())],
            "balance_index": index(seconds) if seconds and figures else None,
        }

    items = [
        entry(item.id, number, item.title, item.risk_tags, "agenda")
        for number, item in enumerate(loaded.items, start=1)
    ]
    live_ids = {item.id for item in loaded.items}
    reviewed = {item_id for item_id, r in item_reviews.items() if any(getattr(r, f) for f in REVIEWED_FIELDS)}
    removed = _removed_items(db, (set(kept_by_item) | reviewed) - live_ids - {None})
    items += [entry(item.id, None, item.title, item.risk_tags, "removed") for item in removed]
    placed = live_ids | {item.id for item in removed}
    for item_id in [item_id for item_id in kept_by_item if item_id is not None and item_id not in placed]:
        kept_by_item.setdefault(None, []).extend(kept_by_item.pop(item_id))  # its item never arrived
    if kept_by_item.get(None):
        order = {note.id: number for number, note in enumerate(kept)}
        kept_by_item[None].sort(key=lambda note: order[note.id])
        items.append(entry("", None, "", [], "outside"))
    attendance = _attendance(rows, reader, policy, settings.required_groups, absence, text)
    return {
        "schema": SCHEMA,
        "audience": audience,
        "meeting": {
            "id": meeting.id,
            "title": own_text(meeting.title),  # the facilitator's words are screened as the room's are
            "purpose": own_text(meeting.purpose),
            "starts": _iso(meeting.starts_at, zone),
            "ends": _iso(meeting.ends_at, zone),
            "timezone": zone,
            "venue": own_text(meeting.venue),
            "city": own_text(meeting.city),
            "country": meeting.country,
            "languages": list(meeting.languages),
            "chatham_house": meeting.chatham_house,
            "recording_allowed": meeting.recording_allowed,
            "min_group_size": policy.min_group_size,
        },
        "staff": _staff(rows, reader),
        "ground_rules": own_text(settings.ground_rules),
        "attendance": attendance,
        "agenda": [
            {
                "id": item.id,
                "number": number,
                "day": item.day + 1,
                "title": text(item.title),
                "kind": item.kind,
                "planned_start": loaded.timing.start_of(slots[item.id]).isoformat(timespec="minutes"),
                "planned_end": loaded.timing.end_of(slots[item.id]).isoformat(timespec="minutes"),
                # The minutes the slot spans, consecutive interpretation included: the plan the room kept to.
                "planned_minutes": slots[item.id].effective,
                "actual_start": _iso(timings[item.id].actual_start, zone) if item.id in timings else None,
                "actual_end": _iso(timings[item.id].actual_end, zone) if item.id in timings else None,
                "actual_minutes": round(timings[item.id].actual_seconds / 60) if item.id in timings else None,
            }
            for number, item in enumerate(loaded.items, start=1)
        ],
        "items": items,
        "actions": [
            {
                "description": text(action.description),
                "owner": _owner(action, reader),
                "due": action.due.isoformat() if action.due else None,
                "status": action.status,
                "item": action.agenda_item_id,
                # Said only where it is so: minutes gathered before it was said keep their fingerprint.
                **({"confidential": True} if action.note_id in confidential_ids else {}),
            }
            for action in actions
            if action.note_id is None or action.note_id in kept_ids
        ],
        "commitments": [
            {
                "body": note["body"],
                "by": note["by"],
                "cell": note["cell"],
                "item": item["id"],
                **({"confidential": True} if note["confidentiality"] == "confidential" else {}),
            }
            for item in items
            for note in item["notes"]
            if note["kind"] == "commitment"
        ],
        "balance": _balance(balance, policy, reader, index) if figures else {"shown": False},
        "inclusion": _inclusion(db, meeting_id, internal, attendance["stage"]),
        "follow_up": {
            "how": own_text(meeting_review.follow_up) if meeting_review else "",
            "distribution": _distribution(meeting_review, attendance, internal, own_text),
            "feedback": [
                {
                    "item": item["id"],
                    "title": item["title"],
                    "response": item["responses_given"],
                    "satisfied": item["satisfied"],
                }
                for item in items
                if item["responses_given"]
            ],
        },
    }


def noted_or_reviewed(item: dict[str, Any]) -> bool:
    """Whether anything was noted or reviewed under an item: a break is listed only then."""
    return bool(item["notes"]) or reviewed(item)


def reviewed(item: dict[str, Any]) -> bool:
    """Whether the facilitator reviewed an item of the minutes (wrote or chose any of its review)."""
    return any(item[name] for name in REVIEWED_FIELDS)


def items_to_review(content: dict[str, Any]) -> list[dict[str, Any]]:
    """The items of the minutes a facilitator reviews, as the review lists them: every one but a break
    under which nothing was noted or reviewed (removed items whose words stay among them)."""
    kinds = {entry["id"]: entry["kind"] for entry in content["agenda"]}
    return [item for item in content["items"] if kinds.get(item["id"]) not in PAUSE_KINDS or noted_or_reviewed(item)]


def _removed_items(db: Database, wanted: set[str]) -> list[AgendaItem]:
    """Deleted agenda items that kept notes or a review still belong to (deleted here, or on another
    laptop while this one wrote the minutes): their words stay in the minutes under their own title."""
    if not wanted:
        return []
    with db.session() as session:
        query = select(AgendaItem).where(AgendaItem.id.in_(wanted)).order_by(AgendaItem.day, AgendaItem.position)
        found = list(session.scalars(query))
        session.expunge_all()
    return found


def on_agenda(item: dict[str, Any]) -> bool:
    """Whether a gathered item is one of the agenda's own (only the others carry a ``place``)."""
    return item.get("place", "agenda") == "agenda"


def item_title(item: dict[str, Any]) -> str:
    """An item's name where the minutes list it without its number: its title, or what its notes are
    when they are not under an item of the agenda."""
    place = item.get("place", "agenda")
    if place == "removed":
        return translate("Minutes", "{0} (removed from the agenda)").format(item["title"])
    if place == "outside":
        return translate("Minutes", "Not under an agenda item")
    return item["title"]


def item_heading(item: dict[str, Any]) -> str:
    """An item's heading in the minutes: "3. Wages", or its name alone when it is off the agenda."""
    return f"{item['number']}. {item['title']}" if on_agenda(item) else item_title(item)


def _note(note: Any, reader: _Reader, text: disclosure.Redactor) -> dict[str, Any]:
    by = reader.person(note.speaker_participation_id)
    if note.kind == "quote" and note.speaker_participation_id not in reader.quote_consent:
        by = ""  # a quote names its speaker only with their consent to be quoted
    return {
        "id": note.id,
        "kind": note.kind,
        "body": text(note.body),
        "by": by,
        "cell": reader.cell(note.stakeholder_group),
        "risk_tags": list(note.risk_tags),
        "confidentiality": note.confidentiality,
    }


def draft_summary(notes: Iterable[dict[str, Any]]) -> list[str]:
    """The key points of an item drafted from its notes (points, concerns, questions, plain notes), each
    with who raised it as the audience may see it; the facilitator edits this into the summary."""
    lines = []
    for note in notes:
        if note["kind"] not in SUMMARY_KINDS:
            continue
        who = note["by"] or (cell_label(note["cell"]) if note["cell"] else "")
        # A concern or a question says what it is: "Concern: no water after noon (Women workers)".
        kind = "" if note["kind"] in ("point", "note") else KINDS.label(note["kind"]) + ": "
        lines.append(f"{kind}{note['body']} ({who})" if who else f"{kind}{note['body']}")
    return lines


def shared_draft(db: Database, meeting_id: str, item: dict[str, Any]) -> tuple[list[str], int]:
    """The summary of ``item`` (of the internal minutes) drafted from the notes the public minutes show, as
    they show them, and how many of its notes were left out: a summary is printed in the public minutes
    too, so a draft from every note carried confidential and internal notes, and the internal minutes'
    labels of small groups, there."""
    public = next((shown for shown in gather(db, meeting_id, "public")["items"] if shown["id"] == item["id"]), None)
    shared = draft_summary(public["notes"] if public else [])
    return shared, len(draft_summary(item["notes"])) - len(shared)


def _owner(action: Action, reader: _Reader) -> dict[str, str]:
    row = reader.rows.get(action.owner_participation_id or "")
    group = row.stakeholder_group if row is not None else action.owner_text
    return {"name": reader.person(action.owner_participation_id), "cell": reader.cell(group) if group else ""}


def _staff(rows: list[ParticipantRow], reader: _Reader) -> dict[str, list[str]]:
    """Facilitator, note-taker and interpreters by name where they are named; staff speak for nobody."""
    staff: dict[str, list[str]] = {role: [] for role in STAFF_ROLES}
    for row in rows:
        # An interpreter or facilitator may be listed by their group alone, their role left at participant.
        role = row.participation_role if row.participation_role in staff else STAFF_BY_GROUP.get(row.stakeholder_group)
        if role is not None and row.status != "declined":
            name = disclosure.SHAREABLE_PEOPLE.identity_of(row).name
            staff[role].append(name)  # "" where the name is withheld
    return staff


def _attendance(
    rows: list[ParticipantRow],
    reader: _Reader,
    policy: Policy,
    required: Iterable[str],
    absence: dict[str, str],
    text: disclosure.Redactor,
) -> dict[str, Any]:
    stage = "day" if any(row.status == "attended" for row in rows) else "planning"
    present = [r for r in participation.in_stage(rows, stage) if not r.is_staff]
    invited = [r for r in rows if not r.is_staff]
    k, internal = policy.min_group_size, reader.internal
    cells: dict[str, dict[str, Any]] = {}
    for row in present:
        key = reader.cell(row.stakeholder_group)
        # Which groups a merged cell holds is not said in public: that the two women workers came is
        # itself a fact about them.
        groups = [row.stakeholder_group] if internal else []
        into = cells.setdefault(
            key, {"cell": key, "groups": groups, "present": 0, "women": 0, "men": 0, "other_gender": 0}
        )
        into["present"] += 1
        gender = row.counted_gender if row.counted_gender in ("woman", "man") else "other_gender"
        into[{"woman": "women", "man": "men"}.get(gender, "other_gender")] += 1
    order = {cell.key: number for number, cell in enumerate(policy.cells)}
    shown_cells = sorted(cells.values(), key=lambda c: order.get(c["cell"], len(order)))
    gender = {name: sum(cell[name] for cell in shown_cells) for name in GENDER_COUNTS}
    if not internal:
        # Gender within a cell would single out the one woman among the buyers, and withholding one count
        # of a known total withholds nothing: the public minutes give the totals, all or none.
        for cell in shown_cells:
            for name in GENDER_COUNTS:
                cell[name] = None
        if any(0 < count < k for count in gender.values()):
            gender = dict.fromkeys(GENDER_COUNTS)
    came = {row.stakeholder_group for row in present}
    expected = list(dict.fromkeys([*required, *(row.stakeholder_group for row in invited)]))
    absent = [
        {"group": group, "reason": text(absence.get(group, ""))}
        for group in expected
        if group and group not in came and group in taxonomy.stakeholder_groups()
    ]
    proxies = [
        {
            "name": reader.person(row.participation_id),
            "cell": reader.cell(row.stakeholder_group),
            "speaks_for": row.speaks_for,
        }
        for row in present
        if row.is_proxy
    ]
    people = []
    if internal:
        for row in present:
            shown = disclosure.SHAREABLE_PEOPLE.identity_of(row)
            people.append(
                {
                    "name": shown.name,
                    "level": shown.level,
                    "organisation": shown.organisation,
                    "role": row.role if row.anonymity == "named" else "",
                    "group": row.stakeholder_group,
                    "proxy": row.is_proxy,
                }
            )
    return {
        "stage": stage,
        "present": len(present) if figures_allowed(policy) else None,
        "invited": len(invited) if internal else None,
        "gender": gender if figures_allowed(policy) else dict.fromkeys(GENDER_COUNTS),
        "cells": shown_cells if figures_allowed(policy) else [],
        "absent_groups": absent,
        "proxies": proxies,
        "people": people,
    }


def figures_allowed(policy: Policy) -> bool:
    return policy.shows_group_figures


def _balance(balance: Any, policy: Policy, reader: _Reader, index: Any) -> dict[str, Any]:
    seconds = {g.group: g.seconds for g in balance.groups}
    if reader.internal:
        talk, expected = seconds, dict(balance.expected)
        order = list(seconds)
    else:
        talk, expected = policy.merge(seconds), policy.merge(balance.expected)
        order = [cell.key for cell in policy.cells]
    total = sum(talk.values())
    return {
        "shown": True,
        "index": index(seconds),
        "talk_minutes": round(balance.talk_seconds / 60),
        "interpretation_minutes": round(balance.interpretation_seconds / 60),
        "cells": [
            {
                "cell": key,
                "share": round(talk.get(key, 0.0) / total, 3) if total else 0.0,
                "expected": round(expected.get(key, 0.0), 3),
            }
            for key in order
            if key in talk or key in expected
        ],
    }


def _inclusion(db: Database, meeting_id: str, internal: bool, stage: str) -> dict[str, Any]:
    """The checks' results; internal minutes say why, in English and in each language a document is
    written in ("detail_in"): a detail is a sentence the app writes from the data, so each language's is
    made here, where the data is."""
    found = inclusion_report.check(db, meeting_id, stage, reveal=False)  # minutes leave the laptop: no names
    checks = [
        {"rule": result.rule.id, "status": result.status, "detail": result.detail if internal else ""}
        for result in found.results
    ]
    if internal:
        for language in DOCUMENT_LANGUAGES:
            if language == "en" or catalogue(language) is None:
                continue
            with labels_in(language):
                again = inclusion_report.check(db, meeting_id, stage, reveal=False)
            for check, result in zip(checks, again.results, strict=True):
                if result.detail != check["detail"]:
                    check.setdefault("detail_in", {})[language] = result.detail
    return {"stage": stage, "counts": found.counts(), "checks": checks}


def _distribution(
    meeting_review: Any, attendance: dict[str, Any], internal: bool, text: disclosure.Redactor
) -> dict[str, list[str]]:
    """Who receives the minutes: each group that came or was absent, and (internal) the list the
    facilitator typed, one recipient a line, in which someone who is not named is their group."""
    typed = (meeting_review.distribution if meeting_review else "").splitlines()
    groups = [cell["cell"] for cell in attendance["cells"]] + [
        absent["group"] for absent in attendance["absent_groups"]
    ]
    return {"listed": [text(line.strip()) for line in typed if line.strip()] if internal else [], "groups": groups}
