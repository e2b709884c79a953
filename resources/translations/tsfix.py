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

Usage: tsfix.py SOURCE_ROOT FILE.ts...   (SOURCE_ROOT holds core/, ui/, app/)
"""

import pathlib
import re
import sys
import xml.etree.ElementTree as ET

HELPER = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{[^}]*?'
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


def fix(ts_path, helpers, qobjects):
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
            if not translated(live) and translated(other):
                live.remove(live.find("translation"))
                live.append(other.find("translation"))
                live.find("translation").attrib.pop("type", None)
            context.remove(other)
            seen[k] = live

    # 2. Translations follow the source text.
    known = {}
    for context in contexts.values():
        for message in context.findall("message"):
            if translated(message) and key(message) not in known:
                known[key(message)] = message.find("translation")
    carried = 0
    live_keys = set()
    for context in contexts.values():
        for message in context.findall("message"):
            if obsolete(message):
                continue
            live_keys.add(key(message))
            if not translated(message) and key(message) in known:
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
    root = pathlib.Path(sys.argv[1]).resolve()
    helpers, qobjects = scan_sources(root)
    for name in sys.argv[2:]:
        fix(pathlib.Path(name).resolve(), helpers, qobjects)


if __name__ == "__main__":
    main()
