"""The pipeline, top to bottom: fetch → parse → dedupe → extract → match → store (+ outbox).

Only this module calls the stages in order. Stages that decide (parse, extract, match, route,
render) are pure; fetch, store and notify touch the outside world.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from monitor.config import ChannelConfig, Config, SourceConfig
from monitor.errors import RegwatchError
from monitor.extract import extract, with_case_memory
from monitor.fetch import Fetcher, backoff_delay
from monitor.models import Action, Entry, Hit, Vendor
from monitor.notify.render import alert_payload
from monitor.notify.routing import route
from monitor.store import Store, iso, utcnow
from monitor.watchlist import Matcher
from sources import SourceState, poll_source

log = logging.getLogger("regwatch.pipeline")


@dataclass
class PollOutcome:
    """What one poll of one source did."""

    source: str
    ok: bool
    error: str | None = None
    not_modified: bool = False
    new: int = 0
    updated: int = 0
    alerts: int = 0
    warnings: list[str] = field(default_factory=list)


def channels_of(cfg: Config) -> list[ChannelConfig]:
    """The enabled channels; a console channel when none is configured."""
    chans = [c for c in cfg.channel if c.enabled]
    return chans or [ChannelConfig(name="console", kind="console")]


def published(entry: Entry) -> datetime | None:
    """The entry's publication time, if the feed gave a parseable one."""
    if not entry.published_at:
        return None
    try:
        dt = datetime.fromisoformat(entry.published_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=utcnow().tzinfo)


def should_alert(entry: Entry, first_poll: bool, lookback_days: int, now: datetime) -> bool:
    """A source's first poll stores history but alerts only on entries newer than the lookback."""
    if not first_poll:
        return True
    when = published(entry)
    return when is not None and when >= now - timedelta(days=lookback_days)


def _case_topics(store: Store, case_key: str, entry_id: str) -> Iterator[str]:
    # A generator, so the query runs only when with_case_memory gets past its cheap checks.
    yield from store.case_topics(case_key, entry_id)


def process_entry(
    store: Store,
    entry: Entry,
    matcher: Matcher | None,
    channels: Iterable[ChannelConfig],
    now: datetime,
    *,
    alert: bool,
    extracted: tuple[Action, list[Hit]] | None = None,
) -> tuple[Action, list[Hit], int]:
    """Extract, match and store one saved entry; queue its alerts. Call inside a transaction.

    ``extracted`` is the (action, hits) pair when extraction and matching already ran elsewhere
    (in worker processes: see ``extract_batches``)."""
    if extracted is None:
        assert matcher is not None
        action = extract(entry)
        hits = matcher.match(entry, action)
    else:
        action, hits = extracted
    if action.is_enforcement and action.case_key:
        # T4: later stages keep their case's topics (an appeal need not repeat the deletion).
        action = with_case_memory(action, _case_topics(store, action.case_key, entry.id))
    store.save_action(entry.id, action, entry.published_at, now)
    store.save_hits(entry.id, hits)
    queued = 0
    if alert and action.alertworthy:
        queued = queue_alerts(store, entry, action, hits, channels, now)
    return action, hits, queued


def queue_alerts(
    store: Store,
    entry: Entry,
    action: Action,
    hits: list[Hit],
    channels: Iterable[ChannelConfig],
    now: datetime,
) -> int:
    """Write one outbox row per (case or entry, vendor, channel, stage) the routing allows."""
    by_vendor = {}
    for h in hits:
        if h.alerts:
            by_vendor.setdefault(h.vendor, h)
    queued = 0
    for chan in channels:
        for vendor in route(chan, action, hits):
            hit = by_vendor.get(vendor) if vendor else None
            queued += store.enqueue_alert(
                kind="alert",
                channel=chan.name,
                subject=action.case_key or entry.id,
                entry_id=entry.id,
                vendor=vendor,
                case_key=action.case_key,
                stage=action.action_stage,
                payload=alert_payload(entry, action, hit),
                now=now,
            )
    return queued


_worker_matcher: Matcher | None = None


def _init_worker(vendors: list[Vendor]) -> None:
    global _worker_matcher
    _worker_matcher = Matcher(vendors)


def _extract_batch(entries: list[Entry]) -> list[tuple[Action, list[Hit]]]:
    assert _worker_matcher is not None
    out = []
    for entry in entries:
        action = extract(entry)
        out.append((action, _worker_matcher.match(entry, action)))
    return out


def extract_batches(
    batches: Iterable[list[Entry]], vendors: list[Vendor], workers: int | None = None
) -> Iterator[tuple[list[Entry], list[tuple[Action, list[Hit]]]]]:
    """Extraction and matching of many entries (import, reprocess) in worker processes, in
    order, a few batches ahead of the caller, who stores them. Pure work: no database here.

    By default one core is left to the caller: storing is the bottleneck, and a third busy
    process on two cores only slows it. ``workers=0`` runs everything in this process."""
    if workers is None:
        workers = min(4, max(1, (os.cpu_count() or 2) - 1))
    if workers <= 0:
        _init_worker(vendors)
        for batch in batches:
            yield batch, _extract_batch(batch)
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(vendors,)) as pool:
        ahead: deque[tuple[list[Entry], Future[list[tuple[Action, list[Hit]]]]]] = deque()
        for batch in batches:
            ahead.append((batch, pool.submit(_extract_batch, batch)))
            if len(ahead) > 2 * workers:
                done, fut = ahead.popleft()
                yield done, fut.result()
        while ahead:
            done, fut = ahead.popleft()
            yield done, fut.result()


class Pipeline:
    """Polls sources into the store. One instance per thread (it holds a Store)."""

    def __init__(self, cfg: Config, store: Store, fetcher: Fetcher, matcher: Matcher) -> None:
        self.cfg, self.store, self.fetcher, self.matcher = cfg, store, fetcher, matcher
        self.channels = channels_of(cfg)

    def poll(self, source: SourceConfig) -> PollOutcome:
        """Poll one source now: one transaction for everything it stores."""
        from monitor import metrics

        started = time.monotonic()
        row = self.store.source_row(source.name)
        if row is None:  # Runtime.prepare() syncs every source; this is a source added since
            self.store.sync_sources([source])
            row = self.store.source_row(source.name) or {}
        state = SourceState(
            etag=row.get("etag"),
            last_modified=row.get("last_modified"),
            first_poll=row.get("last_success_at") is None,
            known=self.store.entry_exists,
        )
        metrics.poll_started(source.name)
        try:
            result = poll_source(self.fetcher, source, state)
        except RegwatchError as exc:
            return self._failed(source, row, exc)
        now = utcnow()
        interval = self.cfg.interval_for(source) * 60
        outcome = PollOutcome(source.name, ok=True, warnings=result.warnings)
        for w in result.warnings:
            log.warning("%s", w, extra={"source": source.name})
        if result.not_modified:
            with self.store.transaction():
                was_broken = self.store.record_poll_unchanged(
                    source.name, now, now + timedelta(seconds=interval)
                )
                if was_broken:
                    self._source_alert("source_recovered", source.name, now, "", 0)
            outcome.not_modified = True
        else:
            with self.store.transaction():
                self._store_entries(source, result.entries, state.first_poll, now, outcome)
                was_broken = self.store.record_poll_success(
                    source.name,
                    now,
                    now + timedelta(seconds=interval),
                    result.etag,
                    result.last_modified,
                    outcome.new,
                )
                if was_broken:
                    self._source_alert("source_recovered", source.name, now, "", 0)
        metrics.poll_finished(source.name, outcome, time.monotonic() - started)
        log.info(
            "poll ok: %d new, %d updated, %d alerts%s",
            outcome.new,
            outcome.updated,
            outcome.alerts,
            " (not modified)" if outcome.not_modified else "",
            extra={"source": source.name, "duration_ms": int((time.monotonic() - started) * 1000)},
        )
        return outcome

    def _store_entries(
        self,
        source: SourceConfig,
        entries: list[Entry],
        first_poll: bool,
        now: datetime,
        outcome: PollOutcome,
    ) -> None:
        from monitor import metrics

        lookback = self.cfg.alerts.lookback_days
        for entry in entries:
            if source.regulator:  # kept with the entry, so that reprocess reads it too
                entry.raw = {**(entry.raw or {}), "regulator": source.regulator}
            status = self.store.save_entry(entry, now)
            if status == "same":
                continue
            if status == "new":
                outcome.new += 1
            else:
                outcome.updated += 1
            alert = should_alert(entry, first_poll, lookback, now)
            action, _, queued = process_entry(
                self.store, entry, self.matcher, self.channels, now, alert=alert
            )
            outcome.alerts += queued
            if action.is_enforcement:
                metrics.action_detected(source.name)

    def _failed(self, source: SourceConfig, row: dict, exc: RegwatchError) -> PollOutcome:
        from monitor import metrics

        now = utcnow()
        errors = int(row.get("error_count") or 0) + 1
        delay = backoff_delay(
            errors,
            self.cfg.interval_for(source) * 60,
            getattr(exc, "retry_after", None),
            self.cfg.http.max_backoff_hours * 3600,
        )
        with self.store.transaction():
            count = self.store.record_poll_failure(
                source.name, now, now + timedelta(seconds=delay), str(exc)
            )
            if count == self.cfg.alerts.broken_after_failures and not row.get("broken"):
                self.store.mark_source_broken(source.name)
                self._source_alert("source_broken", source.name, now, str(exc), count)
        metrics.poll_failed(source.name)
        log.warning(
            "poll failed (%d in a row); next try in %ds",
            count,
            int(delay),
            extra={"source": source.name, "error": str(exc)},
        )
        return PollOutcome(source.name, ok=False, error=str(exc))

    def _source_alert(self, kind: str, name: str, now: datetime, error: str, failures: int):
        payload = {"kind": kind, "source": name, "error": error, "failures": failures}
        for chan in self.channels:
            self.store.enqueue_alert(
                kind=kind,
                channel=chan.name,
                subject=f"{name}@{iso(now)}",
                payload=payload,
                now=now,
            )
