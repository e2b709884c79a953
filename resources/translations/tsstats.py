#!/usr/bin/env python3
"""Counts the messages of .ts files: total, translated, unfinished, obsolete.

Usage: tsstats.py [--require-complete] FILE.ts...
With --require-complete it exits 1 when a file with a target language other than English has a
live message without a finished translation (tests/run.sh uses it for helpdesk_de.ts).
"""

import sys
import xml.etree.ElementTree as ET


def stats(path):
    root = ET.parse(path).getroot()
    total = finished = unfinished = obsolete = 0
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                obsolete += 1
                continue
            total += 1
            if kind == "unfinished":
                unfinished += 1
                missing.append((context.findtext("name"), message.findtext("source")))
            else:
                finished += 1
    return root.get("language") or "", total, finished, unfinished, obsolete, missing


def main():
    args = sys.argv[1:]
    require = "--require-complete" in args
    failed = False
    for path in (a for a in args if a != "--require-complete"):
        language, total, finished, unfinished, obsolete, missing = stats(path)
        print(f"{path}: {language or 'template'}: {total} messages, {finished} translated, "
              f"{unfinished} unfinished, {obsolete} obsolete")
        if require and language and not language.startswith("en") and unfinished:
            failed = True
            for context, source in missing[:20]:
                print(f"  untranslated in {context}: {source!r}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
