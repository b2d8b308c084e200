"""argparse's own words in the interface language: "usage:", "options", and what it says of a mistyped
line ("the following arguments are required: MEETING").

argparse looks each of them up through GNU gettext, which this app does not use, so in Dutch the help
and every refusal of a mistyped line came half in English.  They are listed here for Qt's tools, and
argparse's lookup answers from the app's catalogue.  What argparse says only to a programmer who built a
parser wrong (conflicting option strings, a missing dest) is left as it is: no user sees it.
"""

from __future__ import annotations

import argparse

from facilitator.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Argparse"
WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("Argparse", "usage: "),
        QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("Argparse", "options"),
        QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
        QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
        # Said from Python 3.13 on:
        QT_TRANSLATE_NOOP("Argparse", "%(heading)s:"),
        QT_TRANSLATE_NOOP("Argparse", " (default: %(default)s)"),
        QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
        QT_TRANSLATE_NOOP("Argparse", "subcommands"),
    }
)
COUNTED = "expected %s argument"  # its plural is "expected %s arguments"


def _word(message: str) -> str:
    return translate(CONTEXT, message) if message in WORDS else message


def _counted(singular: str, plural: str, count: int) -> str:
    if singular == COUNTED:
        # "%s" stays in every form: argparse puts the count in itself.
        return translate("Argparse", "expected %s argument", None, count)
    return singular if count == 1 else plural


def speak_interface_language() -> None:
    """Point argparse's lookups (the module's own ``_`` and ``ngettext``) at the app's catalogue."""
    argparse._ = _word  # type: ignore[attr-defined]
    argparse.ngettext = _counted  # type: ignore[attr-defined]
