"""The columns of an invitation list: what each field is called in English, Dutch and Hindi, the guess
of which column holds what, and the table read from the file (:mod:`.import_files` refuses what cannot
be one)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from facilitator.core.participants import import_files
from facilitator.core.participants.import_files import Table
from facilitator.i18n import QT_TRANSLATE_NOOP, translate

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
    "status": (
        QT_TRANSLATE_NOOP("Import", "Status"),
        ("status", "rsvp", "present", "attended", "attendance", "aanwezig", "aanwezigheid", "उपस्थित", "उपस्थिति"),
    ),
    "caucus": (QT_TRANSLATE_NOOP("Import", "Caucus"), ("caucus", "session")),
    "interpretation_language": (
        QT_TRANSLATE_NOOP("Import", "Interpretation language"),
        ("interpretation", "interpretation language", "interpreter", "tolk", "tolktaal", "दुभाषिया"),
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


def field_label(name: str) -> str:
    return translate("Import", FIELDS[name][0])


def simplified(header: str) -> str:
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
    written = [simplified(h) for h in headers]
    parts = [{simplified(part) for part in re.sub(r"\([^)]*\)", " ", h).split("/")} for h in headers]
    known = {name: {simplified(spelling) for spelling in spellings} for name, (_label, spellings) in FIELDS.items()}
    mapping: dict[str, int | None] = {
        name: next((i for i, h in enumerate(written) if h in known[name]), None) for name in FIELDS
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
