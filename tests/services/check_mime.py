#!/usr/bin/env python3
"""Prints JSON facts about one .eml file, parsed with Python's email package, for C++ tests.

Usage: check_mime.py FILE.eml
"""

import email
import html
import json
import re
import sys
from email import policy


def words(text):
    return sorted(set(re.findall(r"\w+", text.lower())))


def address_list(header):
    if header is None:
        return []
    return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]


def main():
    with open(sys.argv[1], "rb") as f:
        raw = f.read()
    msg = email.message_from_bytes(raw, policy=policy.default)

    head, _, _ = raw.partition(b"\r\n\r\n")
    body_lines = raw.split(b"\r\n")
    encoded_words = re.findall(rb"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=", head)

    defects = [str(d) for d in msg.defects]
    for name in ("Subject", "From", "To", "Reply-To"):
        if msg[name] is not None:
            defects += [str(d) for d in msg[name].defects]

    parts = []
    for part in msg.walk():
        if part.is_multipart():
            defects += [str(d) for d in part.defects]
            continue
        content = part.get_content()
        entry = {
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": part.get("Content-Transfer-Encoding"),
            "content": content,
        }
        if part.get_content_type() == "text/html":
            entry["words"] = words(html.unescape(re.sub(r"<[^>]*>", " ", content)))
        else:
            entry["words"] = words(content)
        parts.append(entry)
        defects += [str(d) for d in part.defects]

    date = msg["Date"]
    facts = {
        "subject": str(msg["Subject"]) if msg["Subject"] is not None else None,
        "from": address_list(msg["From"]),
        "to": address_list(msg["To"]),
        "reply_to": address_list(msg["Reply-To"]),
        "message_id": str(msg["Message-ID"]) if msg["Message-ID"] is not None else None,
        "date": date.datetime.isoformat() if date is not None and date.datetime else None,
        "mime_version": str(msg["MIME-Version"]) if msg["MIME-Version"] is not None else None,
        "content_type": msg.get_content_type(),
        "boundary": msg.get_boundary(),
        "parts": parts,
        "defects": defects,
        "all_crlf": raw.count(b"\r\n") == raw.count(b"\n") == raw.count(b"\r"),
        "max_line_length": max(len(line) for line in body_lines),
        "max_header_line_length": max(len(line) for line in head.split(b"\r\n")),
        "max_encoded_word_length": max((len(w) for w in encoded_words), default=0),
        "ends_with_crlf": raw.endswith(b"\r\n"),
        "size": len(raw),
    }
    json.dump(facts, sys.stdout, ensure_ascii=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
