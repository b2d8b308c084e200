"""Translation hook shared by the Qt-free layers.

``core``, ``sync`` and ``export`` may not import Qt, yet their messages reach users.  They call
:func:`translate` with a context and a source text, exactly as ``QCoreApplication.translate`` would,
so ``pyside6-lupdate`` extracts them.  The UI (or the command line with ``--lang``) installs Qt's
translator here; without one the English source text is returned.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib.resources import files

Translator = Callable[[str, str, int], str]  # context, source text, count (-1: no plural)


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


def translate(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """The text in the interface language; with a count ``n`` the plural form for it, "%n" replaced by
    the count (the arguments are ``QCoreApplication.translate``'s, so lupdate reads them as a plural)."""
    shown = _translator(context, text, n)
    return shown.replace("%n", str(n)) if n >= 0 else shown


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for extraction where it is defined; translate it where it is shown."""
    return text


def install(translator: Translator | None) -> None:
    global _translator
    _translator = translator or _untranslated
