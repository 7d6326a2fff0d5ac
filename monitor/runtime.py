"""What a running Regwatch shares across threads: config, fetcher, matcher, notifiers, locks.

Each thread gets its own Store (a sqlite3 connection is bound to its thread) and Pipeline.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.config import Config, SourceConfig
from monitor.errors import ConfigError
from monitor.store import Store, iso, utcnow

if TYPE_CHECKING:
    from monitor.notify.deliver import DeliveryReport
    from monitor.pipeline import Pipeline, PollOutcome

log = logging.getLogger("regwatch.runtime")


def import_config_watchlist(cfg: Config, store: Store) -> int:
    """Load ``[watchlist] file`` into the vendors table (config wins for its own names)."""
    if not cfg.watchlist.file:
        return 0
    from monitor.watchlist import load_watchlist

    vendors = load_watchlist(cfg.resolve(cfg.watchlist.file))
    with store.transaction():
        store.replace_config_vendors(vendors)
        store.set_state("watchlist_changed", iso(utcnow()))
    return len(vendors)


class Runtime:
    """Shared state of a daemon or a one-shot poll."""

    def __init__(self, cfg: Config, db: Path) -> None:
        from monitor.fetch import Fetcher

        self.cfg, self.db = cfg, db
        self.fetcher = Fetcher(cfg.http)
        self.stopping = threading.Event()
        self._local = threading.local()
        self._matcher_lock = threading.Lock()
        self._matcher = None
        self._matcher_mark: str | None = None
        self._deliver_lock = threading.Lock()
        self._deliver_again = threading.Event()
        self.notifiers: dict = {}

    def prepare(self) -> None:
        """Open the database, import the configured watchlist, build the notifiers."""
        from monitor.notify import build_notifiers

        store = self.store()
        n = import_config_watchlist(self.cfg, store)
        if n:
            log.info("watchlist: %d vendors from %s", n, self.cfg.watchlist.file)
        store.sync_sources([s for s in self.cfg.sources if s.enabled])
        self.notifiers = build_notifiers(self.cfg)
        if not self.notifiers:
            raise ConfigError("no channel could be built", "check the [[channel]] tables")

    def store(self) -> Store:
        """This thread's Store."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.db)
            self._local.store = store
        return store

    def matcher(self):  # type: ignore[no-untyped-def]
        """The watchlist matcher, rebuilt when the vendors table changed."""
        from monitor.watchlist import Matcher

        mark = self.store().state("watchlist_changed")
        with self._matcher_lock:
            if self._matcher is None or mark != self._matcher_mark:
                self._matcher = Matcher(self.store().vendors())
                self._matcher_mark = mark
            return self._matcher

    def pipeline(self) -> Pipeline:
        """This thread's Pipeline, with the current matcher."""
        from monitor.pipeline import Pipeline

        pipe = getattr(self._local, "pipeline", None)
        matcher = self.matcher()
        if pipe is None:
            pipe = Pipeline(self.cfg, self.store(), self.fetcher, matcher)
            self._local.pipeline = pipe
        pipe.matcher = matcher
        return pipe

    def poll(self, source: SourceConfig) -> PollOutcome:
        """Poll one source in this thread."""
        return self.pipeline().poll(source)

    def poll_all(self, sources: list[SourceConfig], workers: int = 8) -> list[PollOutcome]:
        """Poll several sources concurrently; outcomes in the order given."""
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(sources)))) as pool:
            return list(pool.map(self.poll, sources))

    def next_poll_at(self, name: str) -> datetime | None:
        """When the store says this source should next be polled."""
        row = self.store().source_row(name) or {}
        value = row.get("next_poll_at")
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None

    def deliver(self, force: bool = False) -> DeliveryReport | None:
        """Drain the outbox. One delivery at a time; a call that finds one running asks it to go
        round again, so an alert queued meanwhile is not left for the next tick."""
        from monitor import metrics
        from monitor.notify.deliver import deliver

        if not self._deliver_lock.acquire(blocking=False):
            self._deliver_again.set()
            return None
        try:
            report = None
            while True:
                self._deliver_again.clear()
                report = deliver(
                    self.store(),
                    self.notifiers,
                    force=force,
                    max_attempts=self.cfg.alerts.max_attempts,
                )
                if not self._deliver_again.is_set() or self.stopping.is_set():
                    break
            metrics.refresh_from_store(self.store())
            return report
        finally:
            self._deliver_lock.release()

    def heartbeat(self) -> None:
        """Record that the daemon is alive (read by ``regwatch health``)."""
        self.store().set_state("heartbeat", iso(utcnow()))

    def close(self) -> None:
        """Close the fetcher (stores close with their threads)."""
        self.fetcher.close()
