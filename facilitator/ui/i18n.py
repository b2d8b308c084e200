"""Loading the interface language: Qt's .qm files for our strings and Qt's own dialogs."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator import i18n, paths

AVAILABLE = {"en": "English", "nl": "Nederlands"}
_loaded: list[QTranslator] = []


@cache
def load_catalogue(lang: str) -> i18n.Translator | None:
    """A language's own catalogue, for documents written in it (Hindi minutes from a Dutch window);
    None when the app has no .qm for it.  Qt's translators answer from any thread."""
    catalogue = QTranslator()
    if not catalogue.load(f"facilitator_{lang}", str(paths.translations_dir())):
        return None
    return lambda context, text: catalogue.translate(context, text) or text


def install_catalogues() -> None:
    i18n.install_catalogues(load_catalogue)


def language_for(setting: str) -> str:
    """The language to use: the user's choice, else the system's when we have it, else English."""
    if setting in AVAILABLE:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in AVAILABLE else "en"


def install_translator(lang: str) -> bool:
    """Translate into ``lang`` from now on; False (and English) when no translation exists."""
    for old in _loaded:
        QCoreApplication.removeTranslator(old)
    _loaded.clear()
    i18n.install(None)
    install_catalogues()
    # Dates and numbers that Qt formats (e.g. "27 okt." on the timeline) follow the chosen language.
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        return True
    ours = QTranslator()
    if not ours.load(f"facilitator_{lang}", str(paths.translations_dir())):
        return False
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _loaded.append(qt_own)
    _loaded.append(ours)
    if QCoreApplication.instance() is not None:
        for translator in _loaded:
            QCoreApplication.installTranslator(translator)
        i18n.install(QCoreApplication.translate, lang)
    else:
        # The command line has no application object: ask our translator directly.
        i18n.install(lambda context, text: ours.translate(context, text) or text, lang)
    return True
