"""Fill translations of one language from a JSON file of {English source: translation}.

    python translations/fill.py hi --list [CONTEXT ...]   # the untranslated sources (of those contexts) as JSON
    python translations/fill.py hi FILE.json              # fill every unfinished message whose source is in FILE

Run ``python translations/update.py`` before (so the .ts has the new sources) and after (to build the .qm).
Plural sources (%n) take a list of forms.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from update import unfinished_translation  # run as a script beside it, as update.py is

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    lang, rest = argv[0], argv[1:]
    ts = HERE / f"facilitator_{lang}.ts"
    tree = ET.parse(ts)
    if rest and rest[0] == "--list":
        wanted = set(rest[1:])
        todo = {}
        for context in tree.getroot().iter("context"):
            if wanted and context.findtext("name") not in wanted:
                continue
            for message in context.iter("message"):
                if unfinished_translation(message.find("translation")):
                    todo[message.findtext("source")] = ""
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    table = json.loads(Path(rest[0]).read_text(encoding="utf-8"))
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if source not in table or not table[source] or not unfinished_translation(translation):
            continue
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        value = table[source]
        if isinstance(value, list):
            translation.text = None
            for old in list(translation):
                translation.remove(old)
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts.name}: {filled} filled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
