"""`history`, `search`, `show`, `cases`, `vendor` on a real SQLite file filled through Store."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.models import Action, Entry, Hit, Vendor
from monitor.store import Store
from monitor.store.history import SEARCH_WINDOW, HistoryFilter, fts_query, open_reader

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def add(store: Store, guid: str, title: str, published: str, *, enforcement: bool = True,
        topics=("data_sourcing",), regulator="FTC", targets=(), stage="complaint",
        case_key=None, hits=(), summary="", body="") -> str:  # fmt: skip
    """Store one entry with its action and hits, as the pipeline would."""
    entry = Entry(source="ftc-press", publisher="ftc-press", guid=guid, url=f"https://x.test/{guid}",
                  title=title, summary=summary, body=body, published_at=published)  # fmt: skip
    action = Action(is_enforcement=enforcement, topics=list(topics), regulator=regulator,
                    targets=list(targets), action_stage=stage, case_key=case_key, score=0.9,
                    version="test")  # fmt: skip
    with store.transaction():
        store.save_entry(entry, NOW)
        store.save_action(entry.id, action, published, NOW)
        store.save_hits(
            entry.id, [Hit(v, m, "title", 0, len(m), role, why) for v, m, role, why in hits]
        )
    return entry.id


@pytest.fixture
def db(db_path: Path) -> Path:
    with Store(db_path) as s:
        s.save_vendor(Vendor("Clarifai", aliases=["Clarifai, Inc."], related=["OkCupid"]))
        s.save_vendor(Vendor("Amazon", aliases=["AWS"], related=["Ring"]))
        add(s, "c1", "FTC sues Clarifai over OkCupid photos", "2021-03-01", targets=["Clarifai"],
            case_key="ftc:clarifai", hits=[("Clarifai", "Clarifai", "target", "name")],
            summary="Clarifai trained face models on scraped dating photos.")  # fmt: skip
        add(s, "c2", "Clarifai ordered to delete models", "2026-02-10", stage="final_order",
            topics=("data_sourcing", "model_deletion"), targets=["Clarifai"],
            case_key="ftc:clarifai", hits=[("Clarifai", "Clarifai", "target", "name")])  # fmt: skip
        add(s, "o1", "OkCupid shared users' photos", "2022-05-05", regulator="Texas AG",
            targets=["OkCupid"], case_key="tx:okcupid",
            hits=[("Clarifai", "OkCupid", "related", "related")])  # fmt: skip
        add(s, "r1", "Ring must delete video data", "2023-05-31", stage="proposed_order",
            topics=("model_deletion",), targets=["Ring LLC"],
            hits=[("Amazon", "Ring", "related", "related")])  # fmt: skip
        add(s, "n1", "Opinion: what Clarifai means for AI", "2024-01-01", enforcement=False,
            topics=(), regulator=None, stage="none",
            hits=[("Clarifai", "Clarifai", "mention", "name")])  # fmt: skip
        add(
            s,
            "s1",
            "Société Générale fined by CNIL",
            "2024-06-01",
            regulator="CNIL",
            targets=["Société Générale"],
            stage="fine",
        )
    return db_path


def cli(db: Path, *args: str):
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    return result


def titles(result) -> list[str]:
    return [r["title"] for r in json.loads(result.stdout)]


def test_history_newest_first_enforcement_only(db: Path):
    r = cli(db, "history", "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert [x["published"] for x in rows] == sorted((x["published"] for x in rows), reverse=True)
    assert "Opinion: what Clarifai means for AI" not in titles(r)
    assert set(rows[0]) == {"id", "published", "source", "title", "link", "regulator", "targets",
                            "topics", "stage", "amount_usd", "vendors", "case_key"}  # fmt: skip
    everything = titles(cli(db, "history", "--all", "--format", "json"))
    assert "Opinion: what Clarifai means for AI" in everything


def test_vendor_filter_includes_related_and_aliases(db: Path):
    by_name = titles(cli(db, "history", "--vendor", "Clarifai", "--format", "json"))
    assert by_name == ["Clarifai ordered to delete models", "OkCupid shared users' photos",
                       "FTC sues Clarifai over OkCupid photos"]  # fmt: skip
    assert titles(cli(db, "history", "--vendor", "clarifai, inc.", "--format", "json")) == by_name
    assert titles(cli(db, "history", "--vendor", "AWS", "--format", "json")) == [
        "Ring must delete video data"
    ]


def test_vendor_not_on_watchlist_falls_back_to_targets(db: Path):
    assert titles(cli(db, "history", "--vendor", "société", "--format", "json")) == [
        "Société Générale fined by CNIL"
    ]
    r = cli(db, "history", "--vendor", "Nobody Corp")
    assert r.exit_code == 1
    assert "Nobody Corp" in r.output and "Traceback" not in r.output


def test_filters_and_date_forms(db: Path):
    assert titles(cli(db, "history", "--topic", "model_deletion", "--format", "json")) == [
        "Clarifai ordered to delete models", "Ring must delete video data"]  # fmt: skip
    assert titles(cli(db, "history", "--regulator", "texas ag", "--format", "json")) == [
        "OkCupid shared users' photos"]  # fmt: skip
    assert titles(cli(db, "history", "--stage", "fine", "--format", "json")) == [
        "Société Générale fined by CNIL"]  # fmt: skip
    year = titles(cli(db, "history", "--since", "2022", "--until", "2023", "--format", "json"))
    assert year == ["Ring must delete video data", "OkCupid shared users' photos"]
    month = cli(db, "history", "--since", "2023-05", "--until", "2023-05", "--format", "json")
    assert titles(month) == ["Ring must delete video data"]
    day = cli(db, "history", "--until", "2021-03-01T23:00:00+00:00", "--format", "json")
    assert titles(day) == ["FTC sues Clarifai over OkCupid photos"]
    assert len(json.loads(cli(db, "history", "--limit", "2", "--format", "json").stdout)) == 2


@pytest.mark.parametrize("bad", ["2024-13", "yesterday", "2024-02-30", "24"])
def test_bad_dates_name_the_accepted_forms(db: Path, bad: str):
    r = cli(db, "history", "--since", bad)
    assert r.exit_code == 2
    assert "YYYY-MM-DD, YYYY-MM, YYYY or an ISO datetime" in r.output


def test_csv_and_table_output(db: Path):
    r = cli(db, "history", "--format", "csv", "--vendor", "Amazon")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows[0]["title"] == "Ring must delete video data" and rows[0]["vendors"] == "Amazon"
    table = cli(db, "history", "--limit", "1").stdout.splitlines()
    assert table[0].split("\t")[:3] == ["published", "regulator", "stage"]
    assert table[1].startswith("2026-02-10\tFTC\tfinal_order")


def test_search_ranked_with_snippet_and_hostile_queries(db: Path):
    r = cli(db, "search", "scraped photos", "--format", "json")
    rows = json.loads(r.stdout)
    assert rows[0]["title"] == "FTC sues Clarifai over OkCupid photos"
    assert "[scraped]" in rows[0]["snippet"]
    for hostile in ['"photos', "photo*", "-photos", "photos' OR 1=1; DROP TABLE entries; --",
                    "NEAR(a b)", "AND", "***", '""']:  # fmt: skip
        r = cli(db, "search", "--format", "json", "--", hostile)
        assert r.exit_code == 0, (hostile, r.output)
        json.loads(r.stdout)
    assert cli(db, "history", "--format", "json").exit_code == 0  # nothing was dropped


def test_broad_search_answers_newest_first(db_path: Path):
    with Store(db_path) as s:
        day = "2024-01-01"
        rows = [(f"b{i}", "x", "news", f"https://x.test/b{i}", f"common word {i}", day, day, day,
                 f"h{i}") for i in range(SEARCH_WINDOW + 1)]  # fmt: skip
        s.db.conn.executemany(
            "INSERT INTO entries (id, source, publisher, url, title, published_at, fetched_at, "
            "updated_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        s.db.conn.commit()
    found = json.loads(cli(db_path, "search", "common", "--format", "json", "--limit", "3").stdout)
    assert [r["title"] for r in found] == [
        "common word 2000",
        "common word 1999",
        "common word 1998",
    ]
    assert found[0]["rank"] is None
    ranked = json.loads(cli(db_path, "search", "1999", "--format", "json").stdout)
    assert ranked[0]["title"] == "common word 1999" and ranked[0]["rank"] < 0


def test_fts_query_quotes_every_token():
    assert fts_query('he said "face data" NOT x*') == '"he" "said" "face data" "NOT" "x*"'
    assert fts_query('-- ; "') == ""


def test_show_entry_with_action_hits_case_and_alerts(db: Path):
    with Store(db) as s:
        eid = s.db.execute("SELECT id FROM entries WHERE guid = 'c1'").fetchone()[0]
        s.enqueue_alert(kind="alert", channel="slack", subject="ftc:clarifai", entry_id=eid,
                        vendor="Clarifai", case_key="ftc:clarifai", stage="complaint",
                        payload={"t": 1}, now=NOW)  # fmt: skip
    r = cli(db, "show", eid)
    assert r.exit_code == 0, r.output
    assert "Clarifai: 'Clarifai' in title, target by name" in r.stdout
    assert "Clarifai ordered to delete models" in r.stdout  # the case's other entry
    assert "slack Clarifai complaint: pending" in r.stdout
    data = json.loads(cli(db, "show", eid, "--format", "json").stdout)
    assert data["action"]["case_key"] == "ftc:clarifai" and len(data["case"]) == 2
    missing = cli(db, "show", "0000")
    assert missing.exit_code == 1 and "no stored entry" in missing.output


def test_cases_list_and_timeline(db: Path):
    rows = json.loads(cli(db, "cases", "--vendor", "Clarifai", "--format", "json").stdout)
    assert [c["case_key"] for c in rows] == ["ftc:clarifai", "tx:okcupid"]
    assert rows[0]["stages"] == ["complaint", "final_order"] and rows[0]["entries"] == 2
    unlisted = json.loads(cli(db, "cases", "--vendor", "okcupid", "--format", "json").stdout)
    assert [c["case_key"] for c in unlisted] == ["tx:okcupid"]
    timeline = json.loads(cli(db, "cases", "ftc:clarifai", "--format", "json").stdout)
    assert [t["stage"] for t in timeline] == ["complaint", "final_order"]
    assert cli(db, "cases", "--case", "nope:nope").exit_code == 1


def test_vendor_dossier_markdown_json_html(db: Path):
    r = cli(db, "vendor", "Clarifai")
    assert r.exit_code == 0, r.output
    md = r.stdout
    assert md.startswith("# Vendor dossier: Clarifai")
    assert "- Related: OkCupid" in md
    assert "ftc:clarifai (FTC, 2021-03-01 to 2026-02-10): complaint → final order" in md
    assert "via related OkCupid" in md
    assert "## What this dossier cannot answer" in md
    d = json.loads(cli(db, "vendor", "Clarifai", "--format", "json").stdout)
    assert d["summary"]["actions"] == 3 and d["summary"]["other_mentions"] == 1
    deletions = d["answers"]["model_deletion"]["cases"]
    assert len(deletions) == 1 and deletions[0].startswith("ftc:clarifai")
    assert len(d["answers"]["data_sourcing"]["cases"]) == 2
    assert {s["entry"] for s in d["answers"]["sources"]} == {
        c["id"] for c in d["cases"][0]["entries"]
    } | {e["id"] for c in d["cases"][1:] for e in c["entries"]}
    page = cli(db, "vendor", "Clarifai", "--format", "html").stdout
    assert page.startswith("<!DOCTYPE html>") and "<h1>Vendor dossier: Clarifai</h1>" in page


def test_dossier_for_unlisted_and_unknown_vendor(db: Path):
    d = json.loads(cli(db, "vendor", "Société Générale", "--format", "json").stdout)
    assert d["identity"]["on_watchlist"] is False and d["summary"]["actions"] == 1
    r = cli(db, "vendor", "Nobody Corp")
    assert r.exit_code == 1 and "not on the watchlist" in r.output


def test_missing_database_is_a_clear_error(tmp_path: Path):
    r = cli(tmp_path / "none.db", "history")
    assert r.exit_code == 1 and "no database" in r.output
    assert not (tmp_path / "none.db").exists()


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path):
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite at all " * 100)
    r = cli(junk, "history")
    assert r.exit_code == 1 and "not a Regwatch database" in r.output


def test_reader_needs_migrated_schema(db: Path, tmp_path: Path):
    reader = open_reader(db)
    assert reader is not None
    rows = reader.history_rows(HistoryFilter(vendor="Clarifai"))
    assert len(rows) == 3 and rows[0]["vendors"] == ["Clarifai"]
    reader.close()
    import sqlite3

    bare = tmp_path / "bare.db"
    sqlite3.connect(bare).execute("CREATE TABLE t (x)").connection.close()
    assert open_reader(bare) is None
