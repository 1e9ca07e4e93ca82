"""An SMTP sink for Encaisse's tests: aiosmtpd writes each message it receives to OUTDIR/NNN.eml (the exact bytes
after SMTP dot-unstuffing) with its envelope in OUTDIR/NNN.json; authentication attempts go to OUTDIR/auth.log.

    PYTHONPATH=tests/data/mail /usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:PORT \
        [--tlscert cert.pem --tlskey key.pem | --smtpscert cert.pem --smtpskey key.pem] \
        -c mailsink.MailSink OUTDIR [USER PASSWORD]

AUTH PLAIN and LOGIN are offered after STARTTLS only (aiosmtpd's rule) and checked against USER and PASSWORD.

Two rules a test may change while the server runs, read at each command: RCPT TO an address listed in
OUTDIR/refused.txt (one per line, optionally followed by a tab and the reply to give) is refused with 550; DATA waits
the seconds written in OUTDIR/delay.txt before answering (a slow server, so that a cancel lands mid-send).
"""

import asyncio
import base64
import json
import os

from aiosmtpd.smtp import MISSING, AuthResult, LoginPassword


class MailSink:
    def __init__(self, outdir, user=None, password=None):
        self.outdir = outdir
        self.user = user.encode() if user is not None else None
        self.password = password.encode() if password is not None else None
        self.count = 0
        os.makedirs(outdir, exist_ok=True)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) not in (1, 3):
            parser.error("mailsink: OUTDIR [USER PASSWORD]")
        return cls(*args)

    def _check(self, mechanism, login, password):
        ok = self.user is not None and login == self.user and password == self.password
        with open(os.path.join(self.outdir, "auth.log"), "a", encoding="utf-8") as log:
            log.write(f"{mechanism} {login.decode(errors='replace')} {'ok' if ok else 'refused'}\n")
        if ok:
            return AuthResult(success=True, auth_data=LoginPassword(login, password))
        return AuthResult(success=False, handled=False)  # aiosmtpd answers 535

    # Handler auth_* methods replace aiosmtpd's built-in ones: they check the credentials and log the mechanism.
    async def auth_PLAIN(self, server, args):
        if len(args) == 1:
            data = await server.challenge_auth("")
            if data is MISSING:
                return AuthResult(success=False)
        else:
            data = base64.b64decode(args[1])
        try:
            _, login, password = data.split(b"\0")
        except ValueError:
            return AuthResult(success=False)
        return self._check("PLAIN", login, password)

    async def auth_LOGIN(self, server, args):
        if len(args) == 1:
            login = await server.challenge_auth(server.AuthLoginUsernameChallenge)
            if login is MISSING:
                return AuthResult(success=False)
        else:
            login = base64.b64decode(args[1])
        password = await server.challenge_auth(server.AuthLoginPasswordChallenge)
        if password is MISSING:
            return AuthResult(success=False)
        return self._check("LOGIN", login, password)

    def _read(self, name):
        try:
            with open(os.path.join(self.outdir, name), encoding="utf-8") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        for line in self._read("refused.txt").splitlines():
            refused, _, reply = line.partition("\t")
            if refused == address:
                return reply or "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        delay = self._read("delay.txt").strip()
        if delay:
            await asyncio.sleep(float(delay))
        self.count += 1
        base = os.path.join(self.outdir, f"{self.count:03d}")
        tls = session.ssl is not None or server.transport.get_extra_info("sslcontext") is not None
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": tls,
            "login": session.login_data.decode() if session.login_data else None,
        }
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(meta, f)
        # Written under a temporary name and renamed: a test that sees NNN.eml sees all of it.
        with open(base + ".part", "wb") as f:
            f.write(envelope.original_content)
        os.rename(base + ".part", base + ".eml")
        return "250 2.0.0 Ok: queued as encaisse-test-" + f"{self.count:03d}"
