"""`regwatch poll`, `sources`, `health`, `--version` and config errors through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import main

FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    "<item><title>CNIL fines Exampleco EUR 5 million for scraping faces</title>"
    "<link>https://cnil.test/a</link><guid>a</guid>"
    "<description>The CNIL fined Exampleco for collecting face images without a legal basis."
    "</description></item></channel></rss>"
)


def config(tmp_path: Path, good: str, bad: str) -> Path:
    cfg = tmp_path / "c.toml"
    cfg.write_text(
        f"""
[http]
timeout_seconds = 2
[[source]]
name = "good"
kind = "rss"
url = "{good}"
[[source]]
name = "bad"
kind = "rss"
url = "{bad}"
"""
    )
    return cfg


def run(*args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return res.exit_code, res.stdout, res.stderr


def test_poll_exits_1_naming_the_failed_source_and_0_when_all_succeed(httpserver, tmp_path):
    httpserver.expect_request("/feed.xml").respond_with_data(
        FEED, content_type="application/rss+xml"
    )
    httpserver.expect_request("/gone.xml").respond_with_data("no", status=404)
    cfg = config(tmp_path, httpserver.url_for("/feed.xml"), httpserver.url_for("/gone.xml"))
    db = str(tmp_path / "r.db")
    code, _, err = run("--config", str(cfg), "--db", db, "poll")
    assert code == 1
    assert "FAILED  bad: fetch:" in err and "404" in err and "ok      good: 1 new" in err
    code, _, err = run("--config", str(cfg), "--db", db, "poll", "--source", "good", "--once")
    assert code == 0 and "ok      good" in err and "bad" not in err
    code, out, _ = run("--config", str(cfg), "--db", db, "sources", "list", "--format", "json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["bad"]["errors"] == 1 and rows["good"]["errors"] == 0
    assert rows["good"]["last_success"] and rows["bad"]["last_success"] is None
    assert "404" in rows["bad"]["last_error"]


def test_unknown_source_is_a_usage_error(tmp_path):
    cfg = config(tmp_path, "file:///nonexistent/a.xml", "file:///nonexistent/b.xml")
    code, _, err = run(
        "--config", str(cfg), "--db", str(tmp_path / "r.db"), "poll", "--source", "x"
    )
    assert code == 2 and "no source named x" in err


def test_sources_check_stores_nothing(httpserver, tmp_path):
    httpserver.expect_request("/feed.xml").respond_with_data(
        FEED, content_type="application/rss+xml"
    )
    cfg = config(tmp_path, httpserver.url_for("/feed.xml"), "file:///nonexistent/b.xml")
    db = tmp_path / "r.db"
    code, out, _ = run("--config", str(cfg), "--db", str(db), "sources", "check")
    assert code == 1 and "ok      good: 1 entries" in out and "FAILED  bad" in out
    assert not db.exists()


def test_bad_config_exits_2_and_writes_nothing(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[storage]\ndb = 'x.db'\n[http]\nmax_bytes = 'lots'\n")
    res = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(cfg), "poll"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert res.returncode == 2
    assert f"{cfg}:4: http.max_bytes" in res.stderr and "hint:" in res.stderr
    assert not (tmp_path / "x.db").exists()


def test_version_is_fast_and_does_not_import_heavy_modules():
    code = (
        "import sys; from monitor.cli import main\n"
        "try: main(['--version'])\n"
        "except SystemExit: pass\n"
        "heavy = [m for m in ('httpx', 'feedparser', 'slack_sdk', 'pydantic', 'sqlite_utils',"
        " 'bs4', 'apscheduler') if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY []" in res.stdout, res.stdout + res.stderr
