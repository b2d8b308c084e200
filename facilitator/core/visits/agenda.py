"""Findings feed the roundtable: "Propose agenda items" turns a meeting's visit findings into its agenda.

Findings are grouped by risk tag.  The debrief item (the meeting's first "site-visit debrief", made if
there is none) gets every group in its facilitator's notes; each group with a high or critical
finding also gets a discussion item of its own: an existing discussion item that carries the tag, or
a new one placed after the debrief.  The summaries are anonymised: a site, what was found, how it is
known and how severe; never who said it, nor how many people a conversation had.  Proposing again
rewrites the summary block, so it never doubles, and takes out the blocks of findings that are gone.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from msgspec import Struct, field
from sqlalchemy import select

from facilitator.core import positions, taxonomy
from facilitator.core.agenda import items
from facilitator.core.agenda.kinds import DISCUSSION_KINDS
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import AgendaItem, Meeting
from facilitator.core.records import get_live
from facilitator.core.visits import findings
from facilitator.core.visits.vocabulary import EVIDENCE, SEVERITIES
from facilitator.i18n import translate

DEBRIEF_MINUTES = 25
DISCUSSION_MINUTES = 30
DISCUSSED = frozenset({"high", "critical"})


def marker() -> str:
    """The line that starts the proposed block in an item's facilitator's notes."""
    return translate("Visits", "Findings from the site visits:")


class Proposal(Struct, frozen=True):
    """What proposing changed: items made, and the previous notes and tags of items edited (for undo)."""

    created: tuple[str, ...] = ()
    edited: dict[str, dict[str, Any]] = field(default_factory=dict)
    groups: int = 0


def _grouped(rows: list[findings.FindingRow]) -> OrderedDict[str, list[findings.FindingRow]]:
    by_tag: dict[str, list[findings.FindingRow]] = {}
    for row in rows:
        by_tag.setdefault(row.risk_tag, []).append(row)
    order = sorted(by_tag, key=lambda tag: (-max(r.severity_rank for r in by_tag[tag]), -len(by_tag[tag]), tag))
    return OrderedDict((tag, by_tag[tag]) for tag in order)


def _line(row: findings.FindingRow) -> str:
    return translate("Visits", "• {title} — {site} ({evidence}, {severity})").format(
        title=row.title, site=row.site_name, evidence=EVIDENCE.label(row.evidence).lower(),
        severity=SEVERITIES.label(row.severity).lower(),
    )  # fmt: skip


def summary(tag: str, rows: list[findings.FindingRow]) -> str:
    """One risk group in words for the facilitator's notes: no person, no headcount."""
    label = taxonomy.risk_tags()[tag].label if tag in taxonomy.risk_tags() else tag
    sites = sorted({r.site_name for r in rows})
    head = translate("Visits", "{risk} (findings: {count}), at {sites}").format(
        risk=label, count=len(rows), sites=", ".join(sites)
    )
    return "\n".join([head, *(_line(r) for r in sorted(rows, key=lambda r: -r.severity_rank))])


def _with_block(notes: str, block: str) -> str:
    kept = notes.split(marker(), 1)[0].rstrip()
    return f"{kept}\n\n{block}".strip() if kept else block


def propose(db: Database, meeting_id: str) -> Proposal:
    """Turn the findings of the meeting's visits into its agenda, in one transaction."""
    rows = findings.register(db, meeting_id=meeting_id)
    groups = _grouped(rows)
    created: list[str] = []
    edited: dict[str, dict[str, Any]] = {}
    touched: set[str] = set()  # items whose block stands as proposed
    with db.session() as session:
        get_live(session, Meeting, meeting_id)
        live = list(
            session.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
                .order_by(AgendaItem.day, AgendaItem.position)
            )
        )

        def edit(item: AgendaItem, block: str, tags: list[str]) -> None:
            notes = items.clean({"facilitator_notes": _with_block(item.facilitator_notes, block)})["facilitator_notes"]
            risk_tags = list(dict.fromkeys([*item.risk_tags, *tags]))
            if (notes, risk_tags) == (item.facilitator_notes, list(item.risk_tags)):
                touched.add(item.id)  # proposed again as it was: counted as given nothing new
                return
            edited.setdefault(item.id, {"facilitator_notes": item.facilitator_notes, "risk_tags": list(item.risk_tags)})
            item.facilitator_notes, item.risk_tags = notes, risk_tags

        def place_after(anchor: AgendaItem | None) -> tuple[int, str]:
            day = anchor.day if anchor else (live[-1].day if live else 0)
            same_day = [i for i in live if i.day == day]
            before = anchor.position if anchor else (same_day[-1].position if same_day else None)
            after = next((i.position for i in same_day if before is not None and i.position > before), None)
            return day, positions.key_between(before, after)

        def new_item(title: str, kind: str, minutes: int, anchor: AgendaItem | None) -> AgendaItem:
            day, position = place_after(anchor)
            values = items.clean({"title": title, "kind": kind, "planned_minutes": minutes, "interpretation": "none"})
            item = AgendaItem(meeting_id=meeting_id, day=day, position=position, **values)
            session.add(item)
            session.flush()
            live.append(item)
            live.sort(key=lambda i: (i.day, i.position))
            created.append(item.id)
            return item

        if not rows and not any(marker() in item.facilitator_notes for item in live):
            raise UserError(translate("Visits", "The visits of this meeting have no findings yet."))
        debrief = next((i for i in live if i.kind == "debrief"), None)
        if rows:  # with none left (their visits deleted), only the blocks of those gone are taken out
            debrief = debrief or new_item(
                translate("Visits", "What we saw on the site visits"), "debrief", DEBRIEF_MINUTES, None
            )
            block = "\n\n".join([marker(), *(summary(tag, group) for tag, group in groups.items())])
            edit(debrief, block, list(groups))
        anchor = debrief
        # An item that carries two of the risks discussed gets both summaries in one block (the second
        # replaced the first).
        discussed: dict[str, tuple[AgendaItem, list[str]]] = {}
        for tag, group in groups.items():
            if not any(r.severity in DISCUSSED for r in group):
                continue
            existing = next((i for i in live if i.kind in DISCUSSION_KINDS - {"debrief"} and tag in i.risk_tags), None)
            if existing is None:
                label = taxonomy.risk_tags()[tag].label if tag in taxonomy.risk_tags() else tag
                existing = new_item(
                    translate("Visits", "Discussion: {0}").format(label), "plenary", DISCUSSION_MINUTES, anchor
                )
                anchor = existing
            discussed.setdefault(existing.id, (existing, []))[1].append(tag)
        for item, tags in discussed.values():
            edit(item, "\n\n".join([marker(), *(summary(tag, groups[tag]) for tag in tags)]), tags)
        for item in live:  # a block of findings no longer there (their visit deleted): it goes too
            if item.id not in (*edited, *touched, *created) and marker() in item.facilitator_notes:
                edited[item.id] = {"facilitator_notes": item.facilitator_notes, "risk_tags": list(item.risk_tags)}
                item.facilitator_notes = item.facilitator_notes.split(marker(), 1)[0].rstrip()
    return Proposal(tuple(created), edited, len(groups))
