"""`regwatch health`'s decision on a real database file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from monitor.config import ChannelConfig, Config
from monitor.health import health_problem
from monitor.store import Store, iso, utcnow


def beat(db: Path, age_s: int) -> Store:
    store = Store(db)
    store.set_state("heartbeat", iso(utcnow() - timedelta(seconds=age_s)))
    return store


def test_fresh_heartbeat_is_healthy_and_stale_one_is_not(db_path: Path):
    cfg = Config()
    beat(db_path, 10)
    assert health_problem(cfg, db_path) is None
    beat(db_path, 2 * cfg.schedule.heartbeat_seconds + 5)
    assert "heartbeat is" in health_problem(cfg, db_path)


def test_missing_or_corrupt_database_is_unhealthy(tmp_path: Path):
    assert "has not run" in health_problem(Config(), tmp_path / "none.db")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    assert health_problem(Config(), bad) is not None


def test_alert_stuck_in_outbox_is_unhealthy_but_a_held_digest_is_not(db_path: Path):
    store = beat(db_path, 1)
    old = utcnow() - timedelta(hours=3)
    for channel in ("slack", "daily"):
        store.enqueue_alert(
            kind="alert", channel=channel, payload={}, now=old, subject=channel, vendor="V"
        )
    digest = ChannelConfig(name="daily", kind="console", digest="daily")
    both = Config(channel=[ChannelConfig(name="slack", kind="console"), digest])
    assert "waited 180 min" in health_problem(both, db_path)
    store.mark_sent(store.due_alerts(utcnow(), "slack")[0]["id"], utcnow(), None, None)
    assert health_problem(both, db_path) is None
