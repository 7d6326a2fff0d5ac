"""Prometheus metrics (``regwatch_*``), served by the daemon when ``[metrics] port`` is set."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from prometheus_client import REGISTRY, Counter, Gauge, start_http_server

if TYPE_CHECKING:
    from monitor.store import Store

POLLS = Counter("regwatch_polls", "Polls started, per source", ["source"])
POLL_ERRORS = Counter("regwatch_poll_errors", "Polls that failed, per source", ["source"])
ENTRIES = Counter(
    "regwatch_entries_stored", "Entries stored (new or updated), per source", ["source"]
)
ACTIONS = Counter(
    "regwatch_actions_detected", "Enforcement actions detected, per source", ["source"]
)
ALERTS_SENT = Gauge(
    "regwatch_alerts_sent", "Alerts delivered (in the outbox), per channel", ["channel"]
)
ALERTS_FAILED = Gauge("regwatch_alerts_failed", "Alerts failed for good, per channel", ["channel"])
ALERTS_PENDING = Gauge("regwatch_alerts_pending", "Alerts waiting in the outbox", ["channel"])
LAST_SUCCESS = Gauge(
    "regwatch_last_success_timestamp_seconds", "Last successful poll (unix time)", ["source"]
)
BROKEN = Gauge(
    "regwatch_source_broken", "1 when a source has failed too often in a row", ["source"]
)
POLL_SECONDS = Gauge("regwatch_poll_duration_seconds", "Duration of the last poll", ["source"])


def serve(port: int, host: str) -> None:
    """Start the /metrics endpoint in a daemon thread."""
    start_http_server(port, addr=host, registry=REGISTRY)


def poll_started(source: str) -> None:
    POLLS.labels(source).inc()


def poll_failed(source: str) -> None:
    POLL_ERRORS.labels(source).inc()


def poll_finished(source: str, outcome: Any, seconds: float) -> None:
    import time

    ENTRIES.labels(source).inc(outcome.new + outcome.updated)
    LAST_SUCCESS.labels(source).set(time.time())
    POLL_SECONDS.labels(source).set(seconds)
    BROKEN.labels(source).set(0)


def action_detected(source: str) -> None:
    ACTIONS.labels(source).inc()


def refresh_from_store(store: Store) -> None:
    """Gauges read from the database: the outbox per channel, broken sources."""
    counts = store.outbox_counts()
    for channel in {c for c, _ in counts}:
        ALERTS_PENDING.labels(channel).set(counts.get((channel, "pending"), 0))
        ALERTS_SENT.labels(channel).set(counts.get((channel, "sent"), 0))
        ALERTS_FAILED.labels(channel).set(counts.get((channel, "failed"), 0))
    for row in store.source_rows():
        BROKEN.labels(row["name"]).set(1 if row["broken"] else 0)
