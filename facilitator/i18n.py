"""Translation hook shared by the Qt-free layers.

``core``, ``sync`` and ``export`` may not import Qt, yet their messages reach users.  They call
:func:`translate` with a context and a source text, exactly as ``QCoreApplication.translate`` would,
so ``pyside6-lupdate`` extracts them.  The UI (or the command line with ``--lang``) installs Qt's
translator here; without one the English source text is returned.

A document can be written in another language than the window's (minutes in Hindi from a Dutch
window): inside ``with labels_in("hi"):`` every :func:`translate` of the current thread answers from
that language's catalogue, which the UI layer loads (:func:`install_catalogues`); other threads keep
the window's language.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib.resources import files

# The window and the command line speak these; documents (the minutes) can also be written in Hindi, and
# the names and common words of each are known (a country typed in Dutch, a worker's name in Devanagari).
INTERFACE_LANGUAGES = ("en", "nl")
DOCUMENT_LANGUAGES = (*INTERFACE_LANGUAGES, "hi")

Translator = Callable[[str, str, int], str]  # context, source text, count (-1: no plural)
Catalogues = Callable[[str], Translator | None]


@cache
def _english_plurals() -> dict[str, list[str]]:
    """The English plural forms (package data, kept by translations/update.py)."""
    table = files("facilitator").joinpath("resources", "translations", "plurals_en.json")
    return json.loads(table.read_text(encoding="utf-8"))


def _untranslated(context: str, text: str, n: int = -1) -> str:
    """English: the source text, or for a count its English form ("1 person", "%n people")."""
    if n < 0 or text not in _english_plurals():
        return text
    one, many = _english_plurals()[text]
    return one if n == 1 else many


_translator: Translator = _untranslated
_language = "en"
_catalogues: Catalogues | None = None
_chosen: ContextVar[tuple[str, Translator] | None] = ContextVar("facilitator_labels", default=None)


def translate(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """The text in the interface language; with a count ``n`` the plural form for it, "%n" replaced by
    the count (the arguments are ``QCoreApplication.translate``'s, so lupdate reads them as a plural)."""
    chosen = _chosen.get()
    shown = (chosen[1] if chosen is not None else _translator)(context, text, n)
    return shown.replace("%n", str(n)) if n >= 0 else shown


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for extraction where it is defined; translate it where it is shown."""
    return text


def install(translator: Translator | None, language: str = "en") -> None:
    global _translator, _language
    _translator = translator or _untranslated
    _language = language if translator else "en"


def language() -> str:
    """The code of the language :func:`translate` answers in here and now ("en", "nl"): the locale the
    Qt-free layers name and format in."""
    chosen = _chosen.get()
    return chosen[0] if chosen is not None else _language


def install_catalogues(catalogues: Catalogues | None) -> None:
    """How a language's catalogue is found (``catalogues(code)`` -> a translator, or None if there is none)."""
    global _catalogues
    _catalogues = catalogues


def catalogue(code: str) -> Translator | None:
    """The translator of a language; English needs none.  None when no catalogue exists."""
    if code == "en":
        return _untranslated
    return _catalogues(code) if _catalogues is not None else None


@contextmanager
def labels_in(code: str) -> Iterator[None]:
    """Translate into ``code`` in this thread until the block ends; KeyError when there is no catalogue."""
    translator = catalogue(code)
    if translator is None:
        raise KeyError(code)
    token = _chosen.set((code, translator))
    try:
        yield
    finally:
        _chosen.reset(token)
