"""``@`` mentions in a typed note: who or which group a note is about.

Names in Rajasthan usually have two or three words ("Kamla Devi", "Mohan Lal Meena"), so a mention
is read as the *longest* participant name or group label that the text after ``@`` starts with,
whole words only, in any script (Devanagari as well as Latin): ``@Kamla Devi says…`` is Kamla Devi,
and "says…" stays in the note.  ``@"…"`` quotes a name exactly.  A single word matches a name's
word or the start of one (``@Kamla``, ``@Meena``), or a group ("@unions"); a word that fits more
than one person is reported, never guessed.  ``@-`` attributes a note to nobody.

Text is compared after Unicode normalisation (NFC) and case folding.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cached_property

from msgspec import Struct

from facilitator.core import taxonomy
from facilitator.core.live.speaking import Speaker
from facilitator.core.participants.vocabulary import group_label
from facilitator.i18n import translate

QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201d"}
NOBODY = ("-", "none")
MIN_NAME_PREFIX = 2  # letters of a cut-short last name read as that name: "@Anita Sh"


def fold(text: str) -> str:
    """Text as mentions compare it: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def normalise(text: str) -> str:
    """A typed line in the one Unicode form mentions are read in."""
    return unicodedata.normalize("NFC", text)


def _in_word(char: str) -> bool:
    """Letters, combining marks (a Devanagari vowel sign) and digits belong to a word."""
    return unicodedata.category(char)[0] in "LMN"


class Target(Struct, frozen=True):
    """Whom a mention names: a participant (with their group) or a group alone; neither for nobody."""

    speaker_id: str | None
    group: str


class Mention(Struct, frozen=True):
    """A mention read from a line: what it names (None when it names nothing) and where it ends."""

    target: Target | None
    end: int
    problem: str = ""


class Directory:
    """The names and group labels a meeting's notes may mention.

    A person who asked not to be named is also found by their pseudonym ("Woman worker 2"), and is
    offered, and named in a message, by it alone: the live screen is often in the room's view."""

    def __init__(self, speakers: dict[str, Speaker], pseudonyms: Mapping[str, str] | None = None) -> None:
        self.speakers = speakers
        self.pseudonyms = dict(pseudonyms or {})

    def shown_name(self, speaker: Speaker) -> str:
        """How the screen may name ``speaker``: by the pseudonym when they are not to be named."""
        hidden = speaker.identity_hidden and speaker.id in self.pseudonyms
        return self.pseudonyms[speaker.id] if hidden else speaker.name

    def in_text(self, target: Target) -> str:
        """How a mention inside a sentence reads once the note is stored: a named person by name, a group
        by its label; a person not to be named by nothing at all, as at either end of the line (a
        pseudonym or their group in the text would reach the public minutes, where their group may be
        merged into a larger one and must not stand out)."""
        speaker = self.speakers.get(target.speaker_id or "")
        if speaker is None:
            return group_label(target.group)
        return "" if speaker.identity_hidden else speaker.name

    @cached_property
    def _names(self) -> dict[str, Target]:
        """Every whole name and group spelling, folded, with what it names."""
        names: dict[str, Target] = {}
        for group_id, group in taxonomy.stakeholder_groups().items():
            for spelling in (group_id.replace("_", " "), group.label_en, group.label):
                names.setdefault(fold(spelling), Target(None, group_id))
        for speaker in self.speakers.values():  # a person's name wins over a group's label
            names[fold(speaker.name)] = Target(speaker.id, speaker.group)
        for speaker in self.speakers.values():
            names.setdefault(fold(self.shown_name(speaker)), Target(speaker.id, speaker.group))
        return names

    @cached_property
    def _longest_first(self) -> list[str]:
        return sorted(self._names, key=len, reverse=True)

    def read(self, text: str, start: int) -> Mention:
        """The mention whose ``@`` ends at ``start`` in ``text`` (NFC-normalised, as :func:`normalise` makes it)."""
        if start < len(text) and text[start] in QUOTES:
            return self._quoted(text, start)
        folded_tail = text[start:]
        for name in self._longest_first:
            length = _prefix_length(folded_tail, name)
            if length is not None:
                return Mention(self._names[name], start + length)
        end = start
        while end < len(text) and not text[end].isspace():
            end += 1
        while end > start and unicodedata.category(text[end - 1])[0] == "P" and text[end - 1] not in "-":
            end -= 1  # "@Kamla," keeps its comma in the note
        found = self._word(text[start:end], start, end)
        return self._rest_of_the_name(text, found, fold(text[start:end]))

    def _rest_of_the_name(self, text: str, found: Mention, first: str) -> Mention:
        """ "@Anita Sh" typed without taking the completion: the words after the first that begin the
        rest of that person's name are part of the mention, not the start of the note."""
        speaker = self.speakers.get(found.target.speaker_id or "") if found.target else None
        if speaker is None:
            return found
        words = fold(speaker.name).split()
        at = next((i for i, word in enumerate(words) if word.startswith(first)), None)
        end = found.end
        for expected in words[at + 1 :] if at is not None else ():
            space = end
            while space < len(text) and text[space].isspace():
                space += 1
            stop = space
            while stop < len(text) and _in_word(text[stop]):
                stop += 1
            typed = fold(text[space:stop])
            if space == end or len(typed) < MIN_NAME_PREFIX or not expected.startswith(typed):
                break
            end = stop
            if typed != expected:
                break  # a word cut short ends the name
        return Mention(found.target, end, found.problem)

    def _quoted(self, text: str, start: int) -> Mention:
        closing = text.find(QUOTES[text[start]], start + 1)
        if closing < 0:
            return Mention(None, len(text), translate("Notes", "A quoted name needs its closing quote."))
        name = text[start + 1 : closing]
        target = self._names.get(fold(name))
        if target is None:
            return Mention(None, closing + 1, translate("Notes", "Nobody and no group is called {0}").format(name))
        return Mention(target, closing + 1)

    def _word(self, word: str, start: int, end: int) -> Mention:
        needle = fold(word.replace("_", " "))
        if needle in NOBODY:
            return Mention(Target(None, ""), end)
        if not needle:
            return Mention(None, end, translate("Notes", "Name someone after @, or write @- for nobody."))
        people = [s for s in self.speakers.values() if needle in fold(s.name).split()]
        if not people:
            people = [s for s in self.speakers.values() if any(w.startswith(needle) for w in fold(s.name).split())]
        if len(people) == 1:
            return Mention(Target(people[0].id, people[0].group), end)
        if len(people) > 1:
            names = ", ".join(sorted(self.shown_name(s) for s in people))
            return Mention(
                None, end, translate("Notes", "@{0} could be {1}: type more of the name.").format(word, names)
            )
        groups = {t.group for name, t in self._names.items() if t.speaker_id is None and name.startswith(needle)}
        if len(groups) == 1:
            return Mention(Target(None, groups.pop()), end)
        return Mention(None, end, translate("Notes", "Nobody and no group is called {0}").format(word))

    # -- for the completion popup ------------------------------------------------------------------

    def choices(self, reveal: bool = False) -> list[str]:
        """What a popup offers: participants' names (a pseudonym for whoever is not to be named, unless
        ``reveal``), then group labels in the interface language."""
        people = sorted((s.name if reveal else self.shown_name(s) for s in self.speakers.values()), key=fold)
        return people + [group.label for group in taxonomy.stakeholder_groups().values()]

    def insertion(self, name: str) -> str:
        """How to write a chosen name so it reads back as exactly that name: quoted when a longer name
        starts with it (``@"Ram"`` beside "Ram Singh")."""
        folded = fold(name)
        longer = any(other != folded and other.startswith(folded + " ") for other in self._names)
        return f'@"{name}"' if longer else f"@{name}"


def _prefix_length(text: str, name: str) -> int | None:
    """How many characters of ``text`` spell ``name`` (compared folded, any spacing) up to a word's end."""
    consumed, matched = 0, 0
    while matched < len(name):
        if consumed >= len(text):
            return None
        char = text[consumed]
        if name[matched] == " ":
            if not (char.isspace() or char == "_"):  # "@Kamla_Devi", as names are typed where spaces end a word
                return None
            while consumed < len(text) and (text[consumed].isspace() or text[consumed] == "_"):
                consumed += 1
            matched += 1
            continue
        folded = char.casefold()
        if not name.startswith(folded, matched):
            return None
        matched += len(folded)
        consumed += 1
    if consumed < len(text) and _in_word(text[consumed]):
        return None  # "@Kamlas" is not Kamla
    return consumed
