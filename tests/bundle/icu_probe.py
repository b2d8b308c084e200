"""What Qt answers through ICU for the app's languages, one fact a line: run it in the wheel's Qt (ICU's
full data) and inside the frozen bundle (its slim data, build.spec; icu_probe.gdb runs it in
the frozen app's interpreter), and the two must agree.  ICU_PROBE_OUT names the file it writes (and
beside it, ``.maps``: the ICU data library the process really loaded).

Covers the four ways Qt Core calls ICU: collation (QCollator, and the sorting of a file dialog's list),
locale case mapping, named legacy encodings (an XML file declared windows-1252), and time-zone names.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCollator,
    QDeadlineTimer,
    QIODevice,
    QLocale,
    QStringConverter,
    QStringDecoder,
    QTimeZone,
    QXmlStreamReader,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QListView

from facilitator.i18n import DOCUMENT_LANGUAGES

LOCALES = (*DOCUMENT_LANGUAGES, "nl_BE", "hi_Latn")  # and a region and a script of them
WORDS = ["ijs", "IJzer", "ik", "Ézel", "eend", "zee", "appel", "Äpfel", "10 kamers", "9 kamers", "Zoë", "zoeken",
         "वार्ता", "कंपनी", "क्षेत्र", "ज्ञान", "मज़दूर", "मजदूर", "अनुबंध", "ऋण", "ठेका", "Śrī", "shree"]  # fmt: skip
CASES = "ijsselmeer straße ǆemal i ı İ ΌΣΟΣ मज़दूर"
ZONES = (b"Europe/Amsterdam", b"Asia/Kolkata", b"America/New_York", b"Asia/Calcutta")
# Code pages the slim data keeps (ICU's aliases): a Windows spreadsheet's, Central European, Cyrillic.
ENCODINGS = ("windows-1252", "windows-1250", "windows-1251", "ISO-8859-15", "ISO-8859-2", "KOI8-R", "IBM850",
             "macintosh")  # fmt: skip

HIGH_HALF = bytes(range(0xA0, 0x100))  # where those code pages differ


def sorted_by_keys(collator: QCollator) -> list[str]:
    """Sorted by ICU sort keys (ucol_getSortKey), as a sorting model does."""
    keys = {word: collator.sortKey(word) for word in WORDS}
    return sorted(WORDS, key=functools.cmp_to_key(lambda a, b: keys[a].compare(keys[b])))


def collation() -> list[str]:
    lines = []
    for name in LOCALES:
        collator = QCollator(QLocale(name))
        lines.append(f"sort {name}: " + " | ".join(sorted(WORDS, key=functools.cmp_to_key(collator.compare))))
        collator.setNumericMode(True)
        collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)
        lines.append(f"natural {name}: " + " | ".join(sorted(WORDS, key=functools.cmp_to_key(collator.compare))))
        lines.append(f"keyed {name}: " + " | ".join(sorted_by_keys(collator)))
    return lines


def case_mapping() -> list[str]:
    return [
        f"case {name}: {QLocale(name).toUpper(CASES)} / {QLocale(name).toLower(CASES)}" for name in (*LOCALES, "tr")
    ]


def zone_names() -> list[str]:
    lines = [f"zones: {len(QTimeZone.availableTimeZoneIds())}"]
    for zone in ZONES:
        for name in LOCALES:
            names = [
                QTimeZone(zone).displayName(time, kind, QLocale(name))
                for time in (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.DaylightTime)
                for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName)
            ]
            lines.append(f"zone {zone.decode()} {name}: " + " | ".join(names))
    return lines


def encodings() -> list[str]:
    available = set(QStringConverter.availableCodecs())
    lines = [f"encoding {name}: {'available' if name in available else 'MISSING'}" for name in ENCODINGS]
    for name in ENCODINGS:
        decoded = QStringDecoder(name).isValid()
        document = QBuffer()
        document.setData(QByteArray(f'<?xml version="1.0" encoding="{name}"?><a>'.encode() + HIGH_HALF + b"</a>"))
        document.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QXmlStreamReader(document)
        reader.readNextStartElement()
        lines.append(f"decode {name}: valid={decoded} {reader.readElementText()} {reader.errorString()}")
    return lines


def file_dialog(app: QApplication) -> list[str]:
    """The names a (Qt, not native) file dialog lists, in the order it sorts them, in each language."""
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        for word in WORDS:
            (Path(folder) / f"{word}.txt").touch()
        for name in LOCALES:
            QLocale.setDefault(QLocale(name))
            dialog = QFileDialog(None, "probe", folder)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.show()
            view = dialog.findChild(QListView, "listView")
            deadline = QDeadlineTimer(10_000)
            while view.model().rowCount(view.rootIndex()) < len(WORDS) and not deadline.hasExpired():
                app.processEvents()
            app.processEvents()
            model, root = view.model(), view.rootIndex()
            listed = [model.index(row, 0, root).data() for row in range(model.rowCount(root))]
            lines.append(f"dialog {name}: " + " | ".join(listed))
            dialog.close()
    return lines


def main() -> None:
    messages: list[str] = []
    qInstallMessageHandler(lambda _kind, _context, message: messages.append(message))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    lines = [*collation(), *case_mapping(), *zone_names(), *encodings(), *file_dialog(app)]
    lines += [f"qt said: {message}" for message in messages if "propagateSizeHints" not in message]
    icu = sorted(
        {line.split()[-1] for line in Path("/proc/self/maps").read_text().splitlines() if "libicudata" in line}
    )
    output = os.environ.get("ICU_PROBE_OUT")
    text = "\n".join(lines) + "\n"
    if output:
        Path(output).write_text(text)
        Path(output + ".maps").write_text("\n".join(icu) + "\n")
    else:
        sys.stdout.write(text + "".join(f"# ICU data from {path}\n" for path in icu))


main()
