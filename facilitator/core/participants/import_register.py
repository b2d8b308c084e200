"""The register as an import compares rows with it: people by name and organisation, by the spellings
their "Also written as" keeps and by how their names sound, with how protected each is."""

from __future__ import annotations

from functools import lru_cache

from msgspec import Struct, field
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import taxonomy
from facilitator.core.marks import without_marks
from facilitator.core.models import Organisation, Participation, Person
from facilitator.core.name_sounds import name_sound
from facilitator.core.participants.vocabulary import (
    group_label,
    protection,
)
from facilitator.core.text import spellings_in
from facilitator.i18n import DOCUMENT_LANGUAGES, catalogue, labels_in, translate

TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "smt", "shrimati", "dhr", "mevr", "mw",
                    "mevrouw", "meneer", "de heer", "ir", "drs", "श्रीमती", "सुश्री", "डॉ"})  # fmt: skip


@lru_cache(maxsize=1 << 16)  # asked of each row's name, and of each spelling in the register
def person_key(name: str, organisation: str) -> tuple[str, str]:
    """A name and an organisation as they are compared: spacing, case and accents aside ("Meenā" is
    Meena), and without a title."""
    words = without_marks(name).casefold().split()
    while len(words) > 1 and (words[0].rstrip(".") in TITLES or " ".join(words[:2]).rstrip(".") in TITLES):
        words = words[2:] if " ".join(words[:2]).rstrip(".") in TITLES else words[1:]
    return (" ".join(words), " ".join(without_marks(organisation).split()).casefold())


class Register(Struct, frozen=True):
    """The register as an import compares rows with it."""

    people: dict[tuple[str, str], str]  # (name, organisation) -> person id
    levels: dict[str, str]  # person id -> anonymity level
    places: dict[str, tuple[str, str]]  # people on the meeting's list -> their place (participation), its status
    listed_names: dict[str, list[str]]  # name -> the people of that name on the meeting's list
    named: dict[str, list[str]]  # name -> the register's people of that name
    sounds: dict[str, dict[str, str]]  # how a name sounds -> the people whose name sounds so -> organisation
    shown: dict[str, str]  # person id -> how a warning may name them
    spellings: dict[str, str] = field(default_factory=dict)  # person id -> the other spellings the register keeps

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
        if found in self.places:
            return found
        names = self.listed_names.get(key[0], ())
        return names[0] if not organisation_mapped and len(names) == 1 else None

    def hidden_alike(self, name: str) -> str:
        """The most protective level of those in the register who are not named and have this name, or one
        that sounds like it, whatever their organisation: a row that may be one of them is not named."""
        key = person_key(name, "")[0]
        alike = {*self.named.get(key, ()), *self.sounds.get(name_sound(key), {})}
        levels = [self.levels[pid] for pid in alike if self.levels.get(pid, "named") != "named"]
        return max(levels, key=protection, default="")

    def sounding_alike(self, key: tuple[str, str], organisation_mapped: bool) -> tuple[str, ...]:
        """A warning for a row matched to no one whose name sounds like that of someone of the register (of
        the same organisation, as a match would need, or of another), written in the other script ("मोहन लाल मीणा" for
        "Mohan Lal Meena") or a letter off ("Sanna Baker"): it is imported as a new person, unless the
        facilitator says it is the same one."""
        alike = self.sounds.get(name_sound(key[0]), {})
        same = {pid for pid, organisation in alike.items() if not organisation_mapped or organisation == key[1]}
        if same:
            return (
                translate("Import", "Sounds like {0} in the register. If it is the same person, add this spelling "
                                    "to their 'Also written as' and import again; otherwise a new person is added.")
                .format(", ".join(sorted({self.shown[pid] for pid in same}))),
            )  # fmt: skip
        if not alike:
            return ()
        # Of another organisation there: a list typed in Hindi writes the union's name in Hindi too, and no
        # spelling added to the person makes the row theirs; it added Mohan Lal Meena again without a word.
        return (
            translate("Import", "Sounds like {0} in the register, who is of another organisation there. If it is the "
                                "same person, leave this row out and add them from the register; otherwise a new "
                                "person is added.")
            .format(", ".join(sorted({self.shown[pid] for pid in alike}))),
        )  # fmt: skip


def read_register(session: Session, meeting_id: str) -> Register:
    organisations = {o.id: o.name for o in session.scalars(select(Organisation).where(~Organisation.deleted))}
    places = {
        person_id: (place_id, status)
        for person_id, place_id, status in session.execute(
            select(Participation.person_id, Participation.id, Participation.status).where(
                Participation.meeting_id == meeting_id, Participation.deleted.is_(False)
            )
        )
    }
    known = Register({}, {}, places, {}, {}, {}, {})
    register = list(session.scalars(select(Person).where(Person.deleted.is_(False))))
    for person in register:
        known.levels[person.id] = person.anonymity
        known.spellings[person.id] = person.other_spellings
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
        key = person_key(spelling, organisations.get(person.organisation_id or "", ""))
        if spelling == person.name:
            names.add(key[0])
        elif key in known.people or key[0] in names:
            continue
        known.people.setdefault(key, person.id)
        if person.id not in known.named.setdefault(key[0], []):
            known.named[key[0]].append(person.id)
        if person.id in places and person.id not in known.listed_names.setdefault(key[0], []):
            known.listed_names[key[0]].append(person.id)
        if sound := name_sound(spelling):
            known.sounds.setdefault(sound, {})[person.id] = key[1]
    return known


def not_names() -> frozenset[str]:
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
    return frozenset(person_key(text, "")[0] for text in written)
