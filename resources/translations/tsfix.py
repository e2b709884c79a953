#!/usr/bin/env python3
"""Runs after lupdate over the .ts files (the helpdesk_lupdate target calls it).

1. Contexts. Many core files translate through a file-local helper,
       QString tr(const char *text) { return QCoreApplication::translate("Settings", text); }
   lupdate cannot see through it and files those strings under the enclosing class or
   namespace ("helpdesk::Settings", "helpdesk"), where the app would never look them up. Their
   messages are moved to the helper's context. Q_OBJECT classes keep theirs: inside them tr()
   is QObject::tr, whose context is the class's qualified name, as lupdate says.
2. Carry-over. When code moves (a class split, a string moved to another file), lupdate files the
   same English text under a new context without a translation. A message without one takes
   the translation of the same text (and comment) from anywhere in the file, obsolete entries
   included, so translations follow the source text; obsolete entries whose text is in use again
   are dropped.

   lupdate itself moves a translation it finds under another context, but marks it unfinished;
   so the finished translations are saved before lupdate runs (--save) and given back afterwards
   to exactly the same source texts. Texts that merely look similar stay unfinished.

Usage: tsfix.py --save KNOWN.json FILE.ts...                 (before lupdate)
       tsfix.py [--known KNOWN.json] SOURCE_ROOT FILE.ts...  (after lupdate; SOURCE_ROOT holds
                                                              core/, ui/, app/)
"""

import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

HELPER = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+[^)]*\)\s*\{[^}]*?'
                    r'translate\(\s*"([^"]+)"', re.S)
QOBJECT = re.compile(r'\bQ_(?:OBJECT|GADGET)\b')
CLASS = re.compile(r'\b(?:class|struct)\s+(\w+)(?:\s+final)?\s*(?::[^;{]*)?\{')
DECLARED_TR = re.compile(r'Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)')


def scan_sources(root):
    helpers, qobjects = {}, set()
    for folder in ("core", "ui", "app"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            found = HELPER.search(text)
            if found:
                helpers[path.resolve()] = found.group(1)
            for macro in QOBJECT.finditer(text):
                classes = CLASS.findall(text, 0, macro.start())
                if classes:
                    qobjects.add(classes[-1])
            qobjects.update(name.split("::")[-1] for name in DECLARED_TR.findall(text))
    return helpers, qobjects


def key(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return source, comment, message.get("numerus") == "yes"


def unfinished(message):
    tr = message.find("translation")
    return tr is None or tr.get("type") == "unfinished"


def translated(message):
    tr = message.find("translation")
    if tr is None:
        return False
    if message.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def obsolete(message):
    tr = message.find("translation")
    return tr is not None and tr.get("type") in ("obsolete", "vanished")


def finished_translations(root):
    known = {}
    for message in root.iter("message"):
        tr = message.find("translation")
        if tr is not None and not tr.get("type") and translated(message):
            known.setdefault(key(message), tr)
    return known


def save(known_path, ts_paths):
    saved = []
    for ts_path in ts_paths:
        root = ET.parse(ts_path).getroot()
        for (source, comment, numerus), tr in finished_translations(root).items():
            forms = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
            saved.append({"ts": pathlib.Path(ts_path).name, "source": source, "comment": comment,
                          "numerus": numerus, "forms": forms})
    pathlib.Path(known_path).write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")


def saved_translations(known_path, ts_name):
    known = {}
    if not known_path or not pathlib.Path(known_path).exists():
        return known
    for entry in json.loads(pathlib.Path(known_path).read_text(encoding="utf-8")):
        if entry["ts"] != ts_name:
            continue
        tr = ET.Element("translation")
        if entry["numerus"]:
            for form in entry["forms"]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = entry["forms"][0]
        known[(entry["source"], entry["comment"], entry["numerus"])] = tr
    return known


def fix(ts_path, helpers, qobjects, known_path=None):
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    base = ts_path.parent
    moved = 0

    def context_named(name):
        if name not in contexts:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = name
            contexts[name] = element
        return contexts[name]

    # 1. Messages of file-local tr() helpers go to the helper's context.
    for name, context in list(contexts.items()):
        if not (name == "helpdesk" or name.startswith("helpdesk::")):
            continue
        if name.split("::")[-1] in qobjects and name != "helpdesk":
            continue
        for message in list(context.findall("message")):
            # One text can be in several files, each with its own helper: one copy per context.
            by_target = {}
            for loc in message.findall("location"):
                target = helpers.get((base / loc.get("filename")).resolve())
                by_target.setdefault(target, []).append(loc)
            if None not in by_target:
                context.remove(message)
            for target, locations in by_target.items():
                if target is None:
                    continue
                copy = ET.fromstring(ET.tostring(message))
                for loc in copy.findall("location"):
                    copy.remove(loc)
                for i, loc in enumerate(locations):
                    copy.insert(i, ET.fromstring(ET.tostring(loc)))
                context_named(target).append(copy)
                moved += 1
            if None in by_target:
                for loc in message.findall("location"):
                    if loc not in by_target[None]:
                        message.remove(loc)

    # The same text twice in one context (moved next to its old, obsolete self): keep one.
    for context in contexts.values():
        seen = {}
        for message in list(context.findall("message")):
            k = key(message)
            if k not in seen:
                seen[k] = message
                continue
            first = seen[k]
            live, other = (message, first) if obsolete(first) else (first, message)
            if unfinished(live) and translated(other):
                live.remove(live.find("translation"))
                live.append(other.find("translation"))
                live.find("translation").attrib.pop("type", None)
            context.remove(other)
            seen[k] = live

    # 2. Translations follow the source text.
    known = saved_translations(known_path, ts_path.name)
    for k, tr in finished_translations(root).items():
        known.setdefault(k, tr)
    for context in contexts.values():
        for message in context.findall("message"):
            if obsolete(message) and translated(message):
                known.setdefault(key(message), message.find("translation"))
    carried = 0
    live_keys = set()
    for context in contexts.values():
        for message in context.findall("message"):
            if obsolete(message):
                continue
            live_keys.add(key(message))
            if unfinished(message) and key(message) in known:
                old = message.find("translation")
                if old is not None:
                    message.remove(old)
                new = ET.fromstring(ET.tostring(known[key(message)]))
                new.attrib.pop("type", None)
                new.tail = None
                message.append(new)
                carried += 1
    dropped = 0
    for context in list(contexts.values()):
        for message in list(context.findall("message")):
            if obsolete(message) and key(message) in live_keys:
                context.remove(message)
                dropped += 1
        if not context.findall("message"):
            root.remove(context)

    root[:] = sorted(root, key=lambda c: c.findtext("name") or "")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    print(f"{ts_path.name}: {moved} moved to their helper's context, {carried} carried over "
          f"by source text, {dropped} obsolete duplicates dropped")


def main():
    args = sys.argv[1:]
    if args[0] == "--save":
        save(args[1], args[2:])
        return
    known_path = None
    if args[0] == "--known":
        known_path, args = args[1], args[2:]
    root = pathlib.Path(args[0]).resolve()
    helpers, qobjects = scan_sources(root)
    for name in args[1:]:
        fix(pathlib.Path(name).resolve(), helpers, qobjects, known_path)


if __name__ == "__main__":
    main()
