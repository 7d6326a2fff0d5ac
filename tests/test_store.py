"""The store on a real SQLite file: migrations, dedupe, transactions, outbox, silences, vendors."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from monitor.models import Action, Entry, Evidence, Hit, Vendor
from monitor.store import Store, utcnow


def entry(**kw) -> Entry:
    base = dict(source="s", title="FTC orders deletion", url="https://ex.test/a", summary="x")
    base.update(kw)
    return Entry(**base)


def test_migrations_apply_once_and_reopen(db_path: Path):
    Store(db_path).close()
    store = Store(db_path)
    rows = list(store.db.query("SELECT name FROM _sqlite_migrations"))
    assert [r["name"] for r in rows].count("m001_initial") == 1
    assert store.db.query("PRAGMA journal_mode").__next__()["journal_mode"] == "wal"
    for table in ("sources", "entries", "actions", "hits", "vendors", "alerts", "entries_fts"):
        assert store.db[table].exists(), table


def test_entry_id_ignores_tracking_and_fragment_and_host_case():
    a = entry(url="https://EX.test/a?utm_source=x#top", guid=None)
    b = entry(url="https://ex.test/a", guid=None)
    assert a.id == b.id
    assert entry(guid="g1").id != entry(guid="g2").id


def test_changed_body_is_an_update_not_a_new_entry(db_path: Path):
    store, now = Store(db_path), utcnow()
    assert store.save_entry(entry(), now) == "new"
    assert store.save_entry(entry(), now) == "same"
    assert store.save_entry(entry(body="full text"), now) == "updated"
    assert store.count("entries") == 1
    assert store.entry_by_id(entry().id).body == "full text"
    # the FTS index follows updates (triggers)
    assert store.entries_matching(["full text"]) == [entry().id]


def test_transaction_rolls_back_everything(db_path: Path):
    store, now = Store(db_path), utcnow()
    with pytest.raises(RuntimeError), store.transaction():
        store.save_entry(entry(), now)
        store.save_action(entry().id, Action(is_enforcement=True), None, now)
        raise RuntimeError("killed mid-poll")
    assert store.count("entries") == 0 and store.count("actions") == 0


def test_action_and_hits_round_trip(db_path: Path):
    store, now = Store(db_path), utcnow()
    e = entry()
    ev = Evidence("topics", "delete models", "summary", 3, 16)
    act = Action(
        True,
        ["model_deletion"],
        "FTC",
        ["Acme"],
        5e6,
        None,
        "settlement",
        "ftc-acme",
        0.9,
        [ev],
        "v1",
    )
    hit = Hit("Acme", "Acme", "summary", 0, 4, "target", "name")
    with store.transaction():
        store.save_entry(e, now)
        store.save_action(e.id, act, "2024-01-01", now)
        store.save_hits(e.id, [hit, hit])
    assert store.action_for(e.id) == act
    assert store.hits_for_entry(e.id) == [hit]


def test_outbox_unique_key_and_lifecycle(db_path: Path):
    store, now = Store(db_path), utcnow()
    kw = dict(
        kind="alert",
        channel="c",
        subject="case-1",
        vendor="Acme",
        stage="final_order",
        payload={"title": "t"},
        now=now,
        case_key="case-1",
    )
    assert store.enqueue_alert(**kw) is True
    assert store.enqueue_alert(**kw) is False  # the same alert twice is impossible
    assert store.enqueue_alert(**{**kw, "stage": "settlement"}) is True
    due = store.due_alerts(now)
    assert len(due) == 2 and due[0]["payload"] == {"title": "t"}
    store.mark_retry(due[0]["id"], "HTTP 500", now + timedelta(minutes=5))
    assert [a["id"] for a in store.due_alerts(now)] == [due[1]["id"]]
    store.mark_sent(due[1]["id"], now, "123.456", None)
    assert store.thread_ref("c", "case-1") == "123.456"
    store.mark_failed(due[0]["id"], "invalid_auth")
    assert store.due_alerts(now) == []
    assert [a["status"] for a in store.due_alerts(now, include_failed=True)] == ["failed"]
    assert store.outbox_counts() == {("c", "failed"): 1, ("c", "sent"): 1}


def test_silences(db_path: Path):
    store, now = Store(db_path), utcnow()
    sid = store.add_silence("Acme", None, None, "known", now)
    store.add_silence(None, "case-9", "2000-01-01T00:00:00Z", None, now)
    assert store.silenced("acme", None, now)
    assert not store.silenced("Other", "case-9", now)  # expired
    assert store.remove_silence(sid) and not store.silenced("Acme", None, now)


def test_config_vendors_replace_only_their_own(db_path: Path):
    store = Store(db_path)
    store.save_vendor(Vendor("Mine", ["Mine Inc."]), origin="cli")
    store.replace_config_vendors([Vendor("Acme"), Vendor("Beta")])
    store.replace_config_vendors([Vendor("Acme", aliases=["Acme Corp"])])
    assert [v.name for v in store.vendors()] == ["Acme", "Mine"]
    assert store.vendor_by_name("Acme").aliases == ["Acme Corp"]


def test_unwritable_location_is_a_store_error(tmp_path: Path):
    from monitor.errors import StoreError

    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StoreError, match="cannot open database"):
        Store(blocker / "sub" / "x.db")


def test_two_connections_see_each_other(db_path: Path):
    a, b = Store(db_path), Store(db_path)
    a.save_entry(entry(), utcnow())
    assert b.entry_exists(entry().id)
    with pytest.raises(sqlite3.IntegrityError):
        a.db.execute(
            "INSERT INTO entries (id, source, publisher, title, fetched_at, updated_at, "
            "content_hash) VALUES (?, 's', 'p', 't', 'x', 'x', 'h')",
            [entry().id],
        )
