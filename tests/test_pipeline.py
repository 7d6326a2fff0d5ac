"""The whole pipeline against a real local HTTP server and a real SQLite file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.config import parse_config
from monitor.extract import extract
from monitor.runtime import Runtime
from monitor.store import Store

WATCHLIST = """
[[vendor]]
name = "Acme Vision"
aliases = ["Acme Vision, Inc."]
related = ["PhotoPal"]
"""


def rss(items: list[tuple[str, str, str, datetime]]) -> str:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
        f"<description>{d}</description><pubDate>{format_datetime(when)}</pubDate></item>"
        for t, d, link, when in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Test regulator</title><link>http://127.0.0.1/</link>{body}</channel></rss>"
    )


NOW = datetime.now(UTC)
RECENT = (
    "FTC finalizes order requiring Acme Vision to delete facial recognition models",
    "The Federal Trade Commission finalized an order requiring Acme Vision, Inc. to delete "
    "photos it collected from PhotoPal users without consent and destroy any models or "
    "algorithms trained on them, and to pay a $2 million civil penalty.",
    "https://regulator.test/news/acme-vision-final-order",
    NOW - timedelta(days=1),
)
OLD = (
    "FTC sues Acme Vision over face data taken without consent",
    "The FTC filed a complaint alleging Acme Vision, Inc. used customers' photos to train "
    "facial recognition algorithms without their consent.",
    "https://regulator.test/news/acme-vision-complaint",
    datetime(2019, 5, 1, tzinfo=UTC),
)
OFFTOPIC = (
    "Acme Vision opens a new office in Lisbon",
    "The company said it would hire 200 engineers.",
    "https://regulator.test/news/acme-office",
    NOW - timedelta(days=2),
)


def make_config(tmp_path: Path, url: str, extra: str = "") -> Path:
    (tmp_path / "watchlist.toml").write_text(WATCHLIST)
    cfg = tmp_path / "regwatch.toml"
    cfg.write_text(
        f"""
[http]
timeout_seconds = 3
[watchlist]
file = "watchlist.toml"
[alerts]
broken_after_failures = 2
[[source]]
name = "reg"
kind = "rss"
publisher = "ftc-press"
url = "{url}"
[[channel]]
name = "console"
kind = "console"
{extra}
"""
    )
    return cfg


def runtime_for(cfg_path: Path, db: Path) -> Runtime:
    cfg = parse_config(cfg_path.read_text(), cfg_path)
    rt = Runtime(cfg, db)
    rt.prepare()
    return rt


def serve_feed(httpserver: HTTPServer, body: str, etag: str = '"v1"') -> None:
    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, content_type="application/rss+xml", headers={"ETag": etag})

    httpserver.expect_request("/feed.xml").respond_with_handler(handler)


def test_first_poll_stores_history_but_alerts_only_recent(httpserver, tmp_path, db_path):
    serve_feed(httpserver, rss([RECENT, OLD, OFFTOPIC]))
    rt = runtime_for(make_config(tmp_path, httpserver.url_for("/feed.xml")), db_path)
    outcome = rt.poll(rt.cfg.sources[0])
    assert outcome.ok and outcome.new == 3
    store = Store(db_path)
    assert store.count("entries") == 3 and store.count("actions") == 3
    alerts = store.alert_rows()
    assert len(alerts) == 1  # the 2019 complaint is history, the office news is no action
    a = alerts[0]
    assert a["vendor"] == "Acme Vision" and a["status"] == "pending"
    assert a["payload"]["title"] == RECENT[0]
    hits = {h["vendor"] for h in store.db.query("SELECT vendor FROM hits WHERE role != 'mention'")}
    assert hits == {"Acme Vision"}


def test_second_poll_is_conditional_and_writes_nothing(httpserver, tmp_path, db_path):
    serve_feed(httpserver, rss([RECENT]))
    rt = runtime_for(make_config(tmp_path, httpserver.url_for("/feed.xml")), db_path)
    assert rt.poll(rt.cfg.sources[0]).new == 1
    store = Store(db_path)
    before = store.db.execute("PRAGMA data_version").fetchone()
    changes = store.db.conn.total_changes
    second = rt.poll(rt.cfg.sources[0])
    assert second.ok and second.not_modified and second.new == 0
    row = store.source_row("reg")
    assert row["etag"] == '"v1"' and row["error_count"] == 0
    assert store.count("entries") == 1 and len(store.alert_rows()) == 1
    assert before is not None and changes == store.db.conn.total_changes
    requests = [r for r, _ in httpserver.log]
    assert requests[-1].headers.get("If-None-Match") == '"v1"'


def test_failing_source_backs_off_and_raises_one_broken_then_recovered_alert(
    httpserver, tmp_path, db_path
):
    httpserver.expect_request("/feed.xml").respond_with_data("down", status=503)
    rt = runtime_for(make_config(tmp_path, httpserver.url_for("/feed.xml")), db_path)
    src = rt.cfg.sources[0]
    outcomes = [rt.poll(src) for _ in range(3)]
    assert [o.ok for o in outcomes] == [False, False, False]
    assert "503" in outcomes[0].error
    store = Store(db_path)
    row = store.source_row("reg")
    assert row["error_count"] == 3 and row["broken"] == 1
    nxt = datetime.fromisoformat(row["next_poll_at"].replace("Z", "+00:00"))
    assert nxt > datetime.now(UTC) + timedelta(minutes=30)  # backed off beyond the interval
    kinds = [a["kind"] for a in store.alert_rows()]
    assert kinds == ["source_broken"]  # one, not one per failure
    httpserver.clear()
    serve_feed(httpserver, rss([OFFTOPIC]))
    assert rt.poll(src).ok
    assert sorted(a["kind"] for a in store.alert_rows()) == ["source_broken", "source_recovered"]
    assert store.source_row("reg")["error_count"] == 0


def test_malformed_feed_fails_that_source_only(httpserver, tmp_path, db_path):
    httpserver.expect_request("/bad.xml").respond_with_data(
        "<rss><channel><item><title>x", content_type="application/rss+xml"
    )
    serve_feed(httpserver, rss([RECENT]))
    cfg_path = make_config(tmp_path, httpserver.url_for("/feed.xml"))
    text = cfg_path.read_text().replace(
        "[[channel]]",
        f'[[source]]\nname = "bad"\nkind = "federal_register"\nurl = '
        f'"{httpserver.url_for("/bad.xml")}"\n[[channel]]',
    )
    cfg_path.write_text(text)
    rt = runtime_for(cfg_path, db_path)
    outcomes = {o.source: o for o in rt.poll_all(rt.cfg.sources)}
    assert outcomes["reg"].ok and outcomes["reg"].new == 1
    assert not outcomes["bad"].ok and "\n" not in outcomes["bad"].error
    assert Store(db_path).source_row("bad")["error_count"] == 1


def test_changed_item_updates_and_same_case_stage_does_not_alert_twice(
    httpserver, tmp_path, db_path
):
    serve_feed(httpserver, rss([RECENT]), etag='"a"')
    rt = runtime_for(make_config(tmp_path, httpserver.url_for("/feed.xml")), db_path)
    rt.poll(rt.cfg.sources[0])
    httpserver.clear()
    changed = (RECENT[0], RECENT[1] + " The order also bans future use.", *RECENT[2:])
    serve_feed(httpserver, rss([changed]), etag='"b"')
    out = rt.poll(rt.cfg.sources[0])
    assert out.updated == 1 and out.new == 0
    store = Store(db_path)
    assert store.count("entries") == 1
    assert len(store.alert_rows()) == 1


def test_delivery_to_console_marks_sent(httpserver, tmp_path, db_path, capsys):
    serve_feed(httpserver, rss([RECENT]))
    rt = runtime_for(make_config(tmp_path, httpserver.url_for("/feed.xml")), db_path)
    rt.poll(rt.cfg.sources[0])
    report = rt.deliver()
    assert report is not None and report.sent == 1
    store = Store(db_path)
    assert [a["status"] for a in store.alert_rows()] == ["sent"]
    assert "Acme Vision" in capsys.readouterr().out
    assert rt.deliver().sent == 0  # never repeated
    assert json.loads(json.dumps(store.alert_rows()[0]["payload"]))["vendor"] == "Acme Vision"


@pytest.mark.parametrize("lookback, expect", [(0, 0), (30, 1)])
def test_lookback_days_bound_first_poll_alerts(httpserver, tmp_path, db_path, lookback, expect):
    serve_feed(httpserver, rss([RECENT]))
    cfg_path = make_config(tmp_path, httpserver.url_for("/feed.xml"))
    cfg_path.write_text(
        cfg_path.read_text().replace("[alerts]", f"[alerts]\nlookback_days = {lookback}")
    )
    rt = runtime_for(cfg_path, db_path)
    rt.poll(rt.cfg.sources[0])
    assert len(Store(db_path).alert_rows()) == expect


def test_later_stage_keeps_its_case_topics_from_the_store(httpserver, tmp_path, db_path):
    order = (
        "FTC order requires Acme Vision to delete face templates and algorithms",
        "The Federal Trade Commission ordered Acme Vision, Inc. to delete face templates and "
        "destroy algorithms built from photos taken without consent.",
        "https://regulator.test/news/acme-order",
        NOW - timedelta(days=3),
    )
    appeal = (
        "Acme Vision loses appeal of FTC order",
        "A federal appeals court denied Acme Vision, Inc.'s petition for review of the FTC order.",
        "https://regulator.test/news/acme-appeal",
        NOW - timedelta(days=1),
    )
    serve_feed(httpserver, rss([order]), etag='"1"')
    rt = runtime_for(make_config(tmp_path, httpserver.url_for("/feed.xml")), db_path)
    rt.poll(rt.cfg.sources[0])
    httpserver.clear()
    serve_feed(httpserver, rss([order, appeal]), etag='"2"')
    rt.poll(rt.cfg.sources[0])
    store = Store(db_path)
    rows = list(store.db.query("SELECT case_key, topics, action_stage FROM actions"))
    keys = {r["case_key"] for r in rows}
    assert len(keys) == 1, rows
    topics = [set(json.loads(r["topics"])) for r in rows]
    assert all("model_deletion" in t for t in topics), rows


def test_a_source_regulator_names_the_authority_its_headlines_leave_out(
    httpserver, tmp_path, db_path
):
    # a state AG's listing: "Attorney General <name> Sues X" never says which state
    item = (
        "Attorney General Jane Roe Sues Acme Vision for Capturing Texans' Biometric Data",
        "Acme Vision collected voiceprints and facial geometry without consent.",
        "https://regulator.test/news/roe-sues-acme",
        NOW - timedelta(days=1),
    )
    serve_feed(httpserver, rss([item]))
    (tmp_path / "watchlist.toml").write_text(WATCHLIST)
    cfg = tmp_path / "regwatch.toml"
    source = f"""
[watchlist]
file = "watchlist.toml"
[[source]]
name = "tx-ag"
kind = "rss"
publisher = "state-ag"
url = "{httpserver.url_for("/feed.xml")}"
"""
    cfg.write_text(source + 'regulator = "Texas AG"\n')
    rt = runtime_for(cfg, db_path)
    assert rt.poll(rt.cfg.sources[0]).new == 1
    store = Store(db_path)
    row = store.db.execute("SELECT regulator, is_enforcement FROM actions").fetchone()
    assert row == ("Texas AG", 1)
    # kept with the entry: re-extraction (reprocess) reads it without the config
    (entry,) = list(store.iter_entries())
    assert extract(entry).regulator == "Texas AG"
    # without the key, the same item names no regulator
    db2 = tmp_path / "other.db"
    cfg.write_text(source)
    rt2 = runtime_for(cfg, db2)
    assert rt2.poll(rt2.cfg.sources[0]).new == 1
    row2 = Store(db2).db.execute("SELECT regulator FROM actions").fetchone()
    assert row2 == (None,)
