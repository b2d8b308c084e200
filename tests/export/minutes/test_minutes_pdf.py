"""The minutes PDF read back as a reader (or a search engine) would: its text, metadata, bookmarks, fonts."""

from __future__ import annotations

import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import jsonschema
import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics

from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.errors import UserError
from facilitator.core.live import notes
from facilitator.core.live.notes import ParsedNote, add_note
from facilitator.core.minutes import review, versions
from facilitator.core.minutes.content import cell_label, draft_summary, gather, group_label
from facilitator.core.participants import people
from facilitator.export import minutes
from facilitator.export.minutes.data import SCHEMA_PATH
from facilitator.i18n import labels_in
from facilitator.ui.i18n import install_catalogues
from tests.core.minutes.demo_secrets import leaks, participant_names

SITE_VISITS = demo_id("agenda/2")
# Text extraction reads glyphs in drawn order, so a vowel sign drawn before its consonant (ि) comes out
# before it: the phrase uses none, to test the text itself rather than the extractor's ordering.
HINDI = "मज़दूरी रोज़ दी जाए"
CHINESE = "每天按日支付工资"
SECTIONS = (
    "Ground rules",
    "Attendance by stakeholder group",
    "Agenda: planned and actual times",
    "Discussion",
    "Action plan",
    "Commitments",
    "Speaking-time balance",
    "Inclusion check",
    "Follow-up and distribution",
)


@pytest.fixture(autouse=True)
def catalogues() -> None:
    install_catalogues()


def _pdf(db: Database, **options: object) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(minutes.make(db, minutes.Request(MEETING_ID, **options))))


def _everything(reader: pypdf.PdfReader) -> str:
    """Every word a reader of the file can reach: pages, metadata, bookmarks."""

    def titles(outline: list) -> list[str]:
        return [t for entry in outline for t in (titles(entry) if isinstance(entry, list) else [entry.title])]

    meta = " ".join(str(value) for value in (reader.metadata or {}).values())
    return "\n".join([*(page.extract_text() for page in reader.pages), meta, *titles(reader.outline)])


def _bookmarks(reader: pypdf.PdfReader) -> list[str]:
    return [entry.title for entry in reader.outline if not isinstance(entry, list)]


def test_public_minutes_of_the_demo_name_nobody_anywhere(demo_db: Database) -> None:
    typed = "Kamla Devi spoke for the women of Budhpura Quarry Workers' Committee."
    review.edit_item(demo_db, SITE_VISITS, summary=typed)
    text = _everything(_pdf(demo_db, audience="public"))
    assert leaks(text, participant_names()) == []
    assert "Chatham House" in text


@pytest.mark.parametrize("language", ["en", "nl", "hi"])
def test_a_summary_drafted_from_the_notes_names_no_group_too_small_to_stand_alone(
    demo_db: Database, language: str
) -> None:
    """The drafted summary says who raised each point, "(Trade unions)": the public minutes merge the one
    trade unionist and the two women workers into larger cells, and so does the summary, in whatever
    language the facilitator drafted it."""
    internal = {item["id"]: item for item in gather(demo_db, MEETING_ID, "internal")["items"]}
    with labels_in(language):
        drafted = {item_id: draft_summary(item["notes"]) for item_id, item in internal.items()}
        small = {"REP_UNION": group_label("REP_UNION"), "RH_WOMEN_WORKER": group_label("RH_WOMEN_WORKER")}
    for item_id, lines in drafted.items():
        if lines:
            review.edit_item(demo_db, item_id, summary="\n".join(lines))
    typed = "\n".join(line for lines in drafted.values() for line in lines)
    assert all(f"({label})" in typed for label in small.values())  # the draft names them, internally
    public = " ".join(item["summary"] for item in gather(demo_db, MEETING_ID, "public")["items"])
    assert not [label for label in small.values() if f"({label})" in public]
    assert "(Other participants)" in public and "(Other rights-holders)" in public


def test_a_confidential_note_is_marked_where_the_internal_minutes_print_it(demo_db: Database) -> None:
    """Only a count under the item said that two of its notes were confidential, not which."""
    internal = " ".join(_everything(_pdf(demo_db, audience="internal")).split())
    assert "[Confidential] No masks at the cutting yard" in internal
    quote = next(n for i in gather(demo_db, MEETING_ID, "internal")["items"] for n in i["notes"] if n["kind"] == "quote"
                 and n["confidentiality"] == "confidential")  # fmt: skip
    assert f"[Confidential] “{' '.join(quote['body'].split()[:4])}" in internal
    assert "[Confidential]" not in _everything(_pdf(demo_db, audience="public"))
    # In the action plan and the commitments too: the tables most often copied out of the minutes.
    for line in ("a: Pay back the advance to the family %confidential", "m: We will pay the bonus %confidential"):
        notes.add_note(demo_db, MEETING_ID, notes.parse(line, {}), SITE_VISITS)
    internal = " ".join("\n".join(page.extract_text() for page in _pdf(demo_db, audience="internal").pages).split())
    assert internal.count("[Confidential] Pay back the advance to the family") == 2  # its item and the plan
    assert internal.count("[Confidential] We will pay the bonus") == 2  # its item and the commitments
    public = _everything(_pdf(demo_db, audience="public"))
    assert "Pay back the advance" not in public and "pay the bonus" not in public


def test_the_public_balance_index_says_it_is_over_the_groups_shown(demo_db: Database) -> None:
    """The public minutes read 0.85 where the internal ones read 0.79, and nothing said why."""
    said = "It is worked out over the groups as shown here"
    public, internal = (
        gather(demo_db, MEETING_ID, audience)["balance"]["index"] for audience in ("public", "internal")
    )
    assert public > internal  # merging the small groups smooths the figure: the reader is told
    assert said in " ".join(_everything(_pdf(demo_db, audience="public")).split())
    assert said not in " ".join(_everything(_pdf(demo_db, audience="internal")).split())


def test_the_internal_minutes_keep_an_items_points_when_a_summary_is_typed(demo_db: Database) -> None:
    """Typing a summary for an item took its points (a buyer's point, a worker committee's concern) out of
    the internal minutes, which are the complete record."""
    review.edit_item(demo_db, SITE_VISITS, summary="Dust and water came first.")
    internal = " ".join(_everything(_pdf(demo_db, audience="internal")).split())
    assert "Dust and water came first. Points raised • Audits found the quarries compliant" in internal
    public = " ".join(_everything(_pdf(demo_db, audience="public")).split())
    assert "Dust and water came first." in public and "Audits found the quarries compliant" not in public


def test_every_section_is_there_and_bookmarked(demo_db: Database) -> None:
    for audience in ("internal", "public"):
        reader = _pdf(demo_db, audience=audience)
        assert [title for title in _bookmarks(reader) if title in SECTIONS] == list(SECTIONS)
        first = reader.pages[0].extract_text()
        assert "Contents" in first and "Fingerprint" in first
        assert reader.metadata.title.startswith("Minutes: ")
        assert reader.trailer["/Root"]["/Lang"] == "en"


def test_devanagari_and_chinese_are_real_text(demo_db: Database) -> None:
    for body in (HINDI, CHINESE):
        add_note(demo_db, MEETING_ID, ParsedNote("decision", body, None, "", [], "public"), SITE_VISITS)
    text = unicodedata.normalize("NFC", _everything(_pdf(demo_db, audience="public")))
    assert unicodedata.normalize("NFC", HINDI) in text
    assert CHINESE in text


def _fonts(reader: pypdf.PdfReader) -> dict[str, bool]:
    found = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            embedded = described is not None and any(k in described for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def test_every_font_is_embedded_in_every_language(demo_db: Database) -> None:
    add_note(demo_db, MEETING_ID, ParsedNote("decision", f"{HINDI} {CHINESE}", None, "", [], "public"), SITE_VISITS)
    for language in ("en", "nl", "hi"):
        fonts = _fonts(_pdf(demo_db, audience="public", language=language))
        assert fonts and all(fonts.values()), fonts


def test_labels_follow_the_language(demo_db: Database) -> None:
    dutch_reader = _pdf(demo_db, audience="internal", language="nl")
    dutch = _bookmarks(dutch_reader)
    assert "Actieplan" in dutch and "Action plan" not in dutch
    # The inclusion checks' details, sentences the app writes from the data, were printed in English.
    printed = " ".join(_everything(dutch_reader).split())
    assert "Ontbreekt: Arbeidsmigranten" in printed and "Missing: Migrant workers" not in printed
    assert "8 van 16 deelnemers (50%)" in printed and "participants (50%)" not in printed
    hindi_reader = _pdf(demo_db, audience="internal", language="hi")
    assert hindi_reader.trailer["/Root"]["/Lang"] == "hi"
    hindi = " ".join(_everything(hindi_reader).split())
    assert "कार्य योजना" in hindi
    # and so were they in Hindi minutes
    assert "(50%)" in hindi and "participants (50%)" not in hindi and "Missing:" not in hindi


@pytest.mark.parametrize("language", ["nl", "hi"])
def test_every_label_the_minutes_print_is_in_their_language(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """Hindi minutes printed the inclusion checks and the risk "Accidents" in English: every label the app
    writes into them, in either audience, has its translation."""
    from facilitator import i18n

    found, asked = i18n.catalogue, set()

    def watched(code: str):  # type: ignore[no-untyped-def]
        translator = found(code)
        if code != language or translator is None:
            return translator

        def translate(context: str, text: str, count: int = -1) -> str:
            asked.add((context, text))
            return translator(context, text, count)

        return translate

    monkeypatch.setattr(i18n, "catalogue", watched)
    for audience in ("internal", "public"):
        minutes.make(demo_db, minutes.Request(MEETING_ID, audience, language))
    minutes.make(demo_db, minutes.Request(MEETING_ID, "public", language, group="RH_WOMEN_WORKER"))  # a group's sheet
    catalogue = ET.parse(Path(__file__).parents[3] / "translations" / f"facilitator_{language}.ts").getroot()
    unfinished = {
        (context.findtext("name"), message.findtext("source"))
        for context in catalogue.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    }
    assert len(asked) > 100
    assert asked & unfinished == set()


def test_a_meeting_of_two_days_gives_both_on_the_cover_and_the_groups_sheet(demo_db: Database) -> None:
    """A meeting from 27 to 28 October printed "2023-10-27, 09:00–17:30" on its cover."""
    meeting = meetings.get(demo_db, MEETING_ID)
    meetings.update(demo_db, MEETING_ID, ends_at=meeting.ends_at + timedelta(days=1))
    cover = " ".join(_pdf(demo_db, audience="public").pages[0].extract_text().split())
    assert "2023-10-27, 09:00 – 2023-10-28, 17:30 (Asia/Kolkata)" in cover
    sheet = _pdf(demo_db, audience="public", group="RH_WOMEN_WORKER").pages[0].extract_text()
    assert "2023-10-27 – 2023-10-28" in " ".join(sheet.split())


def test_the_fingerprint_on_the_page_is_the_contents(demo_db: Database) -> None:
    current = versions.current(demo_db, MEETING_ID, "public")
    reader = _pdf(demo_db, audience="public")
    assert current.fingerprint in reader.pages[-1].extract_text()
    assert current.fingerprint in str(reader.metadata.get("/Keywords"))


def test_an_issued_version_prints_again_byte_for_byte(demo_db: Database) -> None:
    versions.issue(demo_db, MEETING_ID)
    request = minutes.Request(MEETING_ID, "public", version=1)
    first = minutes.make(demo_db, request)
    review.edit_item(demo_db, SITE_VISITS, summary="Changed after the issue.")
    versions.amend(demo_db, MEETING_ID, "Summary of the site visits added.")
    assert minutes.make(demo_db, request) == first
    assert minutes.make(demo_db, minutes.Request(MEETING_ID, "public", version=2)) != first


def test_a_returned_pdf_is_recognised_by_its_fingerprint(demo_db: Database, tmp_path: Path) -> None:
    one = versions.issue(demo_db, MEETING_ID)
    returned = minutes.export(demo_db, minutes.Request(MEETING_ID, "public", version=1), tmp_path / "back.pdf")
    assert versions.fingerprint_in_file(demo_db, MEETING_ID, returned).id == one.id


def test_json_validates_against_the_schema_and_carries_its_fingerprint(demo_db: Database) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for audience in ("internal", "public"):
        data = json.loads(minutes.make(demo_db, minutes.Request(MEETING_ID, audience, format="json")))
        jsonschema.validate(data, schema)
        assert data["fingerprint"] == versions.fingerprint(data["content"])
    broken = json.loads(minutes.make(demo_db, minutes.Request(MEETING_ID, "public", format="json")))
    broken["content"]["attendance"]["people"] = [{"name": 1}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_csv_lists_actions_and_commitments_formula_safe(demo_db: Database) -> None:
    add_note(demo_db, MEETING_ID, ParsedNote("action", '=HYPERLINK("http://x")', None, "BIZ_BUYER"), SITE_VISITS)
    lines = minutes.make(demo_db, minutes.Request(MEETING_ID, "public", format="csv")).decode().splitlines()
    assert lines[0] == "kind,number,text,owner,group,due,status,item"
    assert any(line.startswith("action,") and "'=HYPERLINK" in line for line in lines)
    assert any(line.startswith("commitment,") for line in lines)
    assert leaks("\n".join(lines), participant_names()) == []


def test_follow_up_sheet_in_the_groups_language(demo_db: Database) -> None:
    reader = _pdf(demo_db, group="RH_WOMEN_WORKER", language="hi")
    text = _everything(reader)
    assert "आगे क्या होगा" in text
    assert leaks(text, participant_names()) == []
    from facilitator.core.minutes.follow_up import group_language

    assert group_language(demo_db, MEETING_ID, "RH_WOMEN_WORKER") == "hi"
    assert group_language(demo_db, MEETING_ID, "BIZ_BUYER") == "nl"


def test_bad_requests_are_refused_before_any_work(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no labels in the language xx"):
        minutes.make(demo_db, minutes.Request(MEETING_ID, language="xx"))
    with pytest.raises(UserError, match="does not exist"):
        minutes.export(demo_db, minutes.Request(MEETING_ID), tmp_path / "missing" / "m.pdf")
    with pytest.raises(UserError, match="internal or public"):
        minutes.make(demo_db, minutes.Request(MEETING_ID, audience="press"))
    with pytest.raises(UserError, match="No stakeholder group"):
        minutes.make(demo_db, minutes.Request(MEETING_ID, group="NOBODY"))
    with pytest.raises(UserError):
        minutes.make(demo_db, minutes.Request(MEETING_ID, format="docx"))


def test_a_bracket_opening_a_word_takes_the_words_font() -> None:
    from facilitator.export import fonts

    runs = fonts.runs("फ़िंगरप्रिंट (SHA-256) और (आपूर्तिकर्ता)")
    assert [chunk for _, chunk in runs] == ["फ़िंगरप्रिंट ", "(SHA-256) ", "और (आपूर्तिकर्ता)"]
    assert runs[0][0] == runs[2][0] != runs[1][0]


def test_a_square_bracket_goes_with_its_words_font() -> None:
    """A Hindi label put in place of a name in English text, "[अन्य अधिकार-धारक] said": the bracket was shaped
    in the Latin font with its Hindi word, and both printed as wrong glyphs."""
    from facilitator.export import fonts

    runs = fonts.runs("[अन्य अधिकार-धारक] said, [Buyers] agreed")
    assert [chunk for _, chunk in runs] == ["[अन्य अधिकार-धारक] ", "said, [Buyers] agreed"]
    assert runs[0][0] != runs[1][0]


def test_a_danda_after_an_english_word_is_printed_in_the_devanagari_font(demo_db: Database) -> None:
    """Hindi's full stop after English (an agenda title in a Hindi sentence) is a word of its own."""
    from facilitator.export import fonts

    runs = fonts.runs("11. Closing and follow-up। अगला।")
    assert [chunk for _, chunk in runs] == ["11. Closing and follow-up\u202f", "। अगला।"]
    assert runs[0][0] != runs[1][0]
    text = _everything(_pdf(demo_db, audience="public", language="hi"))
    assert "\ufffd" not in text and "follow-up ।" in text  # a box was printed where the danda stood


SANS, DEVANAGARI, CJK = "FacilitatorSans", "FacilitatorDevanagari", "FacilitatorCJK"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“हमें पानी”", [(DEVANAGARI, "“हमें पानी”")]),
        ("Kamla said “हमें पानी नहीं मिलता”.", [(SANS, "Kamla said "), (DEVANAGARI, "“हमें पानी नहीं मिलता”.")]),
        ("पानी (water)", [(DEVANAGARI, "पानी "), (SANS, "(water)")]),
        ("“工资” and ‘पानी’", [(CJK, "“工资” "), (SANS, "and "), (DEVANAGARI, "‘पानी’")]),
        ("मज़दूरी 500 रुपये। ठीक", [(DEVANAGARI, "मज़दूरी 500 रुपये। ठीक")]),
    ],
)
def test_quotes_and_punctuation_around_a_word_take_the_words_font(text: str, expected: list) -> None:
    """A worker's words quoted in Hindi printed as "“□□□□ पानी": reportlab shapes a word in the font of its
    first character, so the opening quote in the Latin font turned the Hindi word after it into boxes."""
    from facilitator.export import fonts

    assert fonts.runs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[Women workers] said “हमें पानी नहीं मिलता” and left",
        "“मज़दूरी” (wages), “工资”, and नहीं।",
        "Wages/मज़दूरी/工资 ok",
        "गुस्सा😡 है 😡हमें",
        "Amount: ₹500, १२३ रुपये॥",
        "नहीं\u0331 (a mark the Devanagari font lacks)",
    ],
)
def test_every_word_is_drawn_in_one_font_that_has_its_letters(text: str) -> None:
    """Each word reportlab shapes is in one font; a Devanagari letter or mark (the bindu of "नहीं") is in
    the Devanagari font, a Chinese one in the CJK font, a Latin one in Noto Sans, and every punctuation mark
    in a font that has it; an emoji, which no font here has, and a mark its letter's font lacks stay in their
    word, as a missing glyph, rather than cut it."""
    from facilitator.export import fonts

    runs = fonts.runs(text)
    drawn = [(face, char) for face, chunk in runs for char in chunk]
    assert "".join(char for _, char in drawn).replace("\u202f", "") == text
    words = re.finditer(r"\S+", "".join(char for _, char in drawn))
    assert all(len({face for face, _ in drawn[word.start() : word.end()]}) == 1 for word in words), runs
    for face, char in drawn:
        script = fonts.script_of(char)
        if script is not None:
            assert face == f"Facilitator{script.name}", (char, face)
        elif char.isalpha():
            assert face == SANS, (char, face)
        elif char != "😡" and not unicodedata.category(char).startswith("M"):
            assert ord(char) in pdfmetrics.getFont(face).face.charToGlyph, (char, face)


def test_a_hindi_quote_prints_as_typed(demo_db: Database) -> None:
    """The first Hindi word after an opening quote reads back from the PDF, drawn in the Devanagari font."""
    quoted = "A worker said “हमें पानी नहीं” and left."
    add_note(demo_db, MEETING_ID, ParsedNote("point", quoted, None, "", [], "public"), SITE_VISITS)
    drawn: list[tuple[str, str]] = []
    for page in _pdf(demo_db, audience="public").pages:
        page.extract_text(visitor_text=lambda text, _cm, _tm, font, _size: drawn.append((font, text)) if font else None)
    pieces = [(str(font["/BaseFont"]).split("+")[-1], unicodedata.normalize("NFC", t)) for font, t in drawn]
    text = "".join(piece for _, piece in pieces)
    assert "said “हमें पानी नहीं” and left" in text and "\uffff" not in text
    assert [font for font, piece in pieces if "हमें" in piece] == ["NotoSansDevanagari-Regular"]


@pytest.mark.parametrize("language", ["nl", "hi"])
def test_an_absent_group_without_a_reason_reads_in_the_language(demo_db: Database, language: str) -> None:
    text = _everything(_pdf(demo_db, audience="internal", language=language))
    assert "no reason recorded" not in text and "reason" not in text


def test_notes_outside_the_agenda_and_of_a_deleted_item_are_printed_and_valid(demo_db: Database) -> None:
    add_note(demo_db, MEETING_ID, ParsedNote(body="Tea was late because of the strike.", confidentiality="public"))
    add_note(demo_db, MEETING_ID, ParsedNote(body="Dust masks for every cutter.", kind="commitment"), SITE_VISITS)
    agenda.delete(demo_db, SITE_VISITS)
    text = " ".join(_everything(_pdf(demo_db)).split())
    assert "Not under an agenda item" in text and "Tea was late because of the strike." in text
    assert "What we saw on the site visits (removed from the agenda)" in text
    assert "Dust masks for every cutter." in text
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for audience in ("internal", "public"):
        jsonschema.validate(
            json.loads(minutes.make(demo_db, minutes.Request(MEETING_ID, audience, format="json"))), schema
        )


def test_a_note_taken_in_a_break_is_printed_under_it(demo_db: Database) -> None:
    tea_break = demo_id("agenda/3")
    assert "4. Tea break" not in " ".join(_everything(_pdf(demo_db)).split())
    add_note(
        demo_db, MEETING_ID, ParsedNote(body="Over tea the drillers said the masks tear.", kind="concern"), tea_break
    )
    text = " ".join(_everything(_pdf(demo_db)).split())
    assert "4. Tea break" in text and "Over tea the drillers said the masks tear." in text


def test_an_item_of_the_agenda_carries_the_keys_issued_minutes_always_had(demo_db: Database) -> None:
    """Minutes issued by an earlier version gather again to the same content, hence the same fingerprint,
    until something in the meeting changes: an item of the agenda gets no new key."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    required = set(schema["properties"]["content"]["properties"]["items"]["items"]["required"])
    content = versions.current(demo_db, MEETING_ID, "internal").content
    assert [set(item) for item in content["items"]] == [required] * len(content["items"])


def test_a_follow_up_sheet_and_the_csv_mark_an_item_taken_off_the_agenda_in_their_language(
    demo_db: Database,
) -> None:
    """A group reads the answer it was given under the item's title, said to be off the agenda now, as the
    minutes say it; so does the CSV's commitment under that item."""
    review.edit_item(demo_db, SITE_VISITS, responses_given="The buyers will pay for the masks.")
    add_note(demo_db, MEETING_ID, ParsedNote(body="Masks by March.", kind="commitment"), SITE_VISITS)
    agenda.delete(demo_db, SITE_VISITS)
    text = " ".join(_everything(_pdf(demo_db, group="RH_WOMEN_WORKER", language="nl")).split())
    lines = minutes.make(demo_db, minutes.Request(MEETING_ID, "public", format="csv", language="nl"))
    assert "What we saw on the site visits (van de agenda gehaald): The buyers will pay for the masks." in text
    commitment = next(line for line in lines.decode().splitlines() if "Masks by March." in line)
    assert commitment.endswith("What we saw on the site visits (van de agenda gehaald)")


def test_the_phone_number_and_email_of_a_person_who_is_not_named_stay_out_of_the_public_minutes(
    demo_db: Database,
) -> None:
    """A follow-up noted with the worker's own number ("call +91 99999 00001") named him to anyone who
    dials it; the minutes withhold it, spaced any way, as they withhold his name: the public ones any
    number, the internal ones the numbers of those who are not named."""
    people.update_person(demo_db, demo_id("person/worker1"), phone="+91 99999 00001", email="ram.g@example.org")
    body = "Follow up with Ramprasad Gurjar on his cough: call 99999-00001 or write to Ram.G@example.org"
    add_note(demo_db, MEETING_ID, ParsedNote("action", body, None, "RH_WORKER"), SITE_VISITS)
    public = minutes.make(demo_db, minutes.Request(MEETING_ID, "public", format="json")).decode()
    text = " ".join(_everything(_pdf(demo_db, audience="public")).split())
    for output in (public, text):
        assert "99999" not in output and "example.org" not in output
        assert "[contact withheld]" in output
    people.update_person(demo_db, demo_id("person/local_ngo_rep"), phone="+91 94140 22222")
    add_note(demo_db, MEETING_ID, ParsedNote("point", "Priya: 94140 22222.", None, "CSO_LOCAL"), SITE_VISITS)
    internal = minutes.make(demo_db, minutes.Request(MEETING_ID, "internal", format="json")).decode()
    assert "Follow up with [Workers] on his cough: call [contact withheld] or write to [contact withheld]" in internal
    assert "Priya: 94140 22222." in internal


def test_minutes_of_a_meeting_where_nobody_was_checked_in_say_attendance_was_not_recorded(db: Database) -> None:
    """Everyone still "Invited": the minutes said "5 participants took part" and "Every invited group was
    present"."""
    from datetime import datetime

    from facilitator.core import meetings
    from facilitator.core.participants import participation

    meeting = meetings.create(db, "Roundtable Kota", datetime(2025, 11, 4, 9), datetime(2025, 11, 4, 17)).id
    for name, group in (("Gopal Meena", "RH_WORKER"), ("Anita Sharma", "CSO_LOCAL"), ("Joost", "BIZ_BUYER")):
        participation.add_new_participant(db, meeting, name=name, stakeholder_group=group)
    reader = pypdf.PdfReader(io.BytesIO(minutes.make(db, minutes.Request(meeting))))
    text = " ".join(_everything(reader).split())
    assert "No attendance was recorded" in text and "3 people invited" in text
    assert "took part" not in text and "Every invited group was present" not in text


def test_what_was_said_and_what_is_to_be_done_is_not_listed_as_agreed(demo_db: Database) -> None:
    """A quote and an action followed the "Agreed" bullets without a heading of their own and read as
    agreed; a concern in the drafted points read as a plain point."""
    for parsed in (
        ParsedNote("decision", "Masks for every cutter from Monday."),
        ParsedNote("quote", "We breathe the dust all day.", None, "RH_WORKER", confidentiality="public"),
        ParsedNote("action", "Order the masks.", None, "BIZ_BUYER"),
        ParsedNote("concern", "No water after noon.", None, "RH_WOMEN_WORKER", confidentiality="public"),
    ):
        add_note(demo_db, MEETING_ID, parsed, SITE_VISITS)
    reader = _pdf(demo_db)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    decided = text.index("Masks for every cutter")
    assert text.rindex("What we saw on the site visits", 0, decided) < text.rindex("Agreed", 0, decided)
    said, quoted = text.index("In their words", decided), text.index("We breathe the dust", decided)
    todo, ordered = text.index("Actions and commitments", decided), text.index("Order the masks", decided)
    assert said < quoted < todo < ordered
    assert "Concern: No water after noon." in text[:decided]


def test_a_number_or_address_typed_into_a_note_is_withheld_publicly_and_the_comments_address_stays(
    demo_db: Database,
) -> None:
    typed = "The munshi's number is 98290 12345, or munshi@gmail.com"
    add_note(demo_db, MEETING_ID, ParsedNote(kind="point", body=typed, confidentiality="public"), SITE_VISITS)
    review.edit_meeting(demo_db, MEETING_ID, follow_up="Comments to secretariat@imvo.example within two weeks.")
    public = json.dumps(gather(demo_db, MEETING_ID, "public"), ensure_ascii=False)
    assert "98290 12345" not in public and "munshi@gmail.com" not in public and "[contact withheld]" in public
    assert "Comments to secretariat@imvo.example within two weeks." in public
    internal = json.dumps(gather(demo_db, MEETING_ID, "internal"), ensure_ascii=False)
    assert "98290 12345" in internal


def test_the_labels_put_in_place_of_a_name_are_in_the_language_of_the_minutes(demo_db: Database) -> None:
    """The content is gathered in English, so its fingerprint is the same in every language; the labels
    its typed text carries are printed in the language of the PDF, not "[Other rights-holders]" in Dutch."""
    add_note(demo_db, MEETING_ID, ParsedNote(kind="point", body="Kamla Devi said the munshi keeps the cards",
                                              confidentiality="public"), SITE_VISITS)  # fmt: skip
    english, dutch = (_everything(_pdf(demo_db, audience="public", language=code)) for code in ("en", "nl"))
    with labels_in("nl"):
        local = cell_label("other:rights_holder")
    assert "[Other rights-holders] said the munshi" in english
    assert f"[{local}] said the munshi" in dutch and "[Other rights-holders]" not in dutch


def test_a_worker_named_in_devanagari_is_withheld_from_the_public_minutes_in_every_language(demo_db: Database) -> None:
    (kamla,) = [person for person in people.list_register(demo_db) if person.name == "Kamla Devi"]
    people.update_person(demo_db, kamla.id, other_spellings="कमला देवी")
    add_note(demo_db, MEETING_ID, ParsedNote(kind="point", body="कमला देवी ने कहा कि पानी नहीं है",
                                              confidentiality="public"), SITE_VISITS)  # fmt: skip
    for code in ("en", "hi"):
        text = _everything(_pdf(demo_db, audience="public", language=code))
        assert "पानी नहीं है" in text and "कमला" not in text
    with pytest.raises(UserError, match="at most 10 other spellings"):
        people.update_person(demo_db, kamla.id, other_spellings="; ".join(f"Kamla {n}" for n in range(11)))


def test_a_worker_of_the_register_who_is_not_at_the_meeting_is_not_named_in_its_public_minutes(
    demo_db: Database,
) -> None:
    people.create_person(demo_db, "Sunita Bairwa", stakeholder_group="RH_WOMEN_WORKER", phone="94141 77777")
    add_note(demo_db, MEETING_ID, ParsedNote(kind="action", body="Visit Sunita Bairwa (94141 77777) at home",
                                              confidentiality="public"), SITE_VISITS)  # fmt: skip
    public = json.dumps(gather(demo_db, MEETING_ID, "public"), ensure_ascii=False)
    assert "at home" in public and "Sunita" not in public and "Bairwa" not in public and "77777" not in public


def test_a_register_person_outside_the_meeting_is_labelled_by_the_cell_the_minutes_show_her_group_in(
    demo_db: Database,
) -> None:
    """Women workers are too few at the demo to stand alone, so the public minutes merge them: a woman
    worker of the register who was not there is shown in that merged cell, not by her own small group."""
    people.create_person(demo_db, "Sunita Bairwa", stakeholder_group="RH_WOMEN_WORKER", anonymity="group_only")
    add_note(demo_db, MEETING_ID, ParsedNote(kind="point", body="Sunita Bairwa agreed", confidentiality="public"),
             SITE_VISITS)  # fmt: skip
    public = json.dumps(gather(demo_db, MEETING_ID, "public"), ensure_ascii=False)
    assert "Sunita" not in public and "[Women workers] agreed" not in public
    assert "[Other rights-holders] agreed" in public


def test_the_counted_minutes_take_their_plural_in_every_language(demo_db: Database) -> None:
    """A short meeting's minutes said "Counted talk: 1 minutes"."""
    from facilitator.i18n import translate

    for language, one, two in (
        ("en", "Counted talk: 1 minute.", "Counted talk: 2 minutes."),
        ("nl", "Getelde spreektijd: 1 minuut.", "Getelde spreektijd: 2 minuten."),
    ):
        with labels_in(language):
            assert translate("Minutes", "Counted talk: %n minute(s).", None, 1) == one
            assert translate("Minutes", "Counted talk: %n minute(s).", None, 2) == two
    text = " ".join(_everything(_pdf(demo_db, audience="internal")).split())
    assert "Counted talk: " in text and "minute(s)" not in text
