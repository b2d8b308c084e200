"""Translation hook shared by the Qt-free layers.

``core``, ``sync`` and ``export`` may not import Qt, yet their messages reach users.  They call
:func:`translate` with a context and a source text, exactly as ``QCoreApplication.translate`` would,
so ``pyside6-lupdate`` extracts them.  The UI (or the command line with ``--lang``) installs Qt's
translator here; without one the English source text is returned.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _untranslated(context: str, text: str) -> str:
    return text


_translator: Translator = _untranslated
_language = "en"


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for extraction where it is defined; translate it where it is shown."""
    return text


def install(translator: Translator | None, language: str = "en") -> None:
    global _translator, _language
    _translator = translator or _untranslated
    _language = language if translator else "en"


def language() -> str:
    """The interface language's code ("en", "nl"): the locale the Qt-free layers name and format in."""
    return _language
