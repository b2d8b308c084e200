"""One row of an invitation list, checked: its values read as the register keeps them (a group, a
language, a level of anonymity, an answer to the invitation, written as people write them), and what
the preview says of it.  A privacy wish that is not understood is read as the most protective level."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from msgspec import Struct

from facilitator.core.participants import people
from facilitator.core.participants.group_names import GroupMatcher
from facilitator.core.participants.import_columns import field_label
from facilitator.core.participants.vocabulary import (
    ANONYMITY,
    CAUCUSES,
    MOST_PROTECTIVE,
    STATUSES,
    normalise_gender,
)
from facilitator.core.text import spellings_in
from facilitator.core.vocabulary import LANGUAGES, Vocabulary
from facilitator.i18n import translate

LANGUAGE_SEPARATORS = re.compile(r"[,;/|+&]+|\s(?:and|en|और)\s", re.IGNORECASE)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class PlannedRow(Struct, frozen=True):
    """One data row with what it would become, and why it would be skipped or merged."""

    line: int
    values: dict[str, Any]
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    duplicate_of: str | None = None  # the register's person this row means (Register.by_name)
    merge: bool = True  # use the register's person instead of adding a second one
    listed: bool = False  # skipped because the person is on the meeting's list already
    protect: str = ""  # of one listed: the more protective level the file asks for, given them all the same
    answer: str = ""  # of one listed: the answer the file gives (confirmed, declined), in place of the list's
    spell: str = ""  # of one listed: the spellings of their name the file adds to those the register keeps
    unread_answer: str = ""  # the status as typed, when it is no answer this app knows
    states_level: bool = False  # the file's anonymity column says something of this person

    @property
    def importable(self) -> bool:
        return not self.errors

    @property
    def changes_listed(self) -> bool:
        """Someone on the list already whom the row changes (better protected, answered, or known by one
        more spelling): done, not skipped."""
        return bool(self.protect or self.answer or self.spell)


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


def simple_value(text: str) -> str:
    """A typed value ("Anoniem.", "group-only", "Niet bij naam (risk)") reduced to compare with a spelling."""
    text = re.sub(r"\([^)]*\)", " ", unicodedata.normalize("NFC", text))
    text = re.sub("[\ufe0e\ufe0f]", "", text)  # "✔️" as an emoji keyboard types it is "✔"
    return " ".join(re.sub(r"[_\-.!?*:;,]+", " ", text).split()).casefold()


def _closed_value(text: str, known: Vocabulary, spellings: dict[str, str]) -> str | None:
    """The code a typed status, anonymity or caucus means (code, English or translated label, or a
    spelling people write), or None."""
    simple = simple_value(text)
    return spellings.get(simple) or next(
        (c for c in known if simple in (simple_value(c), simple_value(known[c]), simple_value(known.label(c)))),
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
# A column headed "Present?" or "Aanwezig" is an attendance list: yes means attended, no says nothing of the
# invitation's answer.
PRESENCE_QUESTION = re.compile(r"^(present|attended|attendance|aanwezig|aanwezigheid|उपस्थित|उपस्थिति)$")
# How a sign-in sheet is ticked: a mark for who came, a zero or a dash for who did not.
PRESENT = frozenset({"✓", "✔", "☑", "√", "1"})
ABSENT = frozenset({"absent", "afwezig", "niet aanwezig", "not present", "अनुपस्थित", "0", "–", "—", "✗", "✘"})
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
STATUS_WORDS = {simple_value(word): code for code, words in STATUS_SPELLINGS.items() for word in words}
CLOSED_FIELDS = (
    (
        "anonymity",
        ANONYMITY,
        {simple_value(spelling): code for code, spellings in ANONYMITY_SPELLINGS.items() for spelling in spellings},
    ),
    ("status", STATUSES, STATUS_WORDS),
    ("caucus", CAUCUSES, {}),
)


def check_row(
    line: int, raw: dict[str, str], groups: GroupMatcher, questions: frozenset[str] = frozenset()
) -> PlannedRow:
    """``questions``: the fields whose column header asks a question ("Anonymous?", "Present?"), so yes and
    no answer it."""
    errors: list[str] = []
    warnings: list[str] = []
    values: dict[str, Any] = {k: v for k, v in raw.items() if v}
    states_level = bool(raw.get("anonymity"))
    unread_answer = ""
    if not raw.get("name"):
        errors.append(translate("Import", "No name."))
    elif EMAIL.match(raw["name"].strip()):
        # "sunita.sharma@manjari.org" then headed her notes and the minutes as her name.
        warnings.append(
            translate(
                "Import",
                "The name is an e-mail address: it is kept as their e-mail too; "
                "type the person's name in the register.",
            )
        )
        if not raw.get("email"):
            values["email"] = raw["name"].strip()
    group_text = raw.get("stakeholder_group", "")
    values["stakeholder_group"] = groups.match(group_text) or ""
    if group_text and not values["stakeholder_group"]:
        # A group that is not understood may be workers' (in words the list's author used): protected until
        # the facilitator chooses, as an anonymity that is not understood is.
        if not raw.get("anonymity"):
            values["anonymity"] = MOST_PROTECTIVE
        warnings += group_warnings(group_text)
    elif not group_text:
        warnings += group_warnings("")
    for name in ("languages_spoken", "languages_read"):
        if raw.get(name):
            values[name] = _codes(raw[name], warnings)
    interpretation = simple_value(raw.get("interpretation_language", ""))
    if interpretation in YES:  # "Interpreter needed? yes": not which language ("ja" is no Japanese)
        values.pop("interpretation_language")
        warnings.append(translate("Import", "An interpreter is needed, but the list does not say for which language."))
    elif interpretation in NO:
        values.pop("interpretation_language")
    elif raw.get("interpretation_language"):
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
    answer = simple_value(raw.get("anonymity", ""))
    # "No (only by group)" is no plain wish to be named: read below as not understood, the most protective.
    qualified = bool(QUALIFIED.search(raw.get("anonymity", "")))
    if "anonymity" in questions and (answer in YES or (answer in NO and not qualified)):
        values["anonymity"] = "anonymous" if answer in YES else "named"
        raw = {**raw, "anonymity": ""}  # answered: not read again below
    presence = simple_value(raw.get("status", ""))
    if "status" in questions and presence in YES | PRESENT:
        values["status"] = "attended"
        raw = {**raw, "status": ""}  # answered: not read again below
    elif "status" in questions and (presence in NO | ABSENT or raw["status"].strip() in ("-", "--")):
        values.pop("status", None)  # not there: the invitation's answer stays as it was ("-" reads as "")
        raw = {**raw, "status": ""}
    for name, known, spellings in CLOSED_FIELDS:
        if not raw.get(name):
            continue
        code = _closed_value(raw[name], known, spellings)
        if name == "status" and "status" in questions and code != "attended":
            code = None  # "maybe" answers an invitation, not whether someone came: not understood on a sign-in sheet
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


def group_warnings(typed: str) -> tuple[str, ...]:
    """What :func:`check_row` says of a row's group, written as ``typed``, when it is none it knows."""
    if typed:
        return (
            translate("Import", "Group '{0}' is not known; imported without a group, and anonymous until you choose.")
            .format(typed),
        )  # fmt: skip
    return (translate("Import", "No stakeholder group; set one before the checks can count this person."),)
