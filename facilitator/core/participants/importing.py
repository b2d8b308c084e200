"""Importing an invitation list from CSV or XLSX: read, map columns, check every row, then write.

Nothing is written until :func:`apply` is called with the plan the user has seen.  Reading the file,
and refusing what cannot be an invitation list, is :mod:`.import_files`; which column holds what is
:mod:`.import_columns`, what one row says :mod:`.import_rows`, and the register a row is compared with
:mod:`.import_register`.  A file without a name column is refused here, before any row is looked at.
People already in the register (same name and organisation, or the same name in a list without
organisations) are offered for merging instead of being entered twice.

An anonymity value the import does not understand is read as the most protective level, and a merge
never makes a person in the register less protected: a misread privacy wish must not name a worker.
"""

from __future__ import annotations

from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import taxonomy
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Meeting, Organisation, Participation, Person, new_id, utcnow
from facilitator.core.name_sounds import name_sound
from facilitator.core.participants import group_names, people
from facilitator.core.participants.group_names import GroupMatcher
from facilitator.core.participants.import_columns import (
    FIELDS,
    FILLED_FIELDS,
    NAME_PARTS,
    PERSON_FIELDS,
    field_label,
    guess_mapping,
    names_mapped,
    read_table,
    simplified,
    unmapped_columns,
)
from facilitator.core.participants.import_files import Table
from facilitator.core.participants.import_register import Register, not_names, person_key, read_register
from facilitator.core.participants.import_rows import (
    ANONYMOUS_QUESTION,
    ANSWERS,
    PRESENCE_QUESTION,
    PlannedRow,
    check_row,
    group_warnings,
)
from facilitator.core.participants.participation import place_in
from facilitator.core.participants.vocabulary import (
    ANONYMITY,
    STATUSES,
    default_anonymity,
    protection,
)
from facilitator.core.records import get_live
from facilitator.core.text import clean, spellings_in
from facilitator.i18n import translate

# The import's whole interface, whichever of its modules holds each part.
__all__ = [
    "FIELDS", "Outcome", "Plan", "PlannedRow", "Table", "apply", "field_label", "guess_mapping", "plan",
    "read_table", "unmapped_columns",
]  # fmt: skip


class Plan(Struct, frozen=True):
    """An invitation list read and matched, before anything is written: the user confirms it first."""

    meeting_id: str
    source: str
    mapping: dict[str, int | None]
    rows: tuple[PlannedRow, ...]
    missing_columns: tuple[str, ...] = field(default=())
    unknown_groups: dict[str, int] = field(default_factory=dict)  # group value as typed -> rows with it
    group_choices: dict[str, str] = field(default_factory=dict)  # values mapped by hand, kept for next time
    unused_columns: tuple[str, ...] = field(default=())  # headers of columns that nothing is read from

    @property
    def importable(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.importable]

    @property
    def duplicates(self) -> list[PlannedRow]:
        """Rows of people of the register that will be merged with them."""
        return [row for row in self.rows if row.importable and row.duplicate_of and row.merge]

    @property
    def listed(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.listed]

    @property
    def protections(self) -> list[PlannedRow]:
        """Rows of people on the list already whom the file asks to show less of: that is done, not skipped."""
        return [row for row in self.rows if row.protect]

    @property
    def answers(self) -> list[PlannedRow]:
        """Rows of people on the list already whose answer the file gives anew: that is done, not skipped."""
        return [row for row in self.rows if row.answer]

    @property
    def spellings(self) -> list[PlannedRow]:
        """Rows of people on the list already that add a spelling of their name: that is done, not skipped."""
        return [row for row in self.rows if row.spell]

    @property
    def updates(self) -> list[PlannedRow]:
        """Rows of people on the list already that change them: made better protected, or answered."""
        return [row for row in self.rows if row.changes_listed]


class _Above(Struct):
    """What the lines of a file above a row said: the line of each name and organisation, of each sound
    of a name, and of each register person a row meant; and the most protective level a name, or its
    sound, was written with."""

    keys: dict[tuple[str, str], int] = field(default_factory=dict)
    sounds: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    levels: dict[str, str] = field(default_factory=dict)

    def sounding_alike(self, row: PlannedRow) -> tuple[str, ...]:
        """A warning for a new person whose name sounds like one a line above gives, in another script or a
        letter off: the same person written twice would become two."""
        line = self.sounds.get(name_sound(row.values["name"]) or "\0")
        if line is None:
            return ()
        return (
            translate("Import", "Sounds like the name on line {0}. If it is the same person, keep one of the two "
                                "rows and put the other spelling in its 'Also written as'.").format(line),
        )  # fmt: skip

    def level_of(self, row: PlannedRow) -> str:
        """The most protective level a line above gave this row's name, or one that sounds like it."""
        return max(filter(None, (self.levels.get(k, "") for k in _written_as(row))), key=protection, default="")

    def note(self, row: PlannedRow) -> None:
        if sound := name_sound(row.values["name"]):
            self.sounds.setdefault(sound, row.line)
        level = row.values.get("anonymity") or default_anonymity(row.values.get("stakeholder_group", ""))
        for written in _written_as(row) if level != "named" else ():
            if protection(level) > protection(self.levels.get(written, "named")):
                self.levels[written] = level


def _written_as(row: PlannedRow) -> tuple[str, ...]:
    """A row's name as names are compared, and how it sounds (when it can be said)."""
    return tuple(filter(None, (person_key(row.values["name"], "")[0], name_sound(row.values["name"]))))


def _matched(
    row: PlannedRow, typed_group: str, known: Register, above: _Above, planned: list[PlannedRow],
    organisation_mapped: bool,
) -> PlannedRow:  # fmt: skip
    """An importable row compared with the register and the lines above it: the same person again, a
    name the register cannot tell apart, someone on the list already, someone to merge with, or a new
    person (never less protected than someone not named that they may be)."""
    key = person_key(row.values["name"], row.values.get("organisation", ""))
    if key in above.keys:
        _keep_stricter(planned, above.keys[key], row, known, organisation_mapped)
        return replace(row, errors=(translate("Import", "Same person as on line {0}.").format(above.keys[key]),))
    above.keys[key] = row.line
    listed = known.listed_person(key, organisation_mapped)
    duplicate = known.by_name(key, organisation_mapped)
    person = listed or duplicate
    if person in above.people:  # the same person by another spelling of the name
        return replace(row, errors=(translate("Import", "Same person as on line {0}.").format(above.people[person]),))
    if person is None and not organisation_mapped and len(known.named.get(key[0], ())) > 1:
        return replace(row, errors=(translate(
            "Import", "More than one person of the register has this name; give their organisations in a column "
                      "to say which."),))  # fmt: skip
    if person is not None:
        above.people[person] = row.line
    if listed is not None:
        row = _listed(row, known, listed)
    elif duplicate is not None:
        # Merged, the person keeps the register's group and level: what the row's group would have done to
        # them is not said (a value not understood is still listed for mapping).
        kept = _without_group_warnings(row, typed_group)
        row = replace(kept, duplicate_of=duplicate, warnings=(*kept.warnings, *_stricter(row, known, duplicate)))
    else:
        alike = known.sounding_alike(key, organisation_mapped) or above.sounding_alike(row)
        row = replace(row, warnings=(*row.warnings, *alike))
    if not row.listed:
        row = _protect_alike(row, known, above.level_of(row))
    above.note(row)
    return row


def _without_group_warnings(row: PlannedRow, typed: str) -> PlannedRow:
    said = set(group_warnings(typed))
    return replace(row, warnings=tuple(warning for warning in row.warnings if warning not in said))


def _protect_alike(row: PlannedRow, known: Register, above: str = "") -> PlannedRow:
    """A row that may be someone of the register who is not named (their name in another script, or with
    another organisation), or someone a line above says is not named (``above``: that level), is written
    at least as protected as they are: a new "कमला देवी" is not named beside the anonymous Kamla Devi
    until the facilitator knows who she is."""
    level = max(filter(None, (known.hidden_alike(row.values["name"]), above)), key=protection, default="")
    current = row.values.get("anonymity") or default_anonymity(row.values.get("stakeholder_group", ""))
    if not level or protection(level) <= protection(current):
        return row
    said = translate(
        "Import", "Imported as '{level}', as someone of the register who is not named has this name or one that "
                  "sounds like it; change it once you know who this is."
    ).format(level=ANONYMITY.label(level))  # fmt: skip
    warnings = row.warnings if row.duplicate_of else (*row.warnings, said)  # merged: the register's level stays
    return replace(row, values={**row.values, "anonymity": level}, warnings=warnings)


def _stricter(row: PlannedRow, known: Register, person_id: str) -> tuple[str, ...]:
    """A warning when merging makes a register person more protected, as the file asks."""
    level, current = row.values.get("anonymity", ""), known.levels.get(person_id, "")
    if not row.states_level or not level or protection(level) <= protection(current):
        return ()
    return (
        translate("Import", "The register has this person as '{current}'; merged, they become '{level}', as the "
                            "file says.").format(current=ANONYMITY.label(current), level=ANONYMITY.label(level)),
    )  # fmt: skip


def _keep_stricter(
    planned: list[PlannedRow], line: int, again: PlannedRow, known: Register, organisation_mapped: bool
) -> None:
    """A person listed twice in one file is imported once, by the first row, as the more protective of
    the two rows asks."""
    index = next(n for n, row in enumerate(planned) if row.line == line)
    first = planned[index]
    level = again.values.get("anonymity", "")
    # A first row without a level gets its group's default (a worker's: anonymous) when it is written.
    before = first.values.get("anonymity") or default_anonymity(first.values.get("stakeholder_group", ""))
    if not again.states_level or protection(level) <= protection(before):
        return
    stricter = replace(first, values={**first.values, "anonymity": level}, states_level=True)
    if first.duplicate_of:  # merged with the register: its warning says the level it now becomes
        said = set(_stricter(first, known, first.duplicate_of))
        kept = tuple(warning for warning in first.warnings if warning not in said)
        stricter = replace(stricter, warnings=(*kept, *_stricter(stricter, known, first.duplicate_of)))
    if first.listed:
        key = person_key(first.values["name"], first.values.get("organisation", ""))
        person_id = known.listed_person(key, organisation_mapped)
        stricter = _listed(replace(stricter, errors=()), known, person_id) if person_id else first
    planned[index] = stricter


def _listed(row: PlannedRow, known: Register, person_id: str) -> PlannedRow:
    """A row of someone on the list already: skipped, unless the file asks to show less of them (an
    "Anonymous?" answered yes since), which is never left undone, or gives their answer to the invitation
    (a list kept in a spreadsheet, read again as the answers come in)."""
    # Nothing else of the row is imported, so what it says of its other values ("No stakeholder group") is
    # not said: only what changes.
    skipped = replace(row, errors=(translate("Import", "Already on this meeting's list."),), warnings=(), listed=True)
    answer, (_place, status) = row.values.get("status", ""), known.places.get(person_id, ("", ""))
    if row.unread_answer and status:
        unread = translate("Import", "'{value}' is no answer this app knows; the answer stays '{current}'.").format(
            value=row.unread_answer, current=STATUSES.label(status)
        )
        skipped = replace(skipped, warnings=(unread,))
    # "Invited" in a list read again is no answer; an attendance sheet of a meeting that has begun marks who
    # came (one that has not was read as confirmed), and no file takes an attendance back.
    if answer in (*ANSWERS, "attended") and status not in ("", answer, "attended"):
        said = translate(
            "Import", "Already on this meeting's list, as '{current}'; the answer becomes '{answer}', as the file says."
        ).format(current=STATUSES.label(status), answer=STATUSES.label(answer))
        skipped = replace(skipped, warnings=(*skipped.warnings, said), answer=answer)
    # The import said to add a spelling to "Also written as" and import again; the row was then skipped.
    kept = {spelling.casefold() for spelling in spellings_in(known.spellings.get(person_id, ""))}
    kept.add(row.values["name"].casefold())
    added = [s for s in spellings_in(row.values.get("other_spellings", "")) if s.casefold() not in kept]
    if added:
        said = translate("Import", "Already on this meeting's list; also written as {0} from now on, as the file says.")
        skipped = replace(skipped, warnings=(*skipped.warnings, said.format("; ".join(added))), spell="; ".join(added))
    level, current = row.values.get("anonymity", ""), known.levels.get(person_id, "")
    if not row.states_level or not level or protection(level) <= protection(current):
        return skipped  # a group the list writes otherwise says nothing of how they wish to be shown
    said = translate(
        "Import", "Already on this meeting's list, as '{current}'; they become '{level}', as the file says."
    ).format(current=ANONYMITY.label(current), level=ANONYMITY.label(level))
    return replace(skipped, warnings=(*skipped.warnings, said), protect=level)


def plan(
    db: Database,
    meeting_id: str,
    table: Table,
    mapping: dict[str, int | None] | None = None,
    group_choices: dict[str, str] | None = None,
) -> Plan:
    """What importing ``table`` into the meeting would do, row by row; writes nothing.

    ``group_choices`` maps group values as typed in the file to group ids (the facilitator's choices in
    the value-mapping step, or ``--map-group``); values mapped in earlier imports are used as well.
    """
    mapping = dict(mapping or guess_mapping(table.headers))
    if not names_mapped(mapping):
        raise UserError(
            translate(
                "Import",
                "{0} has no column for names. Name the column 'Name' (or 'First name' and 'Last name'), or "
                "choose it in the mapping.",
            ).format(table.source)
        )
    choices = {value: taxonomy.check_group(group) for value, group in (group_choices or {}).items()}
    groups = GroupMatcher(choices, group_names.remembered(db))
    with db.session() as session:
        begun = get_live(session, Meeting, meeting_id).starts_at <= utcnow()
        known = read_register(session, meeting_id)
    organisation_mapped = mapping.get("organisation") is not None
    questions = frozenset(
        name
        for name, question in (("anonymity", ANONYMOUS_QUESTION), ("status", PRESENCE_QUESTION))
        if mapping.get(name) is not None and question.match(simplified(table.headers[mapping[name]]))
    )
    above = _Above()
    placeholders = not_names()
    unknown: dict[str, list[Any]] = {}  # simplified value -> [first spelling, rows]
    planned: list[PlannedRow] = []
    for number, cells in zip(table.lines, table.rows, strict=True):
        raw = {name: clean(cells[index]).strip() if index is not None else "" for name, index in mapping.items()}
        parts = [raw.pop(part, "") for part in NAME_PARTS]
        raw["name"] = raw.get("name") or " ".join(part for part in parts if part)
        row = check_row(number, raw, groups, questions)
        if row.importable and row.values.get("status") == "attended" and not begun:
            said = translate("Import", "The meeting has not begun: imported as 'Confirmed', not 'Attended'.")
            row = replace(row, values={**row.values, "status": "confirmed"}, warnings=(*row.warnings, said))
        if number in table.hidden_lines:  # hidden in Excel, often to leave someone out: said, not guessed
            hidden = translate("Import", "This row is hidden in the workbook; it is imported like the others.")
            row = replace(row, warnings=(hidden, *row.warnings))
        if raw.get("stakeholder_group") and not row.values["stakeholder_group"]:
            unknown.setdefault(group_names.simplify(raw["stakeholder_group"]), [raw["stakeholder_group"], 0])[1] += 1
        if row.importable and person_key(row.values["name"], "")[0] in placeholders:
            row = replace(row, errors=(
                translate("Import", "'{0}' is how this app lists someone who is not named, not a name: nobody is "
                                    "imported. To invite the same people again, duplicate their meeting or invite "
                                    "them from the register.").format(row.values["name"]),
            ))  # fmt: skip
        elif row.importable:
            row = _matched(row, raw.get("stakeholder_group", ""), known, above, planned, organisation_mapped)
        planned.append(row)
    missing = tuple(name for name in ("organisation", "stakeholder_group") if mapping.get(name) is None)
    unknown_groups = {spelling: count for spelling, count in unknown.values()}
    used = {index for index in mapping.values() if index is not None}
    unused = tuple(header for index, header in enumerate(table.headers) if index not in used and str(header).strip())
    return Plan(meeting_id, table.source, mapping, tuple(planned), missing, unknown_groups, choices, unused)


class Outcome(Struct, frozen=True):
    """What an import wrote: counts for the message, and ids so that undo can take it back."""

    added: int
    merged: int
    skipped: int
    participation_ids: tuple[str, ...]
    person_ids: tuple[str, ...]  # people new to the register
    protected: int = 0  # people on the list already, now shown less of, as the file asked
    answered: tuple[tuple[str, str, str], ...] = ()  # places given the file's answer: (id, before, after)
    organisation_ids: tuple[str, ...] = ()  # organisations new to the register
    filled: tuple[tuple[str, dict[str, Any], dict[str, Any]], ...] = ()  # merged people: (id, before, after)


def apply(db: Database, planned: Plan) -> Outcome:
    """Write the importable rows of a plan the user confirmed, all in one transaction.

    The register is read again inside the write transaction, which holds SQLite's write lock from its
    start: a second import of the same list, running at the same time, waits and then finds everyone
    already on the list, so two imports give one set of people (the unique index on a person's place
    in a meeting backs this up).
    """
    added = merged = 0
    created: list[Participation] = []
    new_people: list[str] = []
    new_organisations: list[str] = []
    filled: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    organisation_mapped = planned.mapping.get("organisation") is not None
    with db.session(immediate=True) as session:
        get_live(session, Meeting, planned.meeting_id)
        known = read_register(session, planned.meeting_id)
        register = known.people
        organisation_ids = {
            o.name.casefold(): o.id for o in session.scalars(select(Organisation).where(~Organisation.deleted))
        }
        group_names.remember(session, planned.group_choices)
        for row in planned.importable:
            values = row.values
            key = person_key(values["name"], values.get("organisation", ""))
            existing = known.by_name(key, organisation_mapped)
            if known.listed_person(key, organisation_mapped) is not None:
                continue  # listed since the preview was made, by another import or by hand
            made = not (existing and (row.merge or not row.duplicate_of))
            if not made:
                person = get_live(session, Person, existing)
                before = {name: getattr(person, name) for name in FILLED_FIELDS}
                for name in PERSON_FIELDS:  # fill in what the register lacks; never overwrite
                    if values.get(name) and not getattr(person, name):
                        setattr(person, name, values[name])
                if values.get("other_spellings"):  # every spelling known of a name protects it: kept together
                    person.other_spellings = _with_spellings(person.other_spellings, values["other_spellings"])
                after = {name: getattr(person, name) for name in FILLED_FIELDS}
                if changed := {name for name in FILLED_FIELDS if before[name] != after[name]}:
                    filled.append((person.id, {n: before[n] for n in changed}, {n: after[n] for n in changed}))
                if row.states_level and protection(values.get("anonymity", "")) > protection(person.anonymity):
                    person.anonymity = values["anonymity"]  # more protected, never less
                merged += 1
            else:
                org_name = values.get("organisation", "")
                if org_name and org_name.casefold() not in organisation_ids:
                    organisation = Organisation(id=new_id(), name=org_name[: people.MAX_NAME],
                                                stakeholder_group=values.get("stakeholder_group", ""))  # fmt: skip
                    session.add(organisation)
                    organisation_ids[org_name.casefold()] = organisation.id
                    new_organisations.append(organisation.id)
                group = values.get("stakeholder_group", "")
                blank = {"anonymity": default_anonymity(group), "languages_spoken": [], "languages_read": []}
                # Every new person gets every field, so the rows share one INSERT and are written in batches.
                person = Person(
                    id=new_id(),
                    name=values["name"][: people.MAX_NAME],
                    organisation_id=organisation_ids.get(org_name.casefold()) if org_name else None,
                    stakeholder_group=group,
                    **{name: values.get(name, blank.get(name, "")) for name in PERSON_FIELDS},
                )
                session.add(person)
                new_people.append(person.id)
                register[key] = person.id
                known.named.setdefault(key[0], []).append(person.id)
                added += 1
            participation = place_in(
                session,
                planned.meeting_id,
                person.id,
                person_is_new=made,
                status=values.get("status", "invited"),
                caucus=values.get("caucus", "plenary"),
                interpretation_language=values.get("interpretation_language", ""),
            )
            known.places[person.id] = (participation.id, participation.status)
            created.append(participation)
        protected = _protect_listed(session, planned, known, organisation_mapped)
        answered = _answer_listed(session, planned, known, organisation_mapped)
        spelled = _spell_listed(session, planned, known, organisation_mapped)
    filled += spelled.values()
    skipped = len(planned.rows) - added - merged - len(protected | set(answered) | set(spelled))
    return Outcome(
        added, merged, skipped, tuple(p.id for p in created), tuple(new_people), len(protected),
        tuple(answered.values()), tuple(new_organisations), tuple(filled),
    )  # fmt: skip


def _answer_listed(
    session: Session, planned: Plan, known: Register, organisation_mapped: bool
) -> dict[int, tuple[str, str, str]]:
    """Give each listed person a row answers for the answer it gives (read again, in the write): each
    line that did, with its place and the place's status before and after, for undo."""
    changed = {}
    for row in planned.answers:
        person_id = _listed_person(row, known, organisation_mapped)
        place_id, status = known.places.get(person_id or "", ("", ""))
        if place_id and status not in (row.answer, "attended"):
            get_live(session, Participation, place_id).status = row.answer
            changed[row.line] = (place_id, status, row.answer)
    return changed


def _listed_person(row: PlannedRow, known: Register, organisation_mapped: bool) -> str | None:
    """The person of the meeting's list a row names, if any (:meth:`Register.listed_person`)."""
    return known.listed_person(person_key(row.values["name"], row.values.get("organisation", "")), organisation_mapped)


def _with_spellings(kept: str, added: str) -> str:
    """The spellings of a name kept, and those added after them: all of them, for each one protects."""
    return "; ".join(dict.fromkeys([*spellings_in(kept), *spellings_in(added)]))


def _spell_listed(
    session: Session, planned: Plan, known: Register, organisation_mapped: bool
) -> dict[int, tuple[str, dict[str, Any], dict[str, Any]]]:
    """Add to each listed person the spellings a row gives of their name (read again, in the write): each
    line that did, with the person's spellings before and after, for undo."""
    changed = {}
    for row in planned.spellings:
        person_id = _listed_person(row, known, organisation_mapped)
        person = session.get(Person, person_id) if person_id else None
        if person is None:
            continue
        before = person.other_spellings
        person.other_spellings = _with_spellings(before, row.spell)
        if person.other_spellings != before:
            changed[row.line] = (person.id, {"other_spellings": before}, {"other_spellings": person.other_spellings})
    return changed


def _protect_listed(session: Session, planned: Plan, known: Register, organisation_mapped: bool) -> set[int]:
    """Give each listed person a row asks it of the more protective level (read again, in the write): the
    lines that did."""
    protected = set()
    for row in planned.protections:
        person_id = _listed_person(row, known, organisation_mapped)
        person = session.get(Person, person_id) if person_id else None
        if person is not None and protection(row.protect) > protection(person.anonymity):
            person.anonymity = row.protect
            protected.add(row.line)
    return protected
