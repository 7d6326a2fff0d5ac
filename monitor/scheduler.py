"""The daemon: APScheduler 3.11 BlockingScheduler, one job per source, delivery and heartbeat.

Every source is polled once at start, then on its interval (with jitter); a failing source's next
run is moved to its backoff time. Jobs have generous misfire grace and every I/O has a deadline,
so a job never holds its slot for ever. SIGTERM/SIGINT stop the scheduler, let the work in hand
finish (or roll it back when it cannot finish in time) and exit 0.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from monitor.config import Config, SourceConfig
from monitor.runtime import Runtime

log = logging.getLogger("regwatch.scheduler")
STOP_SECONDS = 8.0  # leave room under Docker's 10 s before SIGKILL
_stop = threading.Event()
_on_stop: list[Callable[[], None]] = []


def install_stop_handlers() -> None:
    """Catch SIGTERM/SIGINT from the very start, before the slow imports and set-up."""

    def on_signal(signum: int, _frame: object) -> None:
        if _stop.is_set():
            return
        _stop.set()
        log.info("signal %s: stopping", signal.Signals(signum).name)
        for callback in list(_on_stop):
            callback()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)


def _limit_malloc_arenas(arenas: int = 2) -> None:
    """glibc gives each thread that allocates its own malloc arena (up to 8 per core), and
    freed memory stays in them: with 8 poll workers that is megabytes of RSS for nothing. Cap
    them as MALLOC_ARENA_MAX would, unless the environment sets that already; a no-op off glibc."""
    if os.environ.get("MALLOC_ARENA_MAX"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-8, arenas)  # M_ARENA_MAX
    except (OSError, AttributeError):  # musl, macOS: nothing to cap
        pass


def run_daemon(cfg: Config, db: Path) -> int:
    """Run until SIGTERM/SIGINT; returns the exit code."""
    _limit_malloc_arenas()
    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.schedulers import SchedulerNotRunningError
    from apscheduler.schedulers.blocking import BlockingScheduler

    from monitor import metrics

    if cfg.metrics.port is not None:  # up from the start, before the first poll
        metrics.serve(cfg.metrics.port, cfg.metrics.host)
        log.info("metrics on http://%s:%d/metrics", cfg.metrics.host, cfg.metrics.port)
    runtime = Runtime(cfg, db)
    runtime.prepare()

    sched = BlockingScheduler(
        executors={"default": ThreadPoolExecutor(max_workers=8)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        timezone="UTC",
    )

    def on_event(event) -> None:  # type: ignore[no-untyped-def]
        if event.code == EVENT_JOB_ERROR:
            log.error("job %s crashed: %r", event.job_id, event.exception)
        elif event.code == EVENT_JOB_MISSED:
            log.warning("job %s missed its run time", event.job_id)
        else:
            log.warning("job %s still running; this run skipped", event.job_id)

    sched.add_listener(on_event, EVENT_JOB_ERROR | EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)

    now = datetime.now().astimezone()
    for i, source in enumerate(s for s in cfg.sources if s.enabled):
        sched.add_job(
            _poll_job(runtime, sched, source),
            "interval",
            id=f"poll:{source.name}",
            name=f"poll {source.name}",
            minutes=cfg.interval_for(source),
            jitter=cfg.schedule.jitter_seconds or None,
            next_run_time=now + timedelta(milliseconds=50 * i),
        )
    sched.add_job(
        runtime.deliver,
        "interval",
        id="deliver",
        seconds=cfg.schedule.delivery_interval_seconds,
        next_run_time=now,
    )
    sched.add_job(
        runtime.heartbeat,
        "interval",
        id="heartbeat",
        seconds=cfg.schedule.heartbeat_seconds,
        next_run_time=now,
    )

    def stop() -> None:
        # Runs in the signal handler, on the main thread, which may be inside the executor's
        # submit() holding its lock: shutting the scheduler down here deadlocked (seen once in
        # ~30 test runs, stack dumped). Only flags are set here; stop_check does the rest.
        runtime.stopping.set()

    def stop_check() -> None:
        if _stop.is_set():  # from a worker thread, within half a second of the signal
            with contextlib.suppress(SchedulerNotRunningError):
                sched.shutdown(wait=False)

    sched.add_job(stop_check, "interval", id="stop-check", seconds=0.5, next_run_time=now)
    install_stop_handlers()
    _on_stop.append(stop)
    if _stop.is_set():  # a signal came during set-up
        runtime.close()
        return 0
    log.info("regwatch running: %d sources, database %s", len(sched.get_jobs()) - 3, db)
    sched.start()
    _wait_for_workers(STOP_SECONDS)
    runtime.close()
    log.info("stopped")
    return 0


def _poll_job(runtime: Runtime, sched, source: SourceConfig) -> Callable[[], None]:  # type: ignore[no-untyped-def]
    from apscheduler.jobstores.base import JobLookupError
    from apscheduler.schedulers import SchedulerNotRunningError

    def job() -> None:
        if runtime.stopping.is_set():
            return
        outcome = runtime.poll(source)
        if not outcome.ok:
            retry_at = runtime.next_poll_at(source.name)
            if retry_at is not None:
                try:
                    sched.modify_job(f"poll:{source.name}", next_run_time=retry_at)
                except (JobLookupError, SchedulerNotRunningError):  # shutting down
                    log.debug("could not reschedule %s", source.name)
        runtime.deliver()

    return job


def _wait_for_workers(seconds: float) -> None:
    """Give running jobs time to finish; past that, exit: SQLite rolls back what was in hand."""
    deadline = time.monotonic() + seconds
    main = threading.main_thread()
    while time.monotonic() < deadline:
        busy = [t for t in threading.enumerate() if t is not main and not t.daemon and t.is_alive()]
        if not busy:
            return
        time.sleep(0.05)
    log.warning("work still running after %.0fs; exiting, unfinished writes roll back", seconds)
    logging.shutdown()
    os._exit(0)
