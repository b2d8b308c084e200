"""Mentions read whole names, in any script: every demo name and Hindi names through the note grammar."""

from __future__ import annotations

import unicodedata

import pytest
from msgspec import structs

from facilitator.core.demo.roundtable import MEETING_ID, PEOPLE
from facilitator.core.live import mentions, notes
from facilitator.core.live.speaking import Speaker, load_roster


def speaker(key: str, name: str, group: str = "RH_WORKER", anonymity: str = "named") -> Speaker:
    return Speaker(key, name, group, "participant", anonymity, "", True)


@pytest.fixture
def demo_speakers(demo_db) -> dict[str, Speaker]:
    return load_roster(demo_db, MEETING_ID)


@pytest.mark.parametrize("person", PEOPLE, ids=lambda p: p.key)
def test_every_demo_name_is_read_whole(demo_speakers, person) -> None:
    found = next(s for s in demo_speakers.values() if s.name == person.name)
    for line in (f"p: @{person.name} says the dust is worse", f'p: @"{person.name}" says the dust is worse'):
        parsed = notes.parse(line, demo_speakers)
        assert parsed.problems == [] and parsed.body == "says the dust is worse", line
        assert parsed.group == person.group
        # anonymous and group-only people are reduced to their group, named people are themselves
        assert parsed.speaker_id == (None if found.identity_hidden else found.id)


def test_two_word_names_are_not_cut_in_half(demo_speakers) -> None:
    kamla = notes.parse("@Kamla Devi says the water is carried from the village", demo_speakers)
    assert kamla.body == "says the water is carried from the village" and kamla.group == "RH_WOMEN_WORKER"
    ramesh = notes.parse("a: @Ramesh Choudhary share the wage register due:2023-11-30", demo_speakers)
    assert ramesh.kind == "action" and ramesh.body == "share the wage register"
    assert demo_speakers[ramesh.speaker_id].name == "Ramesh Choudhary"


def test_a_name_cut_short_after_its_first_word_is_read_as_that_name(demo_speakers) -> None:
    """ "@Priya Sh" + Enter without taking the completion saved the note "Sh" by Priya Sharma."""
    cut = notes.parse("c: @Priya Sh", demo_speakers)
    assert demo_speakers[cut.speaker_id].name == "Priya Sharma" and cut.body == ""
    on = notes.parse("c: @Priya Sha says the tank is dry", demo_speakers)
    assert on.body == "says the tank is dry"
    words = notes.parse("c: @Priya should check the tank", demo_speakers)  # a word, not the name's start
    assert demo_speakers[words.speaker_id].name == "Priya Sharma" and words.body == "should check the tank"


def test_single_words_and_groups_and_ambiguity(demo_speakers) -> None:
    meena = notes.parse("p: yes @Meena, agreed", demo_speakers)
    assert demo_speakers[meena.speaker_id].name == "Mohan Lal Meena" and meena.body == "yes Mohan Lal Meena, agreed"
    women = notes.parse("c: @women workers said so", demo_speakers)
    assert women.group == "RH_WOMEN_WORKER" and women.speaker_id is None and women.body == "said so"
    lal = notes.parse("p: @Lal wants a register", demo_speakers)  # Mohan Lal Meena and Bhanwar Lal Bheel
    assert lal.problems and "Bhanwar Lal Bheel" in lal.problems[0] and "Mohan Lal Meena" in lal.problems[0]
    assert notes.parse("p: @Kamlas", demo_speakers).problems  # whole words only
    assert notes.parse('p: @"Kamla Devi', demo_speakers).problems == ["A quoted name needs its closing quote."]
    nobody = notes.parse("p: the room agreed @-", demo_speakers)
    assert nobody.speaker_id is None and nobody.group == "" and nobody.body == "the room agreed"


def test_a_mention_inside_a_sentence_stays_in_it_as_the_screen_may_name_them() -> None:
    """ "No masks at the cutting site; @Jan de Boer says buyers will pay" was stored as "No masks at the
    cutting site; says buyers will pay": the name left the sentence it was part of.  Alone at either end,
    a mention only says whose the note is."""
    people = {
        "jan": speaker("jan", "Jan de Boer", "BIZ_BUYER"),
        "kamla": speaker("kamla", "Kamla Devi", "RH_WOMEN_WORKER", "anonymous"),
    }
    line = "c: No masks at the cutting site; @Jan de Boer says buyers will pay for masks"
    parsed = notes.parse(line, people, "kamla")
    assert parsed.body == "No masks at the cutting site; Jan de Boer says buyers will pay for masks"
    assert parsed.speaker_id == "jan"
    # A person not to be named leaves no word in the text: her pseudonym or group there would reach the
    # public minutes, where her group may be merged into a larger one.
    hidden = "p: we heard @Kamla Devi say the water is far"
    assert notes.parse(hidden, people).body == "we heard say the water is far"
    by_pseudonym = notes.parse(hidden, people, directory=mentions.Directory(people, {"kamla": "Woman worker 2"}))
    assert by_pseudonym.body == "we heard say the water is far" and by_pseudonym.group == "RH_WOMEN_WORKER"
    unknown_level = {**people, "kamla": speaker("kamla", "Kamla Devi", "RH_WOMEN_WORKER", "pseudonymous")}
    assert "Kamla" not in notes.parse(hidden, unknown_level).body  # a level from a newer version: the strictest
    assert notes.parse("p: yes @women workers agreed", people).body == "yes Women workers agreed"
    assert notes.parse("c: dust @Jan de Boer #OSH_SILICA", people).body == "dust"
    assert notes.parse("@Jan de Boer says so", people).body == "says so"


def test_of_two_mentions_neither_is_lost_and_the_one_opening_the_line_says_whose_it_is(demo_speakers) -> None:
    """ "@Ramesh Choudhary promised masks to @Kamla Devi" was stored as "promised masks to", as the women
    workers' promise: both mentions were taken for whose the note is, and the last one won."""
    promise = notes.parse("p: @Ramesh Choudhary promised masks to @Kamla Devi", demo_speakers)
    assert demo_speakers[promise.speaker_id].name == "Ramesh Choudhary" and promise.group == "BIZ_SUPPLIER_MGMT"
    assert promise.body == "Ramesh Choudhary promised masks to"  # she, not to be named, leaves no word
    both = notes.parse("p: @Marieke de Vries and @Sanne Bakker agreed", demo_speakers)
    assert both.body == "Marieke de Vries and Sanne Bakker agreed"
    assert demo_speakers[both.speaker_id].name == "Marieke de Vries"
    # None opens the line: the last says whose the note is, and a person closing it stays in the text.
    closing = notes.parse("d: agreed with @Ramesh Choudhary and @Sanne Bakker", demo_speakers)
    assert closing.body == "agreed with Ramesh Choudhary and Sanne Bakker"
    assert demo_speakers[closing.speaker_id].name == "Sanne Bakker"
    tagged = notes.parse("c: no masks, said @Joost van Dijk at the yard @women workers", demo_speakers)
    assert tagged.body == "no masks, said Joost van Dijk at the yard" and tagged.group == "RH_WOMEN_WORKER"


HINDI = {
    "kamla": speaker("kamla", "कमला देवी", "RH_WOMEN_WORKER", "anonymous"),
    "gopal": speaker("gopal", "गोपाल सिंह", "REP_UNION"),
    "ram": speaker("ram", "राम", "RH_WORKER"),
    "ramprasad": speaker("ramprasad", "राम प्रसाद गुर्जर", "RH_WORKER"),
    "santosh": speaker("santosh", "संतोष बाई", "RH_WOMEN_WORKER", "group_only"),
}


@pytest.mark.parametrize("who", list(HINDI))
def test_hindi_names_are_read_whole(who) -> None:
    person = HINDI[who]
    parsed = notes.parse(f"c: @{person.name} कहती हैं पानी नहीं है #WASH", HINDI)
    assert parsed.problems == [] and parsed.body == "कहती हैं पानी नहीं है" and parsed.risk_tags == ["WASH"]
    assert parsed.group == person.group
    assert parsed.speaker_id == (None if person.identity_hidden else person.id)


def test_a_shorter_name_inside_a_longer_one() -> None:
    assert notes.parse("p: @राम प्रसाद गुर्जर बोले", HINDI).speaker_id == "ramprasad"
    assert notes.parse("p: @राम बोले", HINDI).speaker_id == "ram"
    directory = mentions.Directory(HINDI)
    assert directory.insertion("राम") == '@"राम"'  # so typing on after it cannot make it "राम प्रसाद ..."
    assert directory.insertion("गोपाल सिंह") == "@गोपाल सिंह"
    assert notes.parse('p: @"राम" प्रसाद', HINDI).speaker_id == "ram"


def test_decomposed_text_and_other_spacing_still_match() -> None:
    typed = unicodedata.normalize("NFD", "p: @गोपाल  सिंह ने कहा")
    parsed = notes.parse(typed, HINDI)
    assert parsed.speaker_id == "gopal" and parsed.body == "ने कहा"


def test_a_name_typed_with_underscores_for_its_spaces_is_read_whole() -> None:
    """ "@सुनीता_देवी" was refused: nobody was called that, though the name screening reads it as hers."""
    assert notes.parse("p: @गोपाल_सिंह ने कहा", HINDI).speaker_id == "gopal"
    parsed = notes.parse("p: @राम_प्रसाद_गुर्जर बोले", HINDI)
    assert parsed.problems == [] and parsed.speaker_id == "ramprasad" and parsed.body == "बोले"


def test_the_popup_offers_people_then_groups(demo_speakers) -> None:
    choices = mentions.Directory(demo_speakers).choices()
    assert choices[0] == "Aditi Rao" and "Kamla Devi" in choices and "Women workers" in choices
    assert choices.index("Women workers") > choices.index("Vikram Singh Rathore")


def test_a_person_not_to_be_named_is_offered_read_and_named_by_pseudonym(demo_speakers) -> None:
    santosh = next(s for s in demo_speakers.values() if s.name == "Santosh Bai")
    kamla = next(s for s in demo_speakers.values() if s.name == "Kamla Devi")
    assert santosh.identity_hidden and kamla.identity_hidden
    directory = mentions.Directory(demo_speakers, {santosh.id: "Woman worker 2", kamla.id: "Woman worker 1"})
    choices = directory.choices()
    assert "Woman worker 2" in choices and "Santosh Bai" not in choices and "Kamla Devi" not in choices
    assert "Santosh Bai" in directory.choices(reveal=True)
    parsed = notes.parse("c: @Woman worker 2 says the munshi keeps the cards", demo_speakers, directory=directory)
    # read as her, and so reduced to her group, as her name is
    assert parsed.problems == [] and parsed.body == "says the munshi keeps the cards"
    assert (parsed.speaker_id, parsed.group) == (None, "RH_WOMEN_WORKER")
    two_kamlas = {**demo_speakers, santosh.id: structs.replace(santosh, name="Kamla Bai")}
    directory = mentions.Directory(two_kamlas, directory.pseudonyms)
    [ambiguous] = notes.parse("c: @Kamla docks", two_kamlas, directory=directory).problems
    assert "Woman worker 1, Woman worker 2" in ambiguous and "Devi" not in ambiguous and "Bai" not in ambiguous
