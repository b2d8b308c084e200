"""Importing an invitation list from CSV or XLSX: read, map columns, check every row, then write.

Nothing is written until :func:`apply` is called with the plan the user has seen.  Reading the file,
and refusing what cannot be an invitation list, is :mod:`facilitator.core.participants.import_files`;
a file without a name column is refused here, before any row is looked at.  People already in the
register (same name and organisation, or the same name in a list without organisations) are offered
for merging instead of being entered twice.

An anonymity value the import does not understand is read as the most protective level, and a merge
never makes a person in the register less protected: a misread privacy wish must not name a worker.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import taxonomy
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.marks import without_marks
from facilitator.core.models import Meeting, Organisation, Participation, Person, new_id, utcnow
from facilitator.core.name_sounds import name_sound
from facilitator.core.participants import group_names, import_files, people
from facilitator.core.participants.group_names import GroupMatcher
from facilitator.core.participants.import_files import Table
from facilitator.core.participants.participation import place_in
from facilitator.core.participants.vocabulary import (
    ANONYMITY,
    CAUCUSES,
    MOST_PROTECTIVE,
    STATUSES,
    default_anonymity,
    group_label,
    normalise_gender,
    protection,
)
from facilitator.core.records import get_live
from facilitator.core.text import clean, spellings_in
from facilitator.core.vocabulary import LANGUAGES, Vocabulary
from facilitator.i18n import DOCUMENT_LANGUAGES, QT_TRANSLATE_NOOP, catalogue, labels_in, translate

# Header spellings of lists kept in English, Dutch and Hindi (and Hindi in Latin letters: "Sanstha").
ORGANISATION_HEADERS = (
    "organisation", "organization", "company", "org", "organisatie", "employer", "organisation name",
    "organization name", "company name", "firm", "bedrijf", "werkgever", "instelling", "sanstha", "sangathan",
    "संस्था", "संगठन", "कंपनी",
)  # fmt: skip
PHONE_HEADERS = (
    "phone", "telephone", "phone number", "phone no", "tel", "tel no", "tel nr", "mobile", "mobile no",
    "mobile number", "mob", "mob no", "cell", "cell phone", "cellphone", "cell no", "whatsapp", "whatsapp no",
    "whatsapp number", "contact no", "contact number", "telefoon", "telefoonnummer", "telefoonnr", "mobiel",
    "mobiel nummer", "mobiele nummer", "mobielnummer", "gsm", "फ़ोन", "फोन", "फ़ोन नंबर", "फोन नंबर", "मोबाइल",
    "मोबाइल नंबर", "मोबाइल नं", "संपर्क नंबर",
)  # fmt: skip
OTHER_SPELLING_HEADERS = (
    "also written as", "also known as", "aka", "alias", "other spellings", "other spelling", "name in hindi",
    "hindi name", "ook geschreven als", "andere spelling", "andere spellingen", "हिंदी में नाम", "नाम हिंदी में",
)  # fmt: skip
ANONYMITY_HEADERS = (
    "anonymity", "anonymity level", "privacy", "privacy level", "anonymous", "anonimiteit", "anoniem",
    "privacyniveau", "गोपनीयता", "गुमनामी",
)  # fmt: skip
# field -> (label, header spellings recognised without help)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": (QT_TRANSLATE_NOOP("Import", "Name"), ("name", "full name", "naam", "participant", "person", "नाम")),
    # A list with the name in parts: joined into the name where a row has no whole name.
    "given_name": (QT_TRANSLATE_NOOP("Import", "First name"), ("first name", "given name", "voornaam", "roepnaam")),
    "name_infix": (QT_TRANSLATE_NOOP("Import", "Name infix (van, de)"), ("tussenvoegsel", "tussenvoegsels", "infix")),
    "family_name": (
        QT_TRANSLATE_NOOP("Import", "Last name"),
        ("last name", "surname", "family name", "achternaam", "familienaam"),
    ),
    "other_spellings": (
        QT_TRANSLATE_NOOP("Import", "Also written as"),
        OTHER_SPELLING_HEADERS,
    ),
    "organisation": (
        QT_TRANSLATE_NOOP("Import", "Organisation"),
        ORGANISATION_HEADERS,
    ),
    "stakeholder_group": (
        QT_TRANSLATE_NOOP("Import", "Stakeholder group"),
        ("stakeholder group", "group", "category", "groep", "stakeholdergroep", "doelgroep", "समूह"),
    ),
    "role": (
        QT_TRANSLATE_NOOP("Import", "Role"),
        ("role", "function", "title", "position", "rol", "functie", "functietitel", "भूमिका", "पद"),
    ),
    "gender": (QT_TRANSLATE_NOOP("Import", "Gender"), ("gender", "sex", "geslacht")),
    "languages_spoken": (
        QT_TRANSLATE_NOOP("Import", "Languages spoken"),
        ("languages", "languages spoken", "speaks", "language", "talen", "taal", "spreekt", "भाषा", "भाषाएँ"),
    ),
    "languages_read": (QT_TRANSLATE_NOOP("Import", "Languages read"), ("languages read", "reads", "leest")),
    "literacy_needs": (QT_TRANSLATE_NOOP("Import", "Literacy needs"), ("literacy", "literacy needs")),
    "email": (
        QT_TRANSLATE_NOOP("Import", "Email"),
        ("email", "e-mail", "mail", "email address", "e-mailadres", "emailadres", "mailadres", "ईमेल"),
    ),
    "phone": (
        QT_TRANSLATE_NOOP("Import", "Phone"),
        PHONE_HEADERS,
    ),
    "anonymity": (QT_TRANSLATE_NOOP("Import", "Anonymity"), ANONYMITY_HEADERS),
    "status": (QT_TRANSLATE_NOOP("Import", "Status"), ("status", "rsvp")),
    "caucus": (QT_TRANSLATE_NOOP("Import", "Caucus"), ("caucus", "session")),
    "interpretation_language": (
        QT_TRANSLATE_NOOP("Import", "Interpretation language"),
        ("interpretation", "interpretation language", "interpreter"),
    ),
    "notes": (
        QT_TRANSLATE_NOOP("Import", "Notes"),
        ("notes", "note", "remarks", "comments", "comment", "opmerkingen", "opmerking", "toelichting"),
    ),
}
PERSON_FIELDS = (
    "role", "gender", "languages_spoken", "languages_read", "literacy_needs", "email", "phone", "anonymity", "notes",
    "other_spellings",
)  # fmt: skip
# What a merge fills in of a person and undo takes back; a level made more protective stays so.
FILLED_FIELDS = tuple(name for name in PERSON_FIELDS if name != "anonymity")
NAME_PARTS = ("given_name", "name_infix", "family_name")
LANGUAGE_SEPARATORS = re.compile(r"[,;/|+&]+|\s(?:and|en|और)\s", re.IGNORECASE)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def field_label(name: str) -> str:
    return translate("Import", FIELDS[name][0])


def _simplified(header: str) -> str:
    """A header as typed by hand ("E-mail:", "Naam *", "Phone (mobile)", "Mobile No.") reduced to compare
    with a spelling; "फ़" typed as one character or as two reads the same."""
    header = re.sub(r"\([^)]*\)|[*:.?#]", " ", unicodedata.normalize("NFC", header))
    return re.sub(r"[\s_\-]+", " ", header).strip().casefold()


def names_columns(cells: tuple[str, ...]) -> bool:
    """Whether a row of the file names its columns: one of them is a column for names."""
    return names_mapped(guess_mapping(cells))


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The list in a CSV file or a workbook's sheet: the one named, else the first whose columns name
    people (a workbook may open on its instructions), else the first that holds rows.  Column names
    under a title row are found: a list is often headed "Invitation list Kota roundtable"."""
    table = import_files.read_table(path, sheet, names_columns)
    if sheet is not None or names_mapped(guess_mapping(table.headers)):
        return table
    for title in table.sheets[table.sheets.index(table.sheet) + 1 :] if table.sheet else ():
        other = import_files.read_table(path, title, names_columns)
        if names_mapped(guess_mapping(other.headers)):
            return other
    return table


def names_mapped(mapping: dict[str, int | None]) -> bool:
    """Whether a mapping takes people's names from some column, whole or in parts."""
    return any(mapping.get(part) is not None for part in ("name", *NAME_PARTS))


def guess_mapping(headers: tuple[str, ...]) -> dict[str, int | None]:
    """Field -> column index, from the header spellings each field recognises.  A header in two
    languages ("Sanstha / Organisation", "Naam / नाम") matches on either part, where no header matches
    whole and no other field has taken the column."""
    simplified = [_simplified(h) for h in headers]
    parts = [{_simplified(part) for part in re.sub(r"\([^)]*\)", " ", h).split("/")} for h in headers]
    known = {name: {_simplified(spelling) for spelling in spellings} for name, (_label, spellings) in FIELDS.items()}
    mapping: dict[str, int | None] = {
        name: next((i for i, h in enumerate(simplified) if h in known[name]), None) for name in FIELDS
    }
    taken = {index for index in mapping.values() if index is not None}
    for name in FIELDS:
        if mapping[name] is None:
            found = next((i for i, p in enumerate(parts) if i not in taken and p & known[name]), None)
            if found is not None:
                mapping[name] = found
                taken.add(found)
    return mapping


def unmapped_columns(table: Table, mapping: dict[str, int | None]) -> tuple[int, ...]:
    """The columns no field takes, whose name or cells hold anything: their data is not imported."""
    used = set(mapping.values())
    return tuple(
        index
        for index, header in enumerate(table.headers)
        if index not in used and (header or any(row[index] for row in table.rows))
    )


# -- checking rows ---------------------------------------------------------------------------------


class PlannedRow(Struct, frozen=True):
    """One data row with what it would become, and why it would be skipped or merged."""

    line: int
    values: dict[str, Any]
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    duplicate_of: str | None = None  # the register's person this row means (_Register.by_name)
    merge: bool = True  # use the register's person instead of adding a second one
    listed: bool = False  # skipped because the person is on the meeting's list already
    protect: str = ""  # of one listed: the more protective level the file asks for, given them all the same
    answer: str = ""  # of one listed: the answer the file gives (confirmed, declined), in place of the list's
    unread_answer: str = ""  # the status as typed, when it is no answer this app knows
    states_level: bool = False  # the file's anonymity column says something of this person

    @property
    def importable(self) -> bool:
        return not self.errors


class Plan(Struct, frozen=True):
    """An invitation list read and matched, before anything is written: the user confirms it first."""

    meeting_id: str
    source: str
    mapping: dict[str, int | None]
    rows: tuple[PlannedRow, ...]
    missing_columns: tuple[str, ...] = field(default=())
    unknown_groups: dict[str, int] = field(default_factory=dict)  # group value as typed -> rows with it
    group_choices: dict[str, str] = field(default_factory=dict)  # values mapped by hand, kept for next time
    unused_columns: tuple[str, ...] = field(default=())  # headers of columns that nothing is read from

    @property
    def importable(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.importable]

    @property
    def duplicates(self) -> list[PlannedRow]:
        """Rows of people of the register that will be merged with them."""
        return [row for row in self.rows if row.importable and row.duplicate_of and row.merge]

    @property
    def listed(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.listed]

    @property
    def protections(self) -> list[PlannedRow]:
        """Rows of people on the list already whom the file asks to show less of: that is done, not skipped."""
        return [row for row in self.rows if row.protect]

    @property
    def answers(self) -> list[PlannedRow]:
        """Rows of people on the list already whose answer the file gives anew: that is done, not skipped."""
        return [row for row in self.rows if row.answer]

    @property
    def updates(self) -> list[PlannedRow]:
        """Rows of people on the list already that change them: made better protected, or answered."""
        return [row for row in self.rows if row.protect or row.answer]


def _codes(text: str, warnings: list[str]) -> list[str]:
    """Language codes for "Hindi, Rajasthani" or "hi; bho" or "हिन्दी"; an unknown name is kept as written."""
    codes = []
    for part in LANGUAGE_SEPARATORS.split(text):
        part = part.strip()
        if not part:
            continue
        code = LANGUAGES.match(part)
        if code is None:
            warnings.append(translate("Import", "Unknown language '{0}' kept as written.").format(part))
            code = part.casefold()[:16]
        codes.append(code)
    return list(dict.fromkeys(codes))


def _simple_value(text: str) -> str:
    """A typed value ("Anoniem.", "group-only", "Niet bij naam (risk)") reduced to compare with a spelling."""
    text = re.sub(r"\([^)]*\)", " ", unicodedata.normalize("NFC", text))
    return " ".join(re.sub(r"[_\-.!?*:;,]+", " ", text).split()).casefold()


def _closed_value(text: str, known: Vocabulary, spellings: dict[str, str]) -> str | None:
    """The code a typed status, anonymity or caucus means (code, English or translated label, or a
    spelling people write), or None."""
    simple = _simple_value(text)
    return spellings.get(simple) or next(
        (c for c in known if simple in (_simple_value(c), _simple_value(known[c]), _simple_value(known.label(c)))),
        None,
    )


# A value with a remark in brackets: "Bij naam (liever niet)".
QUALIFIED = re.compile(r"\([^)]*\w[^)]*\)")
# What people write for each level in English, Dutch and Hindi (and Hindi typed in Latin letters).
# Only what plainly means naming reads as named: "yes", "no", "name" or "open" is not understood, so
# it is read as the most protective level.
ANONYMITY_SPELLINGS = {
    "named": (
        "by name", "with name", "use name", "can be named", "may be named", "bij naam", "met naam",
        "naam noemen", "bij naam noemen", "met naam noemen", "naam vermelden", "mag bij naam", "mag genoemd worden",
        "genoemd", "नाम से", "नाम सहित", "नाम के साथ", "naam se",
    ),
    "group_only": (
        "group", "only group", "group only", "by group", "as group", "as a group", "only by group",
        "group name only", "groep", "alleen groep", "alleen de groep", "alleen als groep", "als groep",
        "per groep", "alleen stakeholdergroep", "alleen groepsnaam", "समूह", "केवल समूह", "सिर्फ़ समूह",
        "सिर्फ समूह", "समूह से", "samooh",
    ),
    "anonymous": (
        "anon", "anonymous", "anonymised", "anonymized", "not named", "no name", "unnamed", "without name",
        "do not name", "don't name", "dont name", "name withheld", "withhold name", "hidden", "secret",
        "confidential", "private", "pseudonym", "pseudonymous", "pseudonymised", "pseudonymized",
        "anoniem", "geanonimiseerd", "anonimiseren", "niet bij naam", "niet bij naam noemen", "naam niet noemen",
        "niet noemen", "geen naam", "zonder naam", "geheim", "vertrouwelijk", "pseudoniem", "onder pseudoniem",
        "गुमनाम", "अनाम", "बेनाम", "नाम नहीं", "नाम न लें", "नाम गुप्त", "गुप्त", "गोपनीय", "छद्म नाम", "gumnaam",
        "gupt", "naam nahi",
    ),
}  # fmt: skip
# A column that asks "Anonymous?" (not "Anonymity: named / anonymous") is answered yes or no.
# ("Anonymity", "Anonimiteit" and "Anonymity level" name a level: "no" there is not understood, and protects.)
ANONYMOUS_QUESTION = re.compile(r"^(anonymous|anoniem|anonym|गुमनाम|अनाम)$")
YES = frozenset({"yes", "y", "ja", "j", "x", "haan", "han", "हाँ", "हां", "true"})
NO = frozenset({"no", "n", "nee", "nahi", "nahin", "नहीं", "false"})
ANSWERS = ("confirmed", "declined")  # the answers to an invitation that a list read again may give
# What people write in an RSVP column, in English, Dutch and Hindi; a maybe is no answer yet.
STATUS_SPELLINGS = {
    "confirmed": ("yes", "accepted", "accept", "coming", "attending", "will attend", "ja", "bevestigd", "aangemeld",
                  "komt", "हाँ", "हां", "आएँगे", "aayenge"),
    "declined": ("no", "regrets", "not coming", "cancelled", "canceled", "nee", "afgemeld", "afgezegd", "komt niet",
                 "नहीं", "नहीं आएँगे"),
    "invited": ("maybe", "tentative", "pending", "no answer", "misschien", "uitgenodigd", "geen antwoord", "शायद",
                "आमंत्रित"),
    "attended": ("present", "aanwezig", "उपस्थित"),
}  # fmt: skip
CLOSED_FIELDS = (
    (
        "anonymity",
        ANONYMITY,
        {_simple_value(spelling): code for code, spellings in ANONYMITY_SPELLINGS.items() for spelling in spellings},
    ),
    ("status", STATUSES, {_simple_value(word): code for code, words in STATUS_SPELLINGS.items() for word in words}),
    ("caucus", CAUCUSES, {}),
)


def _check_row(line: int, raw: dict[str, str], groups: GroupMatcher, asks_anonymous: bool = False) -> PlannedRow:
    """``asks_anonymous``: the anonymity column's header asks "Anonymous?", so yes and no answer it."""
    errors: list[str] = []
    warnings: list[str] = []
    values: dict[str, Any] = {k: v for k, v in raw.items() if v}
    states_level = bool(raw.get("anonymity"))
    unread_answer = ""
    if not raw.get("name"):
        errors.append(translate("Import", "No name."))
    group_text = raw.get("stakeholder_group", "")
    values["stakeholder_group"] = groups.match(group_text) or ""
    if group_text and not values["stakeholder_group"]:
        # A group that is not understood may be workers' (in words the list's author used): protected until
        # the facilitator chooses, as an anonymity that is not understood is.
        if not raw.get("anonymity"):
            values["anonymity"] = MOST_PROTECTIVE
        warnings += _group_warnings(group_text)
    elif not group_text:
        warnings += _group_warnings("")
    for name in ("languages_spoken", "languages_read"):
        if raw.get(name):
            values[name] = _codes(raw[name], warnings)
    if raw.get("interpretation_language"):
        found = _codes(raw["interpretation_language"], warnings)
        values["interpretation_language"] = found[0] if found else ""
    if raw.get("gender"):
        values["gender"] = normalise_gender(raw["gender"])
    if raw.get("other_spellings"):
        spellings = list(
            dict.fromkeys(spelling[: people.MAX_NAME] for spelling in spellings_in(raw["other_spellings"]))
        )
        if len(spellings) > people.MAX_SPELLINGS:
            errors.append(
                translate("Import", "More than {0} other spellings; keep those that notes use.").format(
                    people.MAX_SPELLINGS
                )
            )
        values["other_spellings"] = "; ".join(spellings)
    if raw.get("email") and not EMAIL.match(raw["email"]):
        # Not quoted: an address is often a name ("kamla.devi@..."), and the line may be of someone not named.
        warnings.append(translate("Import", "The email cell is not an email address; it is left out."))
        values.pop("email")
    answer = _simple_value(raw.get("anonymity", ""))
    # "No (only by group)" is no plain wish to be named: read below as not understood, the most protective.
    qualified = bool(QUALIFIED.search(raw.get("anonymity", "")))
    if asks_anonymous and (answer in YES or (answer in NO and not qualified)):
        values["anonymity"] = "anonymous" if answer in YES else "named"
        raw = {**raw, "anonymity": ""}  # answered: not read again below
    for name, known, spellings in CLOSED_FIELDS:
        if not raw.get(name):
            continue
        code = _closed_value(raw[name], known, spellings)
        if name == "anonymity" and code not in (None, MOST_PROTECTIVE) and QUALIFIED.search(raw[name]):
            code = None  # "Named (not in the report)" is no plain wish to be shown: read as not understood
        if code is not None:
            values[name] = code
        elif name == "anonymity":  # a privacy wish misread must not name anyone
            values[name] = MOST_PROTECTIVE
            warnings.append(
                translate("Import", "Unknown anonymity '{value}'; imported as '{level}', the most protective level.")
                .format(value=raw[name], level=ANONYMITY.label(MOST_PROTECTIVE))
            )  # fmt: skip
        else:
            values.pop(name)
            unread_answer = raw[name] if name == "status" else unread_answer
            warnings.append(
                translate("Import", "Unknown {field} '{value}'; the default is used.").format(
                    field=field_label(name).lower(), value=raw[name]
                )
            )
    for name in ("name", "organisation"):  # the register holds names of at most MAX_NAME characters
        if len(values.get(name, "")) > people.MAX_NAME:
            warnings.append(
                translate("Import", "{field} is longer than {limit} characters; only the first {limit} are imported.")
                .format(field=field_label(name), limit=people.MAX_NAME)
            )  # fmt: skip
            values[name] = values[name][: people.MAX_NAME].rstrip()
    return PlannedRow(
        line, values, tuple(errors), tuple(warnings), states_level=states_level, unread_answer=unread_answer
    )


# Titles a list writes before a name, in English, Dutch and Hindi: "Mrs. Marieke de Vries" is Marieke de Vries.
# Not "Sri" or "Shri": "Sri Lakshmi" is a name.
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "smt", "shrimati", "dhr", "mevr", "mw",
                    "mevrouw", "meneer", "de heer", "ir", "drs", "श्रीमती", "सुश्री", "डॉ"})  # fmt: skip


def _person_key(name: str, organisation: str) -> tuple[str, str]:
    """A name and an organisation as they are compared: spacing and case aside, and without a title."""
    words = name.casefold().split()
    while len(words) > 1 and (words[0].rstrip(".") in TITLES or " ".join(words[:2]).rstrip(".") in TITLES):
        words = words[2:] if " ".join(words[:2]).rstrip(".") in TITLES else words[1:]
    return (" ".join(words), " ".join(organisation.split()).casefold())


class _Register(Struct, frozen=True):
    """The register as an import compares rows with it."""

    people: dict[tuple[str, str], str]  # (name, organisation) -> person id
    levels: dict[str, str]  # person id -> anonymity level
    on_list: set[str]  # people already on the meeting's list
    places: dict[str, tuple[str, str]]  # of each of them: their place (participation) and its status
    listed_names: dict[str, list[str]]  # name -> the people of that name on the meeting's list
    named: dict[str, list[str]]  # name -> the register's people of that name
    sounds: dict[str, dict[str, str]]  # how a name sounds -> the people whose name sounds so -> organisation
    shown: dict[str, str]  # person id -> how a warning may name them
    groups: dict[str, str]  # person id -> their stakeholder group

    def by_name(self, key: tuple[str, str], organisation_mapped: bool) -> str | None:
        """The register's person a row means: by name and organisation; without an organisation column,
        by name alone when one person of the register has it (not a second "Sanne Bakker" beside her)."""
        found = self.people.get(key)
        if found is None and not organisation_mapped and len(self.named.get(key[0], ())) == 1:
            return self.named[key[0]][0]
        return found

    def listed_person(self, key: tuple[str, str], organisation_mapped: bool) -> str | None:
        """The person of the meeting's list a row names: by name and organisation, or, in a list without
        an organisation column, by name alone when one person on the list has it."""
        found = self.people.get(key)
        if found in self.on_list:
            return found
        names = self.listed_names.get(key[0], ())
        return names[0] if not organisation_mapped and len(names) == 1 else None

    def grouped(self, person_id: str) -> bool:
        return bool(self.groups.get(person_id))

    def hidden_alike(self, name: str) -> str:
        """The most protective level of those in the register who are not named and have this name, or one
        that sounds like it, whatever their organisation: a row that may be one of them is not named."""
        key = _person_key(name, "")[0]
        alike = {*self.named.get(key, ()), *self.sounds.get(name_sound(key), {})}
        levels = [self.levels[pid] for pid in alike if self.levels.get(pid, "named") != "named"]
        return max(levels, key=protection, default="")

    def sounding_alike(self, key: tuple[str, str], organisation_mapped: bool) -> tuple[str, ...]:
        """A warning for a row matched to no one whose name sounds like that of someone of the register (of
        the same organisation, as a match would need), written in the other script ("मोहन लाल मीणा" for
        "Mohan Lal Meena") or a letter off ("Sanna Baker"): it is imported as a new person, unless the
        facilitator says it is the same one."""
        alike = self.sounds.get(name_sound(key[0]), {})
        shown = sorted({self.shown[pid] for pid, organisation in alike.items() if not organisation_mapped
                        or organisation == key[1]})  # fmt: skip
        if not shown:
            return ()
        return (
            translate("Import", "Sounds like {0} in the register. If it is the same person, add this spelling to "
                                "their 'Also written as' and import again; otherwise a new person is added.")
            .format(", ".join(shown)),
        )  # fmt: skip


def _register(session: Session, meeting_id: str) -> _Register:
    organisations = {o.id: o.name for o in session.scalars(select(Organisation).where(~Organisation.deleted))}
    places = {
        person_id: (place_id, status)
        for person_id, place_id, status in session.execute(
            select(Participation.person_id, Participation.id, Participation.status).where(
                Participation.meeting_id == meeting_id, Participation.deleted.is_(False)
            )
        )
    }
    known = _Register({}, {}, set(places), places, {}, {}, {}, {}, {})
    register = list(session.scalars(select(Person).where(Person.deleted.is_(False))))
    for person in register:
        known.levels[person.id] = person.anonymity
        known.groups[person.id] = person.stakeholder_group
        if person.anonymity == "group_only" and person.stakeholder_group:  # shown as their group, no more
            group = group_label(person.stakeholder_group)
            known.shown[person.id] = translate("Import", "someone not named, of {0}").format(group)
        elif person.anonymity != "named":
            known.shown[person.id] = translate("Import", "someone not named")
        else:
            organisation = organisations.get(person.organisation_id or "", "")
            known.shown[person.id] = f"{person.name} ({organisation})" if organisation else person.name
    # Everyone's name first: a spelling that someone's "Also written as" keeps does not take another's name.
    written = [(person, person.name) for person in register]
    written += [(person, spelling) for person in register for spelling in spellings_in(person.other_spellings)]
    names = set()
    for person, spelling in written:
        key = _person_key(spelling, organisations.get(person.organisation_id or "", ""))
        if spelling == person.name:
            names.add(key[0])
        elif key in known.people or key[0] in names:
            continue
        known.people.setdefault(key, person.id)
        if person.id not in known.named.setdefault(key[0], []):
            known.named[key[0]].append(person.id)
        if person.id in known.on_list and person.id not in known.listed_names.setdefault(key[0], []):
            known.listed_names[key[0]].append(person.id)
        if sound := name_sound(spelling):
            known.sounds.setdefault(sound, {})[person.id] = key[1]
    return known


def _not_names() -> frozenset[str]:
    """What this app's own lists write in place of the name of someone who is not named ("Anonymous
    participant", a group's name), in every language it writes: a list exported and read again would
    otherwise add a person called "Anonymous participant"."""
    written = set(taxonomy.stakeholder_groups())
    for language in DOCUMENT_LANGUAGES:
        if language != "en" and catalogue(language) is None:
            continue
        with labels_in(language):
            written |= {translate("Anonymity", "Anonymous participant"),
                        translate("Anonymity", "Participant (group withheld)")}  # fmt: skip
            written |= {group.label for group in taxonomy.stakeholder_groups().values()}
    return frozenset(_name_key(text) for text in written)


def _name_key(name: str) -> str:
    return " ".join(without_marks(name).split()).casefold()


def _sounding_alike_above(row: PlannedRow, sounds: dict[str, int]) -> tuple[str, ...]:
    """A warning for a new person whose name sounds like one a line above gives, in another script or a
    letter off: the same person written twice would become two."""
    sound = name_sound(row.values["name"])
    line = sounds.get(sound) if sound else None
    if line is None:
        return ()
    return (
        translate("Import", "Sounds like the name on line {0}. If it is the same person, keep one of the two rows "
                            "and put the other spelling in its 'Also written as'.").format(line),
    )  # fmt: skip


def _group_warnings(typed: str) -> tuple[str, ...]:
    """What :func:`_check_row` says of a row's group, written as ``typed``, when it is none it knows."""
    if typed:
        return (
            translate("Import", "Group '{0}' is not known; imported without a group, and anonymous until you choose.")
            .format(typed),
        )  # fmt: skip
    return (translate("Import", "No stakeholder group; set one before the checks can count this person."),)


def _without_group_warnings(row: PlannedRow, typed: str) -> PlannedRow:
    said = set(_group_warnings(typed))
    return replace(row, warnings=tuple(warning for warning in row.warnings if warning not in said))


def _protect_alike(row: PlannedRow, known: _Register, above: str = "") -> PlannedRow:
    """A row that may be someone of the register who is not named (their name in another script, or with
    another organisation), or someone a line above says is not named (``above``: that level), is written
    at least as protected as they are: a new "कमला देवी" is not named beside the anonymous Kamla Devi
    until the facilitator knows who she is."""
    level = max(filter(None, (known.hidden_alike(row.values["name"]), above)), key=protection, default="")
    current = row.values.get("anonymity") or default_anonymity(row.values.get("stakeholder_group", ""))
    if not level or protection(level) <= protection(current):
        return row
    said = translate(
        "Import", "Imported as '{level}', as someone of the register who is not named has this name or one that "
                  "sounds like it; change it once you know who this is."
    ).format(level=ANONYMITY.label(level))  # fmt: skip
    warnings = row.warnings if row.duplicate_of else (*row.warnings, said)  # merged: the register's level stays
    return replace(row, values={**row.values, "anonymity": level}, warnings=warnings)


def _stricter(row: PlannedRow, known: _Register, person_id: str) -> tuple[str, ...]:
    """A warning when merging makes a register person more protected, as the file asks."""
    level, current = row.values.get("anonymity", ""), known.levels.get(person_id, "")
    if not row.states_level or not level or protection(level) <= protection(current):
        return ()
    return (
        translate("Import", "The register has this person as '{current}'; merged, they become '{level}', as the "
                            "file says.").format(current=ANONYMITY.label(current), level=ANONYMITY.label(level)),
    )  # fmt: skip


def _keep_stricter(
    planned: list[PlannedRow], line: int, again: PlannedRow, known: _Register, organisation_mapped: bool
) -> None:
    """A person listed twice in one file is imported once, by the first row, as the more protective of
    the two rows asks."""
    index = next(n for n, row in enumerate(planned) if row.line == line)
    first = planned[index]
    level = again.values.get("anonymity", "")
    # A first row without a level gets its group's default (a worker's: anonymous) when it is written.
    before = first.values.get("anonymity") or default_anonymity(first.values.get("stakeholder_group", ""))
    if not again.states_level or protection(level) <= protection(before):
        return
    stricter = replace(first, values={**first.values, "anonymity": level}, states_level=True)
    if first.duplicate_of:  # merged with the register: its warning says the level it now becomes
        said = set(_stricter(first, known, first.duplicate_of))
        kept = tuple(warning for warning in first.warnings if warning not in said)
        stricter = replace(stricter, warnings=(*kept, *_stricter(stricter, known, first.duplicate_of)))
    if first.listed:
        key = _person_key(first.values["name"], first.values.get("organisation", ""))
        person_id = known.listed_person(key, organisation_mapped)
        stricter = _listed(replace(stricter, errors=()), known, person_id) if person_id else first
    planned[index] = stricter


def _listed(row: PlannedRow, known: _Register, person_id: str) -> PlannedRow:
    """A row of someone on the list already: skipped, unless the file asks to show less of them (an
    "Anonymous?" answered yes since), which is never left undone, or gives their answer to the invitation
    (a list kept in a spreadsheet, read again as the answers come in)."""
    # Nothing else of the row is imported, so what it says of its other values ("No stakeholder group") is
    # not said: only what changes.
    skipped = replace(row, errors=(translate("Import", "Already on this meeting's list."),), warnings=(), listed=True)
    answer, (_place, status) = row.values.get("status", ""), known.places.get(person_id, ("", ""))
    if row.unread_answer and status:
        unread = translate("Import", "'{value}' is no answer this app knows; the answer stays '{current}'.").format(
            value=row.unread_answer, current=STATUSES.label(status)
        )
        skipped = replace(skipped, warnings=(unread,))
    # "Invited" in a list read again is no answer, and who attended is recorded on the day, not in a file.
    if answer in ANSWERS and status not in ("", answer, "attended"):
        said = translate(
            "Import", "Already on this meeting's list, as '{current}'; the answer becomes '{answer}', as the file says."
        ).format(current=STATUSES.label(status), answer=STATUSES.label(answer))
        skipped = replace(skipped, warnings=(*skipped.warnings, said), answer=answer)
    level, current = row.values.get("anonymity", ""), known.levels.get(person_id, "")
    if not row.states_level or not level or protection(level) <= protection(current):
        return skipped  # a group the list writes otherwise says nothing of how they wish to be shown
    said = translate(
        "Import", "Already on this meeting's list, as '{current}'; they become '{level}', as the file says."
    ).format(current=ANONYMITY.label(current), level=ANONYMITY.label(level))
    return replace(skipped, warnings=(*skipped.warnings, said), protect=level)


def plan(
    db: Database,
    meeting_id: str,
    table: Table,
    mapping: dict[str, int | None] | None = None,
    group_choices: dict[str, str] | None = None,
) -> Plan:
    """What importing ``table`` into the meeting would do, row by row; writes nothing.

    ``group_choices`` maps group values as typed in the file to group ids (the facilitator's choices in
    the value-mapping step, or ``--map-group``); values mapped in earlier imports are used as well.
    """
    mapping = dict(mapping or guess_mapping(table.headers))
    if not names_mapped(mapping):
        raise UserError(
            translate(
                "Import",
                "{0} has no column for names. Name the column 'Name' (or 'First name' and 'Last name'), or "
                "choose it in the mapping.",
            ).format(table.source)
        )
    choices = {value: taxonomy.check_group(group) for value, group in (group_choices or {}).items()}
    groups = GroupMatcher(choices, group_names.remembered(db))
    with db.session() as session:
        begun = get_live(session, Meeting, meeting_id).starts_at <= utcnow()
        known = _register(session, meeting_id)
    organisation_mapped = mapping.get("organisation") is not None
    anonymity_column = mapping.get("anonymity")
    asks_anonymous = anonymity_column is not None and bool(
        ANONYMOUS_QUESTION.match(_simplified(table.headers[anonymity_column]))
    )
    seen: dict[tuple[str, str], int] = {}
    sounds: dict[str, int] = {}  # how a name of the file sounds -> its first line
    rows_of: dict[str, int] = {}  # a register person a row means -> that row's line
    hidden_above: dict[str, str] = {}  # a name of the file, or how it sounds -> the level a line above gives it
    not_names = _not_names()
    unknown: dict[str, list[Any]] = {}  # simplified value -> [first spelling, rows]
    planned = []
    for number, cells in zip(table.lines, table.rows, strict=True):
        raw = {name: clean(cells[index]).strip() if index is not None else "" for name, index in mapping.items()}
        parts = [raw.pop(part, "") for part in NAME_PARTS]
        raw["name"] = raw.get("name") or " ".join(part for part in parts if part)
        row = _check_row(number, raw, groups, asks_anonymous)
        if raw.get("stakeholder_group") and not row.values["stakeholder_group"]:
            unknown.setdefault(group_names.simplify(raw["stakeholder_group"]), [raw["stakeholder_group"], 0])[1] += 1
        key = _person_key(row.values.get("name", ""), row.values.get("organisation", ""))
        if row.importable and _name_key(row.values["name"]) in not_names:
            row = replace(row, errors=(
                translate("Import", "'{0}' is how this app lists someone who is not named, not a name: nobody is "
                                    "imported. To invite the same people again, duplicate their meeting or invite "
                                    "them from the register.").format(row.values["name"]),
            ))  # fmt: skip
        elif row.importable and key in seen:
            _keep_stricter(planned, seen[key], row, known, organisation_mapped)
            row = replace(row, errors=(translate("Import", "Same person as on line {0}.").format(seen[key]),))
        elif row.importable:
            seen[key] = number
            duplicate = known.by_name(key, organisation_mapped)
            listed = known.listed_person(key, organisation_mapped)
            person = listed or duplicate
            if person is not None and person in rows_of:  # the same person by another spelling of the name
                row = replace(row, errors=(translate("Import", "Same person as on line {0}.").format(rows_of[person]),))
                planned.append(row)
                continue
            if person is None and not organisation_mapped and len(known.named.get(key[0], ())) > 1:
                row = replace(row, errors=(translate(
                    "Import", "More than one person of the register has this name; give their organisations in a "
                              "column to say which."),))  # fmt: skip
                planned.append(row)
                continue
            if person is not None:
                rows_of[person] = number
            if listed is not None:
                row = _listed(row, known, listed)
            elif duplicate:
                # Merged, the person keeps the register's group: what the row's group says is not said.
                kept = (
                    _without_group_warnings(row, raw.get("stakeholder_group", "")) if known.grouped(duplicate) else row
                )
                row = replace(
                    kept, duplicate_of=duplicate, warnings=(*kept.warnings, *_stricter(row, known, duplicate))
                )
            else:
                alike = known.sounding_alike(key, organisation_mapped) or _sounding_alike_above(row, sounds)
                row = replace(row, warnings=(*row.warnings, *alike))
            written_as = (_person_key(row.values["name"], "")[0], name_sound(row.values["name"]))
            if not row.listed:
                above = max(filter(None, (hidden_above.get(k, "") for k in written_as)), key=protection, default="")
                row = _protect_alike(row, known, above)
            level = row.values.get("anonymity") or default_anonymity(row.values.get("stakeholder_group", ""))
            for written in written_as if level != "named" else ():
                if written and protection(level) > protection(hidden_above.get(written, "named")):
                    hidden_above[written] = level
            if row.values.get("status") == "attended" and not begun and not row.listed:
                said = translate("Import", "The meeting has not begun: imported as 'Confirmed', not 'Attended'.")
                row = replace(row, values={**row.values, "status": "confirmed"}, warnings=(*row.warnings, said))
            if sound := name_sound(row.values["name"]):
                sounds.setdefault(sound, row.line)
        planned.append(row)
    missing = tuple(name for name in ("organisation", "stakeholder_group") if mapping.get(name) is None)
    unknown_groups = {spelling: count for spelling, count in unknown.values()}
    used = {index for index in mapping.values() if index is not None}
    unused = tuple(header for index, header in enumerate(table.headers) if index not in used and str(header).strip())
    return Plan(meeting_id, table.source, mapping, tuple(planned), missing, unknown_groups, choices, unused)


class Outcome(Struct, frozen=True):
    """What an import wrote: counts for the message, and ids so that undo can take it back."""

    added: int
    merged: int
    skipped: int
    participation_ids: tuple[str, ...]
    person_ids: tuple[str, ...]  # people new to the register
    protected: int = 0  # people on the list already, now shown less of, as the file asked
    answered: tuple[tuple[str, str, str], ...] = ()  # places given the file's answer: (id, before, after)
    organisation_ids: tuple[str, ...] = ()  # organisations new to the register
    filled: tuple[tuple[str, dict[str, Any], dict[str, Any]], ...] = ()  # merged people: (id, before, after)


def apply(db: Database, planned: Plan) -> Outcome:
    """Write the importable rows of a plan the user confirmed, all in one transaction.

    The register is read again inside the write transaction, which holds SQLite's write lock from its
    start: a second import of the same list, running at the same time, waits and then finds everyone
    already on the list, so two imports give one set of people (the unique index on a person's place
    in a meeting backs this up).
    """
    added = merged = 0
    created: list[Participation] = []
    new_people: list[str] = []
    new_organisations: list[str] = []
    filled: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    organisation_mapped = planned.mapping.get("organisation") is not None
    with db.session(immediate=True) as session:
        get_live(session, Meeting, planned.meeting_id)
        known = _register(session, planned.meeting_id)
        register, on_list = known.people, known.on_list
        organisation_ids = {
            o.name.casefold(): o.id for o in session.scalars(select(Organisation).where(~Organisation.deleted))
        }
        group_names.remember(session, planned.group_choices)
        for row in planned.importable:
            values = row.values
            key = _person_key(values["name"], values.get("organisation", ""))
            existing = known.by_name(key, organisation_mapped)
            if known.listed_person(key, organisation_mapped) is not None:
                continue  # listed since the preview was made, by another import or by hand
            if existing and (row.merge or not row.duplicate_of):
                person = get_live(session, Person, existing)
                before = {name: getattr(person, name) for name in FILLED_FIELDS}
                for name in PERSON_FIELDS:  # fill in what the register lacks; never overwrite
                    if values.get(name) and not getattr(person, name):
                        setattr(person, name, values[name])
                if values.get("other_spellings"):  # every spelling known of a name protects it: kept together
                    spellings = [*spellings_in(person.other_spellings), *spellings_in(values["other_spellings"])]
                    person.other_spellings = "; ".join(dict.fromkeys(spellings))  # all kept: each one protects
                after = {name: getattr(person, name) for name in FILLED_FIELDS}
                if changed := {name for name in FILLED_FIELDS if before[name] != after[name]}:
                    filled.append((person.id, {n: before[n] for n in changed}, {n: after[n] for n in changed}))
                if row.states_level and protection(values.get("anonymity", "")) > protection(person.anonymity):
                    person.anonymity = values["anonymity"]  # more protected, never less
                merged += 1
            else:
                org_name = values.get("organisation", "")
                if org_name and org_name.casefold() not in organisation_ids:
                    organisation = Organisation(id=new_id(), name=org_name[: people.MAX_NAME],
                                                stakeholder_group=values.get("stakeholder_group", ""))  # fmt: skip
                    session.add(organisation)
                    organisation_ids[org_name.casefold()] = organisation.id
                    new_organisations.append(organisation.id)
                group = values.get("stakeholder_group", "")
                blank = {"anonymity": default_anonymity(group), "languages_spoken": [], "languages_read": []}
                # Every new person gets every field, so the rows share one INSERT and are written in batches.
                person = Person(
                    id=new_id(),
                    name=values["name"][: people.MAX_NAME],
                    organisation_id=organisation_ids.get(org_name.casefold()) if org_name else None,
                    stakeholder_group=group,
                    **{name: values.get(name, blank.get(name, "")) for name in PERSON_FIELDS},
                )
                session.add(person)
                new_people.append(person.id)
                register[key] = person.id
                known.named.setdefault(key[0], []).append(person.id)
                added += 1
            participation = place_in(
                session,
                planned.meeting_id,
                person.id,
                status=values.get("status", "invited"),
                caucus=values.get("caucus", "plenary"),
                interpretation_language=values.get("interpretation_language", ""),
            )
            on_list.add(person.id)
            created.append(participation)
        protected = _protect_listed(session, planned, known, organisation_mapped)
        answered = _answer_listed(session, planned, known, organisation_mapped)
    skipped = len(planned.rows) - added - merged - len(protected | set(answered))
    return Outcome(
        added, merged, skipped, tuple(p.id for p in created), tuple(new_people), len(protected),
        tuple(answered.values()), tuple(new_organisations), tuple(filled),
    )  # fmt: skip


def _answer_listed(
    session: Session, planned: Plan, known: _Register, organisation_mapped: bool
) -> dict[int, tuple[str, str, str]]:
    """Give each listed person a row answers for the answer it gives (read again, in the write): each
    line that did, with its place and the place's status before and after, for undo."""
    changed = {}
    for row in planned.answers:
        key = _person_key(row.values["name"], row.values.get("organisation", ""))
        person_id = known.listed_person(key, organisation_mapped)
        place_id, status = known.places.get(person_id or "", ("", ""))
        if place_id and status not in (row.answer, "attended"):
            get_live(session, Participation, place_id).status = row.answer
            changed[row.line] = (place_id, status, row.answer)
    return changed


def _protect_listed(session: Session, planned: Plan, known: _Register, organisation_mapped: bool) -> set[int]:
    """Give each listed person a row asks it of the more protective level (read again, in the write): the
    lines that did."""
    protected = set()
    for row in planned.protections:
        key = _person_key(row.values["name"], row.values.get("organisation", ""))
        person_id = known.listed_person(key, organisation_mapped)
        person = session.get(Person, person_id) if person_id else None
        if person is not None and protection(row.protect) > protection(person.anonymity):
            person.anonymity = row.protect
            protected.add(row.line)
    return protected
