"""E-mail notifier against a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import email
import shutil
import ssl
import subprocess
from datetime import timedelta
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from monitor.errors import DeliveryError
from monitor.notify.deliver import deliver
from monitor.notify.email import EmailNotifier
from monitor.store import Store, utcnow
from tests.conftest import free_port

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
USER, PASSWORD = "mailer", "pa55-w0rd-very-s3cret"


class Recorder:
    """An aiosmtpd handler that keeps what it accepted, or answers ``reply`` instead."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.recipients: list[str] = []
        self.reply: str | None = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        if self.reply:
            return self.reply
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        self.recipients += envelope.rcpt_tos
        return "250 Message accepted for delivery"


def _auth(server, session, envelope, mechanism, auth_data):  # noqa: ANN001
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


class SmtpPeer:
    """A real SMTP server; ``start()`` may come late to simulate an outage."""

    def __init__(self, auth: bool = False, tls_context: ssl.SSLContext | None = None) -> None:
        self.port = free_port()  # aiosmtpd's Controller cannot bind port 0
        self.handler = Recorder()
        kwargs = {"authenticator": _auth, "auth_required": True, "auth_require_tls": False}
        self.controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            server_hostname="localhost",  # the default asks DNS (socket.getfqdn): slow
            tls_context=tls_context,
            **(kwargs if auth else {}),
        )
        self.running = False

    def start(self) -> SmtpPeer:
        self.controller.start()
        self.running = True
        return self

    def stop(self) -> None:
        if self.running:
            self.controller.stop()
            self.running = False

    @property
    def messages(self) -> list[email.message.EmailMessage]:
        return self.handler.messages

    def notifier(self, password: str = PASSWORD, **kw) -> EmailNotifier:  # noqa: ANN003
        return EmailNotifier(
            "mail",
            "127.0.0.1",
            self.port,
            "regwatch@example.com",
            ["procurement@example.com"],
            security=kw.pop("security", "none"),
            username=USER,
            password=password,
            timeout=5,
            **kw,
        )


@pytest.fixture
def smtp():
    peer = SmtpPeer(auth=True).start()
    yield peer
    peer.stop()


PAYLOAD = {
    "kind": "alert",
    "vendor": "Clarifai",
    "title": "Clarifai ordered to delete models\r\nBcc: victim@example.com",
    "link": "https://ftc.example.org/clarifai",
    "regulator": "FTC",
    "stage": "final_order",
    "topics": ["model_deletion"],
    "evidence_sentence": "Clarifai must delete the <b>models</b> trained on the photos.",
    "source": "ftc-press",
    "entry_id": "e1",
    "score": 0.9,
}


def test_multipart_text_and_html_with_the_same_content(smtp):
    smtp.notifier().send(PAYLOAD)
    [msg] = smtp.messages
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    for part in (text, html):
        assert "Clarifai" in part and "FTC" in part and "auditable" in part
    assert "&lt;b&gt;models&lt;/b&gt;" in html and "<b>models</b>" not in html
    assert msg["To"] == "procurement@example.com"


def test_crlf_in_a_title_cannot_add_a_header(smtp):
    smtp.notifier().send(PAYLOAD)
    [msg] = smtp.messages
    assert msg["Bcc"] is None
    assert "\n" not in msg["Subject"] and "\r" not in msg["Subject"]
    assert smtp.handler.recipients == ["procurement@example.com"]


def test_wrong_password_is_permanent_and_never_shows_the_password(smtp):
    with pytest.raises(DeliveryError) as info:
        smtp.notifier(password="wrong-pa55word").send(PAYLOAD)
    assert not info.value.retryable
    assert "535" in str(info.value)
    assert "wrong-pa55word" not in str(info.value) + str(info.value.hint)
    assert smtp.messages == []


def test_4xx_from_the_server_is_retryable_5xx_permanent(smtp):
    smtp.handler.reply = "451 4.3.0 Try again later"
    with pytest.raises(DeliveryError) as info:
        smtp.notifier().send(PAYLOAD)
    assert info.value.retryable
    smtp.handler.reply = "550 5.1.1 Mailbox unavailable"
    with pytest.raises(DeliveryError) as info:
        smtp.notifier().send(PAYLOAD)
    assert not info.value.retryable


def test_without_auth_configured_it_sends_plainly():
    peer = SmtpPeer(auth=False).start()
    try:
        notifier = EmailNotifier(
            "mail", "127.0.0.1", peer.port, "a@example.com", ["b@example.com"], security="none"
        )
        notifier.send(PAYLOAD)
        assert len(peer.messages) == 1
    finally:
        peer.stop()


def test_outage_then_recovery_sends_exactly_once(tmp_path):
    peer = SmtpPeer(auth=True)  # not started: the port refuses connections
    store = Store(tmp_path / "r.db")
    t0 = utcnow()
    store.enqueue_alert(kind="alert", channel="mail", payload=PAYLOAD, now=t0, subject="e1")
    notifiers = {"mail": peer.notifier()}
    first = deliver(store, notifiers, now=lambda: t0)
    assert (first.sent, first.retrying) == (0, 1)
    [row] = store.alert_rows()
    assert row["status"] == "pending" and row["attempts"] == 1 and "refused" in row["last_error"]
    # Still backing off: nothing is tried, even once the server is up.
    peer.start()
    try:
        assert deliver(store, notifiers, now=lambda: t0 + timedelta(seconds=1)).sent == 0
        later = t0 + timedelta(minutes=5)
        assert deliver(store, notifiers, now=lambda: later).sent == 1
        assert deliver(store, notifiers, now=lambda: later + timedelta(hours=1)).sent == 0
        assert len(peer.messages) == 1
        assert store.alert_rows()[0]["status"] == "sent"
    finally:
        peer.stop()


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def test_starttls_verifies_the_certificate(tmp_path):
    cert, key = _self_signed(tmp_path)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    peer = SmtpPeer(auth=True, tls_context=server_ctx).start()
    try:
        with pytest.raises(DeliveryError) as info:
            peer.notifier(security="starttls").send(PAYLOAD)
        assert not info.value.retryable and "not trusted" in str(info.value)
        assert peer.messages == []
        trusting = ssl.create_default_context(cafile=str(cert))
        peer.notifier(security="starttls", ssl_context=trusting).send(PAYLOAD)
        assert len(peer.messages) == 1
    finally:
        peer.stop()
