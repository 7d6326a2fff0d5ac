"""E-mail over SMTP (smtplib): multipart text + HTML, STARTTLS / SSL with a verifying context.

Credentials come from environment variables (see ``build_notifiers``). The subject is built from
feed text with every control character removed, so no feed can add a header.
"""

from __future__ import annotations

import base64
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from monitor.errors import DeliveryError
from monitor.notify.base import Sent, connection_failure, scrub
from monitor.notify.render import email_digest, email_message, one_line


class EmailNotifier:
    """Sends each alert as one e-mail to every address in ``to``."""

    min_interval = 0.0

    def __init__(
        self,
        name: str,
        host: str,
        port: int | None,
        sender: str,
        to: list[str],
        *,
        security: str = "starttls",
        username: str | None = None,
        password: str | None = None,
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.name, self.host, self.sender, self.to = name, host, sender, list(to)
        self.security, self.timeout = security, timeout
        self.port = port or {"ssl": 465, "starttls": 587}.get(security, 25)
        self._username, self._password = username, password
        # create_default_context() verifies the certificate and the host name; smtplib's own
        # default context does not.
        self._context = ssl_context or ssl.create_default_context()
        self._secrets = [password, username and password and _plain_auth(username, password)]

    def send(self, payload: dict, thread_ref: str | None = None) -> Sent:
        """Send one alert as one e-mail."""
        return self._send(*email_message(payload))

    def send_digest(self, payloads: list[dict]) -> Sent:
        """Send every alert in one e-mail."""
        return self._send(*email_digest(payloads))

    def message(self, subject: str, text: str, html: str) -> EmailMessage:
        """The e-mail as it will be sent."""
        msg = EmailMessage()
        msg["Subject"] = one_line(subject, 250)
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.to)
        msg["Date"] = formatdate(usegmt=True)
        # An explicit domain: make_msgid() would otherwise ask DNS for this host's name.
        msg["Message-ID"] = make_msgid(domain=self.sender.rpartition("@")[2] or "regwatch")
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
        return msg

    def _send(self, subject: str, text: str, html: str) -> Sent:
        msg = self.message(subject, text, html)
        where = f"email {self.name}"
        try:
            smtp = self._open()
            try:
                smtp.send_message(msg)
            finally:
                _quit(smtp)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise self._refused(where, codes, f"recipients refused: {exc.recipients}") from None
        except smtplib.SMTPResponseException as exc:
            detail = exc.smtp_error.decode(errors="replace") if exc.smtp_error else ""
            raise self._refused(where, [exc.smtp_code], f"{exc.smtp_code} {detail}") from None
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryError(
                scrub(f"{where}: {exc}", self._secrets),
                "the server does not offer this; check security and username_env",
                retryable=False,
            ) from None
        except ssl.SSLCertVerificationError as exc:
            raise DeliveryError(
                f"{where}: certificate of {self.host} not trusted: {exc.verify_message}",
                "check smtp_host (it must match the certificate) and the server's certificate",
                retryable=False,
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise connection_failure(where, exc, self._secrets) from None
        return Sent()

    def _open(self) -> smtplib.SMTP:
        if self.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=self._context
            )
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            if self.security == "starttls":
                smtp.starttls(context=self._context)
            if self._username and self._password:
                smtp.login(self._username, self._password)
        except BaseException:
            _quit(smtp)
            raise
        return smtp

    def _refused(self, where: str, codes: list[int], detail: str) -> DeliveryError:
        # 4xx is the server saying "not now"; 5xx (bad credentials, unknown mailbox) is final.
        retryable = bool(codes) and all(400 <= c < 500 for c in codes)
        hint = (
            "the server is busy; the alert will be retried"
            if retryable
            else "check username_env/password_env, from and to; `regwatch alerts retry` resends"
        )
        return DeliveryError(
            scrub(f"{where}: {one_line(detail, 300)}", self._secrets), hint, retryable=retryable
        )


def _plain_auth(username: str, password: str) -> str:
    """What AUTH PLAIN puts on the wire: a server echoing it must not leak the password."""
    return base64.b64encode(f"\0{username}\0{password}".encode()).decode()


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()
