"""The delivery loop against real peers: exactly once through 429s and outages, threads, pacing
per channel, silences, digests, source alerts, and no secret in logs."""

from __future__ import annotations

import io
import json
import logging
import socket
import time
from datetime import timedelta

import pytest

from monitor.config import ChannelConfig, Config
from monitor.errors import ConfigError
from monitor.logs import TextFormatter
from monitor.notify import build_notifiers
from monitor.notify.console import ConsoleNotifier
from monitor.notify.deliver import deliver
from monitor.notify.slack import SlackNotifier
from monitor.notify.webhook import WebhookNotifier
from monitor.store import Store, utcnow
from tests.slackserver import SlackServer

FAST = {"slack": 0.0, "hook": 0.0, "mail": 0.0}


def payload(i: int, vendor: str = "Clarifai", case: str | None = None) -> dict:
    return {"kind": "alert", "vendor": vendor, "title": f"Action {i}", "case_key": case}


def queue(store: Store, n: int, channel: str = "slack", case=None, vendor="Clarifai", at=None):
    for i in range(n):
        store.enqueue_alert(
            kind="alert",
            channel=channel,
            payload=payload(i, vendor, case),
            now=at or utcnow(),
            subject=f"{case or 'entry'}-{i}",
            vendor=vendor,
            case_key=case,
            stage=str(i),
        )


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "r.db")
    yield s
    s.close()


def test_exactly_one_message_per_alert_through_429s(store):
    with SlackServer(interval=0.05, fractional_retry_after=True) as slack:
        queue(store, 8)
        report = deliver(store, {"slack": SlackNotifier("slack", slack.token, "#p", slack.api_url)},
                         min_interval=FAST)  # fmt: skip
        assert slack.rate_limited > 0  # we went too fast on purpose: the peer pushed back
        assert report.sent == 8 and report.retrying == 0
        assert [m["text"].split(": ")[-1] for m in slack.messages] == [
            f"Action {i}" for i in range(8)
        ]
        assert all(
            m["unfurl_links"] is False and m["unfurl_media"] is False for m in slack.messages
        )


def test_outage_loses_nothing_and_repeats_nothing(store):
    t0 = utcnow()
    with SlackServer(interval=0.0) as slack:
        notifiers = {"slack": SlackNotifier("slack", slack.token, "#p", slack.api_url)}
        queue(store, 3, at=t0)
        slack.fail_next(500)
        first = deliver(store, notifiers, now=lambda: t0, min_interval=FAST)
        # The channel backs off as a whole: one probe, not one failure per alert.
        assert (first.sent, first.retrying) == (0, 3) and len(slack.requests) == 1
        assert deliver(store, notifiers, now=lambda: t0 + timedelta(seconds=5)).sent == 0
        later = t0 + timedelta(minutes=2)
        assert deliver(store, notifiers, now=lambda: later, min_interval=FAST).sent == 3
        assert deliver(store, notifiers, now=lambda: later, min_interval=FAST).sent == 0
        assert [m["text"] for m in slack.messages] == [
            f"Regulator unknown action: Clarifai: Action {i}" for i in range(3)
        ]


def test_later_stages_of_a_case_go_to_the_first_message_thread(store):
    with SlackServer(interval=0.0) as slack:
        notifiers = {"slack": SlackNotifier("slack", slack.token, "#p", slack.api_url)}
        queue(store, 3, case="clarifai-2026")
        queue(store, 1, case=None)
        deliver(store, notifiers, min_interval=FAST)
        first = slack.messages[0]["_ts"]
        assert [m.get("thread_ts") for m in slack.messages] == [None, first, first, None]
        rows = sorted(store.alert_rows(), key=lambda r: r["id"])
        assert rows[1]["thread_ref"] == first


def test_a_hanging_channel_never_delays_the_others(store):
    hang = socket.socket()  # accepts connections, never answers
    hang.bind(("127.0.0.1", 0))
    hang.listen(8)
    url = f"http://127.0.0.1:{hang.getsockname()[1]}/generic/x"
    try:
        with SlackServer(interval=0.0) as slack:
            notifiers = {
                "hook": WebhookNotifier("hook", url, timeout=1.5),
                "slack": SlackNotifier("slack", slack.token, "#p", slack.api_url),
            }
            queue(store, 1, channel="hook")
            queue(store, 3, channel="slack")
            start = time.time()
            report = deliver(store, notifiers, min_interval={"slack": 0.05, "hook": 0.0})
            assert report.sent == 3 and report.retrying == 1
            assert time.time() - start >= 1.4  # the hanging send was waited for, not abandoned
            assert max(m["_at"] for m in slack.messages) - start < 1.0
    finally:
        hang.close()


def test_slack_pacing_defaults_to_one_message_a_second(store):
    with SlackServer(interval=0.9) as slack:
        queue(store, 2)
        report = deliver(store, {"slack": SlackNotifier("slack", slack.token, "#p", slack.api_url)})
        assert report.sent == 2 and slack.rate_limited == 0
        gap = slack.messages[1]["_at"] - slack.messages[0]["_at"]
        assert 0.95 <= gap < 1.5


def test_silenced_vendor_and_case_are_suppressed(store):
    out = io.StringIO()
    queue(store, 1, vendor="Clarifai")
    queue(store, 1, vendor="Ring", case="ring-2023")
    queue(store, 1, vendor="Rite Aid")
    store.add_silence("clarifai", None, None, "vetted", utcnow())
    store.add_silence(None, "ring-2023", None, None, utcnow())
    report = deliver(store, {"slack": ConsoleNotifier("slack", out)}, min_interval=FAST)
    assert (report.sent, report.suppressed) == (1, 2)
    assert "Rite Aid" in out.getvalue() and "Clarifai" not in out.getvalue()
    assert {r["vendor"]: r["status"] for r in store.alert_rows()} == {
        "Clarifai": "suppressed",
        "Ring": "suppressed",
        "Rite Aid": "sent",
    }


def test_daily_digest_holds_alerts_then_sends_one_message(store):
    t0 = utcnow().replace(hour=9)
    with SlackServer(interval=0.0) as slack:
        notifier = SlackNotifier("slack", slack.token, "#p", slack.api_url)
        notifier.digest = "daily"
        queue(store, 3, at=t0)
        store.enqueue_alert(kind="source_broken", channel="slack", now=t0, subject="s@1",
                            payload={"kind": "source_broken", "source": "ftc", "failures": 5,
                                     "error": "fetch: HTTP 503"})  # fmt: skip
        later = t0 + timedelta(hours=2)
        held = deliver(store, {"slack": notifier}, now=lambda: later, min_interval=FAST)
        assert held.sent == 1 and "Source broken: ftc" in slack.messages[0]["text"]
        next_day = t0 + timedelta(days=1)
        report = deliver(store, {"slack": notifier}, now=lambda: next_day, min_interval=FAST)
        assert report.sent == 3 and len(slack.messages) == 2
        digest = json.dumps(slack.messages[1]["blocks"])
        assert all(f"Action {i}" in digest for i in range(3))
        assert deliver(store, {"slack": notifier}, now=lambda: next_day).sent == 0


def test_retryable_failures_give_up_after_max_attempts(store):
    t0 = utcnow()
    dead = WebhookNotifier("hook", "http://127.0.0.1:9/generic/x", timeout=1)
    queue(store, 1, channel="hook", at=t0)
    deliver(store, {"hook": dead}, now=lambda: t0, max_attempts=2)
    report = deliver(store, {"hook": dead}, now=lambda: t0 + timedelta(hours=1), max_attempts=2)
    assert report.failed == 1
    [row] = store.alert_rows()
    assert row["status"] == "failed" and row["last_error"].startswith("gave up after 2 attempts")


def test_alerts_for_a_channel_no_longer_configured_fail_visibly(store):
    queue(store, 1, channel="gone")
    report = deliver(store, {"slack": ConsoleNotifier("slack", io.StringIO())})
    assert report.failed == 1
    assert "no enabled channel named 'gone'" in store.alert_rows()[0]["last_error"]


def test_no_secret_reaches_logs_or_the_outbox(store, monkeypatch):
    with SlackServer(interval=0.0) as slack:
        monkeypatch.setenv("RW_TOKEN", "xoxb-4242-wr0ng-t0ken-value")
        monkeypatch.setenv("RW_HOOK", slack.url + "/services/T1/B1/n0tTh3P4th")
        cfg = Config(channel=[
            ChannelConfig(name="slack", kind="slack", token_env="RW_TOKEN", channel="#p",
                          api_url=slack.api_url),
            ChannelConfig(name="hook", kind="slack", webhook_url_env="RW_HOOK"),
        ])  # fmt: skip
        notifiers = build_notifiers(cfg)
        queue(store, 1, channel="slack")
        queue(store, 1, channel="hook")
        buf = io.StringIO()
        handler = logging.StreamHandler(buf)
        handler.setFormatter(TextFormatter())
        root = logging.getLogger()
        root.addHandler(handler)
        old = root.level
        root.setLevel(logging.DEBUG)
        logging.getLogger("slack_sdk").setLevel(logging.DEBUG)
        try:
            report = deliver(store, notifiers, min_interval=FAST)
        finally:
            root.removeHandler(handler)
            root.setLevel(old)
        assert report.failed == 2
        text = buf.getvalue() + json.dumps(store.alert_rows())
        assert "invalid_auth" in text and "no_service" in text
        assert "wr0ng-t0ken" not in text and "n0tTh3P4th" not in text


def test_build_notifiers_defaults_to_console_and_names_a_missing_variable(monkeypatch):
    assert list(build_notifiers(Config())) == ["console"]
    monkeypatch.delenv("RW_MISSING", raising=False)
    cfg = Config(channel=[ChannelConfig(name="s", kind="slack", webhook_url_env="RW_MISSING")])
    with pytest.raises(ConfigError, match="RW_MISSING"):
        build_notifiers(cfg)
