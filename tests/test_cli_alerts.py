"""`regwatch alerts list|test|retry` as real subprocesses against a local Slack peer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from monitor.store import Store, utcnow
from tests.slackserver import SlackServer

ROOT = Path(__file__).parent.parent
TOKEN = "xoxb-1111-2222-s3cr3tT0k3n"


def setup(tmp_path: Path, api_url: str, n: int) -> tuple[dict[str, str], Path]:
    cfg = tmp_path / "c.toml"
    cfg.write_text(
        f"""
[[source]]
name = "none"
kind = "rss"
url = "file://{tmp_path}/absent.xml"
[[channel]]
name = "slack"
kind = "slack"
token_env = "RW_SLACK_TOKEN"
channel = "#procurement"
api_url = "{api_url}"
"""
    )
    db = tmp_path / "r.db"
    store = Store(db)
    for i in range(n):
        store.enqueue_alert(
            kind="alert",
            channel="slack",
            payload={"kind": "alert", "vendor": "Acme", "title": f"Action <!channel> {i}"},
            now=utcnow(),
            subject=f"entry-{i}",
            vendor="Acme",
            stage="fine",
        )
    store.close()
    env = dict(os.environ, REGWATCH_CONFIG=str(cfg), REGWATCH_DB=str(db), RW_SLACK_TOKEN=TOKEN)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env, db


def regwatch(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_kill_9_mid_delivery_then_restart_delivers_all_with_at_most_one_repeat(tmp_path: Path):
    with SlackServer(interval=0.0) as slack:
        env, db = setup(tmp_path, slack.api_url, 6)
        proc = subprocess.Popen(
            [sys.executable, "-m", "monitor", "alerts", "retry"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while len(slack.messages) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)  # Slack pacing is 1 msg/s: this lands mid-drain
        proc.wait(timeout=10)
        assert 2 <= len(slack.messages) < 6
        done = regwatch(env, "alerts", "retry")
        assert done.returncode == 0, done.stdout + done.stderr
        texts = [m["text"] for m in slack.messages]
        delivered = {t for t in texts}
        assert len(delivered) == 6
        assert len(texts) <= 7  # at worst the one in flight when killed is repeated
        rows = Store(db).alert_rows()
        assert {r["status"] for r in rows} == {"sent"}
        assert all("<!channel>" not in t for t in texts)


def test_permanent_failure_is_recorded_and_listed_and_retry_exits_1(tmp_path: Path):
    with SlackServer(interval=0.0, token="xoxb-other-token") as slack:
        env, _ = setup(tmp_path, slack.api_url, 1)
        res = regwatch(env, "alerts", "retry")
        assert res.returncode == 1
        listed = regwatch(env, "alerts", "list", "--status", "failed")
        assert "invalid_auth" in listed.stdout
        for out in (res.stdout, res.stderr, listed.stdout, listed.stderr):
            assert TOKEN not in out and "s3cr3t" not in out


def test_alerts_test_sends_one_sample_to_every_channel(tmp_path: Path):
    with SlackServer(interval=0.0) as slack:
        env, _ = setup(tmp_path, slack.api_url, 0)
        res = regwatch(env, "alerts", "test")
        assert res.returncode == 0, res.stdout + res.stderr
        assert "ok      slack" in res.stdout and len(slack.messages) == 1


def test_alerts_test_with_missing_secret_is_a_config_error(tmp_path: Path):
    with SlackServer(interval=0.0) as slack:
        env, _ = setup(tmp_path, slack.api_url, 0)
        del env["RW_SLACK_TOKEN"]
        res = regwatch(env, "alerts", "test")
        assert res.returncode == 2 and "RW_SLACK_TOKEN" in res.stderr
