"""Refresh the translation sources from the code and build the .qm files the app loads.

    python translations/update.py          # lupdate every source into facilitator_<lang>.ts, then lrelease
    python translations/update.py --check  # exit 1 when a .ts misses strings or a .qm is stale (used by tests)
    python translations/update.py --tools  # once: the translation tools, into translations/.tools

The tools are PySide's lupdate and lrelease of at least 6.12, whose lupdate reads the plural form of a
``translate(context, text, None, count)`` call outside a widget (older ones drop such a call, or its
plural).  The app itself runs on an older PySide (see pyproject.toml), so ``--tools`` puts them in a
virtual environment of their own, which nothing but this script uses.

English has a .ts too, for its plurals only: the source texts are English, but "%n notes" needs "1 note"
for one.  Its forms are kept in facilitator/resources/translations/plurals_en.json ({source: [one, many]}, read
by the Qt-free layers too) and written into
facilitator_en.ts here; every plural source must have them.

The .ts sources live here; the .qm files go into the package (facilitator/resources/translations), where
every install and the frozen bundle find them.  They are committed, so a fresh clone works without a
build step.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
COMPILED = ROOT / "facilitator" / "resources" / "translations"
LANGUAGES = ("nl", "en", "hi")
ENGLISH_PLURALS = COMPILED / "plurals_en.json"  # package data: the Qt-free layers read it too
# A language the window is not offered in prints documents only: it must be complete in these contexts
# (the minutes and the follow-up sheet, with the vocabularies they print); the rest may stay English.
# English is complete by its source texts and needs only its plural forms.
DOCUMENT_CONTEXTS = {"hi": ("Minutes", "FollowUp", "Pdf", "Export")}
TOOLS = HERE / ".tools"
TOOLS_PACKAGE = "PySide6-Essentials==6.12.0"
TOOLS_VERSION = (6, 12)


def _scripts() -> Path:
    return TOOLS / ("Scripts" if os.name == "nt" else "bin")


def _version(program: str) -> tuple[int, ...]:
    shown = subprocess.run([program, "-version"], capture_output=True, text=True).stdout
    found = re.search(r"(\d+)\.(\d+)", shown)
    return tuple(int(part) for part in found.groups()) if found else ()


def tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``: from translations/.tools when it is there, else the
    installed PySide's when it is new enough; else a plain refusal that says how to get them."""
    local = shutil.which(name, path=str(_scripts()))
    if local:
        return local
    installed = shutil.which(name)
    if installed and _version(installed) >= TOOLS_VERSION:
        return installed
    raise SystemExit(
        f"{name} {'.'.join(map(str, TOOLS_VERSION))} or later is needed (an older one drops the plurals of "
        "translate() calls outside widgets); run: python translations/update.py --tools"
    )


def install_tools() -> None:
    """Put PySide's translation tools of a fixed version into translations/.tools (once)."""
    if shutil.which("pyside6-lupdate", path=str(_scripts())):
        return
    venv.create(TOOLS, with_pip=True)
    python = shutil.which("python", path=str(_scripts()))
    subprocess.run([python or "python", "-m", "pip", "install", "-q", TOOLS_PACKAGE], check=True)


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "facilitator").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def fill_english_plurals(ts: Path) -> None:
    """Write the English plural forms into the English .ts (then lupdate lays the file out again)."""
    forms = json.loads(ENGLISH_PLURALS.read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") != "yes" or source not in forms or translation is None:
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for form in forms[source]:
            ET.SubElement(translation, "numerusform").text = form
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lupdate(ts)


def unfinished(ts: Path, lang: str) -> list[str]:
    """Source texts without a finished translation that ``lang`` must have: every one for a window
    language, its document contexts for a document-only one, the plural ones for English."""
    contexts = DOCUMENT_CONTEXTS.get(lang)
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        if contexts is None or context.findtext("name") in contexts:
            missing += _unfinished_in(context, plurals_only=lang == "en")
    return missing


def _unfinished_in(context: ET.Element, plurals_only: bool) -> list[str]:
    missing = []
    for message in context.iter("message"):
        if plurals_only and message.get("numerus") != "yes":
            continue
        if unfinished_translation(message.find("translation")):
            missing.append(message.findtext("source") or "")
    return missing


def unfinished_translation(translation: ET.Element | None) -> bool:
    """Whether a message still needs its translation: none, marked so, or a plural with an empty form."""
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    return not all(form.text for form in forms) if forms else not translation.text


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for lang in LANGUAGES:
            ts = HERE / f"facilitator_{lang}.ts"
            fresh = Path(folder) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh)
            problems += [f"{lang}: not translated: {text!r}" for text in unfinished(fresh, lang)]
            if fresh.read_bytes() != ts.read_bytes():
                problems.append(f"{lang}: {ts.name} is not current; run python translations/update.py")
            qm = Path(folder) / f"facilitator_{lang}.qm"
            lrelease(ts, qm)
            if qm.read_bytes() != (COMPILED / qm.name).read_bytes():
                problems.append(f"{lang}: {qm.name} is stale; run python translations/update.py")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--tools", action="store_true")
    args = parser.parse_args()
    if args.tools:
        install_tools()
        print(f"translation tools: {tool('pyside6-lupdate')}")
        return 0
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations are complete and current")
        return 1 if problems else 0
    for lang in LANGUAGES:
        ts = HERE / f"facilitator_{lang}.ts"
        lupdate(ts)
        if lang == "en":
            fill_english_plurals(ts)
        lrelease(ts, COMPILED / f"facilitator_{lang}.qm")
        missing = unfinished(ts, lang)
        print(f"{ts.name}: {len(missing)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
