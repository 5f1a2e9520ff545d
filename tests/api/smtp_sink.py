#!/usr/bin/python3
"""A real SMTP server for the notification tests (aiosmtpd, Debian's
python3-aiosmtpd: run it with /usr/bin/python3).

What it is for: tests/api/smtp.mjs starts it on loopback; every message it
accepts is written to --dir as NNNNNN.eml (the bytes received) and
NNNNNN.json (envelope, headers decoded by Python's email package with the
default policy, the text and HTML parts, parser defects, the longest line),
each file written under a temporary name and renamed, so a reader never
sees half a message.  Python's parser is the independent check of what
src/notify/mail.c composes.

Options: --reject REGEX answers 550 to matching RCPT TO addresses (a
permanent failure); --reject-data REGEX answers 554 at the end of DATA
(the message refused, e.g. as spam) for matching recipients, and
--tempfail-data REGEX 451 there (try later); --drop-data N closes the
connection without a reply at the end of the first N messages' DATA (a
server that died mid-transaction: nothing is kept); --slow-data SECONDS
waits that long before answering DATA (a slow server), for the first
--slow-count N messages only when given (a message whose client hung up
meanwhile is not kept: aiosmtpd cancels its handler); --auth
USER:PASSWORD requires SMTP AUTH (PLAIN or LOGIN) with those credentials
before MAIL FROM (allowed without TLS: this is loopback).  Prints "ready
PORT" on stdout once listening; stops on SIGTERM/SIGINT.

What it must never do: listen on anything but 127.0.0.1, or accept a
message without writing it."""
import argparse
import asyncio
import email
import email.policy
import json
import os
import re
import signal
import sys
import time

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Sink:
    def __init__(self, directory, reject, reject_data="", tempfail_data="", drop_data=0,
                 slow_data=0.0, slow_count=0):
        self.dir = directory
        self.reject = re.compile(reject) if reject else None
        self.reject_data = re.compile(reject_data) if reject_data else None
        self.tempfail_data = re.compile(tempfail_data) if tempfail_data else None
        self.drop_data = drop_data
        self.slow_data = slow_data
        self.slow_count = slow_count
        self.seq = len([f for f in os.listdir(directory) if f.endswith(".eml")])

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject and self.reject.search(address):
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        wait = self.slow_data
        if wait and self.slow_count > 0:
            self.slow_count -= 1
            if self.slow_count == 0:   # that was the last slow one
                self.slow_data = 0.0
        if wait:
            await asyncio.sleep(wait)
        if self.drop_data > 0:
            self.drop_data -= 1
            server.transport.abort()
            return "421 4.3.0 closing"
        rcpts = " ".join(envelope.rcpt_tos)
        if self.reject_data and self.reject_data.search(rcpts):
            return "554 5.7.1 message refused"
        if self.tempfail_data and self.tempfail_data.search(rcpts):
            return "451 4.3.0 try again later"
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        self.seq += 1
        base = os.path.join(self.dir, "%06d" % self.seq)
        info = describe(raw)
        info.update({
            "seq": self.seq,
            "received": time.time(),
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
        })
        write(base + ".eml", raw)
        write(base + ".json", json.dumps(info, ensure_ascii=False).encode("utf-8"))
        return "250 2.0.0 Message accepted for delivery"


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
              and auth_data.password == password.encode())
        return AuthResult(success=ok, handled=False)
    return check


def write(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.rename(tmp, path)


def describe(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = [type(d).__name__ for d in msg.defects]
    headers = []
    for k, v in msg.items():
        try:
            headers.append([k, str(v)])
        except Exception as e:  # an undecodable header is itself a finding
            headers.append([k, "<undecodable: %s>" % e])
            defects.append("HeaderDecode")
    parts = []
    for part in msg.walk():
        defects += [type(d).__name__ for d in part.defects]
        parts.append({
            "type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "cte": part.get("Content-Transfer-Encoding"),
        })
    text = html = None
    try:
        b = msg.get_body(("plain",))
        text = b.get_content() if b is not None else None
        b = msg.get_body(("html",))
        html = b.get_content() if b is not None else None
    except Exception as e:
        defects.append("Body: %s" % e)
    head = raw.split(b"\r\n\r\n", 1)[0]
    lines = raw.split(b"\r\n")
    return {
        "headers": headers,
        "subject": str(msg.get("Subject", "")),
        "text": text,
        "html": html,
        "parts": parts,
        "defects": defects,
        "header_lines": head.decode("ascii", "replace").split("\r\n"),
        "max_line": max(len(l) for l in lines),
        "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
        "ascii_only": all(c < 128 for c in raw),
    }


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--reject", default="")
    ap.add_argument("--auth", default="")
    ap.add_argument("--reject-data", default="")
    ap.add_argument("--tempfail-data", default="")
    ap.add_argument("--drop-data", type=int, default=0)
    ap.add_argument("--slow-data", type=float, default=0.0)
    ap.add_argument("--slow-count", type=int, default=0)
    args = ap.parse_args()
    extra = {}
    if args.auth:
        user, _, password = args.auth.partition(":")
        extra = {"authenticator": authenticator(user, password), "auth_required": True,
                 "auth_require_tls": False}
    os.makedirs(args.dir, exist_ok=True)
    sink = Sink(args.dir, args.reject, args.reject_data, args.tempfail_data, args.drop_data,
                args.slow_data, args.slow_count)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(sink, decode_data=False, hostname="sink.test", ident="causerie test sink",
                     **extra),
        host="127.0.0.1", port=args.port, reuse_address=True)
    stop = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: stop.done() or stop.set_result(True))
    print("ready %d" % args.port, flush=True)
    await stop
    server.close()
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
