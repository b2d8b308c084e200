"""The demo roundtable: a day of dialogue on labour risks in Rajasthan's sandstone chain.

Modelled on the SER pilot in which five importers, local and international NGOs and Indian suppliers
met after visiting quarries and cobble yards (brief, section 0).  Every organisation and person here
is invented.  Ids are derived from fixed names, so seeding twice finds what the first run made.
"""

from __future__ import annotations

import uuid
from datetime import date

from msgspec import Struct

NAMESPACE = uuid.UUID("5f6b8a4e-2f57-4a51-9f0e-6d1c1b2a7e10")
TIMEZONE = "Asia/Kolkata"


def demo_id(name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, name))


MEETING_ID = demo_id("meeting")


class DemoPerson(Struct, frozen=True):
    key: str
    name: str
    organisation: str | None
    group: str
    role: str
    gender: str
    speaks: tuple[str, ...]
    reads: tuple[str, ...]
    participation_role: str = "participant"
    caucus: str = "plenary"
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
        caucus="plenary",
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
# Planned minutes leave room for consecutive interpretation, which doubles them: the day ends at 17:25.
AGENDA = (
    (
        "Welcome and ground rules",
        "welcome",
        10,
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
        30,
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
        40,
        "consecutive",
        ("REMEDY", "CONTRACTS", "OSH_SILICA", "WASH"),
        "Actions with an owner and a deadline",
    ),
    ("Closing and follow-up", "closing", 10, "consecutive", (), "How results are reported back to each group"),
)
# Lunch is served at a fixed time; the morning is planned to reach it.
FIXED_STARTS = {"Lunch": "13:30"}
# The items meant for some groups' voices: the balance expects those groups to lead them.
WORKER_VOICES = ("RH_WORKER", "RH_WOMEN_WORKER", "RH_MIGRANT", "REP_UNION", "REP_WORKER_COMMITTEE")
VOICE_FOCUS = {
    "Workers' voices: dust, safety and water": WORKER_VOICES,
    "Wages, advances and contracts": WORKER_VOICES,
}


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
    "woman_worker1": {"caucus": "women_caucus", "lost_wages": "arranged", "travel_support": "arranged",
                      "childcare": "arranged"},
    "woman_worker2": {"caucus": "women_caucus", "lost_wages": "arranged", "travel_support": "arranged",
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
