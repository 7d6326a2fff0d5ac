"""`regwatch run` as a real subprocess: heartbeat and health, /metrics, SIGTERM, kill -9."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port

ROOT = Path(__file__).parent.parent


def feed(n: int) -> str:
    now = datetime.now(UTC)
    items = "".join(
        f"<item><title>FTC fines Vendor{i} Corp for selling location data without consent</title>"
        f"<link>https://reg.test/n/{i}</link><guid>g{i}</guid>"
        f"<description>The FTC said Vendor{i} Corp sold precise location data without consent "
        f"and must delete the data and any models built from it.</description>"
        f"<pubDate>{format_datetime(now - timedelta(hours=i))}</pubDate></item>"
        for i in range(n)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    )


def write_config(tmp_path: Path, url: str, metrics_port: int | None = None) -> Path:
    (tmp_path / "wl.toml").write_text(
        '[[vendor]]\nname = "Vendor1 Corp"\n\n[[vendor]]\nname = "Vendor7 Corp"\n'
    )
    cfg = tmp_path / "regwatch.toml"
    metrics = f'[metrics]\nport = {metrics_port}\nhost = "127.0.0.1"\n' if metrics_port else ""
    cfg.write_text(
        f"""
[http]
timeout_seconds = 3
[schedule]
interval_minutes = 0.05
jitter_seconds = 0
heartbeat_seconds = 1
delivery_interval_seconds = 1
[watchlist]
file = "wl.toml"
{metrics}
[[source]]
name = "reg"
kind = "rss"
publisher = "ftc-press"
url = "{url}"
[[channel]]
name = "console"
kind = "console"
"""
    )
    return cfg


def env_for(cfg: Path, db: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(REGWATCH_CONFIG=str(cfg), REGWATCH_DB=str(db), REGWATCH_LOG_FORMAT="json")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def regwatch(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """Start the daemon and wait until it has installed its signal handlers."""
    before = log.read_text().count("starting regwatch run") if log.exists() else 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", "run"],
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )
    assert wait_for(lambda: log.read_text().count("starting regwatch run") > before)
    return proc


def wait_for(predicate, seconds: float = 15.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def check_consistent(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "entries" not in tables:  # killed before the first migration committed: empty
            assert "alerts" not in tables
            return 0, 0
        orphans = conn.execute(
            "SELECT count(*) FROM entries WHERE id NOT IN (SELECT entry_id FROM actions)"
        ).fetchone()[0]
        assert orphans == 0, "an entry was stored without its action: half-written poll"
        dup = conn.execute("SELECT count(*) - count(DISTINCT key) FROM alerts").fetchone()[0]
        assert dup == 0
        entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        alerts = conn.execute("SELECT count(*) FROM alerts").fetchone()[0]
        return entries, alerts
    finally:
        conn.close()


def test_health_fails_before_any_run(tmp_path: Path):
    env = env_for(write_config(tmp_path, "http://127.0.0.1:9/feed"), tmp_path / "r.db")
    res = regwatch("health", env=env)
    assert res.returncode == 1 and "has not run" in res.stdout


def test_daemon_health_metrics_and_sigterm(httpserver, tmp_path: Path):
    httpserver.expect_request("/feed.xml").respond_with_data(
        feed(20), content_type="application/rss+xml"
    )
    port = free_port()
    db = tmp_path / "r.db"
    env = env_for(write_config(tmp_path, httpserver.url_for("/feed.xml"), port), db)
    proc = start(env, tmp_path / "log.txt")
    try:
        assert wait_for(lambda: regwatch("health", env=env).returncode == 0), (
            tmp_path / "log.txt"
        ).read_text()[-2000:]
        assert wait_for(lambda: db.exists() and check_consistent(db)[0] == 20)
        text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        for name in (
            'regwatch_polls_total{source="reg"}',
            'regwatch_entries_stored_total{source="reg"} 20.0',
            'regwatch_actions_detected_total{source="reg"}',
            'regwatch_last_success_timestamp_seconds{source="reg"}',
            'regwatch_source_broken{source="reg"} 0.0',
            'regwatch_alerts_sent{channel="console"}',
            'regwatch_alerts_pending{channel="console"}',
            "regwatch_poll_errors_total",
        ):
            assert name in text, name
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
        assert time.monotonic() - started < 10
    finally:
        if proc.poll() is None:
            proc.kill()
    _, alerts = check_consistent(db)
    assert alerts >= 1
    log = (tmp_path / "log.txt").read_text()
    assert '"msg": "stopped"' in log


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_repeated_stops_at_random_moments_leave_a_consistent_database(
    httpserver, tmp_path: Path, sig: signal.Signals
):
    httpserver.expect_request("/feed.xml").respond_with_data(
        feed(200), content_type="application/rss+xml"
    )
    db = tmp_path / "r.db"
    env = env_for(write_config(tmp_path, httpserver.url_for("/feed.xml")), db)
    rng = random.Random(7)
    for _ in range(4):
        proc = start(env, tmp_path / "log.txt")
        time.sleep(rng.uniform(0.0, 1.5))
        proc.send_signal(sig)
        try:
            code = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError((tmp_path / "log.txt").read_text()[-3000:]) from None
        assert code == (0 if sig == signal.SIGTERM else -signal.SIGKILL)
        if db.exists():
            check_consistent(db)
    log = tmp_path / "log.txt"
    runs = log.read_text().count("regwatch running") if log.exists() else 0
    proc = start(env, log)

    def log_tail() -> str:  # a failure here has been seen once in ~30 runs: keep the evidence
        return log.read_text()[-3000:]

    try:
        # the whole log: the start line may already have scrolled out of any fixed-size tail
        assert wait_for(lambda: log.read_text().count("regwatch running") > runs), log_tail()
        assert wait_for(lambda: db.exists() and check_consistent(db)[0] == 200, 30), log_tail()
        conn = sqlite3.connect(db)
        assert wait_for(
            lambda: (
                conn.execute("SELECT count(*) FROM alerts WHERE status='pending'").fetchone()[0]
                == 0
            )
        ), log_tail()
        keys = conn.execute("SELECT vendor FROM alerts WHERE kind = 'alert'").fetchall()
        assert sorted(k[0] for k in keys) == ["Vendor1 Corp", "Vendor7 Corp"], log_tail()
        conn.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            assert proc.wait(timeout=10) == 0
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError((tmp_path / "log.txt").read_text()[-3000:]) from None
