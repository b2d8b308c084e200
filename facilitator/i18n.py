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

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Translator = Callable[[str, str], str]
Catalogues = Callable[[str], Translator | None]


def _untranslated(context: str, text: str) -> str:
    return text


_translator: Translator = _untranslated
_language = "en"
_catalogues: Catalogues | None = None
_chosen: ContextVar[tuple[str, Translator] | None] = ContextVar("facilitator_labels", default=None)


def translate(context: str, text: str) -> str:
    chosen = _chosen.get()
    return (chosen[1] if chosen is not None else _translator)(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for extraction where it is defined; translate it where it is shown."""
    return text


def install(translator: Translator | None, language: str = "en") -> None:
    global _translator, _language
    _translator = translator or _untranslated
    _language = language if translator else "en"


def language() -> str:
    """The code of the language :func:`translate` answers in here and now."""
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
