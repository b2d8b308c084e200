"""Notes taken during a meeting: one typed line becomes a note of the right kind, attributed safely.

The entry line is meant for typing while people talk::

    c: no masks at the cutting yard @Kamla #OSH_SILICA
    a: share the ID card list with the union @Ramesh due:2023-11-30
    "we are paid by the piece, never by the day" @workers %confidential

- the prefix picks the kind (``c:`` concern, ``a:`` action, ``"`` quote, ...; none: a plain note);
- ``@name`` attributes the note to a participant, ``@group`` (id or label) to a stakeholder group
  only; names of several words are read whole (``@Kamla Devi``), and ``@"..."`` quotes one
  (:mod:`facilitator.core.live.mentions`).  A participant whose anonymity is ``anonymous`` or
  ``group_only`` is always reduced to their group: their name never reaches a note.  A mention at
  the start or the end of the line only attributes; one inside a sentence also stays in the text,
  by name, or by the group's label for a group (a person not to be named leaves no word).  Without ``@``
  a note is attributed to whoever has the floor, except an agreement, which belongs to the room;
  ``@-`` attributes it to nobody;
- ``#tag`` adds a risk tag, ``%public`` / ``%internal`` / ``%confidential`` sets confidentiality,
  ``due:YYYY-MM-DD`` gives an action its due date, and a commitment too (which follows it up as an action).

Confidentiality defaults from the meeting's ground rules: the meeting's default level, raised to
internal for anything tied to a named person under the Chatham House Rule, and to confidential for
such a quote.  Every version of a note is kept in ``note_revision`` (insert-only); the note row holds
the latest for quick reading.  The line being typed is kept as a draft in local (never synced) state.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from msgspec import Struct, field
from sqlalchemy import select

from facilitator.core import taxonomy, vocabulary
from facilitator.core.actions import parse_due
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import mentions
from facilitator.core.live.speaking import Speaker
from facilitator.core.models import (
    Action,
    LocalState,
    Meeting,
    Note,
    NoteRevision,
    natural_id,
    utcnow,
)
from facilitator.core.records import ReferenceMessages, by_reference, get_live
from facilitator.core.vocabulary import Vocabulary
from facilitator.i18n import QT_TRANSLATE_NOOP, translate

KINDS = Vocabulary(
    "Notes",
    {
        "note": QT_TRANSLATE_NOOP("Notes", "Note"),
        "point": QT_TRANSLATE_NOOP("Notes", "Point raised"),
        "concern": QT_TRANSLATE_NOOP("Notes", "Concern"),
        "decision": QT_TRANSLATE_NOOP("Notes", "Agreement or decision"),
        "action": QT_TRANSLATE_NOOP("Notes", "Action"),
        "commitment": QT_TRANSLATE_NOOP("Notes", "Commitment"),
        "question": QT_TRANSLATE_NOOP("Notes", "Question"),
        "quote": QT_TRANSLATE_NOOP("Notes", "Quote"),
    },
)
# Typed prefixes, longest first so "qu:" wins over "q:".
PREFIXES = {
    "n:": "note",
    "p:": "point",
    "c:": "concern",
    "!": "concern",
    "d:": "decision",
    "a:": "action",
    "m:": "commitment",
    "q:": "question",
    "?": "question",
    '"': "quote",
}
CONFIDENTIALITY_ORDER = ("public", "internal", "confidential")
# Where a mention, a tag, a confidentiality level or a due date begins: at the start of a word.
_SIGIL = re.compile(r"(?<!\S)(?:([@#%])|due:)")
MAX_BODY = 5000


def prefix_of(kind: str) -> str:
    return next((prefix for prefix, k in PREFIXES.items() if k == kind and prefix.endswith(":")), "")


class ParsedNote(Struct, frozen=True):
    """What an entry line says, before anything is stored."""

    kind: str = "note"
    body: str = ""
    speaker_id: str | None = None
    group: str = ""
    risk_tags: list[str] = field(default_factory=list)
    confidentiality: str | None = None  # None: follow the ground rules
    due: date | None = None
    problems: list[str] = field(default_factory=list)


def split_prefix(text: str) -> tuple[str, str]:
    """The kind named by the line's prefix and the rest of the line."""
    stripped = text.lstrip()
    for prefix in sorted(PREFIXES, key=len, reverse=True):
        if stripped.lower().startswith(prefix):
            return PREFIXES[prefix], stripped[len(prefix) :].strip()
    return "note", stripped.strip()


def parse(
    text: str,
    speakers: dict[str, Speaker],
    default_speaker: str | None = None,
    directory: mentions.Directory | None = None,
) -> ParsedNote:
    """Read an entry line; unknown names, tags or dates are reported in ``problems``, not guessed.
    ``directory`` is the speakers' names made ready for mentions, when the caller keeps one (the Live
    line reads the line at every keystroke)."""
    kind, rest = split_prefix(mentions.normalise(text))
    # What someone says is theirs; an agreement belongs to the room unless the line names someone.
    speaker_id, group = (None if kind == "decision" else default_speaker), ""
    tags: list[str] = []
    confidentiality: str | None = None
    due: date | None = None
    problems: list[str] = []
    directory = directory or mentions.Directory(speakers)
    kept: list[str] = []
    spots: list[tuple[int, mentions.Target]] = []  # where a mention stood in the kept text, and what it named
    position = 0
    for found in _SIGIL.finditer(rest):
        if found.start() < position:
            continue  # inside a mention already read ("@Kamla Devi" spans a space)
        kept.append(rest[position : found.start()])
        sigil = found.group(1)
        if sigil == "@":
            mention = directory.read(rest, found.end())
            position = mention.end
            if mention.problem:
                problems.append(mention.problem)
            elif mention.target is not None:
                spots.append((len(kept), mention.target))
            continue
        word_end = found.end()
        while word_end < len(rest) and not rest[word_end].isspace():
            word_end += 1
        word, position = rest[found.end() : word_end], word_end
        if sigil is None:
            try:
                due = parse_due(word)
            except UserError as error:
                problems.append(str(error))
        elif sigil == "#":
            found_tags = _risk_tags(word)
            if not found_tags:
                known = " ".join(f"#{tag}" for tag in taxonomy.risk_tags())
                problems.append(
                    translate("Notes", "Unknown risk tag: {0}. The tags are {1} (their first letters are enough).")
                    .format(word, known)
                )  # fmt: skip
            elif len(found_tags) > 1:
                labels = ", ".join(taxonomy.risk_tags()[t].label for t in found_tags)
                problems.append(translate("Notes", "#{0} could be {1}: type more of it.").format(word, labels))
            elif found_tags[0] not in tags:
                tags.append(found_tags[0])
        else:
            level = next((c for c in CONFIDENTIALITY_ORDER if c.startswith(word.lower())), None)
            if level is None:
                problems.append(translate("Notes", "Unknown confidentiality: {0}").format(word))
            confidentiality = level or confidentiality
    kept.append(rest[position:])
    owner = _owner(kept, spots)
    if owner is not None:
        speaker_id, group = spots[owner][1].speaker_id, spots[owner][1].group
    # A mention inside a sentence stays in it, as the screen may name them ("yes @Meena, agreed" reads "yes
    # Mohan Lal Meena, agreed"); the one that says whose the note is leaves the text when it stands alone at
    # either end of the line, or is a group closing it ("no masks @Anna at the yard @women workers").  With
    # others in the line a person stays: "@Marieke and @Sanne agreed", "agreed with @Ramesh and @Sanne".
    for index, (at, target) in reversed(list(enumerate(spots))):
        opens, closes = not "".join(kept[:at]).strip(), not "".join(kept[at:]).strip()
        alone = len(spots) == 1
        tag = index == owner and ((alone and (opens or closes)) or (closes and target.speaker_id is None))
        if not tag:
            kept.insert(at, directory.in_text(target))
    body = " ".join("".join(kept).split())
    if kind == "quote":
        body = body.strip('"\u201c\u201d ')
    if speaker_id is not None and speaker_id in speakers:
        speaker = speakers[speaker_id]
        group = group or speaker.group
        if speaker.identity_hidden:
            speaker_id = None
    elif speaker_id is not None:
        speaker_id = None
    if due is not None and kind not in ("action", "commitment"):
        # Read and then lost: no other kind of note keeps a date.
        problems.append(translate("Notes", "Only an action (a:) or a commitment (m:) keeps a due date."))
    if len(body) > MAX_BODY:
        problems.append(too_long(len(body)))
    return ParsedNote(kind, body, speaker_id, group, tags, confidentiality, due, problems)


def _owner(kept: list[str], spots: list[tuple[int, mentions.Target]]) -> int | None:
    """Which mention says whose the note is: the one that opens the line ("@Ramesh promised masks to
    @Kamla" is Ramesh's promise), else the last."""
    if not spots:
        return None
    return 0 if not "".join(kept[: spots[0][0]]).strip() else len(spots) - 1


def too_long(length: int) -> str:
    """Said while the line is typed or pasted, so the note-taker cuts it before pressing Enter."""
    return translate("Notes", "A note can have at most {0} characters; this one has {1}.").format(MAX_BODY, length)


def _risk_tags(word: str) -> list[str]:
    """The risk tags ``word`` may mean: the one it names whole (its id or label), else every one whose
    id or label it begins ("#WA" is Wages or Water and sanitation, and the note-taker is asked which)."""
    needle = word.casefold()
    spaced = needle.replace("_", " ")
    known = taxonomy.risk_tags()
    whole = [t for t, tag in known.items() if needle == t.casefold() or spaced == tag.label.casefold()]
    if whole:
        return whole[:1]
    return [t for t, tag in known.items() if t.casefold().startswith(needle) or tag.label.casefold().startswith(spaced)]


def default_confidentiality(meeting: Meeting, kind: str, named_speaker: bool) -> str:
    """The level the ground rules give a note before the facilitator says otherwise."""
    level = meeting.default_confidentiality
    if meeting.chatham_house and named_speaker:
        floor = "confidential" if kind == "quote" else "internal"
        if CONFIDENTIALITY_ORDER.index(level) < CONFIDENTIALITY_ORDER.index(floor):
            level = floor
    return level


def _check(kind: str, body: str, confidentiality: str) -> None:
    if kind not in KINDS:
        raise UserError(translate("Notes", "Unknown kind of note: {0}").format(kind))
    if not body.strip():
        raise UserError(translate("Notes", "A note needs some text."))
    if len(body) > MAX_BODY:
        raise UserError(too_long(len(body)))
    if confidentiality not in vocabulary.CONFIDENTIALITY:
        raise UserError(translate("Notes", "Unknown confidentiality level: {0}").format(confidentiality))


def draft_key(meeting_id: str) -> str:
    return f"live/draft/{meeting_id}"


def add_note(
    db: Database,
    meeting_id: str,
    parsed: ParsedNote,
    agenda_item_id: str | None = None,
    taken_at: datetime | None = None,
) -> Note:
    """Store a parsed line as a note (and an action, for the action kind), clearing the draft."""
    if parsed.problems:
        raise UserError(parsed.problems[0])
    with db.session() as session:
        meeting = get_live(session, Meeting, meeting_id)
        confidentiality = parsed.confidentiality or default_confidentiality(
            meeting, parsed.kind, parsed.speaker_id is not None
        )
        _check(parsed.kind, parsed.body, confidentiality)
        taxonomy.check_group(parsed.group)
        taxonomy.check_risk_tags(parsed.risk_tags)
        note = Note(
            meeting_id=meeting_id,
            agenda_item_id=agenda_item_id,
            kind=parsed.kind,
            body=parsed.body,
            speaker_participation_id=parsed.speaker_id,
            stakeholder_group=parsed.group,
            risk_tags=list(parsed.risk_tags),
            confidentiality=confidentiality,
            taken_at=taken_at or utcnow(),
        )
        session.add(note)
        session.flush()
        session.add(_revision(note))
        if parsed.kind == "action" or (parsed.kind == "commitment" and parsed.due is not None):
            # A commitment given a date is followed up at once, as the Actions section would (with the
            # same id), or its date was read and then lost.
            followed = {"id": natural_id("action", "commitment", note.id), "kind": "commitment"}
            session.add(
                Action(
                    **(followed if parsed.kind == "commitment" else {}),
                    meeting_id=meeting_id,
                    agenda_item_id=agenda_item_id,
                    note_id=note.id,
                    description=parsed.body,
                    owner_participation_id=parsed.speaker_id,
                    owner_text="" if parsed.speaker_id else parsed.group,
                    due=parsed.due,
                )
            )
        draft = session.get(LocalState, draft_key(meeting_id))
        if draft is not None:
            draft.value = ""
    return note


def _revision(note: Note) -> NoteRevision:
    return NoteRevision(
        note_id=note.id,
        kind=note.kind,
        body=note.body,
        speaker_participation_id=note.speaker_participation_id,
        stakeholder_group=note.stakeholder_group,
        risk_tags=list(note.risk_tags),
        confidentiality=note.confidentiality,
        revised_at=utcnow(),
    )


EDITABLE = ("kind", "body", "speaker_participation_id", "stakeholder_group", "risk_tags", "confidentiality")


def edit_note(db: Database, note_id: str, **changes: Any) -> dict[str, Any]:
    """Change a note; the new version is added to its revisions.  Returns the previous values."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise UserError(translate("Notes", "A note has no field {0}.").format(", ".join(sorted(unknown))))
    with db.session() as session:
        note = get_live(session, Note, note_id)
        merged = {name: changes.get(name, getattr(note, name)) for name in EDITABLE}
        _check(merged["kind"], merged["body"], merged["confidentiality"])
        taxonomy.check_group(merged["stakeholder_group"])
        taxonomy.check_risk_tags(merged["risk_tags"])
        previous = {name: getattr(note, name) for name in changes}
        for name, value in changes.items():
            setattr(note, name, value)
        session.flush()
        session.add(_revision(note))
    return previous


def set_note_deleted(db: Database, note_id: str, deleted: bool) -> None:
    """Delete (tombstone) a note and the action it created, or bring both back."""
    with db.session() as session:
        note = session.get(Note, note_id)
        if note is None:
            raise UserError(translate("Notes", "This note no longer exists."))
        note.deleted = deleted
        for action in session.scalars(select(Action).where(Action.note_id == note_id)):
            action.deleted = deleted


def revisions(db: Database, note_id: str) -> list[NoteRevision]:
    """Every version of a note, oldest first."""
    with db.session() as session:
        return list(
            session.scalars(
                select(NoteRevision)
                .where(NoteRevision.note_id == note_id)
                .order_by(NoteRevision.revised_at, NoteRevision.updated_hlc)
            )
        )


def list_notes(db: Database, meeting_id: str, agenda_item_id: str | None = None) -> list[Note]:
    query = select(Note).where(Note.meeting_id == meeting_id, Note.deleted.is_(False)).order_by(Note.taken_at)
    if agenda_item_id is not None:
        query = query.where(Note.agenda_item_id == agenda_item_id)
    with db.session() as session:
        return list(session.scalars(query))


def save_draft(db: Database, meeting_id: str, text: str) -> None:
    """Keep the line being typed, so a crash loses at most the last second of typing."""
    db.set_local(draft_key(meeting_id), text)


def load_draft(db: Database, meeting_id: str) -> str:
    return db.get_local(draft_key(meeting_id))


def resolve(db: Database, meeting_id: str, reference: str) -> str:
    """The id of the meeting's note named by its id or by the first characters of it (as ``notes`` lists)."""
    messages = ReferenceMessages(
        translate("Notes", "Name a note by its id or the first characters of it."),
        translate("Notes", "This meeting has no note with an id starting with '{0}'."),
        translate("Notes", "More than one note has an id starting with '{0}'; type more of it."),
    )
    query = select(Note.id).where(Note.meeting_id == meeting_id, Note.deleted.is_(False))
    with db.session() as session:
        return by_reference(session, query, Note.id, reference, messages)
