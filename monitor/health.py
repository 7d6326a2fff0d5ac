"""`regwatch health`: is the daemon alive, the database writable, the outbox moving?"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from monitor.config import Config
from monitor.errors import StoreError
from monitor.store import Store, iso, utcnow


def health_problem(cfg: Config, db: Path, now: datetime | None = None) -> str | None:
    """None when healthy, else one line saying why not."""
    now = now or utcnow()
    if not db.exists():
        return f"no database at {db}: the daemon has not run"
    try:
        store = Store(db, migrate=False)
    except (StoreError, sqlite3.Error) as exc:
        return f"database {db} cannot be opened: {exc}"
    try:
        try:
            beat = store.state("heartbeat")
        except sqlite3.Error:
            return "no heartbeat yet: the daemon has not started"
        if not beat:
            return "no heartbeat yet: the daemon has not started"
        age = (now - datetime.fromisoformat(beat.replace("Z", "+00:00"))).total_seconds()
        limit = 2 * cfg.schedule.heartbeat_seconds
        if age > limit:
            return f"heartbeat is {int(age)}s old (limit {limit}s): the daemon is stuck or stopped"
        try:
            store.set_state("health_probe", iso(now))
        except sqlite3.Error as exc:
            return f"database {db} is not writable: {exc}"
        oldest = store.oldest_pending([c.name for c in cfg.channel if c.digest])
        if oldest:
            waited = now - datetime.fromisoformat(oldest.replace("Z", "+00:00"))
            if waited > timedelta(minutes=cfg.alerts.stuck_after_minutes):
                return (
                    f"an alert has waited {int(waited.total_seconds() // 60)} min in the outbox "
                    f"(limit {cfg.alerts.stuck_after_minutes} min): see `regwatch alerts list`"
                )
        return None
    finally:
        store.close()
