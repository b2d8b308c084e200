"""Qt's own texts that its catalogue for a language lacks, given by ours.

Qt 6 gave two labels of its file dialog a mnemonic ("&Look in:", "Files of &type:"), and the Dutch
catalogue that ships with it still has them without one, so the backup, restore and import dialogs said
"Look in:" in English.  Qt asks every installed translator for its texts, ours too: written here,
``lupdate`` puts them in our catalogue under Qt's context, where they are translated like ours.
Nothing imports this module; it is read by ``translations/update.py``.
"""

from facilitator.i18n import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
