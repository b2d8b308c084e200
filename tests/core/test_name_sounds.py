"""How names sound across Latin letters and Devanagari: the spellings of one name meet, others do not."""

from __future__ import annotations

import pytest

from facilitator.core.name_sounds import consonants, name_sound


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kamla", "कमला"), ("Kamala", "Kamla"), ("Laxmi", "लक्ष्मी"), ("Anita", "अनीता"),
        # An import of "रमेश चौधरी" did not see Ramesh Choudhary of the register.
        ("Choudhary", "चौधरी"), ("Chaudhary", "चौधरी"), ("Chowdhury", "चौधरी"), ("Chaudhry", "चौधरी"),
        ("Saurabh", "सौरभ"), ("Sourabh", "सौरभ"), ("Vijay", "विजय"), ("Sanjay", "संजय"),
    ],
)  # fmt: skip
def test_the_spellings_of_one_name_sound_alike(one: str, other: str) -> None:
    assert consonants(one)[1] == consonants(other)[1], (consonants(one), consonants(other))


@pytest.mark.parametrize(
    ("one", "other"), [("Vijay", "Viji"), ("Kamla", "कोमल"), ("Ramesh", "Rakesh"), ("Choudhary", "Chandra")]
)
def test_other_names_sound_otherwise(one: str, other: str) -> None:
    assert consonants(one)[1] != consonants(other)[1]


def test_a_whole_name_in_either_script_sounds_the_same() -> None:
    assert name_sound("Ramesh Choudhary") == name_sound("रमेश चौधरी") == name_sound("Ramesh Chowdhury") != ""
    assert name_sound("Mohan Lal Meena") == name_sound("मोहन लाल मीणा")
