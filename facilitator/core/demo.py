"""The demo roundtable: a day of dialogue on labour risks in Rajasthan's sandstone chain.

Modelled on the SER pilot in which five importers, local and international NGOs and Indian suppliers
met after visiting quarries and cobble yards (brief, section 0).  Every organisation and person here
is invented.  Ids are derived from fixed names, so seeding twice finds what the first run made.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from facilitator.core import positions
from facilitator.core.db import Database
from facilitator.core.meetings import to_utc
from facilitator.core.models import (
    AgendaItem,
    Consent,
    InclusionSettings,
    Meeting,
    Organisation,
    Participation,
    Person,
)

NAMESPACE = uuid.UUID("5f6b8a4e-2f57-4a51-9f0e-6d1c1b2a7e10")
TIMEZONE = "Asia/Kolkata"


def demo_id(name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, name))


MEETING_ID = demo_id("meeting")


@dataclass(frozen=True)
class DemoPerson:
    key: str
    name: str
    organisation: str | None
    group: str
    role: str
    gender: str
    speaks: tuple[str, ...]
    reads: tuple[str, ...]
    participation_role: str = "participant"
    session: str = "plenary"
    anonymity: str = "named"
    literacy_needs: str = ""
    interpretation: str = ""
    is_proxy: bool = False


ORGANISATIONS = {
    # key: (name, stakeholder group, country)
    "steenhuis": ("Steenhuis Natuursteen BV", "BIZ_BUYER", "NL"),
    "vandijk": ("Van Dijk Stone Import BV", "BIZ_BUYER", "NL"),
    "brabant": ("Brabant Graniet & Zandsteen", "BIZ_BUYER", "NL"),
    "flanders": ("Flanders Stone Trading NV", "BIZ_BUYER", "BE"),
    "hardsteen": ("Hollandse Hardsteen BV", "BIZ_BUYER", "NL"),
    "quarry": ("Bundi Sandstone Quarries", "BIZ_SUPPLIER_MGMT", "IN"),
    "processor": ("Kota Stone Processing Works", "BIZ_SUPPLIER_MGMT", "IN"),
    "exporter": ("Rajputana Stone Exports Pvt Ltd", "BIZ_SUPPLIER_MGMT", "IN"),
    "union": ("Rajasthan Pathar Khan Mazdoor Union", "REP_UNION", "IN"),
    "committee": ("Budhpura Quarry Workers' Committee", "REP_WORKER_COMMITTEE", "IN"),
    "local_ngo": ("Shram Sahyog Kendra", "CSO_LOCAL", "IN"),
    "intl_ngo": ("Fair Stone Watch", "CSO_INTL", "NL"),
    "labour_dept": ("Labour Department, Government of Rajasthan", "DB_GOVERNMENT", "IN"),
    "facilitation": ("Samvaad Dialogue Partners", "FACILITATOR", "IN"),
}

PEOPLE = (
    DemoPerson(
        "buyer1", "Marieke de Vries", "steenhuis", "BIZ_BUYER", "CSR manager", "woman", ("nl", "en"), ("nl", "en")
    ),
    DemoPerson("buyer2", "Joost van Dijk", "vandijk", "BIZ_BUYER", "Director", "man", ("nl", "en"), ("nl", "en")),
    DemoPerson(
        "buyer3", "Sanne Bakker", "brabant", "BIZ_BUYER", "Purchasing manager", "woman", ("nl", "en"), ("nl", "en")
    ),
    DemoPerson(
        "buyer4",
        "Pieter Claes",
        "flanders",
        "BIZ_BUYER",
        "Sustainability officer",
        "man",
        ("nl", "en", "fr"),
        ("nl", "en", "fr"),
    ),
    DemoPerson("buyer5", "Thomas Jansen", "hardsteen", "BIZ_BUYER", "Owner", "man", ("nl", "en"), ("nl", "en")),
    DemoPerson(
        "supplier_quarry",
        "Ramesh Choudhary",
        "quarry",
        "BIZ_SUPPLIER_MGMT",
        "Quarry owner",
        "man",
        ("hi", "en"),
        ("hi", "en"),
        session="plenary",
    ),
    DemoPerson(
        "supplier_processor",
        "Sunil Jain",
        "processor",
        "BIZ_SUPPLIER_MGMT",
        "Processing unit manager",
        "man",
        ("hi", "en"),
        ("hi", "en"),
    ),
    DemoPerson(
        "supplier_exporter",
        "Vikram Singh Rathore",
        "exporter",
        "BIZ_SUPPLIER_MGMT",
        "Export director",
        "man",
        ("hi", "en"),
        ("hi", "en"),
    ),
    DemoPerson(
        "union_rep",
        "Mohan Lal Meena",
        "union",
        "REP_UNION",
        "General secretary",
        "man",
        ("hi", "raj"),
        ("hi",),
        interpretation="hi",
    ),
    DemoPerson(
        "committee_rep",
        "Bhanwar Lal Bheel",
        "committee",
        "REP_WORKER_COMMITTEE",
        "Committee member",
        "man",
        ("raj", "hi"),
        (),
        anonymity="group_only",
        literacy_needs="Oral briefing; does not read",
        interpretation="hi",
    ),
    DemoPerson(
        "woman_worker1",
        "Kamla Devi",
        None,
        "RH_WOMEN_WORKER",
        "Cobble hand-cutter",
        "woman",
        ("raj", "hi"),
        (),
        anonymity="anonymous",
        literacy_needs="Oral briefing; does not read",
        interpretation="hi",
    ),
    DemoPerson(
        "woman_worker2",
        "Santosh Bai",
        None,
        "RH_WOMEN_WORKER",
        "Stone breaker, home-based",
        "woman",
        ("raj", "hi"),
        (),
        anonymity="anonymous",
        literacy_needs="Oral briefing; does not read",
        interpretation="hi",
    ),
    DemoPerson(
        "worker1",
        "Ramprasad Gurjar",
        None,
        "RH_WORKER",
        "Quarry driller",
        "man",
        ("raj", "hi"),
        ("hi",),
        anonymity="anonymous",
        interpretation="hi",
    ),
    DemoPerson(
        "local_ngo_rep",
        "Priya Sharma",
        "local_ngo",
        "CSO_LOCAL",
        "Programme coordinator",
        "woman",
        ("hi", "en"),
        ("hi", "en"),
    ),
    DemoPerson(
        "intl_ngo_rep", "Esther Mulder", "intl_ngo", "CSO_INTL", "Researcher", "woman", ("nl", "en"), ("nl", "en")
    ),
    DemoPerson(
        "labour_official",
        "Anil Kumar Verma",
        "labour_dept",
        "DB_GOVERNMENT",
        "Deputy labour commissioner",
        "man",
        ("hi", "en"),
        ("hi", "en"),
    ),
    DemoPerson(
        "interpreter",
        "Neha Joshi",
        None,
        "INTERPRETER",
        "Hindi–English interpreter",
        "woman",
        ("hi", "en", "raj"),
        ("hi", "en"),
        participation_role="interpreter",
    ),
    DemoPerson(
        "facilitator",
        "Aditi Rao",
        "facilitation",
        "FACILITATOR",
        "Independent facilitator",
        "woman",
        ("hi", "en"),
        ("hi", "en"),
        participation_role="facilitator",
    ),
)

# (title, kind, planned minutes, interpretation, risk tags, purpose)
# Planned minutes leave room for consecutive interpretation (×1.8): the day ends at 17:27.
AGENDA = (
    (
        "Welcome and ground rules",
        "welcome",
        15,
        "consecutive",
        (),
        "Agree on Chatham House Rule, no photos, and how workers' statements are recorded",
    ),
    ("Introductions round", "introductions", 15, "consecutive", (), "Everyone says who they are and why they came"),
    (
        "What we saw on the site visits",
        "debrief",
        25,
        "consecutive",
        ("OSH_SILICA", "WASH", "WAGES"),
        "Shared observations from the quarry field trip and the community centres",
    ),
    ("Tea break", "break", 15, "none", (), ""),
    (
        "Workers' voices: dust, safety and water",
        "plenary",
        45,
        "consecutive",
        ("OSH_SILICA", "OSH_SAFETY", "WASH"),
        "Workers and their representatives speak first",
    ),
    (
        "Wages, advances and contracts",
        "plenary",
        35,
        "consecutive",
        ("WAGES", "FORCED", "CONTRACTS"),
        "Piece rates, cash pay, undocumented advances and missing contracts",
    ),
    ("Lunch", "meal", 60, "none", (), ""),
    (
        "Children in home-based cobble work",
        "plenary",
        30,
        "consecutive",
        ("CHILD", "DISCRIM"),
        "Where child labour persists and what keeps children in school",
    ),
    ("Break", "break", 15, "none", (), ""),
    (
        "Action planning: ID cards, PPE, water and remedy",
        "action_planning",
        45,
        "consecutive",
        ("REMEDY", "CONTRACTS", "OSH_SILICA", "WASH"),
        "Actions with an owner and a deadline",
    ),
    ("Closing and follow-up", "closing", 15, "consecutive", (), "How results are reported back to each group"),
)
# Lunch is served at a fixed time; the morning is planned to reach it.
FIXED_STARTS = {"Lunch": "13:30"}


def seed(db: Database) -> str:
    """Create the demo roundtable unless it exists; return its meeting id either way."""
    with db.session() as session:
        if session.get(Meeting, MEETING_ID) is not None:
            return MEETING_ID
        session.add(
            Meeting(
                id=MEETING_ID,
                title="Roundtable on labour risks in Rajasthan sandstone",
                purpose="Talk with the people affected in the sandstone supply chain, not only about them: agree on "
                "first steps on silica dust, wages and advances, child labour and access to remedy.",
                country="IN",
                city="Kota",
                venue="Community hall, Budhpura (step-free, separate toilets for women)",
                starts_at=to_utc(datetime(2023, 10, 27, 9, 0), TIMEZONE),
                ends_at=to_utc(datetime(2023, 10, 27, 17, 30), TIMEZONE),
                timezone=TIMEZONE,
                languages=["hi", "en"],
                chatham_house=True,
                recording_allowed=False,
                default_confidentiality="internal",
                status="planned",
                facilitator_independent=True,
            )
        )
        for key, (name, group, country) in ORGANISATIONS.items():
            session.add(Organisation(id=demo_id(f"org/{key}"), name=name, stakeholder_group=group, country=country))
        session.flush()
        for person in PEOPLE:
            session.add(
                Person(
                    id=demo_id(f"person/{person.key}"),
                    name=person.name,
                    organisation_id=demo_id(f"org/{person.organisation}") if person.organisation else None,
                    stakeholder_group=person.group,
                    role=person.role,
                    gender=person.gender,
                    languages_spoken=list(person.speaks),
                    languages_read=list(person.reads),
                    literacy_needs=person.literacy_needs,
                    anonymity=person.anonymity,
                )
            )
        session.flush()
        for person in PEOPLE:
            session.add(
                Participation(
                    id=demo_id(f"participation/{person.key}"),
                    meeting_id=MEETING_ID,
                    person_id=demo_id(f"person/{person.key}"),
                    role=person.participation_role,
                    status="confirmed",
                    session=person.session,
                    interpretation_language=person.interpretation,
                    is_proxy=person.is_proxy,
                )
            )
        keys = positions.keys_after(None, len(AGENDA))
        for index, (title, kind, minutes, interpretation, tags, purpose) in enumerate(AGENDA):
            session.add(
                AgendaItem(
                    id=demo_id(f"agenda/{index}"),
                    meeting_id=MEETING_ID,
                    position=keys[index],
                    title=title,
                    kind=kind,
                    planned_minutes=minutes,
                    fixed_start=FIXED_STARTS.get(title, ""),
                    interpretation=interpretation,
                    risk_tags=list(tags),
                    purpose=purpose,
                )
            )
        session.flush()
        _seed_inclusion(session)
        session.flush()
        _seed_recorded_morning(session)
    return MEETING_ID


# -- inclusion: needs, consents, a proxy and an absent group (issue 4) ------------------------------------

INCLUSION_SETTINGS = {
    "required_groups": [
        "RH_WORKER", "RH_WOMEN_WORKER", "RH_MIGRANT", "RH_CHILD_FAMILY", "REP_UNION",
        "BIZ_SUPPLIER_MGMT", "BIZ_BUYER", "CSO_LOCAL", "DB_GOVERNMENT",
    ],
    "ground_rules": "Chatham House Rule: what is said may be used, not who said it. No audio recording. "
    "Photos only of people who consented, never of workers' faces. Workers' statements are attributed to their "
    "group, not their name. No press in the room.",
    "photos_allowed": True,
}  # fmt: skip
# person key -> participation fields that differ from the defaults
INCLUSION_NEEDS = {
    "woman_worker1": {"session": "women_caucus", "lost_wages": "arranged", "travel_support": "arranged",
                      "childcare": "arranged"},
    "woman_worker2": {"session": "women_caucus", "lost_wages": "arranged", "travel_support": "arranged",
                      "childcare": "needed"},
    "worker1": {"lost_wages": "needed", "travel_support": "arranged"},
    "committee_rep": {"lost_wages": "arranged", "travel_support": "arranged"},
    "union_rep": {"travel_support": "needed"},
    "local_ngo_rep": {"is_proxy": True, "speaks_for": "RH_CHILD_FAMILY"},
}  # fmt: skip
# A migrant worker was invited but could not come: the group is absent.
MIGRANT = DemoPerson(
    "migrant_worker", "Arjun Majhi", None, "RH_MIGRANT", "Cobble cutter from Odisha", "man", ("or", "hi"), (),
    anonymity="anonymous", literacy_needs="Oral briefing in Odia", interpretation="or",
)  # fmt: skip
PHOTO_CONSENT_DATE = date(2023, 10, 20)
# Women workers said no to photos; the worker and the committee member were never asked.
PHOTO_REFUSED = ("woman_worker1", "woman_worker2")
PHOTO_NOT_ASKED = ("worker1", "committee_rep", "migrant_worker")


def _seed_inclusion(session: Session) -> None:
    session.add(InclusionSettings(id=demo_id("inclusion_settings"), meeting_id=MEETING_ID, **INCLUSION_SETTINGS))
    session.add(
        Person(
            id=demo_id(f"person/{MIGRANT.key}"), name=MIGRANT.name, stakeholder_group=MIGRANT.group,
            role=MIGRANT.role, gender=MIGRANT.gender, languages_spoken=list(MIGRANT.speaks),
            languages_read=[], literacy_needs=MIGRANT.literacy_needs, anonymity=MIGRANT.anonymity,
        )
    )  # fmt: skip
    session.flush()
    session.add(
        Participation(
            id=demo_id(f"participation/{MIGRANT.key}"), meeting_id=MEETING_ID,
            person_id=demo_id(f"person/{MIGRANT.key}"), status="declined", interpretation_language="or",
            lost_wages="needed", travel_support="needed",
        )
    )  # fmt: skip
    for key, changes in INCLUSION_NEEDS.items():
        participation = session.get(Participation, demo_id(f"participation/{key}"))
        for name, value in changes.items():
            setattr(participation, name, value)
    for person in PEOPLE:
        if person.key in PHOTO_NOT_ASKED:
            continue
        session.add(
            Consent(
                id=demo_id(f"consent/photos/{person.key}"), person_id=demo_id(f"person/{person.key}"),
                meeting_id=MEETING_ID, kind="photos", granted=person.key not in PHOTO_REFUSED,
                given_on=PHOTO_CONSENT_DATE,
            )
        )  # fmt: skip
    session.add(
        Consent(
            id=demo_id("consent/naming/union_rep"), person_id=demo_id("person/union_rep"), meeting_id=MEETING_ID,
            kind="naming", granted=True, given_on=PHOTO_CONSENT_DATE, note="Speaks publicly for the union",
        )
    )  # fmt: skip


# -- the recorded morning session: agenda timing, turns, notes, actions (issue 5) -------------------------


def _seed_recorded_morning(session: Session) -> None:
    from facilitator.core.demo_session import seed_morning  # it reads this module's people and agenda

    seed_morning(session)
