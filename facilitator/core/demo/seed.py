"""Seeding the demo roundtable into a database: its people, agenda, inclusion facts and recorded morning.

Ids are derived from fixed names, so seeding twice finds what the first run made.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from facilitator.core import positions
from facilitator.core.db import Database
from facilitator.core.demo.morning import seed_morning
from facilitator.core.demo.roundtable import (
    AGENDA,
    FIXED_STARTS,
    INCLUSION_NEEDS,
    INCLUSION_SETTINGS,
    MEETING_ID,
    MIGRANT,
    ORGANISATIONS,
    PEOPLE,
    PHOTO_CONSENT_DATE,
    PHOTO_NOT_ASKED,
    PHOTO_REFUSED,
    TIMEZONE,
    VOICE_FOCUS,
    demo_id,
)
from facilitator.core.demo.visits import seed_visits
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


def seed_demo(db: Database) -> str:
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
                    caucus=person.caucus,
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
                    voice_groups=list(VOICE_FOCUS.get(title, ())),
                    interpretation=interpretation,
                    risk_tags=list(tags),
                    purpose=purpose,
                )
            )
        session.flush()
        _seed_inclusion(session)
        session.flush()
        seed_morning(session)
        session.flush()
        seed_visits(session)
    return MEETING_ID


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
