"""The contract every notifier passes, each against a real local peer: success marks sent;
429/5xx/connection refused are retryable; other 4xx / invalid_auth are permanent and recorded;
no secret appears in any error text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from monitor.errors import DeliveryError
from monitor.notify.base import Notifier
from monitor.notify.deliver import deliver
from monitor.notify.email import EmailNotifier
from monitor.notify.slack import SlackNotifier, SlackWebhookNotifier
from monitor.notify.webhook import WebhookNotifier
from monitor.store import Store, utcnow
from tests.conftest import free_port
from tests.slackserver import SlackServer
from tests.test_notify_email import PASSWORD, SmtpPeer

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
KINDS = ["slack-webapi", "slack-webhook", "email", "webhook"]
PAYLOAD = {"kind": "alert", "vendor": "Clarifai", "title": "FTC order", "regulator": "FTC"}


@dataclass
class Peer:
    """One notifier kind wired to its local peer."""

    good: Notifier
    refused: Notifier
    bad: Notifier  # fails permanently (wrong credentials or a 4xx)
    busy: Callable[[str], None]  # arrange the next send to fail with "429" or "5xx"
    received: Callable[[], int]
    secrets: list[str] = field(default_factory=list)


@pytest.fixture(params=KINDS)
def peer(request):
    kind = request.param
    if kind == "email":
        smtp = SmtpPeer(auth=True).start()

        def busy(what: str) -> None:
            smtp.handler.reply = "451 4.7.1 Slow down" if what == "429" else "421 4.3.2 Down"

        closed = SmtpPeer(auth=True)  # never started
        yield Peer(
            good=smtp.notifier(),
            refused=closed.notifier(),
            bad=smtp.notifier(password="Wr0ng-pa55word"),
            busy=busy,
            received=lambda: len(smtp.messages),
            secrets=[PASSWORD, "Wr0ng-pa55word"],
        )
        smtp.stop()
        return
    with SlackServer(interval=0.0) as slack:
        dead = f"http://127.0.0.1:{free_port()}"

        def busy(what: str) -> None:
            if what == "429":
                slack.fail_next(429, retry_after=1)
            else:
                slack.fail_next(503)

        received = lambda: len(slack.messages)  # noqa: E731
        if kind == "slack-webapi":
            wrong = "xoxb-9999-8888-wr0ngT0k3n"
            yield Peer(
                SlackNotifier("s", slack.token, "#procurement", slack.api_url),
                SlackNotifier("s", slack.token, "#procurement", dead + "/api/"),
                SlackNotifier("s", wrong, "#procurement", slack.api_url),
                busy,
                received,
                [slack.token, wrong],
            )
        elif kind == "slack-webhook":
            wrong = slack.url + "/services/T0001/B0001/n0tTh3R1ghtP4th"
            yield Peer(
                SlackWebhookNotifier("s", slack.webhook_url),
                SlackWebhookNotifier("s", dead + slack.webhook_path),
                SlackWebhookNotifier("s", wrong),
                busy,
                received,
                [slack.webhook_url, slack.webhook_path, "n0tTh3R1ghtP4th"],
            )
        else:
            wrong = slack.url + "/nowhere/h00kS3cr3t"
            yield Peer(
                WebhookNotifier("w", slack.generic_url),
                WebhookNotifier("w", dead + "/generic/h00kS3cr3t"),
                WebhookNotifier("w", wrong),
                busy,
                received,
                ["h00kS3cr3t"],
            )


def _no_secret(text: str, secrets: list[str]) -> None:
    for s in secrets:
        assert s not in text


def _queue(store: Store) -> None:
    store.enqueue_alert(kind="alert", channel="c", payload=PAYLOAD, now=utcnow(), subject="x")


def test_success_marks_sent(peer, tmp_path):
    store = Store(tmp_path / "r.db")
    _queue(store)
    report = deliver(store, {"c": peer.good}, min_interval={"c": 0})
    assert (report.sent, report.failed, report.retrying) == (1, 0, 0)
    assert peer.received() == 1
    [row] = store.alert_rows()
    assert row["status"] == "sent" and row["sent_at"] and row["last_error"] is None


@pytest.mark.parametrize("what", ["429", "5xx"])
def test_busy_peer_is_retryable(peer, what):
    peer.busy(what)
    with pytest.raises(DeliveryError) as info:
        peer.good.send(PAYLOAD)
    assert info.value.retryable
    if what == "429" and not isinstance(peer.good, EmailNotifier):
        assert info.value.retry_after == 1.0
    _no_secret(str(info.value) + str(info.value.hint), peer.secrets)
    assert peer.received() == 0


def test_connection_refused_is_retryable(peer):
    with pytest.raises(DeliveryError) as info:
        peer.refused.send(PAYLOAD)
    assert info.value.retryable
    _no_secret(str(info.value) + str(info.value.hint), peer.secrets)


def test_permanent_failure_is_recorded_and_visible(peer, tmp_path):
    with pytest.raises(DeliveryError) as info:
        peer.bad.send(PAYLOAD)
    assert not info.value.retryable
    _no_secret(str(info.value) + str(info.value.hint), peer.secrets)
    store = Store(tmp_path / "r.db")
    _queue(store)
    report = deliver(store, {"c": peer.bad}, min_interval={"c": 0})
    assert (report.sent, report.failed) == (0, 1)
    [row] = store.alert_rows(status="failed")
    assert row["attempts"] == 1 and row["last_error"].startswith("notify: ")
    _no_secret(row["last_error"], peer.secrets)
    assert peer.received() == 0
    # Not retried by an ordinary run: only `regwatch alerts retry` (force) resends it.
    assert deliver(store, {"c": peer.good}, min_interval={"c": 0}).sent == 0
    assert deliver(store, {"c": peer.good}, force=True, min_interval={"c": 0}).sent == 1
    assert peer.received() == 1
