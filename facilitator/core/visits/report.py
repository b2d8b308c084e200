"""What a visit report shows, decided once per audience: the internal report and the supplier's.

The internal report is the delegation's own record: every answer and note, each conversation's
setting (group, how many women and men, language, interviewer, on- or off-site, management present,
the retaliation flag), its points and consented quotes, and every photo; in its typed text someone who
asked not to be named is their group.

The supplier-facing report carries nothing that could identify a worker: conversations only as a
count per group of K people or more (K, the meeting's small-cell size; smaller groups are counted
together without their names, and not at all while fewer than K in all), no language, place, time
or interviewer of a conversation, no name, and no words of any point:
what was heard is aggregated, as the number of points per risk.  Points of a conversation flagged
for retaliation risk, held with management present or without consent to notes, or of a group of
fewer than K people in all are not even counted, and the findings made from them stay internal.
Only photos with nobody in them are shown, only the items that were answered, and of their notes
only those the delegation chose for the supplier ("Asked off-site, see the conversation" would tell
a quarry owner that workers were asked away from the site).  Any free text (a checklist note, a
finding, a commitment) that names someone who asked not to be named is replaced by a line that
says so.
People are shown through :mod:`facilitator.core.disclosure`.  Both list the findings and commitments.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from msgspec import Struct, field, structs
from sqlalchemy import select

from facilitator.core import disclosure, taxonomy, vocabulary
from facilitator.core.db import Database
from facilitator.core.disclosure import Audience
from facilitator.core.ledger import entries
from facilitator.core.ledger.status import STATUSES
from facilitator.core.live.notes import KINDS as POINT_KINDS
from facilitator.core.meetings import to_local
from facilitator.core.models import Meeting, Organisation, Person, Visit
from facilitator.core.participants.vocabulary import GENDERS, group_label
from facilitator.core.visits import conversations, findings, photos, visits
from facilitator.core.visits.vocabulary import ANNOUNCEMENT, ANSWERS, EVIDENCE, LOCATIONS, SEVERITIES, SITE_KINDS
from facilitator.i18n import translate


class ReportAudience(StrEnum):
    INTERNAL = "internal"
    SUPPLIER = "supplier"

    @property
    def disclosure(self) -> Audience:
        return Audience.INTERNAL if self is ReportAudience.INTERNAL else Audience.SHAREABLE


class AnswerLine(Struct, frozen=True):
    """One answered checklist item in a visit report."""

    section: str
    label: str
    answer: str
    note: str
    photo_ids: tuple[str, ...]
    in_supplier_report: bool  # the note too: chosen for the supplier, of an item answered


class TalkLine(Struct, frozen=True):
    """One conversation (internal) or one group's conversations (supplier)."""

    group: str
    conversations: int
    people: str
    setting: str = ""
    warnings: tuple[str, ...] = ()


class PointLine(Struct, frozen=True):
    """One point heard in a conversation, as a visit report may show it."""

    group: str
    kind: str
    body: str
    risk_tags: tuple[str, ...]


class HeardLine(Struct, frozen=True):
    """What was heard about one risk, aggregated: how many points, from how many groups."""

    risk: str
    points: int
    groups: int


class VisitReport(Struct, frozen=True):
    """A visit report for one audience, with only what that audience may see."""

    audience: ReportAudience
    visit_id: str
    site: str
    site_kind: str
    supplier: str
    place: str
    starts: datetime
    ends: datetime
    timezone: str
    announcement: str
    management: str
    delegation: tuple[str, ...]
    interpreter: str
    template: str
    answers: tuple[AnswerLine, ...]
    photos: tuple[photos.PhotoRow, ...]
    talks: tuple[TalkLine, ...]
    points: tuple[PointLine, ...]
    findings: tuple[findings.FindingRow, ...]
    commitments: tuple[entries.EntryRow, ...]
    withheld: tuple[str, ...] = field(default_factory=tuple)  # what the supplier's version leaves out, said once
    min_group_size: int = disclosure.DEFAULT_MIN_GROUP_SIZE
    heard: tuple[HeardLine, ...] = ()  # the supplier's version of the points

    @property
    def internal(self) -> bool:
        return self.audience is ReportAudience.INTERNAL


def shown_people(db: Database, ids: list[str], audience: ReportAudience) -> list[str]:
    if not ids:
        return []
    policy = disclosure.for_members((), audience.disclosure)
    with db.session() as session:
        rows = {
            person.id: (person, organisation)
            for person, organisation in session.execute(
                select(Person, Organisation.name)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.id.in_(ids))
            )
        }
        levels = disclosure.hidden_levels(session)
    shown = []
    for person_id in ids:
        if person_id not in rows:
            continue
        person, organisation = rows[person_id]
        level = levels.get(person_id, person.anonymity)
        if level != "named":  # the delegation's own papers too show them as their group, and no employer
            group = person.stakeholder_group
            shown.append(group_label(group) if group else disclosure.member_word(""))
            continue
        identity = policy.identity(level, person.name, organisation or "", person.stakeholder_group)
        shown.append(f"{identity.label} ({identity.organisation})" if identity.organisation else identity.label)
    return shown


def _setting(row: conversations.ConversationRow) -> str:
    language = vocabulary.LANGUAGES.label(row.language) if row.language else translate("Visits", "language not noted")
    interviewer = GENDERS.label(row.interviewer_gender) if row.interviewer_gender else ""
    parts = [
        conversations.people_count(row.women, row.men),
        language,
        LOCATIONS.label(row.location),
        translate("Visits", "interviewer: {0}").format(interviewer.lower()) if interviewer else "",
        translate("Visits", "consent to quotes") if row.consent_quotes else translate("Visits", "no quotes"),
    ]
    return ", ".join(part for part in parts if part)


def _points_shown(row: conversations.ConversationRow, audience: ReportAudience, group_size: int, k: int) -> bool:
    if audience is ReportAudience.INTERNAL:
        return True
    return row.consent_notes and not row.retaliation_risk and not row.management_present and group_size >= k


def _screen(db: Database, audience: ReportAudience):  # type: ignore[no-untyped-def]
    """A function that, for the internal report, puts the group of someone who asked not to be named in
    place of their name (or a distinctive part of it) and withholds their phone and e-mail: the report
    leaves the laptop with the delegation.  For the supplier's it replaces whole any such text, and any
    with a phone number or an e-mail address in it, whoever's it is."""
    if audience is ReportAudience.INTERNAL:

        def as_group(_level: str, _name: str, group: str) -> str:
            return "[" + (group_label(group) if group else disclosure.member_word("")) + "]"

        with db.session() as session:
            found, contacts, roles = disclosure.register_redactions(session, disclosure.SHAREABLE_PEOPLE, as_group)
            organisations = disclosure.organisation_redactions(session)
        names = [words for words, _label in found]
        return disclosure.Redactor([*found, *roles, *organisations], contacts, names=names)
    with db.session() as session:
        redact = disclosure.typed_text(session, disclosure.SHAREABLE_PEOPLE)
    withheld = translate(
        "Visits", "(withheld: it names someone who asked not to be named, or gives a phone or an address)"
    )
    return lambda text: withheld if redact(text) != text else text


def build(db: Database, visit_id: str, audience: ReportAudience) -> VisitReport:
    """The report of one visit as ``audience`` may read it."""
    visit = visits.get(db, visit_id)
    with db.session() as session:
        supplier = session.get(Organisation, visit.supplier_organisation_id) if visit.supplier_organisation_id else None
    k = _min_group_size(db, visit)
    screen = _screen(db, audience)
    pictures = [
        structs.replace(p, caption=screen(p.caption))
        for p in photos.photos(db, visit_id)
        if photos.shown_to(p, audience.disclosure)
    ]
    shown_ids = {p.id for p in pictures}
    by_item: dict[str, list[str]] = {}
    for picture in pictures:
        by_item.setdefault(picture.item_key, []).append(picture.id)
    lines = []
    for row in visits.answers(db, visit_id):
        if audience is ReportAudience.SUPPLIER and not row.answer:
            continue
        reaches = _note_reaches_supplier(row)
        lines.append(
            AnswerLine(
                row.item.section,
                row.item.label,
                screen(row.answer) if row.item.type != "observation" else ANSWERS.label(row.answer),
                screen(row.note) if audience is ReportAudience.INTERNAL or reaches else "",
                tuple(by_item.get(row.item.name, ())),
                reaches,
            )
        )
    answers = tuple(lines)
    talks_rows = conversations.rows(db, visit_id)
    talks: list[TalkLine] = []
    group_sizes: dict[str, int] = {}
    for row in talks_rows:
        group_sizes[row.group] = group_sizes.get(row.group, 0) + row.people
    if audience is ReportAudience.INTERNAL:
        for row in talks_rows:
            warnings = tuple(conversations.warnings(conversations.get(db, row.id)))
            talks.append(TalkLine(group_label(row.group), 1, str(row.people), _setting(row), warnings))
    else:
        per_group: dict[str, list[conversations.ConversationRow]] = {}
        for row in talks_rows:
            per_group.setdefault(row.group, []).append(row)
        small: list[conversations.ConversationRow] = []
        for group, rows in per_group.items():
            if sum(r.people for r in rows) >= k:
                talks.append(TalkLine(group_label(group), len(rows), str(sum(r.people for r in rows))))
            else:
                small += rows
        # A group of fewer than K is not named: that two migrant cutters spoke would be enough to find
        # them.  Such groups are counted together, and not at all while fewer than K in all.
        if sum(r.people for r in small) >= k:
            others = translate("Visits", "Other groups, together")
            talks.append(TalkLine(others, len(small), str(sum(r.people for r in small))))
    points = tuple(
        PointLine(group_label(row.group), POINT_KINDS.label(point.kind), screen(point.body), tuple(point.risk_tags))
        for row in talks_rows
        if _points_shown(row, audience, group_sizes[row.group], k)
        for point in row.points
        if point.kind != "quote" or row.consent_quotes
    )
    heard: tuple[HeardLine, ...] = ()
    if audience is ReportAudience.SUPPLIER:
        heard = _aggregated(points)
        points = ()
    every_finding = findings.register(db, visit_id=visit_id)
    heard_in_quiet: set[str] = set()
    if audience is ReportAudience.SUPPLIER:
        heard_in_quiet = _findings_heard_outside(db, {f.id for f in every_finding}, _talks_shown(talks_rows, k))
    found = tuple(
        structs.replace(f, title=screen(f.title), detail=screen(f.detail))
        for f in every_finding
        if f.id not in heard_in_quiet
    )
    finding_ids = {f.id for f in every_finding}
    remediation = _remediation_for(db, finding_ids)
    commitments = tuple(
        structs.replace(row, description=screen(row.description))
        for row in entries.rows(db, audience=audience.disclosure)
        if row.id in remediation
        or (visit.supplier_organisation_id and row.owner_organisation_id == visit.supplier_organisation_id)
    )
    withheld = ()
    if audience is ReportAudience.SUPPLIER:
        withheld = (
            translate(
                "Visits",
                "To protect the workers who spoke with the delegation, this report gives no names, no time, place "
                "or language of any conversation, only the number of people per group of {0} or more (smaller "
                "groups are counted together, and not at all while fewer than {0} in all), and what was heard "
                "only as the number of points per risk. Conversations with a risk of retaliation, with "
                "management present or without consent to notes are not counted there, nor are those with a "
                "group of which fewer than {0} people were spoken with in all; nor are the findings heard in "
                "them, and this report does not say how many there are.",
            ).format(k),
        )  # a count ("one finding is kept back") told a quarry owner that a complaint was held back, and where
    place = ", ".join(part for part in (visit.village, visit.district) if part)
    return VisitReport(
        audience, visit.id, screen(visit.site_name), SITE_KINDS.label(visit.site_kind),
        supplier.name if supplier else "", screen(place), to_local(visit.starts_at, visit.timezone),
        to_local(visit.ends_at, visit.timezone), visit.timezone, ANNOUNCEMENT.label(visit.announcement),
        screen(visit.management_present), tuple(shown_people(db, list(visit.delegation_person_ids), audience)),
        ", ".join(shown_people(db, [visit.interpreter_person_id], audience)) if visit.interpreter_person_id else "",
        visits.template_of(visit).title, answers, tuple(p for p in pictures if p.id in shown_ids), tuple(talks),
        points, found, commitments, withheld, k, heard,
    )  # fmt: skip


def _note_reaches_supplier(row: visits.AnswerRow) -> bool:
    """Ticked for the supplier, and of an item answered: the supplier's report lists only those."""
    return bool(row.note and row.note_for_supplier and row.answer)


def _aggregated(points: tuple[PointLine, ...]) -> tuple[HeardLine, ...]:
    """Points counted per risk (a point without a risk tag counts under "other"), most heard first."""
    tags = taxonomy.risk_tags()
    counts: dict[str, list[int | set[str]]] = {}
    for point in points:
        for tag in point.risk_tags or ("",):
            entry = counts.setdefault(tag, [0, set()])
            entry[0] += 1
            entry[1].add(point.group)
    label = {tag: (tags[tag].label if tag in tags else tag) or translate("Visits", "Other") for tag in counts}
    return tuple(
        HeardLine(label[tag], number, len(groups))
        for tag, (number, groups) in sorted(counts.items(), key=lambda pair: (-pair[1][0], label[pair[0]]))
    )


def _findings_heard_outside(db: Database, finding_ids: set[str], shown_talks: set[str]) -> set[str]:
    """Of these findings, those made from a point of any conversation but the shown ones: one deleted since
    keeps its findings from the supplier as it did while it stood."""
    from facilitator.core.models import ConversationPoint, Finding

    if not finding_ids:
        return set()
    with db.session() as session:
        made = session.execute(
            select(Finding.id, ConversationPoint.conversation_id)
            .join(ConversationPoint, ConversationPoint.id == Finding.point_id)
            .where(Finding.id.in_(finding_ids))
        )
        return {finding_id for finding_id, talk_id in made if talk_id not in shown_talks}


def _min_group_size(db: Database, visit: Visit) -> int:
    """The K of the meeting a visit prepares, or the default for a visit of no meeting."""
    with db.session() as session:
        meeting = session.get(Meeting, visit.meeting_id) if visit.meeting_id else None
        return meeting.min_group_size if meeting else disclosure.DEFAULT_MIN_GROUP_SIZE


def _talks_shown(talks: list[conversations.ConversationRow], k: int) -> set[str]:
    """The conversations whose points the supplier's report counts."""
    sizes: dict[str, int] = {}
    for row in talks:
        sizes[row.group] = sizes.get(row.group, 0) + row.people
    return {row.id for row in talks if _points_shown(row, ReportAudience.SUPPLIER, sizes[row.group], k)}


def kept_from_supplier(db: Database, visit_id: str, finding_ids: set[str] | None = None) -> set[str]:
    """Of a visit's findings (``finding_ids``, or all), those the supplier's report leaves out (heard where
    workers could be put at risk): a remedy asked of the supplier for one of them must not repeat it."""
    visit = visits.get(db, visit_id)
    if finding_ids is None:
        finding_ids = {f.id for f in findings.register(db, visit_id=visit_id)}
    talks = _talks_shown(conversations.rows(db, visit_id), _min_group_size(db, visit))
    return _findings_heard_outside(db, finding_ids, talks)


def shared_register(db: Database, supplier_id: str | None = None) -> tuple[list[findings.FindingRow], int]:
    """The risk register as it may leave the laptop (the command line prints it): the findings each
    supplier's report shows, their text screened as there, and how many are left out."""
    rows = findings.register(db, supplier_id=supplier_id)
    by_visit: dict[str, set[str]] = {}
    for row in rows:
        by_visit.setdefault(row.visit_id, set()).add(row.id)
    kept = set().union(*(kept_from_supplier(db, visit_id, ids) for visit_id, ids in by_visit.items()))
    screen = _screen(db, ReportAudience.SUPPLIER)
    shown = [
        structs.replace(row, title=screen(row.title), detail=screen(row.detail), site_name=screen(row.site_name))
        for row in rows
        if row.id not in kept
    ]
    return shown, len(rows) - len(shown)


def _remediation_for(db: Database, finding_ids: set[str]) -> set[str]:
    from facilitator.core.models import LedgerEntry

    if not finding_ids:
        return set()
    with db.session() as session:
        return set(
            session.scalars(
                select(LedgerEntry.id).where(LedgerEntry.finding_id.in_(finding_ids), LedgerEntry.deleted.is_(False))
            )
        )


def as_json(report: VisitReport) -> dict[str, Any]:
    """The report as plain values (the command line's ``--json``)."""
    tags = taxonomy.risk_tags()
    return {
        "audience": report.audience.value,
        "visit": report.visit_id,
        "site": report.site,
        "kind": report.site_kind,
        "supplier": report.supplier,
        "place": report.place,
        "starts": report.starts.isoformat(),
        "ends": report.ends.isoformat(),
        "timezone": report.timezone,
        "announcement": report.announcement,
        "management_accompanying": report.management,
        "delegation": list(report.delegation),
        "interpreter": report.interpreter,
        "checklist": [
            {
                "section": a.section,
                "item": a.label,
                "answer": a.answer,
                "note": a.note,
                "in_supplier_report": a.in_supplier_report,
                "photos": len(a.photo_ids),
            }
            for a in report.answers
        ],
        "conversations": [
            {
                "group": t.group,
                "conversations": t.conversations,
                "people": t.people,
                "setting": t.setting,
                "warnings": list(t.warnings),
            }
            for t in report.talks
        ],
        "points": [
            {"group": p.group, "kind": p.kind, "text": p.body, "risk_tags": list(p.risk_tags)} for p in report.points
        ],
        "findings": [
            {
                "id": f.id,
                "title": f.title,
                "risk": tags[f.risk_tag].label if f.risk_tag in tags else f.risk_tag,
                "severity": SEVERITIES.label(f.severity),
                "evidence": EVIDENCE.label(f.evidence),
                "status": f.status,
            }
            for f in report.findings
        ],
        "commitments": [
            {
                "description": c.description,
                "owner": entries.shown_owner(c, report.audience.disclosure),
                "due": c.due.isoformat() if c.due else None,
                "status": STATUSES.label(c.status),
                "overdue": c.overdue,
            }
            for c in report.commitments
        ],
        "heard": [{"risk": h.risk, "points": h.points, "groups": h.groups} for h in report.heard],
        "withheld": list(report.withheld),
    }


def check_audience(text: str) -> ReportAudience:
    try:
        return ReportAudience(text)
    except ValueError as exc:
        from facilitator.core.errors import UserError

        raise UserError(translate("Visits", "Unknown audience {0}: use internal or supplier.").format(text)) from exc
