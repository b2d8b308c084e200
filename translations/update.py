"""Refresh the translation sources from the code and build the .qm files the app loads.

    python translations/update.py          # lupdate every source into facilitator_<lang>.ts, then lrelease
    python translations/update.py --check  # exit 1 when a .ts misses strings or a .qm is stale (used by tests)

The .ts sources live here; the .qm files go into the package (facilitator/resources/translations), where
every install and the frozen bundle find them.  They are committed, so a fresh clone works without a
build step.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
COMPILED = ROOT / "facilitator" / "resources" / "translations"
LANGUAGES = ("nl", "hi")
# A language the window is not offered in prints documents only: it must be complete in these contexts
# (the minutes and the follow-up sheet, with the vocabularies they print); the rest may stay English.
DOCUMENT_CONTEXTS = {"hi": ("Minutes", "FollowUp", "Pdf", "Export")}


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "facilitator").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run(
        ["pyside6-lupdate", "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def unfinished(ts: Path, contexts: tuple[str, ...] | None = None) -> list[str]:
    """Source texts without a finished translation (in ``contexts`` only, when given)."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        if contexts is not None and context.findtext("name") not in contexts:
            continue
        missing += _unfinished_in(context)
    return missing


def _unfinished_in(context: ET.Element) -> list[str]:
    missing = []
    for message in context.iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (translation.text or list(translation))
        ):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for lang in LANGUAGES:
            ts = HERE / f"facilitator_{lang}.ts"
            fresh = Path(folder) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh)
            required = DOCUMENT_CONTEXTS.get(lang)
            problems += [f"{lang}: not translated: {text!r}" for text in unfinished(fresh, required)]
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
    if parser.parse_args().check:
        problems = check()
        print("\n".join(problems) or "translations are complete and current")
        return 1 if problems else 0
    for lang in LANGUAGES:
        ts = HERE / f"facilitator_{lang}.ts"
        lupdate(ts)
        lrelease(ts, COMPILED / f"facilitator_{lang}.qm")
        missing = unfinished(ts, DOCUMENT_CONTEXTS.get(lang))
        print(f"{ts.name}: {len(missing)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
