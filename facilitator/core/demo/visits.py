"""The demo's site visits of the days before the roundtable, and the commitments of an earlier one.

- 25 October 2023: a sandstone quarry near Bundi (announced), then a cobble yard in Budhpura where
  home-based women workers cut cobbles (semi-announced);
- 26 October: a processing unit in Kota (unannounced), where migrant workers were heard, with the
  manager standing by;
- a roundtable of November 2022 with five commitments, some kept, some overdue, one reopened.

Everything is invented.  Ids are derived from fixed names, like the rest of the demo.
"""

from __future__ import annotations

import hashlib
import io
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from facilitator.core.demo.roundtable import MEETING_ID, TIMEZONE, demo_id
from facilitator.core.meetings import to_utc
from facilitator.core.models import (
    ChecklistAnswer,
    Conversation,
    ConversationPoint,
    Finding,
    LedgerEntry,
    LedgerStatusChange,
    Meeting,
    Participation,
    Visit,
    VisitPhoto,
)
from facilitator.core.visits import checklists

EARLIER_MEETING_ID = demo_id("meeting/2022")
EARLIER_DAY = date(2022, 11, 15)
DELEGATION = ("buyer1", "buyer3", "intl_ngo_rep", "local_ngo_rep")

# key: (site, kind, supplier, village, district, (lat, lon), day, start, end, announcement, management)
VISITS = {
    "quarry": ("Dabi sandstone quarry", "quarry", "quarry", "Dabi", "Bundi", (25.19, 75.44), 25, "09:30", "12:30",
               "announced", "The quarry owner and his site supervisor"),
    "cobble_yard": ("Budhpura cobble yard", "cobble_yard", "exporter", "Budhpura", "Bundi", (25.13, 75.52), 25,
                    "15:00", "17:30", "semi_announced", "An agent of the exporter, for the first half hour"),
    "processing": ("Kota stone processing unit", "processing_unit", "processor", "Industrial Area", "Kota",
                   None, 26, "10:00", "13:00", "unannounced", "The unit manager"),
}  # fmt: skip
ANSWERS = {
    "quarry": {
        "ppe_masks": ("not_observed", "Two of about 40 drillers wore a mask; others had cloth over the mouth."),
        "ppe_eyes": ("partly", "Goggles at the splitting bench only."),
        "ppe_helmets": ("partly", ""),
        "ppe_boots": ("not_observed", "Sandals throughout."),
        "dust_suppression": ("not_observed", "All drilling was dry; dust clouds at every rig."),
        "drinking_water": ("partly", "One water tank at the gate, a long walk from the pit."),
        "toilets": ("not_observed", "No toilet at all; women said they go behind the spoil heaps."),
        "rest_shed": ("observed", "A tin shed by the office."),
        "first_aid": ("not_seen", "Said to be in the office, which was locked."),
        "id_cards": ("partly", "The supervisor holds the cards of some workers."),
        "wage_register": ("not_observed", "No register shown; pay is in cash."),
        "advances": ("not_seen", "Asked off-site, see the conversation."),
        "children": ("observed", "None seen, but the visit was announced the day before."),
        "hours": ("not_seen", ""),
        "workers_present": ("38", ""),
        "grievance": ("not_observed", "Nobody knew the union's phone line."),
    },
    "cobble_yard": {
        "ppe_masks": ("not_observed", "Hand-cutting at home, no masks."),
        "ppe_eyes": ("not_observed", ""),
        "drinking_water": ("partly", "A hand pump shared with the lane."),
        "toilets": ("not_observed", "No toilet near the yard."),
        "rest_shed": ("not_observed", "Work in the open, in the sun."),
        "id_cards": ("partly", ""),
        "wage_register": ("not_observed", "The agent counts the cobbles and pays in cash."),
        "advances": ("partly", "Some families owe the agent; written in his own book only."),
        "children": ("not_observed", "Girls of about 10 to 14 were cutting cobbles beside their mothers."),
        "workers_present": ("17", ""),
        "grievance": ("not_observed", ""),
    },
    "processing": {
        "ppe_masks": ("partly", "Masks at the saws, none at edge dressing."),
        "ppe_eyes": ("observed", ""),
        "ppe_helmets": ("observed", ""),
        "ppe_boots": ("partly", ""),
        "dust_suppression": ("partly", "Wet cutting at the gang saws; dry hand dressing of edges."),
        "drinking_water": ("observed", "Filtered water on every floor."),
        "toilets": ("partly", "One toilet, none for women."),
        "rest_shed": ("observed", ""),
        "first_aid": ("observed", "Kit stocked, dated this year."),
        "id_cards": ("observed", "Bank transfers for all 42 workers on the list."),
        "wage_register": ("partly", "A register for permanent workers; migrant workers are not in it."),
        "hours": ("not_observed", "Twelve-hour shifts, Sunday only every second week."),
        "workers_present": ("42", ""),
        "grievance": ("not_observed", ""),
    },
}
# Notes that tell of what workers said, or that they were asked, stay in the internal report; the
# delegation chose the others, what anyone on the site could see, for the supplier's report too.
INTERNAL_NOTES = {
    ("quarry", "toilets"), ("quarry", "advances"), ("quarry", "grievance"), ("cobble_yard", "advances"),
    ("processing", "wage_register"), ("processing", "hours"),
}  # fmt: skip
# key: (visit, group, women, men, language, interviewer, location, management, notes, quotes, retaliation, points)
CONVERSATIONS = {
    "quarry_drillers": ("quarry", "RH_WORKER", 0, 5, "raj", "woman", "off_site", False, True, False, True, (
        "c: drilling is dry; masks are handed out once a year and wear out in a week #OSH_SILICA",
        "c: an advance of 40,000 rupees from the contractor is repaid from wages, with nothing on paper #FORCED",
        "p: paid in cash by the piece, no pay slip #WAGES",
    )),
    "yard_women": ("cobble_yard", "RH_WOMEN_WORKER", 6, 0, "raj", "woman", "off_site", False, True, True, True, (
        '"we are paid per hundred cobbles, and the agent decides the count" #WAGES',
        "c: girls help cut cobbles after school; some no longer go to school #CHILD",
        "c: no toilet near the yard; women wait until dark #WASH",
    )),
    "kota_migrants": ("processing", "RH_MIGRANT", 0, 3, "or", "man", "on_site", True, True, False, True, (
        "p: came from Odisha through a labour agent; no contract and no social security #MIGRANT #CONTRACTS",
        "p: twelve-hour shifts, overtime paid at the normal rate #HOURS",
    )),
}  # fmt: skip
# key: (visit, title, tag, severity, evidence, status, answer item or "", point (conversation, index) or None)
FINDINGS = {
    "quarry_dry_drilling": ("quarry", "Drilling is dry at every rig", "OSH_SILICA", "critical", "observed", "confirmed",
                            "dust_suppression", None),
    "quarry_masks": ("quarry", "Almost no drillers wear dust masks", "OSH_SILICA", "high", "observed", "confirmed",
                     "ppe_masks", None),
    "quarry_toilets": ("quarry", "No toilet at the quarry", "WASH", "high", "observed", "open", "toilets", None),
    "quarry_advances": ("quarry", "Unwritten advances repaid from wages", "FORCED", "high", "heard", "open", "",
                        ("quarry_drillers", 1)),
    "quarry_cash": ("quarry", "No wage register; cash pay by the piece", "WAGES", "medium", "observed", "open",
                    "wage_register", None),
    "yard_children": ("cobble_yard", "Girls cut cobbles beside their mothers", "CHILD", "critical", "observed",
                      "confirmed", "children", None),
    "yard_piece_rates": ("cobble_yard", "The agent sets the count of paid cobbles", "WAGES", "high", "heard", "open",
                         "", ("yard_women", 0)),
    "yard_toilets": ("cobble_yard", "No toilet near the cobble yard", "WASH", "high", "observed", "open", "toilets",
                     None),
    "kota_migrants": ("processing", "Migrant workers without contracts or social security", "CONTRACTS", "high",
                      "heard", "open", "", ("kota_migrants", 0)),
    "kota_hours": ("processing", "Twelve-hour shifts", "HOURS", "medium", "observed", "open", "hours", None),
    "kota_edges": ("processing", "Dry edge dressing without masks", "OSH_SILICA", "medium", "observed", "open",
                   "dust_suppression", None),
}  # fmt: skip
EARLIER_PEOPLE = ("buyer1", "buyer2", "supplier_quarry", "supplier_processor", "supplier_exporter", "union_rep",
                  "local_ngo_rep", "facilitator")  # fmt: skip
# key: (description, owner organisation key, due, risk tags, [(status, on, by, reason, evidence, verified on)])
COMMITMENTS = {
    "masks": ("Give every driller an FFP2 mask and replace it every month", "quarry", date(2023, 3, 31),
              ("OSH_SILICA",), [("in_progress", date(2023, 2, 10), "Ramesh Choudhary", "First masks bought", "", "")]),
    "bank_accounts": ("Issue ID cards and pay every worker on the register into a bank account", "processor",
                      date(2023, 6, 30), ("CONTRACTS", "WAGES"), [
                          ("in_progress", date(2023, 1, 20), "Sunil Jain", "Bank camp held at the unit", "", ""),
                          ("done", date(2023, 6, 20), "Sunil Jain", "All accounts open",
                           "Bank list of 42 workers, shared with Shram Sahyog Kendra", ""),
                          ("verified", date(2023, 10, 26), "Marieke de Vries", "Transfers seen in the register",
                           "", "processing"),
                      ]),
    "toilets": ("Build separate toilets for women at the Budhpura cobble yard", "exporter", date(2023, 5, 31),
                ("WASH",), []),
    "grievance": ("Run a grievance phone line in Hindi and Rajasthani, its number at every quarry gate", "union",
                  date(2023, 4, 30), ("REMEDY",), [
                      ("done", date(2023, 4, 15), "Mohan Lal Meena", "Line opened", "Number painted at two gates", ""),
                      ("reopened", date(2023, 10, 25), "Esther Mulder",
                       "Workers at the Dabi quarry did not know the number", "", ""),
                  ]),
    "wet_drilling": ("Fit water to every drill rig at the Dabi quarry", "quarry", date(2023, 9, 30),
                     ("OSH_SILICA",), [
                         ("referred", date(2023, 8, 10), "Priya Sharma",
                          "No progress; referred to the labour department's inspectorate", "", ""),
                     ]),
}  # fmt: skip
REMEDIATION = {
    "yard_children": ("Find every child cutting cobbles for the exporter's agents and get them back to school, "
                      "with the families' lost income made good", "exporter", date(2024, 3, 31)),
    "kota_migrants": ("Give the migrant workers written contracts and register them for social security",
                      "processor", date(2024, 1, 31)),
}  # fmt: skip


def _local(day: int, clock: str) -> datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    return to_utc(datetime(2023, 10, day, hour, minute), TIMEZONE)


def photo_bytes() -> bytes:
    """A small drawn picture (a drill rig in dust): the demo needs a photo without anyone in it."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 320), (214, 196, 170))
    draw = ImageDraw.Draw(image)
    draw.rectangle((200, 90, 240, 260), fill=(90, 90, 96))
    draw.polygon([(150, 260), (300, 260), (225, 230)], fill=(120, 110, 100))
    for step in range(12):
        draw.ellipse((230 + step * 12, 200 - step * 9, 290 + step * 14, 240 - step * 7), fill=(236, 228, 214))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def seed_visits(session: Session) -> None:
    """The visits, their checklists, conversations and findings, and the earlier roundtable's ledger."""
    template = checklists.get_builtin("natural_stone")
    for key, (site, kind, supplier, village, district, place, day, start, end, announced, management) in VISITS.items():
        session.add(
            Visit(
                id=demo_id(f"visit/{key}"), meeting_id=MEETING_ID, site_name=site, site_kind=kind,
                supplier_organisation_id=demo_id(f"org/{supplier}"), village=village, district=district,
                latitude=place[0] if place else None, longitude=place[1] if place else None,
                starts_at=_local(day, start), ends_at=_local(day, end), timezone=TIMEZONE, announcement=announced,
                delegation_person_ids=[demo_id(f"person/{p}") for p in DELEGATION],
                interpreter_person_id=demo_id("person/interpreter"), management_present=management,
                template_id=template.id, checklist=template.snapshot(),
            )
        )  # fmt: skip
    session.flush()
    for key, answers in ANSWERS.items():
        for item, (answer, note) in answers.items():
            session.add(
                ChecklistAnswer(
                    id=_answer_id(key, item), visit_id=demo_id(f"visit/{key}"), item_key=item, answer=answer,
                    note=note, note_for_supplier=bool(note) and (key, item) not in INTERNAL_NOTES,
                )
            )  # fmt: skip
    content = photo_bytes()
    session.add(
        VisitPhoto(
            id=demo_id("visit/quarry/photo/dry_drilling"), visit_id=demo_id("visit/quarry"),
            item_key="dust_suppression", caption="Dry drilling at the north face", person_ids=[], width=480,
            height=320, sha256=hashlib.sha256(content).hexdigest(), content=content,
        )
    )  # fmt: skip
    for key, (visit, group, women, men, language, interviewer, location, management, notes, quotes, risk,
              points) in CONVERSATIONS.items():  # fmt: skip
        _seed_conversation(session, key, visit, group, women, men, language, interviewer, location, management,
                           notes, quotes, risk, points)  # fmt: skip
    session.flush()
    for key, (visit, title, tag, severity, evidence, status, item, point) in FINDINGS.items():
        session.add(
            Finding(
                id=demo_id(f"finding/{key}"), visit_id=demo_id(f"visit/{visit}"), title=title, risk_tag=tag,
                severity=severity, evidence=evidence, status=status,
                answer_id=_answer_id(visit, item) if item else None,
                point_id=demo_id(f"conversation/{point[0]}/point/{point[1]}") if point else None,
            )
        )  # fmt: skip
    session.flush()
    _seed_earlier_roundtable(session)


def _answer_id(visit: str, item: str) -> str:
    from facilitator.core.visits.visits import answer_id

    return answer_id(demo_id(f"visit/{visit}"), item)


def _seed_conversation(session: Session, key: str, visit: str, group: str, women: int, men: int, language: str,
                       interviewer: str, location: str, management: bool, notes: bool, quotes: bool, risk: bool,
                       points: tuple[str, ...]) -> None:  # fmt: skip
    from facilitator.core.live import notes as note_grammar

    visit_row = session.get(Visit, demo_id(f"visit/{visit}"))
    session.add(
        Conversation(
            id=demo_id(f"conversation/{key}"), visit_id=visit_row.id, stakeholder_group=group, women=women, men=men,
            language=language, interviewer_gender=interviewer, interpreter_person_id=demo_id("person/interpreter"),
            location=location, management_present=management, consent_notes=notes, consent_quotes=quotes,
            retaliation_risk=risk, held_at=visit_row.starts_at + timedelta(hours=1),
        )
    )  # fmt: skip
    session.flush()
    for number, line in enumerate(points):
        parsed = note_grammar.parse(line, {})
        session.add(
            ConversationPoint(
                id=demo_id(f"conversation/{key}/point/{number}"), conversation_id=demo_id(f"conversation/{key}"),
                kind=parsed.kind, body=parsed.body, risk_tags=list(parsed.risk_tags),
                taken_at=visit_row.starts_at + timedelta(hours=1, minutes=5 * number),
            )
        )  # fmt: skip


def _seed_earlier_roundtable(session: Session) -> None:
    session.add(
        Meeting(
            id=EARLIER_MEETING_ID, title="Roundtable on dust and wages in Bundi and Kota (2022)",
            purpose="First steps on masks, bank accounts, toilets and a grievance line.", country="IN", city="Bundi",
            venue="Circuit House, Bundi", starts_at=to_utc(datetime(2022, 11, 15, 10), TIMEZONE),
            ends_at=to_utc(datetime(2022, 11, 15, 16), TIMEZONE), timezone=TIMEZONE, languages=["hi", "en"],
            status="closed", archived=True, facilitator_independent=True,
        )
    )  # fmt: skip
    session.flush()
    for key in EARLIER_PEOPLE:
        session.add(
            Participation(
                id=demo_id(f"participation/2022/{key}"), meeting_id=EARLIER_MEETING_ID,
                person_id=demo_id(f"person/{key}"), status="attended",
                role="facilitator" if key == "facilitator" else "participant",
            )
        )  # fmt: skip
    session.flush()
    for key, (description, owner, due, tags, steps) in COMMITMENTS.items():
        entry_id = demo_id(f"ledger/{key}")
        session.add(
            LedgerEntry(
                id=entry_id, kind="commitment", description=description, owner_organisation_id=demo_id(f"org/{owner}"),
                due=due, meeting_id=EARLIER_MEETING_ID, risk_tags=list(tags), agreed_on=EARLIER_DAY,
            )
        )  # fmt: skip
        session.flush()
        _status(session, entry_id, 0, "open", EARLIER_DAY, "Aditi Rao", "Agreed at the 2022 roundtable", "", "")
        for number, (status, on, by, reason, evidence, verified) in enumerate(steps, start=1):
            _status(session, entry_id, number, status, on, by, reason, evidence, verified)
    for finding, (description, owner, due) in REMEDIATION.items():
        entry_id = demo_id(f"ledger/remediation/{finding}")
        session.add(
            LedgerEntry(
                id=entry_id, kind="remediation", description=description, owner_organisation_id=demo_id(f"org/{owner}"),
                due=due, meeting_id=MEETING_ID, finding_id=demo_id(f"finding/{finding}"),
                risk_tags=[FINDINGS[finding][2]], agreed_on=date(2023, 10, 27),
            )
        )  # fmt: skip
        session.flush()
        _status(
            session, entry_id, 0, "open", date(2023, 10, 27), "Aditi Rao", "Asked for after the site visits", "", ""
        )


def _status(session: Session, entry_id: str, number: int, status: str, on: date, by: str, reason: str, evidence: str,
            verified: str) -> None:  # fmt: skip
    session.add(
        LedgerStatusChange(
            id=demo_id(f"{entry_id}/status/{number}"), entry_id=entry_id, status=status, changed_on=on, changed_by=by,
            reason=reason, evidence=evidence, verified_visit_id=demo_id(f"visit/{verified}") if verified else None,
        )
    )  # fmt: skip
