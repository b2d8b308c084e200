"""A slim ICU data library for the bundle: Qt Core's libicudata carries ICU's data for some 800 locales
(30 MB); the bundle keeps what Qt can reach for the languages the app speaks and prints in.

Qt Core is the only library in the bundle that links ICU, and it imports ICU functions for four things
only: collation (ucol_*: QCollator, which sorts file dialogs), locale case mapping (u_strToUpper/Lower:
QLocale::toUpper/toLower), converters for encodings Qt does not build in (ucnv_*: QStringConverter), and
time-zone names and canonical ids (ucal_*: QTimeZone).  So the data keeps:

* the locales root, English, Dutch and Hindi (with every region and script of them, and so each one's
  parent chain: hi_Latn falls back to en_IN) in every tree: main, collation, time zones, currencies,
  languages, regions, units, spell-out rules, break rules;
* all supplemental data (likely subtags, calendars, time-zone rules, plurals...), the collation root,
  the normalisation tables, and the converter aliases;
* the single-byte code pages of Windows, ISO 8859, DOS, Mac and KOI8 (UTF-8/16/32, Latin-1, ASCII and
  ISCII are built into ICU's code).

It leaves out what only ICU services that nothing in the bundle calls would read: transliterators,
stringprep profiles (IDNA; Qt has its own), Unicode character names, spoof-checking confusables, the
dictionaries for segmenting Chinese, Japanese, Thai, Lao, Khmer and Burmese text (Qt breaks lines with
its own tables), the other ~790 locales, and the multi-byte East Asian and EBCDIC converter tables.

The library is rebuilt the way ICU's own build packages it: the ``icudtNN_dat`` blob is read from the
wheel's library, ``icupkg`` (icu-devtools) removes the items (refusing if a kept item needs a removed
one), and ``as``/``ld`` (binutils) link the result under the same soname and symbol.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

KEPT_LANGUAGES = ("en", "nl", "hi")
# Items every tree has: its fallback root, the shared key pool, and the index of its locales.
TREE_ITEMS = {"root", "pool", "res_index"}
LOCALE_NAME = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*")  # also de__PHONEBOOK, an old alias
# Whole kinds of data, by the ICU services that alone read them: transliteration, stringprep,
# spoof checks, character names.
UNREACHED_TREES = {"translit"}
UNREACHED_KINDS = {".spp", ".cfu"}
UNREACHED_FILES = {"unames.icu"}
# The break rules name the dictionaries, but ICU treats a missing one as a script it does not segment
# (each run of it one word), the way ICU's own data filter leaves them out.
DICTIONARY = ".dict"
# The converter tables kept (by ICU's file names): Windows 1250-1258 and 874, ISO 8859-2 to -16,
# DOS 437/850/858, KOI8-R/-U and Mac Roman.
KEPT_CONVERTERS = {
    *(f"ibm-{page}_P100-1998" for page in (5346, 5347, 5349, 5350)),
    "ibm-5348_P100-1997",
    *(f"ibm-{page}_P100-2002" for page in (9447, 9449)),
    "ibm-9448_X100-2005",
    "ibm-5354_P100-1998",
    "windows-874-2000",
    *(f"ibm-{page}_P100-1995" for page in (912, 914, 915, 1089, 916, 920, 437, 850)),
    "ibm-913_P100-2000",
    "ibm-9005_X110-2007",
    "ibm-5012_P100-1999",
    "iso-8859_10-1998",
    "iso-8859_11-2001",
    "ibm-921_P100-1995",
    "iso-8859_14-1998",
    "ibm-923_P100-1998",
    "ibm-858_P100-1997",
    "ibm-878_P100-1996",
    "ibm-1168_P100-2002",
    "macos-0_2-10.2",
}


def wanted(item: str) -> bool:
    """Whether a data item (``tree/name.ext`` or ``name.ext`` as ``icupkg -l`` lists them) stays."""
    tree, _, filename = item.rpartition("/")
    stem, dot, ext = filename.rpartition(".")
    ext = dot + ext
    if tree in UNREACHED_TREES or ext in (*UNREACHED_KINDS, DICTIONARY) or filename in UNREACHED_FILES:
        return False
    if ext == ".cnv":
        return stem in KEPT_CONVERTERS
    if ext != ".res" or stem in TREE_ITEMS or not LOCALE_NAME.fullmatch(stem):
        return True  # supplemental data, the collation root, normalisation, aliases
    return stem.split("_")[0] in KEPT_LANGUAGES


def _tool(name: str) -> str | None:
    """A build tool's path; Debian puts icupkg in /usr/sbin, which a user's PATH often lacks."""
    return shutil.which(name, path=os.pathsep.join((os.environ.get("PATH", os.defpath), "/usr/sbin")))


def _readelf(option: str, library: Path) -> str:
    return subprocess.run(
        ["readelf", "--wide", option, str(library)], capture_output=True, text=True, check=True
    ).stdout


def data_blob(library: Path) -> tuple[str, bytes]:
    """The name and bytes of the one object the library exports (``icudt73_dat``)."""
    symbols = re.findall(r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+(icudt\d+_dat)\b",
                         _readelf("--dyn-syms", library))  # fmt: skip
    if len(symbols) != 1:
        raise SystemExit(f"{library}: expected one icudtNN_dat symbol, found {symbols}")
    address, size, name = int(symbols[0][0], 16), int(symbols[0][1], 0), symbols[0][2]
    for offset, vaddr, filesz in re.findall(r"LOAD\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+0x[0-9a-f]+\s+0x([0-9a-f]+)",
                                            _readelf("--program-headers", library)):  # fmt: skip
        start, length = int(vaddr, 16), int(filesz, 16)
        if start <= address and address + size <= start + length:
            at = int(offset, 16) + address - start
            return name, library.read_bytes()[at : at + size]
    raise SystemExit(f"{library}: {name} lies in no loaded segment")


def _icupkg(*arguments: str | Path) -> subprocess.CompletedProcess:
    """icupkg, naming the items as the input package does (whatever the file is called)."""
    return subprocess.run(
        [_tool("icupkg"), "--auto_toc_prefix", *map(str, arguments)], stdout=subprocess.PIPE, text=True, check=True
    )


def _item_list(path: Path, items: list[str]) -> Path:
    path.write_text("".join(f"{item}\n" for item in items))
    return path


def slim_library(library: Path, out_dir: Path) -> Path:
    """Write a slim copy of ICU's data library into ``out_dir``, under the same file name and soname."""
    missing = [tool for tool in ("readelf", "icupkg", "as", "ld") if not _tool(tool)]
    if missing:
        raise SystemExit(f"building the bundle needs {', '.join(missing)} (Debian: binutils, icu-devtools)")
    symbol, blob = data_blob(library)
    soname = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", _readelf("--dynamic", library)).group(1)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        full, slim = work / "full.dat", work / "slim.dat"
        full.write_bytes(blob)
        unwanted = [item for item in _icupkg("--list", full).stdout.split() if not wanted(item)]
        dictionaries = [item for item in unwanted if item.endswith(DICTIONARY)]
        unwanted = [item for item in unwanted if item not in dictionaries]
        # icupkg checks that every kept item finds what it names, so the dictionaries go last, on their own.
        _icupkg("--remove", _item_list(work / "unwanted.txt", unwanted), full, work / "checked.dat")
        dictionary_list = _item_list(work / "dictionaries.txt", dictionaries)
        _icupkg("--ignore-deps", "--remove", dictionary_list, work / "checked.dat", slim)
        (work / "data.s").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
            f'\t.incbin "{slim}"\n\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", str(work / "data.o"), str(work / "data.s")], check=True)
        target = out_dir / library.name
        subprocess.run(["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", str(target),
                        str(work / "data.o")], check=True)  # fmt: skip
    return target
