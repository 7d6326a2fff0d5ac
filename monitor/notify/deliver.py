"""The delivery loop: drains the outbox through the notifiers. The only place that retries.

Each channel is a lane: its alerts go out in order, paced (Slack: one a second), one at a time.
Sends run on a small thread pool so a slow or hanging peer never holds up the other lanes; every
database write happens here, on the caller's thread (a Store is bound to its thread). An alert
is marked sent only after the notifier returned, i.e. after the peer accepted it.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from monitor.errors import DeliveryError
from monitor.notify.base import Notifier, Sent, scrub
from monitor.store import Store, iso, utcnow

log = logging.getLogger("regwatch.notify")

BACKOFF_BASE = 15.0  # seconds before the first retry; doubles each time
BACKOFF_CAP = 3600.0
MAX_ATTEMPTS = 12  # [alerts] max_attempts default
# When each channel last posted (monotonic), so pacing holds across consecutive deliver() calls.
_last_post: dict[str, float] = {}


@dataclass
class DeliveryReport:
    """What one run did. ``retrying`` counts alerts left pending for a later run."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    suppressed: int = 0


@dataclass
class _Job:
    rows: list[dict[str, Any]]
    digest: bool = False
    thread_ref: str | None = None


@dataclass
class _Lane:
    name: str
    notifier: Notifier
    interval: float
    jobs: deque[_Job] = field(default_factory=deque)
    ready_at: float = 0.0
    busy: Future | None = None
    stopped: bool = False

    def ready(self, t: float) -> bool:
        return self.busy is None and bool(self.jobs) and not self.stopped and self.ready_at <= t

    def waiting(self) -> bool:
        return self.busy is None and bool(self.jobs) and not self.stopped


def backoff(attempts: int, retry_after: float | None = None) -> float:
    """Seconds to wait after ``attempts`` failed tries; the server's Retry-After wins."""
    if retry_after is not None:
        return max(retry_after, 0.0)
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP)


def deliver(
    store: Store,
    notifiers: dict[str, Notifier],
    *,
    now: Callable[[], datetime] = utcnow,
    force: bool = False,
    max_seconds: float = 60.0,
    min_interval: dict[str, float] | None = None,
    max_attempts: int = MAX_ATTEMPTS,
) -> DeliveryReport:
    """Send every due alert, channel lanes interleaved; ``force`` also resends failed ones and
    ignores backoff and digest schedules. Returns after ``max_seconds`` at most (plus the sends
    in flight); what is left stays pending for the next run."""
    deadline = time.monotonic() + max_seconds
    report = DeliveryReport()
    lanes = plan(store, notifiers, now(), force, min_interval or {}, report)
    if lanes:
        with ThreadPoolExecutor(max_workers=len(lanes), thread_name_prefix="deliver") as pool:
            _run(store, lanes, pool, now, deadline, max_attempts, report)
    for lane in lanes:
        report.retrying += sum(len(j.rows) for j in lane.jobs)
    return report


def plan(
    store: Store,
    notifiers: dict[str, Notifier],
    at: datetime,
    force: bool,
    min_interval: dict[str, float],
    report: DeliveryReport,
) -> list[_Lane]:
    """One lane per channel with due alerts: silenced ones suppressed, digests grouped or held."""
    rows = store.due_alerts(at, include_failed=force)
    blocked = set() if force else store.channels_backing_off(at)
    by_channel: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row["channel"] in blocked:
            continue
        if row["kind"] == "alert" and store.silenced(row["vendor"], row["case_key"], at):
            store.mark_suppressed(row["id"], "silenced")
            report.suppressed += 1
            continue
        if row["channel"] not in notifiers:
            store.mark_failed(row["id"], f"no enabled channel named {row['channel']!r}")
            report.failed += 1
            continue
        by_channel.setdefault(row["channel"], []).append(row)
    lanes = []
    for name, chan_rows in by_channel.items():
        notifier = notifiers[name]
        interval = min_interval.get(name, getattr(notifier, "min_interval", 0.0))
        lane = _Lane(name, notifier, interval, ready_at=_last_post.get(name, -1e9) + interval)
        # A digest channel holds its alerts for the digest; source alerts still go out at once.
        held = [r for r in chan_rows if r["kind"] == "alert"] if _is_digest(notifier) else []
        held_ids = {r["id"] for r in held}
        lane.jobs.extend(_Job([r]) for r in chan_rows if r["id"] not in held_ids)
        if held and (force or digest_due(store, name, held, at)):
            lane.jobs.append(_Job(held, digest=True))
        if lane.jobs:
            lanes.append(lane)
    return lanes


def _is_digest(notifier: Notifier) -> bool:
    return getattr(notifier, "digest", None) == "daily"


def digest_due(store: Store, channel: str, rows: list[dict[str, Any]], at: datetime) -> bool:
    """A daily digest goes out on the first run of a UTC day after the alerts it holds arrived."""
    since = store.state(f"digest:{channel}") or min(r["created_at"] for r in rows)
    return at.date() > datetime.fromisoformat(since.replace("Z", "+00:00")).date()


def _run(
    store: Store,
    lanes: list[_Lane],
    pool: ThreadPoolExecutor,
    now: Callable[[], datetime],
    deadline: float,
    max_attempts: int,
    report: DeliveryReport,
) -> None:
    while True:
        t = time.monotonic()
        for lane in lanes:
            if t < deadline and lane.ready(t):
                job = lane.jobs[0]
                if not job.digest:
                    job.thread_ref = store.thread_ref(lane.name, job.rows[0]["case_key"])
                lane.busy = pool.submit(_attempt, lane.notifier, job)
        busy = [lane.busy for lane in lanes if lane.busy is not None]
        upcoming = [lane.ready_at for lane in lanes if lane.waiting()]
        next_ready = min(upcoming) if upcoming else None
        if not busy:
            if next_ready is None or next_ready >= deadline:
                return
            time.sleep(max(0.0, next_ready - time.monotonic()))
            continue
        timeout = None if next_ready is None else max(0.0, next_ready - time.monotonic())
        done, _ = wait(busy, timeout=timeout, return_when=FIRST_COMPLETED)
        for lane in lanes:
            if lane.busy is not None and lane.busy in done:
                result = lane.busy.result()
                lane.busy = None
                _record(store, lane, result, now(), deadline, max_attempts, report)


def _attempt(notifier: Notifier, job: _Job) -> Sent | DeliveryError:
    """Runs on a pool thread: send only, no database."""
    try:
        if job.digest:
            return notifier.send_digest([r["payload"] for r in job.rows])
        return notifier.send(job.rows[0]["payload"], thread_ref=job.thread_ref)
    except DeliveryError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - a notifier bug must not stop the other channels
        log.exception("notifier %s crashed", notifier.name, extra={"channel": notifier.name})
        return DeliveryError(
            scrub(f"{notifier.name}: unexpected {type(exc).__name__}: {exc}"),
            "this is a bug in regwatch; please report it",
            retryable=True,
        )


def _record(
    store: Store,
    lane: _Lane,
    result: Sent | DeliveryError,
    at: datetime,
    deadline: float,
    max_attempts: int,
    report: DeliveryReport,
) -> None:
    job = lane.jobs[0]
    _last_post[lane.name] = time.monotonic()
    lane.ready_at = _last_post[lane.name] + lane.interval
    ids = [r["id"] for r in job.rows]
    if isinstance(result, Sent):
        for i in ids:
            store.mark_sent(i, at, result.ref, job.thread_ref)
        if job.digest:
            store.set_state(f"digest:{lane.name}", iso(at))
        lane.jobs.popleft()
        report.sent += len(ids)
        log.info("alert sent", extra={"channel": lane.name, "alert": ids[0], "count": len(ids)})
        return
    error = str(result)
    attempts = max(r["attempts"] for r in job.rows) + 1
    # A peer that says when to come back (429 + Retry-After) is waited for, never given up on.
    gave_up = attempts >= max_attempts and result.retry_after is None
    if not result.retryable or gave_up:
        if result.retryable:
            error = f"gave up after {attempts} attempts: {error}"
        for i in ids:
            store.mark_failed(i, error)
        lane.jobs.popleft()
        report.failed += len(ids)
        log.error("alert failed: %s", error, extra={"channel": lane.name, "alert": ids[0]})
        return
    delay = backoff(attempts, result.retry_after)
    for r in job.rows:
        store.mark_retry(r["id"], error, at + timedelta(seconds=delay))
        r["attempts"] = attempts
    log.warning("alert will be retried in %.2fs: %s", delay, error, extra={"channel": lane.name})
    if result.retry_after is not None and time.monotonic() + delay < deadline:
        lane.ready_at = time.monotonic() + delay  # the peer said when: wait in this run
    else:
        lane.stopped = True  # the peer is down: this lane waits out its backoff
