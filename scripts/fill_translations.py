"""Fill the Arabic .ts from translator files, and list what is still untranslated.

    .venv/bin/python scripts/fill_translations.py --list            # JSON {source: ""} of unfinished
    .venv/bin/python scripts/fill_translations.py FILE.json [...]   # {source: arabic} -> .ts, then lrelease

Run scripts/update_translations.sh first so the .ts knows every string of the code."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "ui" / "translations" / "sanad_ar.ts"


def unfinished(tree: ET.ElementTree):
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        empty = translation is not None and not (translation.text or "").strip()
        if translation is not None and (translation.get("type") == "unfinished" or empty):
            yield message, translation


def main(argv: list[str]) -> int:
    tree = ET.parse(TS)
    if argv[:1] == ["--list"]:
        print(json.dumps({m.findtext("source"): "" for m, _t in unfinished(tree)}, ensure_ascii=False, indent=1))
        return 0
    wanted: dict[str, str] = {}
    for name in argv:
        wanted.update({k: v for k, v in json.loads(Path(name).read_text("utf-8")).items() if v})
    filled = left = 0
    for message, translation in unfinished(tree):
        text = wanted.get(message.findtext("source"))
        if text is None:
            left += 1
            continue
        translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    subprocess.run([str(ROOT / ".venv" / "bin" / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   check=True, capture_output=True)
    print(f"filled {filled}, still untranslated {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
