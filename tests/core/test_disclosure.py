"""The disclosure policy: who is shown how, and which group figures merge under the small-cell rule."""

from __future__ import annotations

from datetime import datetime

from facilitator.core import disclosure, meetings
from facilitator.core.db import Database
from facilitator.core.disclosure import Audience, Member
from facilitator.core.participants import participation


def _members(*spec: tuple[str, str, int]) -> list[Member]:
    found = []
    for group, level, count in spec:
        found += [Member(f"{group}-{level}-{n}", group, level) for n in range(count)]
    return found


def test_groups_of_k_or_more_stand_alone_and_smaller_ones_merge_into_their_class() -> None:
    policy = disclosure.for_members(
        _members(
            ("BIZ_BUYER", "named", 5),
            ("RH_WOMEN_WORKER", "anonymous", 3),
            ("RH_WORKER", "anonymous", 2),
            ("RH_MIGRANT", "anonymous", 1),
        ),
        Audience.SHAREABLE,
    )
    assert policy.cell_of("BIZ_BUYER").groups == ("BIZ_BUYER",)
    assert policy.cell_of("RH_WOMEN_WORKER").groups == ("RH_WOMEN_WORKER",)
    merged = policy.cell_of("RH_WORKER")
    assert merged is policy.cell_of("RH_MIGRANT") and merged.label == "Other rights-holders"
    assert policy.merge({"RH_WORKER": 10.0, "RH_MIGRANT": 5.0, "BIZ_BUYER": 1.0}) == {merged.key: 15.0,
                                                                                      "BIZ_BUYER": 1.0}  # fmt: skip
    assert not policy.shows_group("RH_MIGRANT") and policy.shows_group("BIZ_BUYER")


def test_a_group_whose_withheld_members_are_too_few_merges_even_when_it_is_large() -> None:
    """Four named union members and one anonymous one: the union's total minus four would be one person."""
    policy = disclosure.for_members(_members(("REP_UNION", "named", 4), ("REP_UNION", "anonymous", 1),
                                             ("BIZ_BUYER", "named", 3)), Audience.SHAREABLE)  # fmt: skip
    cell = policy.cell_of("REP_UNION")
    assert cell.key == disclosure.RESIDUAL and len(cell.members) >= 3
    assert not any(policy.shows_person_figures(member) for member in cell.members)


def test_only_named_people_have_figures_of_their_own_and_internal_shows_everyone() -> None:
    members = _members(("BIZ_BUYER", "named", 3), ("RH_WORKER", "group_only", 3), ("RH_WORKER", "anonymous", 3))
    shareable = disclosure.for_members(members, Audience.SHAREABLE)
    internal = disclosure.for_members(members, Audience.INTERNAL)
    assert [m.id for m in members if shareable.shows_person_figures(m.id)] == [f"BIZ_BUYER-named-{n}" for n in range(3)]
    assert all(internal.shows_person_figures(m.id) for m in members)
    assert internal.identity("anonymous", "Kamla Devi").label == "Kamla Devi"
    assert shareable.identity("anonymous", "Kamla Devi").label == "Anonymous participant"
    assert not shareable.shows_attributes("group_only") and internal.shows_attributes("anonymous")
    assert "Internal" in disclosure.internal_marking()


def test_a_meeting_smaller_than_k_shares_no_group_figures() -> None:
    policy = disclosure.for_members(_members(("BIZ_BUYER", "named", 1), ("RH_WORKER", "anonymous", 1)),
                                    Audience.SHAREABLE)  # fmt: skip
    assert not policy.shows_group_figures


def test_k_is_the_meetings_own(db: Database) -> None:
    meeting = meetings.create(db, "Kota", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 17))
    for n in range(4):
        participation.add_new_participant(db, meeting.id, f"W{n}", stakeholder_group="RH_WORKER")
    assert disclosure.for_meeting(db, meeting.id, Audience.SHAREABLE).cell_of("RH_WORKER").groups == ("RH_WORKER",)
    meetings.update(db, meeting.id, min_group_size=5)
    assert disclosure.for_meeting(db, meeting.id, Audience.SHAREABLE).cell_of("RH_WORKER").key == "other"


def test_k_is_refused_outside_its_range(db: Database) -> None:
    import pytest

    from facilitator.core.errors import UserError

    meeting = meetings.create(db, "Kota", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 17))
    for too_small in (0, 1, 2):  # a group of one or two could be told apart in public outputs
        with pytest.raises(UserError, match="between 3 and 20"):
            meetings.update(db, meeting.id, min_group_size=too_small)
    with pytest.raises(UserError, match="between 3 and 20"):
        meetings.update(db, meeting.id, min_group_size=21)


def _found(hidden: list[str], named: list[str], text: str) -> list[str]:
    return [
        finder.found
        for finder in disclosure.name_finders(hidden, named)
        if disclosure.finder_index([finder]).first_in(text) is not None
    ]


def test_a_first_name_alone_finds_a_person_who_is_not_named() -> None:
    assert _found(["Kamla Devi"], [], "Kamla says the supervisor shouts") == ["Kamla"]
    assert _found(["Ramprasad Gurjar"], [], '"Ramprasad said we would be paid"') == ["Ramprasad"]
    assert _found(["Kamla Devi"], [], "KAMLA and kamla") == ["Kamla"]
    assert _found(["Kamla Devi"], [], "Kamlawati and Kamla-ji") == ["Kamla"]  # the second one only
    assert _found(["Kamla Devi"], [], "Kamlawati came") == []


def test_a_part_a_named_person_shares_or_a_common_word_is_not_taken_for_a_name() -> None:
    hidden, named = ["Kamla Devi", "Will Singh", "Al Bai"], ["Sunita Devi", "Harpal Singh"]
    assert _found(hidden, named, "Sunita Devi and Harpal Singh will speak") == []
    # "KamlaDevi" finds her name written apart too; "Devi", which Sunita Devi shares, is no finder.
    assert _found(hidden, named, "Kamla Devi spoke") == ["Kamla Devi", "KamlaDevi", "Kamla"]
    assert _found(hidden, named, "Bai said so") == ["Bai"]  # no named person is a Bai here


def test_the_words_beside_a_name_found_that_name_the_person_too_are_withheld_with_it() -> None:
    """ "Kamala Devi will be paid back" kept "Kamala", a first name typed another way, beside the surname
    found; so did a title, an initial, and a part of the name that someone named shares."""
    finders = disclosure.name_finders(["Kamla Devi", "Bhanwar Lal Bheel", "Ramprasad Gurjar"], ["Mohan Lal Meena"])
    found = [(finder.found, "[W]") for finder in finders]
    redact = disclosure.Redactor(found, names=[words for words, _label in found])
    said = {
        "Kamala Devi will be paid back the advance": "[W] will be paid back the advance",
        "kamala Devi, KAMALA DEVI and Kamala-Devi": "[W], [W] and [W]",
        "Ramparsad Gurjar agreed": "[W] agreed",
        "K. Devi and Mrs Devi and Smt. Kamla": "[W] and [W] and [W]",
        "Bhanwar Lal asked, as Kamla ji did": "[W] asked, as [W] did",
        "भंवर लाल भील ने कहा": "[W] ने कहा",  # "लाल" and "भील" are his, though too short to look for alone
        "Ram Prasad Gurjar, Bhanwarlal Bheel and Kamlabai Devi": "[W], [W] and [W]",  # apart, together, an ending
        "Mrs Kam\u200bla Devi said": "[W] said",  # a zero-width space inside her name
    }
    assert {text: redact(text) for text in said} == said
    # What is no word of the name stays: a verb or a pronoun beside it, the next line, someone named.
    kept = {
        "Told Kamla to wait": "Told [W] to wait",
        "I told Kamla I would": "I told [W] I would",
        "Spoke with Kamla\nWages are delayed": "Spoke with [W]\nWages are delayed",
        "Mohan Lal Meena met Kamla. The NGO and PPE": "Mohan Lal Meena met [W]. The NGO and PPE",
        "We met Kamla. Devi said so": "We met [W]. [W] said so",  # the full stop between stays
    }
    assert {text: redact(text) for text in kept} == kept
    groups = disclosure.Redactor([("(Trade unions)", "(Other rights-holders)")])
    assert groups("Raised by (Trade unions) Rajasthan") == "Raised by (Other rights-holders) Rajasthan"


def test_a_name_registered_in_one_script_is_found_written_in_the_other() -> None:
    """ "कमला देवी asked for gloves" reached the public minutes: the register writes her Kamla Devi."""
    finders = disclosure.name_finders(["Kamla Devi", "Santosh Bai", "अर्जुन मांझी"], ["Mohan Lal Meena"])
    redact = disclosure.Redactor([(f.found, "[W]") for f in finders], names=[f.found for f in finders])
    said = {
        "कमला देवी asked for gloves": "[W] asked for gloves",  # the whole name, though "देवी" alone is any Devi
        "सन्तोष ने कहा": "[W] ने कहा",  # a part of three consonants or more
        "Arjun said so": "[W] said so",  # and the other way round
        "लाल भील और लीला": "लाल भील और लीला",  # no one hidden here has these names
        "मोहन लाल मीणा और देवी ने कहा": "मोहन लाल मीणा और देवी ने कहा",  # a named person; a short part alone
    }
    assert {text: redact(text) for text in said} == said
    only_latin = disclosure.Redactor([(f.found, "[W]") for f in finders])  # organisations, group labels
    assert only_latin("कमला ने कहा") == "कमला ने कहा"


def test_a_contact_detail_is_found_however_a_note_writes_it() -> None:
    """Notes in Rajasthan write "Mob.98290…", "Ph.98290-…", in Devanagari digits, and a phone field may
    hold two numbers; an e-mail address goes whole, its employer's domain with it."""
    contacts = [
        (contact, "[contact withheld]")
        for contact in disclosure.contacts_of("98290 11111 / 94140 22222", "kavita@sunrisegranite.com")
    ]
    redact = disclosure.Redactor([("Kavita", "[Anonymous participant]")], contacts)
    for typed in ("Call her: Mob.9829011111", "Ph.98290-11111 after 6pm", "Tel.+91 94140 22222",
                  "फ़ोन ९८२९०११११११"[:-1], "Write to kavita@sunrisegranite.com"):  # fmt: skip
        shown = redact(typed)
        assert "[contact withheld]" in shown and not any(
            part in shown for part in ("11111", "22222", "१११", "sunrise")
        ), shown
    assert redact("Invoice 98290 11112 paid") == "Invoice 98290 11112 paid"  # another number stays
    assert redact("Kavita spoke") == "[Anonymous participant] spoke"


def test_a_hidden_name_is_found_however_it_is_typed_or_pasted() -> None:
    """Written together, with an underscore or a hyphen, in fullwidth letters from a phone keyboard, or
    with an invisible character pasted inside it: the name is still hers, and the rest of the text stays
    exactly as typed."""
    finders = disclosure.name_finders(["Kamla Devi"], ["Santosh Devi"])  # "Devi" is a named person's too
    redact = disclosure.Redactor(
        [(finder.found, "[Woman worker]") for finder in finders], [("+91 94141 55667", "[contact withheld]")]
    )
    for typed, shown in (
        ("KamlaDevi said so", "[Woman worker] said so"),
        ("ask Kamla_Devi", "ask [Woman worker]"),
        ("ask Kamla-Devi", "ask [Woman worker]"),
        ("Ｋａｍｌａ said the munshi", "[Woman worker] said the munshi"),
        ("Kaml\u200ba and the munshi", "[Woman worker] and the munshi"),
        ("Kam\u00adla\ufeff\u2009– ﬁne dust", "[Woman worker]\u2009– ﬁne dust"),  # the rest stays as typed
        ("Kamla's card, call +91 94141 55667", "[Woman worker]'s card, call [contact withheld]"),
        ("Kamlesh and Kamlaben", "Kamlesh and Kamlaben"),  # other names that begin alike stay
    ):
        assert redact(typed) == shown, typed
    finder = disclosure.name_finders(["Kamla Devi"], [])[0]
    index = disclosure.finder_index([finder])
    assert index.first_in("Ｋａｍｌａ\u200bＤｅｖｉ") is finder and index.first_in("Kamlesh") is None
    # The yes-or-no check (a visit report, a conversation point) reads a zero-width space as the redactor does.
    assert disclosure.finder_index(disclosure.name_finders(["Kamla Devi"], [])).first_in("said Kaml\u200ba") is not None


def test_a_hidden_name_is_found_with_or_without_its_accents_or_nukta() -> None:
    """A transliteration may carry long vowels ("Gīta Kumārī") or not, a Hindi spelling a nukta ("ग़ीता")
    or not: each is her name; a vowel sign still makes another word, and a named person stays readable
    however their name is accented."""
    finders = disclosure.name_finders(["Gita Kumari", "गीता कुमारी", "Kamlā Devī"], ["René Müller"])
    redact = disclosure.Redactor([(finder.found, "[W]") for finder in finders])
    for typed, shown in (
        ("Gīta Kumārī said so", "[W] said so"),
        ("then GĪTA spoke", "then [W] spoke"),
        ("Kamla Devi and Kamla\u0304", "[W] and [W]"),
        ("ग़ीता ने कहा", "[W] ने कहा"),
        ("गीता कुमारी ने कहा", "[W] ने कहा"),
        ("गीतां ने कहा", "गीतां ने कहा"),
        ("Rene Muller and René Müller agreed", "Rene Muller and René Müller agreed"),
    ):
        assert redact(typed) == shown, typed
    # "Müller" is a named person's name part, accented or not, so alone it is not taken for hers.
    found = [finder.found for finder in disclosure.name_finders(["Müller Kamla"], ["Rene Muller"])]
    assert found == ["Müller Kamla", "MüllerKamla", "Kamla"]


def test_in_the_words_of_the_room_any_phone_number_or_address_is_withheld_but_a_date_is_not() -> None:
    """A number or an address typed into a note may be anyone's, a worker's who is in no list: text that
    leaves the laptop withholds it, and a date or an amount stays."""
    redact = disclosure.Redactor([("Kamla", "[Woman worker]")], [], unknown_contacts="[contact withheld]")
    assert redact("Kamla (phone 98290 12345, kamla.devi@example.org) told us") == (
        "[Woman worker] (phone [contact withheld], [contact withheld]) told us"
    )
    for typed, shown in (
        ("call 0141-2345678 or +91 ९८२९० १२३४५", "call [contact withheld] or [contact withheld]"),
        ("her Aadhaar 1234 5678 9012", "her Aadhaar [contact withheld]"),
        ("write kamla.devi [at] example [dot] in or k(at)example.in", "write [contact withheld] or [contact withheld]"),
        ("we met her [at] the yard", None),
        ("due 2026-12-01 10:30; Rs 1,50,000 paid on 01/12/2026 10:00", None),
        ("09:00–09:27 (15′), 12 of 40 workers", None),
        (
            "call +31 (0)6 1234 5678, (0141) 234 5678 or 9829011111,9414022222",
            "call [contact withheld], [contact withheld] or [contact withheld],[contact withheld]",
        ),
        (
            "Ph:9829011111, 98290/11111, 982.901.1111, ９８２９０１１１１１",
            "Ph:[contact withheld], [contact withheld], [contact withheld], [contact withheld]",
        ),
        ("call back on 01-12-2026 98290 11111", "call back on 01-12-2026 [contact withheld]"),
        ("09.00-10.30 / 11.00-12.30; at 24.5854 73.7125; € 1.250.000.000; 12 500 000 000 EUR", None),
        ("FY 2023-24 2024-25, years 2022 2023 2024, scores 10-20-30-40-50, items 11 12 13 14 15", None),
    ):
        assert redact(typed) == (shown or typed)
    assert disclosure.Redactor([])("call 98290 12345") == "call 98290 12345"  # only where asked


def test_a_number_in_brackets_is_withheld_and_its_brackets_stay() -> None:
    """ "union line (+91 98290 11111), open daily" lost its closing bracket with the number."""
    redact = disclosure.Redactor([], [], unknown_contacts="[contact withheld]")
    assert redact("union line (+91 98290 11111), open daily") == "union line ([contact withheld]), open daily"
    assert redact("call (0141) 234 5678 now") == "call [contact withheld] now"  # the area code's own brackets


def test_folding_keeps_accents_spaces_and_named_people_readable() -> None:
    """Accents typed as a letter and a combining mark, a zero-width space between words, and a hidden name
    that written together is a named person's ("Raj Kumar" and "Rajkumar Sharma")."""
    import unicodedata

    finders = disclosure.name_finders(["Kamla Devi", "Raj Kumar", "Daniël Peeters"], ["Rajkumar Sharma"])
    redact = disclosure.Redactor([(finder.found, "[X]") for finder in finders])
    assert redact(unicodedata.normalize("NFD", "Daniël Peeters said")) == "[X] said"
    assert redact("said\u200bKamla today") == "said\u200b[X] today"
    assert redact("Rajkumar Sharma (buyer) agreed; Raj Kumar did not") == "Rajkumar Sharma (buyer) agreed; [X] did not"
    assert redact("KamlaDevi and Kamla") == "[X] and [X]"


def test_words_with_their_own_punctuation_are_found_with_it() -> None:
    """An apostrophe inside a name must be typed as it is; brackets around an entry (a merged group as a
    drafted summary writes it) must be there too, so the group's plain name elsewhere stays."""
    redact = disclosure.Redactor([("Mary O'Brien", "[W]"), ("(Trade unions)", "(Other rights-holders)")])
    assert redact("Mary O'Brien and mary  o'brien spoke") == "[W] and [W] spoke"
    assert redact("Mary O Brien spoke") == "Mary O Brien spoke"
    assert redact("Raised by (Trade unions); trade unions agreed") == (
        "Raised by (Other rights-holders); trade unions agreed"
    )


def test_many_mentions_are_redacted_in_one_pass() -> None:
    """Every occurrence is replaced, and the work grows with the text, not with the square of its matches."""
    redact = disclosure.Redactor([("Kamla", "[W]")])
    text = "Kamla said so. " * 20_000
    assert redact(text) == "[W] said so. " * 20_000


def test_names_across_the_scripts_are_read_letter_by_letter_as_people_write_them() -> None:
    """ "लीला" read l-l for Leela's l, "लक्ष्मी" l-k-s-m for Laxmi's l-x-m, and "कोमल" (soft) was Kamla."""
    finders = disclosure.name_finders(["Leela Bai", "Laxmi Bai", "Krishna Kumari", "Gyan Chand", "Kamla Devi"], [])
    found = [(finder.found, "[W]") for finder in finders]
    redact = disclosure.Redactor(found, names=[words for words, _label in found])
    said = {
        "लीला बाई ने कहा": "[W] ने कहा",  # her whole name: "लीला" alone is too short to look for
        "लक्ष्मी बाई ने कहा": "[W] ने कहा",
        "कृष्णा कुमारी ने कहा": "[W] ने कहा",
        "ज्ञान चंद ने कहा": "[W] ने कहा",
        "कोमल आवाज़ में": "कोमल आवाज़ में",  # k-o-m-l, not Kamla's k-a-m-l
    }
    assert {text: redact(text) for text in said} == said


def test_a_hidden_name_written_apart_or_two_of_its_words_together_is_found_alone() -> None:
    """ "Ram Prasad and Bhanwarlal said the team is unpaid" reached the public minutes: no part of either
    was found, and so nothing beside them was widened over."""
    finders = disclosure.name_finders(["Ramprasad Gurjar", "Bhanwar Lal Bheel"], ["Rajkumar Sharma"])
    redact = disclosure.Redactor([(finder.found, "[W]") for finder in finders])
    assert redact("Ram Prasad and Bhanwarlal said the team is unpaid") == "[W] and [W] said the team is unpaid"
    assert redact("Raj Kumar came") == "Raj Kumar came"  # a named person's name written apart stays


def test_a_spelt_out_address_in_capitals_and_the_longer_of_two_numbers_are_withheld_whole() -> None:
    """With any worker's number known, "MUNSHI.RAJ [AT] GMAIL [DOT] COM" went out as typed; and of two
    known numbers, the shorter one's optional country code took the end of the longer one, leaving seven
    of her ten digits in the text."""
    from facilitator.core.disclosure import Redactor

    withheld = "[contact withheld]"
    redact = Redactor([], [("234 5678", withheld), ("+91 98290 11111", withheld)], unknown_contacts=withheld)
    for spelt in ("MUNSHI.RAJ [AT] GMAIL [DOT] COM", "munshi.raj(at)gmail.COM", "x (AT) y (DOT) com"):
        assert redact(f"Write to {spelt} tonight") == f"Write to {withheld} tonight"
    assert redact("Kamla: 98290 11 111 / 234 5678") == f"Kamla: {withheld} / {withheld}"
