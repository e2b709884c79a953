#!/usr/bin/env python3
"""An IMAP server on loopback that logs in and then stops answering, for deadline tests.

Implicit TLS with --cert/--key. Answers the greeting, CAPABILITY, LOGIN (any password) and
SELECT like a server with one message, then never answers the command named by --stall-on
(default "UID FETCH"); the connection stays open until the client goes or --lifetime seconds
pass. Prints "READY <port>" once listening; --port 0 picks a free port. Serves one client at a
time, at most --max-clients in all.
"""

import argparse
import socket
import ssl
import sys
import time


def serve(conn, stall_on, lifetime):
    conn.settimeout(lifetime)
    f = conn.makefile("rwb", buffering=0)
    f.write(b"* OK stall test server ready\r\n")
    while True:
        line = f.readline()
        if not line:
            return
        parts = line.decode("ascii", "replace").rstrip("\r\n").split(" ", 2)
        tag = parts[0]
        command = " ".join(parts[1:]).upper()
        if command.startswith(stall_on):
            time.sleep(lifetime)
            return
        if command.startswith("CAPABILITY"):
            f.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag.encode() + b" OK done\r\n")
        elif command.startswith("AUTHENTICATE"):
            if command.strip() == "AUTHENTICATE PLAIN":
                f.write(b"+ \r\n")
                f.readline()
            f.write(tag.encode() + b" OK logged in\r\n")
        elif command.startswith("LOGIN"):
            f.write(tag.encode() + b" OK logged in\r\n")
        elif command.startswith("SELECT"):
            f.write(b"* 1 EXISTS\r\n* OK [UIDVALIDITY 42] ok\r\n* OK [UIDNEXT 2] ok\r\n"
                    + tag.encode() + b" OK [READ-WRITE] selected\r\n")
        elif command.startswith("UID SEARCH"):
            f.write(b"* SEARCH 1\r\n" + tag.encode() + b" OK done\r\n")
        elif command.startswith("LOGOUT"):
            f.write(b"* BYE bye\r\n" + tag.encode() + b" OK done\r\n")
            return
        else:
            f.write(tag.encode() + b" OK done\r\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--stall-on", default="UID FETCH")
    p.add_argument("--lifetime", type=float, default=30.0)
    p.add_argument("--max-clients", type=int, default=5)
    a = p.parse_args()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(a.cert, a.key)
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", a.port))
    listener.listen(5)
    listener.settimeout(a.lifetime)
    print("READY %d" % listener.getsockname()[1], flush=True)
    for _ in range(a.max_clients):
        try:
            raw, _ = listener.accept()
        except socket.timeout:
            break
        try:
            with context.wrap_socket(raw, server_side=True) as conn:
                serve(conn, a.stall_on.upper(), a.lifetime)
        except (OSError, ssl.SSLError):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
