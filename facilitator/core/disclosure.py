"""Who may see what: the one policy that every output asks before it shows a person or a figure.

Workers who speak up about wages or advances can face retaliation [S19, S30], so each person carries
an anonymity level, and nothing that leaves the laptop (the command line, CSV and JSON, PDFs, charts,
the room view of the live screen) reads names, attributes or figures itself: it asks a :class:`Policy`.

Levels (``Person.anonymity``):

- ``named``: name, organisation, stakeholder group and their own figures;
- ``group_only``: shown only as their stakeholder group ("Women workers");
- ``anonymous``: nothing that points to the person or their group.

Audiences:

- :attr:`Audience.SHAREABLE`: anything that may leave the laptop.  Of a person who is not named it
  shows no name, organisation, role, caucus session, language, check-in time, proxy role or
  contact, and no per-person figure: their talk counts only inside a group figure.  Group figures
  follow a small-cell rule: a group is shown on its own only when it has at least K people (K is the
  meeting's ``min_group_size``, 3 by default) and, of those whose own figures are withheld, none or at
  least K (otherwise its total minus its named members' figures would be one person's).  Other groups
  merge into a cell of their class ("Other rights-holders"), and what is still too small merges, with
  the smallest cells, into "Other participants", whose members' own figures are then all withheld.
- :attr:`Audience.INTERNAL`: the facilitator's own screen.  It may show everyone as entered, and every
  view that uses it carries :func:`internal_marking`.

Use::

    policy = disclosure.for_meeting(db, meeting_id, Audience.SHAREABLE)
    policy.identity_of(row)               # the shown name, organisation and group of a participant
    policy.shows_attributes(row.anonymity)    # may caucus, language, check-in time be shown?
    policy.shows_person_figures(pid)      # may this participant's own seconds, turns, share be shown?
    policy.cell_of(group).label           # the group or merged class a group's figures appear under
    policy.merge({group: seconds, ...})   # group figures summed per shown cell
    pseudonyms_for_meeting(db, meeting_id)    # "Woman worker 2" for each participant not named

A person who is not named is shown in the room (the live screen's tiles) by a pseudonym made of their
group's member word and a number.  The number counts the people of that group in the order they
joined the meeting, named ones and removed ones included, so it stays the same across restarts,
laptops and removals, and when someone else becomes named or not ("Woman worker 2" called out in the
room stays her); it changes only if her own group changes.

The minutes PDF (internal and public versions) and site-visit reports call the same methods.

Typed text (a note, a point, a finding) is screened with :func:`name_finders`: it finds the whole
name of a person who is not named and each distinctive part of it, such as a first name alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from msgspec import Struct
from msgspec.structs import replace

from facilitator.core import taxonomy
from facilitator.core.marks import IGNORED_MARKS, without_marks
from facilitator.core.name_sounds import MIN_CONSONANTS, consonant_count, consonants
from facilitator.core.participants.vocabulary import ANONYMITY, default_anonymity, protection
from facilitator.core.text import spellings_in
from facilitator.i18n import DOCUMENT_LANGUAGES, translate

if TYPE_CHECKING:
    import regex
    from sqlalchemy.orm import Session

    from facilitator.core.db import Database
    from facilitator.core.participants.participation import ParticipantRow

LEVELS = ANONYMITY
default_level = default_anonymity
DEFAULT_MIN_GROUP_SIZE = 3
RESIDUAL = "other"


class Audience(StrEnum):
    INTERNAL = "internal"
    SHAREABLE = "shareable"


def level_label(level: str) -> str:
    """The shown name of a level; an unknown one is shown as the strictest."""
    return LEVELS.label(level if level in LEVELS else "anonymous")


def internal_marking() -> str:
    """The words every internal view shows, so a screenshot of it is not taken for a shareable output."""
    return translate("Disclosure", "Internal: shows individuals as entered; not for sharing")


class PublicIdentity(Struct, frozen=True):
    """What an output may show of one person.  Empty strings mean "withheld"."""

    label: str
    name: str
    organisation: str
    group: str
    group_label: str
    email: str
    phone: str
    level: str


def public_identity(
    level: str, name: str, organisation: str = "", group: str = "", email: str = "", phone: str = ""
) -> PublicIdentity:
    """The shareable form of a person; an unknown level is treated as the strictest one."""
    level = level if level in LEVELS else "anonymous"
    groups = taxonomy.stakeholder_groups()
    group_label = groups[group].label if group in groups else ""
    if level == "named":
        return PublicIdentity(name, name, organisation, group, group_label, email, phone, level)
    if level == "group_only":
        label = group_label or translate("Anonymity", "Participant (group withheld)")
        return PublicIdentity(label, "", "", group, group_label, "", "", level)
    return PublicIdentity(translate("Anonymity", "Anonymous participant"), "", "", "", "", "", "", level)


class Member(Struct, frozen=True):
    """A person whose talk or presence counts in a meeting's group figures."""

    id: str  # the participation id
    group: str
    level: str


class Cell(Struct, frozen=True):
    """A group, or a merged class of groups, under which group figures are shown."""

    key: str
    label: str
    groups: tuple[str, ...]
    members: tuple[str, ...]


def _group_label(group: str) -> str:
    groups = taxonomy.stakeholder_groups()
    return groups[group].label if group in groups else (group or translate("Disclosure", "No group"))


class Policy:
    """The disclosure decisions for one meeting and one audience; see the module docstring."""

    def __init__(self, members: Iterable[Member], audience: Audience, min_group_size: int) -> None:
        self.audience = audience
        self.min_group_size = max(1, min_group_size)
        self.members = {m.id: m for m in members}
        self.withheld = {m.id for m in self.members.values() if audience is Audience.SHAREABLE and m.level != "named"}
        self.cells = self._cells()
        self._cell_of = {group: cell for cell in self.cells for group in cell.groups}

    @property
    def internal(self) -> bool:
        return self.audience is Audience.INTERNAL

    # -- people --------------------------------------------------------------------------------------

    def identity(self, level: str, name: str, organisation: str = "", group: str = "", email: str = "",
                 phone: str = "") -> PublicIdentity:  # fmt: skip
        if self.internal:
            return PublicIdentity(name, name, organisation, group, _group_label(group) if group else "", email,
                                  phone, level if level in LEVELS else "anonymous")  # fmt: skip
        return public_identity(level, name, organisation, group, email, phone)

    def identity_of(self, row: object) -> PublicIdentity:
        """The identity of anything with a person's fields (a participant or register row)."""
        return self.identity(
            getattr(row, "anonymity", "anonymous"), getattr(row, "name", ""), getattr(row, "organisation", ""),
            getattr(row, "stakeholder_group", ""), getattr(row, "email", ""), getattr(row, "phone", ""),
        )  # fmt: skip

    def shows_attributes(self, level: str) -> bool:
        """Whether role, caucus session, language, check-in time, proxy role and needs may be shown."""
        return self.internal or level == "named"

    def shows_person_figures(self, member_id: str) -> bool:
        """Whether a participant's own figures (seconds, share, turns, not yet heard) may be shown."""
        return self.internal or (member_id not in self.withheld and member_id in self.members)

    # -- groups --------------------------------------------------------------------------------------

    def _safe(self, ids: list[str]) -> bool:
        hidden = sum(1 for i in ids if i in self.withheld)
        return len(ids) >= self.min_group_size and (hidden == 0 or hidden >= self.min_group_size)

    def _cells(self) -> list[Cell]:
        if not self.members:
            return []
        by_group: dict[str, list[str]] = {}
        for member in self.members.values():
            by_group.setdefault(member.group, []).append(member.id)
        if self.internal:
            return [Cell(g, _group_label(g), (g,), tuple(ids)) for g, ids in by_group.items()]
        known = taxonomy.stakeholder_groups()
        cells: list[Cell] = []
        by_class: dict[str, tuple[list[str], list[str]]] = {}
        for group, ids in by_group.items():
            if self._safe(ids):
                cells.append(Cell(group, _group_label(group), (group,), tuple(ids)))
            else:
                groups, people = by_class.setdefault(known[group].group_class if group in known else RESIDUAL, ([], []))
                groups.append(group)
                people.extend(ids)
        residual_groups: list[str] = []
        residual: list[str] = []
        for class_id, (groups, ids) in by_class.items():
            if class_id != RESIDUAL and len(groups) > 1 and self._safe(ids):
                label = translate("Disclosure", "Other {0}").format(taxonomy.group_class_label(class_id).lower())
                cells.append(Cell(f"{RESIDUAL}:{class_id}", label, tuple(groups), tuple(ids)))
            else:
                residual_groups += groups
                residual += ids
        if residual:
            cells.sort(key=lambda cell: len(cell.members))
            while len(residual) < self.min_group_size and cells:
                smallest = cells.pop(0)
                residual_groups += smallest.groups
                residual += smallest.members
            self.withheld |= set(residual)  # inside the residual cell nobody's own figures are shown
            cells.append(Cell(RESIDUAL, translate("Disclosure", "Other participants"), tuple(residual_groups),
                              tuple(residual)))  # fmt: skip
        return cells

    @property
    def shows_group_figures(self) -> bool:
        """False when the whole meeting has fewer than K people: then no group figure is safe to share."""
        return self.internal or len(self.members) >= self.min_group_size

    def cell_of(self, group: str) -> Cell:
        """The cell a group's figures are shown under; a group of nobody the policy counts goes to the
        residual cell, and is never shown on its own."""
        found = self._cell_of.get(group)
        if found is not None:
            return found
        residual = next((cell for cell in self.cells if cell.key == RESIDUAL), None)
        return residual or Cell(RESIDUAL, translate("Disclosure", "Other participants"), (), ())

    def shows_group(self, group: str) -> bool:
        """Whether figures about this group alone (an alert naming it, its own share) may be shown."""
        return self.internal or (self.shows_group_figures and self._cell_of.get(group, Cell("", "", (), ())).groups
                                 == (group,))  # fmt: skip

    def merge(self, per_group: Mapping[str, float]) -> dict[str, float]:
        """Group figures summed per shown cell, in the order of the cells."""
        merged: dict[str, float] = {}
        for group, value in per_group.items():
            key = self.cell_of(group).key
            merged[key] = merged.get(key, 0.0) + value
        return merged


HIDDEN_LEVELS = frozenset({"anonymous", "group_only"})


class Entrant(Struct, frozen=True):
    """A participant as pseudonyms count them: in the order they joined the meeting."""

    id: str  # the participation id
    group: str
    level: str


# A name's part is matched as a whole word in any script: letters, combining marks (Devanagari vowel
# signs) and digits on either side mean it is part of another word ("Kamla_Devi" is two words).
_WORD_CHARS = r"\p{L}\p{M}\p{N}"
# Between the words of a whole name: spaces, an underscore, a hyphen or a dot ("Kamla_Devi", see
# :class:`NameIndex`); written together ("KamlaDevi") it is found as a word of its own (:func:`name_finders`).
MIN_NAME_PART = 3
# Characters that show nothing, which a pasted or retyped name may carry inside it (a soft hyphen,
# joiners, the byte-order mark): the search reads through them.  A zero-width space is a space.
_INVISIBLE = frozenset("\u00ad\u200c\u200d\u2060\ufeff")
_ZERO_WIDTH_SPACE = "\u200b"


def _folds_as_it_is(text: str) -> bool:
    if text.isascii():
        return True
    return (
        not (_INVISIBLE.intersection(text) or _ZERO_WIDTH_SPACE in text)
        and unicodedata.is_normalized("NFKD", text)
        and unicodedata.is_normalized("NFKC", text)
        and IGNORED_MARKS.isdisjoint(text)
    )


def fold(text: str, zero_width_space: str = " ") -> tuple[str, list[tuple[int, int]] | None]:
    """``text`` as names are searched in it: compatibility forms made plain (fullwidth "Ｋａｍｌａ" reads
    "Kamla"), accents and nuktas left out ("Kamlā" and "Kamla\u0304" read "Kamla"), invisible characters
    dropped; with, for each character of the result, the span of ``text`` it came from (None when nothing
    changed, as for almost every text).  A letter and the marks after it are folded together.  A
    zero-width space reads as ``zero_width_space``: a space between words, or nothing inside a name
    ("Kaml<ZWSP>a")."""
    if _folds_as_it_is(text):
        return text, None
    folded: list[str] = []
    origin: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and (unicodedata.combining(text[end]) or text[end] in _INVISIBLE):
            end += 1
        cluster = "".join(c for c in text[start:end] if c not in _INVISIBLE).replace(
            _ZERO_WIDTH_SPACE, zero_width_space
        )
        plain = without_marks(cluster)  # a letter and the marks after it, as a name is searched
        folded.append(plain)
        origin += [(start, end)] * len(plain)
        start = end
    return "".join(folded), origin


def _key(words: str) -> str:
    """The form in which two spellings of a name's words count as the same."""
    return _word_key(fold(words)[0])


@cache
def _name_part() -> regex.Pattern[str]:
    import regex  # its import takes ~10 ms, which the window's start need not wait for

    return regex.compile(rf"[{_WORD_CHARS}]+")


def _word_key(word: str) -> str:
    """A folded word as it is compared: casefolded, without the marks that casefolding may bring back."""
    return "".join(c for c in word.casefold() if c not in IGNORED_MARKS)


def _is_glue(between: str) -> bool:
    """Whether what stands between two words joins them into one name: not a full stop and a space,
    which end a sentence ("We met Kamla. Devi said" keeps its full stop)."""
    ends_sentence = "." in between and any(c.isspace() for c in between)
    return bool(between) and not ends_sentence and all(c.isspace() or c in "_.-" for c in between)


Value = TypeVar("Value")


class _Entry(Struct, Generic[Value], frozen=True):
    gaps: tuple[str, ...]  # what stands between its words
    before: str  # punctuation around them, as in "(Trade unions)"
    after: str
    value: Value


class NameIndex(Generic[Value]):
    """Words to find in typed text, each with what it stands for: as whole words of any script,
    casefolded, however the text writes them (:func:`fold`); between the words of an entry, spaces, an
    underscore, a hyphen or a dot ("Kamla_Devi"), or the entry's own punctuation ("O'Brien"), which is
    looked for around them too ("(Trade unions)").

    A text is read word by word and each word looked up, so a register of thousands of people costs a
    dictionary, not thousands of patterns to compile and try."""

    def __init__(self, entries: Iterable[tuple[str, Value]], across_scripts: Iterable[str] = ()) -> None:
        """``entries``: words and what they stand for; of two with the same words, the first counts.  Each
        of them that is one of ``across_scripts`` (a person's name or a word of it) is also found written
        in the other of Latin letters and Devanagari, by its :func:`consonants`."""
        self._entries: dict[tuple[str, ...], list[_Entry[Value]]] = {}
        self._first_words: set[str] = set()
        self._longest = 0
        self._sounds: dict[tuple[str, tuple[str, ...]], Value] = {}  # (script, each word's consonants)
        self._longest_sound = 0
        self._sound_starts: set[tuple[str, str]] = set()  # (script, first word's sound): most words need no more
        wanted = {fold(words)[0].strip() for words in across_scripts}
        for words, value in entries:
            folded = fold(words)[0].strip()
            found = list(_name_part().finditer(folded))
            if not found:
                continue
            key = tuple(_word_key(word[0]) for word in found)
            before, after = folded[: found[0].start()], folded[found[-1].end() :]
            self._entries.setdefault(key, []).append(_Entry(_gaps(found), before, after, value))
            self._first_words.add(key[0])
            self._longest = max(self._longest, len(key))
            if folded in wanted:
                self._sound(found, value)
        self._scripts = {script for script, _sound in self._sounds}

    def _sound(self, found: list[regex.Match[str]], value: Value) -> None:
        """Keep an entry's consonants, to find it in the other script: one word of three consonants or
        more, or a whole name ("कमला देवी" is "Kamla Devi", though "देवी" alone is any Devi)."""
        read = [consonants(word[0]) for word in found]
        scripts, sounds = {script for script, _ in read}, tuple(sound for _, sound in read)
        if len(scripts) != 1 or "" in scripts or not all(sounds) or consonant_count("".join(sounds)) < MIN_CONSONANTS:
            return
        if len(found) > 1 and not all(_is_glue(gap) for gap in _gaps(found)):
            return
        script = scripts.pop()
        self._sounds.setdefault((script, sounds), value)
        self._sound_starts.add((script, sounds[0]))
        self._longest_sound = max(self._longest_sound, len(sounds))

    def __bool__(self) -> bool:
        return bool(self._entries)

    def spans(self, folded: str) -> list[tuple[int, int, Value]]:
        """Where entries occur in a :func:`fold`-ed text, left to right, the longest at each place."""
        words = list(_name_part().finditer(folded))
        keys = [_word_key(word[0]) for word in words]
        found: list[tuple[int, int, Value]] = []
        at, done = 0, 0
        while at < len(words):
            match = self._at(folded, words, keys, at) if keys[at] in self._first_words else None
            if match is None:
                match = self._written_apart(folded, words, keys, at)
            if match is None and self._sounds:
                match = self._across_scripts(words, at)
            if match is not None and match[0] >= done:
                found.append(match[:3])
                done = match[1]
                at += match[3]
            else:
                at += 1
        return found

    def _at(
        self, folded: str, words: list[regex.Match[str]], keys: list[str], at: int
    ) -> tuple[int, int, Value, int] | None:
        """The longest entry whose words begin at word ``at``: its span, what it stands for, its length."""
        for length in range(min(self._longest, len(words) - at), 0, -1):
            entries = self._entries.get(tuple(keys[at : at + length]), ())
            typed = _gaps(words[at : at + length]) if entries else ()
            for entry in entries:
                start = words[at].start() - len(entry.before)
                end = words[at + length - 1].end() + len(entry.after)
                if (
                    start >= 0
                    and folded[start : words[at].start()] == entry.before
                    and folded[words[at + length - 1].end() : end] == entry.after
                    and all(a == b or (_is_glue(a) and _is_glue(b)) for a, b in zip(typed, entry.gaps, strict=True))
                ):
                    return start, end, entry.value, length
        return None

    def _written_apart(
        self, folded: str, words: list[regex.Match[str]], keys: list[str], at: int
    ) -> tuple[int, int, Value, int] | None:
        """A one-word entry written as two words, a space apart, from word ``at`` ("Ram Prasad" for Ramprasad)."""
        if at + 1 >= len(words) or folded[words[at].end() : words[at + 1].start()] != " ":
            return None
        entries = self._entries.get((keys[at] + keys[at + 1],), ())
        plain = [entry for entry in entries if not entry.before and not entry.after]
        return (words[at].start(), words[at + 1].end(), plain[0].value, 2) if plain else None

    def _across_scripts(self, words: list[regex.Match[str]], at: int) -> tuple[int, int, Value, int] | None:
        """The longest entry of the other script whose words, by their consonants, begin at word ``at``."""
        script, first = consonants(words[at][0])
        others = [other for other in self._scripts - {script} if (other, first) in self._sound_starts]
        if not script or not others:
            return None
        for length in range(min(self._longest_sound, len(words) - at), 0, -1):
            read = [consonants(word[0]) for word in words[at : at + length]]
            gaps = _gaps(words[at : at + length])
            if any(found != script for found, _ in read) or not all(_is_glue(g) or g.isspace() for g in gaps):
                continue
            sounds = tuple(sound for _, sound in read)
            for other in others:
                value = self._sounds.get((other, sounds))
                if value is not None:
                    return words[at].start(), words[at + length - 1].end(), value, length
        return None

    def first_in(self, text: str, keep: Callable[[Value], bool] | None = None) -> Value | None:
        """What the first entry found in ``text`` stands for (of those ``keep`` keeps), or None; a
        zero-width space is read as a space between words and as nothing inside one ("Kaml<ZWSP>a"), as
        the redactor reads it."""
        readings = (" ", "") if _ZERO_WIDTH_SPACE in text else (" ",)
        for zero_width_space in readings:
            for _start, _end, value in self.spans(fold(text, zero_width_space)[0]):
                if keep is None or keep(value):
                    return value
        return None


def _gaps(words: list[regex.Match[str]]) -> tuple[str, ...]:
    """What stands between each two of ``words`` (matches in one string)."""
    return tuple(left.string[left.end() : right.start()] for left, right in pairwise(words))


class NameFinder(Struct, frozen=True):
    """What finds one person who is not named in typed text."""

    name: str  # their whole name
    found: str  # the words looked for: the whole name or one distinctive part of it


def finder_index(finders: Iterable[NameFinder]) -> NameIndex[NameFinder]:
    """``finders`` made ready to look for in many texts; of a text, ``first_in`` gives the first finder
    whose words it has (longest first, as :func:`name_finders` orders them)."""
    finders = list(finders)
    return NameIndex(((finder.found, finder) for finder in finders), (finder.found for finder in finders))


@cache
def _common_words(languages: tuple[str, ...]) -> frozenset[str]:
    import stopwordsiso  # its import reads package metadata (~45 ms): only when a text is checked

    known = [language for language in languages if stopwordsiso.has_lang(language)]
    return frozenset(_key(word) for word in stopwordsiso.stopwords(known)) if known else frozenset()


def name_parts(name: str) -> list[str]:
    """The words of a name, in any script."""
    return _name_part().findall(name)


def name_finders(
    hidden: Iterable[str], named: Iterable[str], languages: Iterable[str] = DOCUMENT_LANGUAGES
) -> list[NameFinder]:
    """Finders for the ``hidden`` names (people who are not named): each whole name, and each part of
    at least three letters that no ``named`` person's name has (a "Singh" or "Devi" shared with a named
    person stays, so named people remain readable) and that is not a common word of ``languages``.
    Longest first, so a whole name is found before its parts; matching is by whole word, casefolded."""
    shown = {_key(part) for name in named for part in name_parts(name)}
    common = _common_words(tuple(sorted({*DOCUMENT_LANGUAGES, *languages})))
    found: dict[str, tuple[str, str]] = {}  # casefolded words -> (their whole name, the words)
    for name in (name.strip() for name in hidden):
        if len(name) < MIN_NAME_PART:
            continue
        found.setdefault(_key(name), (name, name))
        parts = name_parts(name)
        joined = "".join(parts)  # "KamlaDevi", unless it is a named person's name ("Rajkumar")
        if len(parts) > 1 and _key(joined) not in shown:
            found.setdefault(_key(joined), (name, joined))
        for pair in ("".join(two) for two in pairwise(parts)):  # "Bhanwarlal" of Bhanwar Lal Bheel
            if len(parts) > 2 and _key(pair) not in shown and _key(pair) not in common:
                found.setdefault(_key(pair), (name, pair))
        for part in parts:
            key = _key(part)
            if len(part) >= MIN_NAME_PART and key not in shown and key not in common:
                found.setdefault(key, (name, part))
    ordered = sorted(found.values(), key=lambda pair: (-len(pair[1]), pair[1]))
    return [NameFinder(name, words) for name, words in ordered]


def name_index_in(session: Session) -> NameIndex[NameFinder]:
    """:func:`finder_index` of :func:`name_finders_in`: what to look for, in many texts, of everyone in
    the database who asked not to be named."""
    return finder_index(name_finders_in(session))


def refuse_hidden_names(
    session: Session | None, refusal: str, texts: Iterable[str], index: NameIndex[NameFinder] | None = None
) -> None:
    """Refuse with ``refusal`` ("This note names {0}, …") typed text that names someone who asked not to
    be named, or a distinctive part of their name: what a delegation types on a visit is never kept with
    it.  A family name alone is not counted: the Gurjar families, the Devi temple and a bai who cooks are
    many people (shared outputs still replace it).  The register is read only when there is text; an
    ``index`` (:func:`name_index_in`) already at hand is used instead."""
    from facilitator.core.errors import UserError

    written = [text for text in texts if text.strip()]
    if not written:
        return
    index = index if index is not None else name_index_in(session)  # type: ignore[arg-type]
    for text in written:
        finder = index.first_in(text, keep=_singles_out)
        if finder is not None:
            raise UserError(refusal.format(finder.found))


def _singles_out(finder: NameFinder) -> bool:
    parts = name_parts(finder.name)
    return len(parts) < 2 or _key(finder.found) != _key(parts[-1])


def name_finders_in(
    session: Session, languages: Iterable[str] = DOCUMENT_LANGUAGES, spellings: dict[str, list[str]] | None = None
) -> list[NameFinder]:
    """:func:`name_finders` for everyone in the database who asked not to be named, even once deleted
    (``spellings``: their :func:`hidden_spellings`, when the caller has them already)."""
    from sqlalchemy import select

    from facilitator.core.models import Person

    hidden = hidden_spellings(session) if spellings is None else spellings
    named = select(Person.id, Person.name).where(Person.anonymity == "named", Person.deleted.is_(False))
    shown = [name for person_id, name in session.execute(named) if person_id not in hidden]
    return name_finders((spelling for found in hidden.values() for spelling in found), shown, languages)


def hidden_levels(session: Session) -> dict[str, str]:
    """Each person who is not named, with the level every output treats them by: their own, or the one
    an open sync conflict holds from the other laptop if it shows less of them (until someone decides,
    either laptop's choice may stand, so the more protective one is kept)."""
    from sqlalchemy import select

    from facilitator.core.models import ConflictRevision, Person

    own = select(Person.id, Person.anonymity).where(Person.anonymity != "named")
    found: dict[str, str] = {person_id: level for person_id, level in session.execute(own)}
    contested = select(ConflictRevision.record_id, ConflictRevision.other_value).where(
        ConflictRevision.record_table == Person.__tablename__,
        ConflictRevision.field == "anonymity",
        ConflictRevision.other_value != "named",
        ConflictRevision.resolution == "",
        ConflictRevision.deleted.is_(False),
    )
    for person_id, level in session.execute(contested):
        if protection(level) > protection(found.get(person_id, "named")):
            found[person_id] = level
    return found


def participants_as_shown(db: Database, meeting_id: str) -> list[ParticipantRow]:
    """A meeting's participants (:func:`participation.list_participants`), each at the level outputs
    treat them by (:func:`hidden_levels`): for anything that decides from their rows what to show."""
    from facilitator.core.participants import participation

    rows = participation.list_participants(db, meeting_id)
    with db.session() as session:
        levels = hidden_levels(session)
    return [
        row if levels.get(row.person_id, row.anonymity) == row.anonymity
        else replace(row, anonymity=levels[row.person_id])
        for row in rows
    ]  # fmt: skip


def hidden_spellings(session: Session, levels: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Each person who is not named (deleted or not: the notes that mention them stay), with every spelling
    of their name that may be typed: the name, the register's other spellings, and those of the version an
    open sync conflict holds (until someone decides, the other laptop's spelling names them as much).
    ``levels``: their :func:`hidden_levels`, when the caller has them already."""
    from sqlalchemy import select

    from facilitator.core.models import ConflictRevision, Person

    found: dict[str, list[str]] = {}
    levels = hidden_levels(session) if levels is None else levels
    query = select(Person.id, Person.name, Person.other_spellings)
    for person_id, name, other in session.execute(query):
        if person_id in levels:
            found[person_id] = spellings_of(name, other)
    pending = select(ConflictRevision.record_id, ConflictRevision.other_value).where(
        ConflictRevision.record_table == Person.__tablename__,
        ConflictRevision.field.in_(("name", "other_spellings")),
        ConflictRevision.resolution == "",
        ConflictRevision.deleted.is_(False),
    )
    for person_id, value in session.execute(pending):
        if person_id in found:
            found[person_id] += [s for s in spellings_in(value) if s not in found[person_id]]
    return found


def spellings_of(name: str, other_spellings: str = "") -> list[str]:
    """A person's name and the other spellings the register keeps of it."""
    return [name, *spellings_in(other_spellings)]


class Redactor:
    """Typed text with each of ``found`` (words, and what replaces them) replaced, longest first, as whole
    words of any script, casefolded, however they are spaced or written (:func:`fold`); and each of
    ``contacts`` (a phone number's digits or an e-mail address) wherever it is written, however the
    number is spaced."""

    def __init__(
        self,
        found: Iterable[tuple[str, str]],
        contacts: Iterable[tuple[str, str]] = (),
        unknown_contacts: str = "",
        names: Iterable[str] = (),
    ) -> None:
        """With ``unknown_contacts`` (what replaces them), any other e-mail address or phone-length number
        is replaced too: in the words of the room, whoever's it is, it singles someone out.  Those of
        ``found`` that are ``names`` of people are found in either script (:class:`NameIndex`)."""
        found = sorted(found, key=lambda pair: -len(pair[0]))
        # Each known contact by what a text must hold for its pattern to match (the digits of a number in a
        # row, an address casefolded): thousands of workers' numbers are looked up, not each searched for.
        self.known: dict[str, tuple[str, str]] = {}
        for contact, label in contacts:
            if key := _contact_key(contact):
                self.known.setdefault(key, (contact, label))
        # Longest first: a shorter number's optional country code must not take the end of a longer one.
        self.number_lengths = sorted({len(key) for key in self.known if "@" not in key}, reverse=True)
        self.addresses = [key for key in self.known if "@" in key]
        self.unknown: list[tuple[regex.Pattern[str], str, int]] = []
        if unknown_contacts:
            email, spelt, number = _unknown_contacts()
            self.unknown += [(email, unknown_contacts, 0), (spelt, unknown_contacts, 0)]
            self.unknown.append((number, unknown_contacts, MIN_UNKNOWN_NUMBER_DIGITS))
        names = list(names)
        self.names = NameIndex(found, names)
        self.name_words = NameWords(names) if names else None
        # Whether any unknown contact occurs at all, in one pass: most text has none.
        self.any_unknown = _any_of(self.unknown)

    def _contacts_in(self, text: str) -> list[tuple[regex.Pattern[str], str, int]]:
        """The patterns of the known contacts this text may hold, then those of any contact."""
        keys = []
        if self.number_lengths:
            digits = "".join(d if d.isascii() else str(unicodedata.digit(d)) for d in _DECIMAL.findall(text))
            keys += [
                digits[start : start + size]
                for size in self.number_lengths
                for start in range(len(digits) - size + 1)
                if digits[start : start + size] in self.known
            ]
        if self.addresses and ("@" in text):
            folded = text.casefold()
            keys += [address for address in self.addresses if address in folded]
        known = [(contact_pattern(self.known[key][0]), self.known[key][1], 0) for key in dict.fromkeys(keys)]
        if known or (self.any_unknown is not None and self.any_unknown.search(text)):
            return known + self.unknown
        return []

    def __call__(self, text: str) -> str:
        # Contacts first: a name inside an e-mail address would otherwise leave its domain behind.
        for pattern, label, fewest in self._contacts_in(text):
            text = pattern.sub(lambda found, label=label, fewest=fewest: _withheld(found[0], label, fewest), text)
        if not self.names:
            return text
        text = self._names(text, " ")
        return self._names(text, "") if _ZERO_WIDTH_SPACE in text else text

    def _names(self, text: str, zero_width_space: str) -> str:
        folded, origin = fold(text, zero_width_space)
        pieces, done = [], 0
        for start, end, label in _with_neighbours(folded, self.names.spans(folded), self.name_words):
            if origin is not None:
                start, end = origin[start][0], origin[end - 1][1]
            pieces += [text[done:start], label]
            done = end
        return "".join([*pieces, text[done:]]) if pieces else text


# Words beside a name that say whose it is: titles before it (English, Dutch, Hindi, and Hindi typed in
# Latin letters) and the respectful "ji" after it.
_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "shri", "sri", "smt", "shrimati", "kumari", "km", "sushri", "dhr", "mevr",
    "mw", "meneer", "mevrouw", "ji", "श्री", "श्रीमती", "कुमारी", "सुश्री", "जी",
})  # fmt: skip
NEIGHBOURS = 2  # words either side of a name found that may be taken with it


# Endings Indian names are written with, together or apart ("Kamlabai", "Bhanwarlal", "Geetaben").
_NAME_ENDINGS = ("bai", "ben", "bhai", "devi", "ji", "kumari", "lal", "ram", "wati")


class NameWords:
    """The words of the names looked for, to tell whether a word beside a name found is one of them as
    typed: spelt a letter or two otherwise ("Kamala" for Kamla), with a name's ending ("Kamlabai"), two
    of them written together ("Ramprasad" as "Ram Prasad", "Bhanwarlal"), in the other script ("देवी" for
    Devi), or shared with someone named ("Lal")."""

    def __init__(self, names: Iterable[str]) -> None:
        self._by_letter: dict[str, set[str]] = {}
        self._patterns: dict[tuple[str, int], regex.Pattern[str] | None] = {}  # made when first asked
        self._sounds: set[str] = set()
        for name in names:
            parts = [_word_key(word) for word in name_parts(fold(name)[0])]
            for key in [*parts, *(a + b for a, b in pairwise(parts))]:
                self._by_letter.setdefault(key[0], set()).add(key)
            self._sounds.update(consonants(word)[1] for word in name_parts(fold(name)[0]))
        self._sounds.discard("")

    def has(self, word: str) -> bool:
        """Whether ``word`` (of three letters or more: "la" and "de" are too short to tell) is one of them."""
        key = _word_key(word)
        if len(key) < MIN_NAME_PART:
            return False
        script, sound = consonants(word)
        if script == "deva":  # no spelling to compare across the scripts: the sound
            return sound in self._sounds
        stems = [key, *(key[: -len(end)] for end in _NAME_ENDINGS if key.endswith(end) and len(key) > len(end) + 2)]
        return any(self._near_one(stem) for stem in stems)

    def _near_one(self, key: str) -> bool:
        """Whether ``key`` is one of the words with a letter or two added, left out or changed (the edit
        distance the regex module's fuzzy matching counts), against all words of its first letter at once."""
        allowed = 1 if len(key) <= 5 else 2
        pattern = self._fuzzy(key[0], allowed)
        return pattern is not None and pattern.fullmatch(key) is not None

    def _fuzzy(self, letter: str, allowed: int) -> regex.Pattern[str] | None:
        if (letter, allowed) not in self._patterns:
            import regex

            known = sorted(self._by_letter.get(letter, ()), key=len, reverse=True)
            alternatives = "|".join(regex.escape(word) for word in known)
            self._patterns[letter, allowed] = regex.compile(rf"(?:{alternatives}){{e<={allowed}}}") if known else None
        return self._patterns[letter, allowed]


def _with_neighbours(
    folded: str, spans: list[tuple[int, int, str]], names: NameWords | None
) -> list[tuple[int, int, str]]:
    """``spans`` of names found, each widened over the words beside it that name the person as well: a
    title ("Mrs", "Smt."), an initial ("K."), or one of the names' own words as typed (``names``): a first
    name spelt otherwise ("Kamala Devi", "Ramparsad Gurjar"), one written in the other script, or a part
    someone named shares ("Bhanwar Lal").  A label in brackets, a group's "(Trade unions)", stays as it is."""
    if not spans:
        return spans
    words = list(_name_part().finditer(folded))
    at_start = {word.start(): index for index, word in enumerate(words)}
    at_end = {word.end(): index for index, word in enumerate(words)}
    widened: list[tuple[int, int, str]] = []
    for number, (start, end, label) in enumerate(spans):
        if start not in at_start or end not in at_end:  # with its own punctuation: a group's label
            widened.append((start, end, label))
            continue
        first, last = at_start[start], at_end[end]
        floor = widened[-1][1] if widened else 0
        ceiling = spans[number + 1][0] if number + 1 < len(spans) else len(folded)
        for _ in range(NEIGHBOURS):
            if first == 0 or words[first - 1].start() < floor:
                break
            before = words[first - 1]
            if _names_too(before[0], folded[before.end() : words[first].start()], names, left=True):
                first -= 1
            elif first > 1 and words[first - 2].start() >= floor and _joined_names(words, first - 2, folded, names):
                first -= 2  # "Ram Prasad Gurjar": Ramprasad written apart
            else:
                break
        for _ in range(NEIGHBOURS):
            if last + 1 == len(words) or words[last + 1].end() > ceiling:
                break
            after = words[last + 1]
            dotted = folded[after.end() : after.end() + 1] == "."
            if not _names_too(after[0], folded[words[last].end() : after.start()], names, dotted=dotted):
                break
            last += 1
        stop = words[last].end()
        if last > at_end[end] and len(words[last][0]) == 1 and folded[stop : stop + 1] == ".":
            stop += 1  # an initial's dot goes with it: "Arjun M." leaves no "." behind
        start_at = words[first].start()
        if widened and widened[-1][2] == label and _is_glue(folded[widened[-1][1] : start_at]):
            start_at = widened.pop()[0]  # one person found in two pieces ("Ram Prasad" and "Gurjar"): one label
        widened.append((start_at, stop, label))
    return widened


def _joined_names(words: list[regex.Match[str]], at: int, folded: str, names: NameWords | None) -> bool:
    """Whether words ``at`` and the next, one space apart, are a name's word written apart."""
    gap = folded[words[at].end() : words[at + 1].start()]
    return names is not None and gap == " " and names.has(words[at][0] + words[at + 1][0])


def _names_too(word: str, gap: str, names: NameWords | None, left: bool = False, dotted: bool = False) -> bool:
    """Whether ``word``, standing ``gap`` away from a name found (on the same line), names them too: an
    initial before the name ("K Devi", "K. Devi") or with its dot after it ("Arjun M."), not the "I" of
    "told Kamla I would"."""
    initial = len(word) == 1 and word.isupper() and ((left and (gap.startswith(".") or word not in "IA")) or dotted)
    short = _word_key(word) in _TITLES or initial  # "Smt." and "K." keep their dot
    spaced = gap in ("-", "") or (bool(gap) and all(c in " \t\u00a0" for c in gap))
    if not (spaced or (short and gap.startswith(".") and all(c in " \t\u00a0" for c in gap[1:]))):
        return False
    return short or (names is not None and len(word) > 1 and names.has(word))


def _any_of(patterns: list[tuple[Any, ...]]) -> regex.Pattern[str] | None:
    """One pattern for ``patterns`` (each a pattern first), to learn in one pass whether any occurs; each
    keeps its own case folding ("KAMLA [AT] EXAMPLE [DOT] IN" is found as the spelt-out pattern finds it)."""
    import regex

    if not patterns:
        return None
    scoped = [
        f"(?i:{found[0].pattern})" if found[0].flags & regex.IGNORECASE else found[0].pattern for found in patterns
    ]
    return regex_any(scoped, 0)


def regex_any(patterns: list[str], flags: int) -> regex.Pattern[str]:
    import regex

    return regex.compile("|".join(f"(?:{pattern})" for pattern in patterns), flags)


MIN_PHONE_DIGITS = 6
MIN_UNKNOWN_NUMBER_DIGITS = 10  # a mobile number, or an Aadhaar number; dates and amounts are shorter
PHONE_SEPARATORS = r"[\s.\-/()\u2013\u2014\u200b]*"
# The digit zeros of the scripts a number may be typed in: ASCII, Arabic-Indic, the Indian scripts, Thai,
# Lao, Myanmar, and the fullwidth digits of a phone keyboard.
_ZEROS = (0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0x1040,
          0xFF10)  # fmt: skip
_DIGITS = {str(value): "[" + "".join(chr(zero + value) for zero in _ZEROS) + "]" for value in range(10)}
_ANY_DIGIT = r"\p{Nd}"
# A phone number within a field: digits, with spaces, dots, dashes or brackets between them.
_NUMBER_IN_FIELD = re.compile(r"\+?\d[\d\s.\-()]*\d")


# A date is not a phone number, though "2026-12-01 10" has ten digits.
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}")


# Numbers of ten digits or more that are no phone: a time ("09.00-10.30"), an amount ("1.250.000.000",
# "12 500 000"), coordinates ("24.5854"), years ("2023-24 2024-25"), a list of small numbers.
_NOT_A_PHONE = (
    re.compile(r"\d{1,2}[.:]\d{2}(?:\D|$)"),
    re.compile(r"\d{1,3}(?:[ .,\u00a0]\d{3}){2,}$"),
    re.compile(r"\d{1,3}\.\d{4,}"),
)


def _not_a_phone(found: str) -> bool:
    groups = re.findall(r"\d+", found)
    years = all(len(g) <= 2 or (len(g) == 4 and g[:2] in ("19", "20")) for g in groups)
    small = all(len(g) <= 2 for g in groups)
    return years or small or any(pattern.match(found) for pattern in _NOT_A_PHONE)


def _withheld(found: str, label: str, fewest_digits: int = 0) -> str:
    """``label`` for a contact found; but a date at its start stays ("01-12-2026 98290 11111": the date,
    then the label), and so does a number of fewer than ``fewest_digits`` (when asked for one), or one
    that is plainly no phone."""
    date = _DATE.match(found)
    kept, rest = (found[: date.end()], found[date.end() :]) if date else ("", found)
    digits = sum(c.isdecimal() for c in rest)
    if (date and not digits) or digits < fewest_digits:
        return found
    if fewest_digits and _not_a_phone(unicodedata.normalize("NFKC", rest.strip())):
        return found
    # A bracket of the sentence around the number, "(+91 98290 11111)", stays where the number goes.
    opened = rest.lstrip().startswith("(") and rest.count("(") > rest.count(")")
    closed = rest.endswith(")") and rest.count(")") > rest.count("(")
    return kept + rest[: len(rest) - len(rest.lstrip())] + "(" * opened + label + ")" * closed


@cache
def _unknown_contacts() -> tuple[regex.Pattern[str], ...]:
    """Any e-mail address, and any number of ten digits or more with phone spacing (a mobile number, an
    Aadhaar number), in ASCII or Devanagari digits."""
    import regex

    email = regex.compile(r"(?<![\w.@＠])[\w.+\-]+[@＠][\w\-]+(?:\.[\w\-]+)+(?![\w@＠])")
    # Written so that machines do not read it: "kamla [at] example [dot] in", "kamla(at)example.in" (a
    # dot without spaces: "the munshi (at) Dabi. He said" is prose).
    spelt = regex.compile(
        r"(?<![\w.@])[\w.+\-]+\s*[\[(]\s*at\s*[\])]\s*[\w\-]+(?:(?:\s*[\[(]\s*dot\s*[\])]\s*|\.)[a-z]{2,})+\b",
        regex.IGNORECASE,
    )
    # Digits in groups with one space, dash, dot, slash or bracket between them ("+91 98290 11111",
    # "+31 (0)6 1234 5678", "98290.11111", "(0141) 234 5678"), not inside a word; what looks like a time,
    # an amount, coordinates or a list of years or small numbers is let through by _withheld.
    group, between = rf"\(?{_ANY_DIGIT}+\)?", r"(?:\s?[\-\u2013\u2014./]\s?|[ \u00a0\u200b])?"
    number = regex.compile(rf"(?<![\p{{L}}\p{{Nd}}])\+?{group}(?:{between}{group})*(?!\p{{Nd}})")
    return email, spelt, number


_DECIMAL = re.compile(r"\d")


def _contact_key(contact: str) -> str:
    """What a text must hold for :func:`contact_pattern` to find the contact in it: an address casefolded;
    a number's last ten digits in a row (only spacing, dashes or brackets stand between them)."""
    if "@" in contact:
        return contact.casefold()
    return "".join(str(unicodedata.digit(d)) for d in contact if d.isdigit())[-10:]


@cache
def contact_pattern(contact: str) -> regex.Pattern[str]:
    """A pattern that finds an e-mail address as written (casefolded), or a phone number by its last ten
    digits with any spacing, dashes or brackets between them, its country code or trunk 0 if any, in
    ASCII or Devanagari digits, also right after "Mob." or "Ph."."""
    import regex

    if "@" in contact:
        return regex.compile(rf"(?<![\w.@]){regex.escape(contact)}(?![\w@])", regex.IGNORECASE | regex.FULLCASE)
    digits = [str(unicodedata.digit(d)) for d in contact if d.isdigit()][-10:]
    body = rf"(?:\+?{_ANY_DIGIT}{{1,3}}{PHONE_SEPARATORS})?" + PHONE_SEPARATORS.join(_DIGITS[d] for d in digits)
    return regex.compile(rf"(?<!{_ANY_DIGIT}){body}(?!{_ANY_DIGIT})")  # digits have no case: 4x faster to compile


def contacts_of(phone: str, email: str) -> list[str]:
    """What of a person's contact details typed text may repeat: each phone number in the field that is
    long enough to be one ("98290 11111 / 94140 22222" holds two), and an e-mail address."""
    numbers = [
        number
        for number in _NUMBER_IN_FIELD.findall(unicodedata.normalize("NFKC", phone))
        if sum(d.isdigit() for d in number) >= MIN_PHONE_DIGITS
    ]
    return numbers + ([email.strip()] if "@" in email else [])


def typed_text(session: Session, policy: Policy) -> Redactor:
    """Typed text (a note, an action) as a shareable output may show it: each person who is not named,
    found by their whole name or a distinctive part of it (:func:`name_finders`), is replaced by how the
    policy shows them ("[Anonymous participant]"), and their phone number or e-mail address, typed into
    a note to follow up, by "[contact withheld]"; and the organisation they alone come from by
    "[organisation withheld]" (:func:`organisation_redactions`)."""
    found, contacts, roles = register_redactions(session, policy)
    withheld = "[" + translate("Disclosure", "contact withheld") + "]"
    names = [words for words, _label in found]
    screened = [*found, *roles, *organisation_redactions(session)]
    return Redactor(screened, contacts, unknown_contacts=withheld, names=names)


def shared_text(db: Database, meeting_id: str | None = None) -> Redactor:
    """What the facilitator typed (the printed agenda, the calendars) as it may be handed to participants:
    each person who is not named, and their own phone and e-mail, as a meeting's shareable policy shows
    them (or anyone's outside a meeting); other contacts stay."""
    policy = for_meeting(db, meeting_id, Audience.SHAREABLE) if meeting_id else SHAREABLE_PEOPLE
    with db.session() as session:
        found, contacts, roles = register_redactions(session, policy)
    # The facilitator's own words: a venue's reception number or the secretariat's address stays.
    return Redactor([*found, *roles], contacts, names=(words for words, _label in found))


def register_redactions(
    session: Session, policy: Policy, label_of: Callable[[str, str, str], str] | None = None
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """For everyone in the register who is not named (deleted or not: the notes that mention them stay),
    what to look for in typed text and what replaces it: the distinctive words of each spelling of their
    name (:func:`name_finders_in`); their phone numbers and e-mail address; and their role, found as typed.
    ``label_of(level, name, group)`` names them where the policy's own identity would say too much (the
    public minutes merge small groups)."""
    from sqlalchemy import select

    from facilitator.core.models import Person

    people = select(Person.id, Person.name, Person.stakeholder_group, Person.phone, Person.email, Person.role)
    shown, contacts, roles = {}, [], {}
    withheld = "[" + translate("Disclosure", "contact withheld") + "]"
    role_withheld = "[" + translate("Disclosure", "role withheld") + "]"
    levels = hidden_levels(session)
    spellings = hidden_spellings(session, levels)
    for person_id, name, group, phone, email, role in session.execute(people):
        level = levels.get(person_id)
        if level is None:
            continue
        label = (
            label_of(level, name, group or "")
            if label_of is not None
            else "[" + (policy.identity(level, name, group=group or "").label or member_word(group)) + "]"
        )
        for spelling in spellings[person_id]:
            shown.setdefault(spelling.strip(), label)
        contacts += [(contact, withheld) for contact in contacts_of(phone or "", email or "")]
        if len((role or "").strip()) >= MIN_ROLE and len(role.split()) > 1:
            roles.setdefault(role.strip(), role_withheld)
    finders = name_finders_in(session, spellings=spellings)
    found = [(finder.found, shown[finder.name]) for finder in finders]
    # "Mohan Lal Meena (blaster, quarry 7)": the role the register gives someone who is not named names him
    # as surely as his name, also when someone named elsewhere has it too (in this meeting he may be the
    # only one).  Found as typed, not as a name is, and said to be withheld rather than put as a person
    # ("the [Anonymous participant] training" read as someone).  A role of one word ("Supervisor",
    # "Owner") is a word of the room, not anyone's own.
    common = _group_words()
    return found, contacts, [(role, label) for role, label in roles.items() if role.casefold() not in common]


def _group_words() -> set[str]:
    """The words that say no more than someone's group ("Worker", "Woman worker", in English or as the app
    shows them): as a role they name no one."""
    groups = [(group.label_en, group.label) for group in taxonomy.stakeholder_groups().values()]
    members = [(word, translate("Taxonomy", word)) for word in _member_words().values()]
    return {word.casefold() for pair in (*groups, *members) for word in pair}


MIN_ORGANISATION_NAME = 4  # shorter ones ("NGO", "ILO") are words of the room, not anyone's own
MIN_ROLE = 4  # as the minutes screen roles: a shorter one ("Dr") is no one's own


def organisation_redactions(session: Session, levels: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """The organisation of each person who is not named, with what replaces it in typed text: "[Anonymous
    participant] of Budhpura Mahila Samiti" names her as surely as her name.  An organisation someone
    named belongs to, or whose site a visit went to, is shown anyway, so it stays.  ``levels``: the
    :func:`hidden_levels`, when the caller has them already."""
    from sqlalchemy import select

    from facilitator.core.models import Organisation, Person, Visit

    levels = hidden_levels(session) if levels is None else levels
    members = select(Person.id, Person.deleted, Organisation.name).join(
        Organisation, Organisation.id == Person.organisation_id
    )
    hidden, shown = set(), set()
    for person_id, deleted, name in session.execute(members):
        if person_id in levels:  # deleted or not: the notes that mention them stay
            hidden.add(name.strip())
        elif not deleted:  # someone named who is gone shows the organisation no more
            shown.add(name.strip())
    visited = (
        select(Organisation.name)
        .join(Visit, Visit.supplier_organisation_id == Organisation.id)
        .where(Visit.deleted.is_(False))
    )
    shown |= {name.strip() for name in session.scalars(visited)}
    shown_keys = {name.casefold() for name in shown}
    withheld = "[" + translate("Disclosure", "organisation withheld") + "]"
    return [
        (name, withheld)
        for name in sorted(hidden)
        if len(name) >= MIN_ORGANISATION_NAME and name.casefold() not in shown_keys
    ]


@cache
def _member_words() -> dict[str, str]:
    return {m["id"]: m["label"] for m in taxonomy.load("group_members")["members"]}


def member_word(group: str) -> str:
    """One member of a group, in words: "Woman worker"; "Participant" for a group without one."""
    word = _member_words().get(group)
    return translate("Taxonomy", word) if word else translate("Disclosure", "Participant")


def pseudonyms(entrants: Iterable[Entrant]) -> dict[str, str]:
    """The pseudonym of each entrant who is not named, numbered among everyone of their group in the
    order given."""
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for entrant in entrants:
        counts[entrant.group] = counts.get(entrant.group, 0) + 1
        if entrant.level in HIDDEN_LEVELS or entrant.level not in LEVELS:
            shown[entrant.id] = translate("Disclosure", "{0} {1}").format(
                member_word(entrant.group), counts[entrant.group]
            )
    return shown


def pseudonyms_for_meeting(db: Database, meeting_id: str) -> dict[str, str]:
    """The pseudonyms of a meeting's participants who are not named (see the module docstring)."""
    from sqlalchemy import select

    from facilitator.core.models import Participation, Person

    query = (
        select(Participation.id, Person.id, Person.stakeholder_group, Person.anonymity)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.meeting_id == meeting_id)
        .order_by(Participation.created_at, Participation.id)
    )
    with db.session() as session:
        rows = session.execute(query).all()
        levels = hidden_levels(session)
    return pseudonyms(Entrant(pid, group, levels.get(person, level)) for pid, person, group, level in rows)


def for_members(members: Iterable[Member], audience: Audience, min_group_size: int = DEFAULT_MIN_GROUP_SIZE) -> Policy:
    return Policy(members, audience, min_group_size)


def for_meeting(db: Database, meeting_id: str, audience: Audience, rows: list[ParticipantRow] | None = None) -> Policy:
    """The policy of a meeting: its K, and the people who count in its group figures: not staff; those
    who attended once anyone has checked in, before that everyone who did not decline (as the live
    screen counts them), and anyone else who spoke.  ``rows``: its :func:`participants_as_shown`, when
    the caller has them already."""
    from sqlalchemy import select

    from facilitator.core.models import Meeting, SpeakingTurn
    from facilitator.core.participants import participation
    from facilitator.core.records import get_live

    with db.session() as session:
        k = get_live(session, Meeting, meeting_id).min_group_size
        # Who spoke, not every turn: a two-day meeting has 20,000 of them.
        spoke = set(
            session.scalars(
                select(SpeakingTurn.participation_id).where(SpeakingTurn.meeting_id == meeting_id).distinct()
            )
        )
    rows = participants_as_shown(db, meeting_id) if rows is None else rows
    stage = "day" if any(row.status == "attended" for row in rows) else "planning"
    present = {row.participation_id for row in participation.in_stage(rows, stage)}
    counted = [row for row in rows if not row.is_staff and (row.participation_id in present | spoke)]
    return Policy((Member(row.participation_id, row.stakeholder_group, row.anonymity) for row in counted), audience, k)


# Deciding how one person appears needs no meeting: a list of people shared without figures.
SHAREABLE_PEOPLE = Policy((), Audience.SHAREABLE, DEFAULT_MIN_GROUP_SIZE)
