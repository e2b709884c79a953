#!/usr/bin/env python3
"""A test SMTP relay on loopback, built on Debian's python3-aiosmtpd.

STARTTLS is required before anything else (or, with --implicit-tls, TLS from the first byte);
AUTH PLAIN and LOGIN are offered only over TLS when --user is given. Every accepted message is
written to --maildir as NNNN.eml (the raw bytes received, dot-stuffing removed) plus NNNN.json
(the envelope). Prints "READY <port>" once listening; --port 0 picks a free port.
"""

import argparse
import asyncio
import json
import logging
import os
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class MaildirHandler:
    def __init__(self, maildir, data_delay=0.0):
        self.maildir = maildir
        self.data_delay = data_delay
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.maildir, "%04d" % self.count)
        login = None
        if isinstance(session.auth_data, LoginPassword):
            login = session.auth_data.login.decode("utf-8", "replace")
        facts = {
            "mail_from": envelope.mail_from,
            "mail_options": envelope.mail_options,
            "rcpt_tos": envelope.rcpt_tos,
            "rcpt_options": envelope.rcpt_options,
            "auth_login": login,
            "tls": session.ssl is not None,
            "peer": list(session.peer) if session.peer else None,
        }
        # Write the envelope first and the .eml last (renamed into place), so a reader that
        # sees the .eml also finds its envelope.
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(facts, f)
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content)
        os.replace(base + ".eml.tmp", base + ".eml")
        # A slow relay: the message is stored (as a real relay would have queued it) before the
        # client hears that it was accepted.
        if self.data_delay > 0:
            await asyncio.sleep(self.data_delay)
        return "250 2.0.0 Ok: queued as %04d" % self.count


def make_authenticator(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == user.encode("utf-8")
            and auth_data.password == password.encode("utf-8")
        )
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    return authenticate


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cert", required=True, help="PEM server certificate (chain)")
    parser.add_argument("--key", required=True, help="PEM private key")
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--user")
    parser.add_argument("--data-delay", type=float, default=0.0,
                        help="seconds between storing a message and confirming it")
    parser.add_argument("--password", default="")
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte")
    parser.add_argument("--size-limit", type=int, default=10 * 1024 * 1024)
    parser.add_argument(
        "--watch-stdin",
        action="store_true",
        help="exit when standard input closes (the test process went away)",
    )
    args = parser.parse_args()

    os.makedirs(args.maildir, exist_ok=True)
    # aiosmtpd warns about its own use of a deprecated attribute on every AUTH; keep errors.
    logging.basicConfig(level=logging.ERROR)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = MaildirHandler(args.maildir, args.data_delay)
    authenticator = make_authenticator(args.user, args.password) if args.user else None

    def factory():
        return SMTP(
            handler,
            hostname="localhost",
            ident="helpdesk test relay",
            tls_context=None if args.implicit_tls else context,
            require_starttls=not args.implicit_tls,
            authenticator=authenticator,
            auth_required=bool(args.user),
            # aiosmtpd only counts STARTTLS as TLS; with implicit TLS the socket already is.
            auth_require_tls=not args.implicit_tls,
            data_size_limit=args.size_limit,
            loop=loop,
        )

    server = loop.run_until_complete(
        loop.create_server(
            factory,
            host=args.host,
            port=args.port,
            ssl=context if args.implicit_tls else None,
        )
    )
    port = server.sockets[0].getsockname()[1]

    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.add_signal_handler(signal.SIGINT, loop.stop)
    if args.watch_stdin:

        def stdin_readable():
            if not os.read(sys.stdin.fileno(), 4096):
                loop.stop()

        loop.add_reader(sys.stdin.fileno(), stdin_readable)

    print("READY %d" % port, flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()
        loop.run_until_complete(server.wait_closed())
        loop.close()


if __name__ == "__main__":
    main()
