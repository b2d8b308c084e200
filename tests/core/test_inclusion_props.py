"""Properties of the inclusion checks over random rooms: they always answer, and help never hurts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec.structs import replace

from facilitator.core import taxonomy
from facilitator.core.inclusion import report as inclusion
from facilitator.core.participants.vocabulary import CAUCUSES, STATUSES
from tests.core.test_inclusion_rules import person, situation

LANGUAGES = ("hi", "en", "raj", "nl", "or", "ta")
GROUPS = tuple(taxonomy.stakeholder_groups())

people = st.builds(
    lambda group, gender, spoken, status, caucus, proxy, speaks_for, anonymity: person(
        group, gender=gender, languages_spoken=tuple(spoken), status=status, caucus=caucus, is_proxy=proxy,
        speaks_for=speaks_for, anonymity=anonymity,
    ),
    st.sampled_from(GROUPS),
    st.sampled_from(("woman", "man", "", "prefer_not_to_say", "Two-spirit")),
    st.lists(st.sampled_from(LANGUAGES), max_size=3, unique=True),
    st.sampled_from(tuple(STATUSES)),
    st.sampled_from(tuple(CAUCUSES)),
    st.booleans(),
    st.sampled_from(("", *GROUPS)),
    st.sampled_from(("named", "group_only", "anonymous")),
)  # fmt: skip
rooms = st.lists(people, max_size=25)
floors = st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3, unique=True).map(tuple)


@settings(max_examples=150, deadline=None)
@given(rooms, floors)
def test_every_rule_answers_for_any_room(room: list, floor: tuple[str, ...]) -> None:
    results = inclusion.evaluate(situation(room, languages=floor, recording_allowed=True, photos_allowed=True))
    assert [r.rule.id for r in results] == [rule.id for rule in inclusion.rules()]
    for result in results:
        assert result.status in inclusion.STATUSES and result.detail
        assert set(result.participation_ids) <= {p.participation_id for p in room}


@settings(max_examples=150, deadline=None)
@given(rooms, floors)
def test_an_interpreter_for_every_language_never_makes_language_coverage_worse(room: list, floor: tuple) -> None:
    def uncovered(people: list) -> set[str]:
        result = next(r for r in inclusion.evaluate(situation(people, languages=floor)) if r.rule.id == "I4_LANGUAGE")
        return set(result.participation_ids)

    interpreter = person("INTERPRETER", participation_role="interpreter", languages_spoken=LANGUAGES)
    with_help = uncovered([*room, interpreter])
    assert with_help <= uncovered(room)
    assert all(not p.languages_spoken for p in room if p.participation_id in with_help and not p.is_staff)


@settings(max_examples=100, deadline=None)
@given(rooms)
def test_hiding_names_never_reveals_an_anonymous_name(room: list) -> None:
    named = [replace(p, name=f"Secret {p.participation_id}") for p in room]
    hidden = replace(situation(named, recording_allowed=True), reveal=False)
    text = " ".join(r.detail for r in inclusion.evaluate(hidden))
    for p in named:
        if p.anonymity != "named":
            assert f"{p.name}," not in text + "," and f"{p.name}." not in text and f"{p.name} " not in text
