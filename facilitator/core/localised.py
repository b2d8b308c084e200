"""Country and language names, dates and numbers in the interface language, from CLDR through Babel.

The window (Qt) and the Qt-free layers (exports, the command line) must name a country, a language or
a date the same way, so both ask here.  CLDR is the Unicode consortium's locale data: every ISO
country and language with its name in every language, and each locale's date and number patterns.
A typed name is matched in English, Dutch and Hindi (the languages of the people preparing a
roundtable in Rajasthan), ignoring case and spacing; a value that matches nothing is refused.

Babel reads a locale's whole CLDR data (dates, currencies, plural rules) to name one country, which
took a tenth of a second of the window's start.  So the names in the document languages are kept in
``resources/cldr/names.json``, written from Babel by ``python -m facilitator.core.localised``; a test
fails when Babel names anything differently.  Any other language is asked of Babel.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from facilitator import paths
from facilitator.core.errors import UserError
from facilitator.core.marks import without_marks
from facilitator.i18n import DOCUMENT_LANGUAGES, QT_TRANSLATE_NOOP, language, translate

if TYPE_CHECKING:
    from babel import Locale

# Spellings people write that CLDR does not list: Hindi with an anusvara, Odia's old English name.
ALIASES = {
    "languages": {"हिंदी": "hi", "oriya": "or", "marwadi": "mwr", "rajasthani": "raj"},
    # Names people still type for countries CLDR now calls otherwise.
    "territories": {"turkey": "TR", "ivory coast": "CI", "swaziland": "SZ", "czech republic": "CZ", "holland": "NL"},
}
# CLDR keeps macro-regions and placeholders among its territories; only real places are offered.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


@cache
def _locale(code: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        return Locale("en")


def ui_locale() -> Locale:
    """The Babel locale of the interface language."""
    return _locale(language())


def _simple(text: str) -> str:
    """A name as it is compared and sorted: without case, extra spaces, hyphens, curly apostrophes or the
    accents of Latin letters, so "reunion" finds Réunion and Åland sorts among the A's, not after Zimbabwe."""
    plain = " ".join(text.replace("_", " ").replace("-", " ").replace("’", "'").split()).casefold()
    return plain if plain.isascii() else without_marks(plain)


def stored_names_path() -> Path:
    return paths.resources_dir() / "cldr" / "names.json"


@cache
def _stored_names() -> dict[str, dict[str, dict[str, str]]]:
    """The kept names: kind -> locale -> code -> name, each kind under the pattern its codes were kept by.
    Without the file (an install that lost it, a damaged copy) every name is asked of Babel."""
    try:
        with stored_names_path().open(encoding="utf-8") as kept:
            return json.load(kept)
    except (OSError, ValueError):
        return {}


def babel_names(attribute: str, keep: str, locale: str) -> dict[str, str]:
    """CLDR's names of one kind (``languages``, ``territories``) in one locale, codes matching ``keep``,
    as Babel gives them."""
    names: Mapping[str, str] = getattr(_locale(locale), attribute)
    pattern = re.compile(keep)
    return {code: name for code, name in names.items() if pattern.fullmatch(code) and code not in NOT_COUNTRIES}


def _kind(attribute: str, keep: str) -> str:
    """Where one kind of names is kept: under its attribute and the pattern its codes were kept by."""
    return f"{attribute} {keep}"


@cache
def _cldr_names(attribute: str, keep: str, locale: str) -> dict[str, str]:
    stored = _stored_names().get(_kind(attribute, keep), {})
    return stored[locale] if locale in stored else babel_names(attribute, keep, locale)


class CldrNames(Mapping[str, str]):
    """ISO codes mapped to their English names; :meth:`label` names a code in the interface language."""

    def __init__(self, attribute: str, keep: str, unknown: str) -> None:
        """``unknown`` is the refusal of a value that matches nothing, with {0} for the value."""
        self.attribute, self.keep, self._unknown = attribute, keep, unknown
        self._table: dict[str, str] | None = None
        self._sorted: dict[str, tuple[tuple[str, str], ...]] = {}  # per interface language

    def _names(self, locale: str) -> dict[str, str]:
        return _cldr_names(self.attribute, self.keep, locale)

    def __getitem__(self, code: str) -> str:
        return self._names("en")[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names("en"))

    def __len__(self) -> int:
        return len(self._names("en"))

    def label(self, code: str) -> str:
        """The code's name in the interface language; a code CLDR does not know is shown as stored."""
        return self._names(language()).get(code) or self._names("en").get(code) or code

    def sorted_codes(self) -> tuple[str, ...]:
        """Codes in the alphabetical order of their names in the interface language."""
        return tuple(code for _name, code in self.sorted_choices())

    def sorted_choices(self) -> tuple[tuple[str, str], ...]:
        """(name, code) in the alphabetical order of the names in the interface language, worked out once
        per language: every picker of a language or a country shows them."""
        shown_in = language()
        if shown_in not in self._sorted:
            named = ((self.label(code), code) for code in self)
            self._sorted[shown_in] = tuple(sorted(named, key=lambda choice: _simple(choice[0])))
        return self._sorted[shown_in]

    def _lookup(self) -> dict[str, str]:
        if self._table is None:
            table: dict[str, str] = {}
            for locale in DOCUMENT_LANGUAGES:
                for code, name in self._names(locale).items():
                    table.setdefault(_simple(name), code)
            for code in self:
                table[_simple(code)] = code
            table.update({_simple(name): code for name, code in ALIASES.get(self.attribute, {}).items()})
            self._table = table
        return self._table

    def match(self, text: str) -> str | None:
        """The code for a typed code or name (English, Dutch, Hindi or the interface language), else None."""
        simple = _simple(text)
        if not simple:
            return None
        found = self._lookup().get(simple)
        if found is None:
            found = next((code for code in self if _simple(self.label(code)) == simple), None)
        return found

    def begun(self, text: str) -> list[str]:
        """The codes whose name in the interface language begins with ``text`` ("Ind": India and
        Indonesia), for a name typed short without taking the completion."""
        simple = _simple(text)
        return [code for name, code in self.sorted_choices() if simple and _simple(name).startswith(simple)]

    def require(self, text: str) -> str:
        """The code for ``text``, or a plain refusal naming what was typed ("" stays "": not set)."""
        if not text.strip():
            return ""
        code = self.match(text)
        if code is not None:
            return code
        begun = self.begun(text)  # "Netherl", typed without taking the completion
        if len(begun) == 1:
            return begun[0]
        if begun:
            names = ", ".join(self.label(found) for found in begun[:6])
            raise UserError(translate("Localised", "{0} could be {1}: type more of it.").format(text, names))
        raise UserError(translate("Localised", self._unknown).format(text))


# Languages: ISO 639-1 codes, and ISO 639-2/3 codes for those without one (Rajasthani "raj", Bhojpuri "bho").
LANGUAGES = CldrNames("languages", r"[a-z]{2,3}", QT_TRANSLATE_NOOP("Localised", "Unknown language: {0}"))
COUNTRIES = CldrNames("territories", r"[A-Z]{2}", QT_TRANSLATE_NOOP("Localised", "Unknown country: {0}"))


# -- dates and numbers ---------------------------------------------------------------------------


def format_date(value: date) -> str:
    """A date as the window shows it: ISO 8601 (2026-12-01), the same in every language."""
    return value.isoformat()


def format_time(value: datetime | time, zone: str | None = None) -> str:
    """A time of day (24 h) in the interface language; an aware datetime is first put in ``zone``."""
    if isinstance(value, datetime) and zone:
        value = value.astimezone(ZoneInfo(zone))
    from babel import dates as babel_dates

    return babel_dates.format_time(value, "HH:mm", locale=ui_locale())


def format_number(value: float, decimals: int = 0) -> str:
    """A number with the interface language's separators (1,234.5 or 1.234,5)."""
    from babel import numbers as babel_numbers

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return babel_numbers.format_decimal(value, pattern, locale=ui_locale())


def format_percent(share: float, decimals: int = 0) -> str:
    """A share (0.42) as the interface language writes a percentage ("42%", "42 %"; "2,8%" with a decimal
    in Dutch)."""
    from babel import numbers as babel_numbers

    locale = ui_locale()
    if not decimals:
        return babel_numbers.format_percent(share, locale=locale)
    pattern = babel_numbers.parse_pattern(locale.percent_formats[None].pattern)
    pattern.frac_prec = (decimals, decimals)
    return pattern.apply(share, locale)


def render_stored_names() -> str:
    """The kept names as Babel gives them now, in every document language."""
    kinds = {
        _kind(names.attribute, names.keep): {
            locale: babel_names(names.attribute, names.keep, locale) for locale in DOCUMENT_LANGUAGES
        }
        for names in (LANGUAGES, COUNTRIES)
    }
    return json.dumps(kinds, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


if __name__ == "__main__":
    stored_names_path().parent.mkdir(exist_ok=True)
    stored_names_path().write_text(render_stored_names(), encoding="utf-8")
