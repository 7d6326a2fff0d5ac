"""`import`, `export`, `reprocess`, `classify` through the real CLI on real SQLite files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.extract import EXTRACTOR_VERSION
from monitor.store import Store
from monitor.watchlist import load_watchlist

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def cli(db: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(main, ["--db", str(db), *args], input=input)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The first 30 dev entries (the classify input shape, with extra label keys)."""
    lines = (CORPUS / "dev.jsonl").read_text().splitlines()[:30]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def db(db_path: Path) -> Path:
    with Store(db_path) as s:
        for v in load_watchlist(CORPUS / "watchlist.toml"):
            s.save_vendor(v)
    return db_path


def test_import_runs_extraction_matching_and_storage(db: Path, corpus: Path):
    r = cli(db, "import", str(corpus))
    assert r.exit_code == 0, r.output
    assert "30 new" in r.output
    assert len(r.output.strip().splitlines()) == 1  # in a pipe: the summary, no progress bar
    with Store(db) as s:
        assert s.count("entries") == 30 and s.count("actions") == 30
        row = s.db.execute("SELECT source, publisher, guid FROM entries WHERE guid = 'd001'")
        assert row.fetchone() == ("import", "ftc-press", "d001")
        assert s.count("hits") > 0
        assert s.count("alerts") == 0  # alerts are off unless --alert
    again = cli(db, "import", str(corpus), "--source", "backfill")
    assert "30 new" in again.output  # another source name: other entry ids
    same = cli(db, "import", str(corpus))
    assert "30 unchanged" in same.output


def test_import_with_alert_queues_outbox_rows(db: Path, corpus: Path):
    r = cli(db, "import", str(corpus), "--alert")
    assert r.exit_code == 0, r.output
    with Store(db) as s:
        assert s.count("alerts") > 0


def test_bad_line_names_it_and_writes_nothing(db: Path, corpus: Path):
    text = corpus.read_text().splitlines()
    text.insert(4, '{"id": "x", "title": ')
    corpus.write_text("\n".join(text) + "\n")
    r = cli(db, "import", str(corpus))
    assert r.exit_code == 2
    assert "line 5" in r.output and "Traceback" not in r.output
    with Store(db) as s:
        assert s.count("entries") == 0


def test_export_jsonl_reimports_cleanly(db: Path, corpus: Path, tmp_path: Path):
    cli(db, "import", str(corpus))
    out = tmp_path / "export.jsonl"
    r = cli(db, "export", "-o", str(out))
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == 30
    first = next(x for x in rows if x["id"] == "d001")
    assert first["source"] == "ftc-press" and first["source_name"] == "import"
    assert first["action"]["version"] == EXTRACTOR_VERSION
    assert "WW International" in first["vendors"]
    # Into the same database: same entry ids, nothing duplicated.
    assert "30 unchanged" in cli(db, "import", str(out)).output
    # Into a fresh one: the same entries and the same actions.
    fresh = tmp_path / "fresh.db"
    with Store(fresh) as s:
        for v in load_watchlist(CORPUS / "watchlist.toml"):
            s.save_vendor(v)
    assert cli(fresh, "import", str(out)).exit_code == 0
    again = tmp_path / "again.jsonl"
    cli(fresh, "export", "-o", str(again))
    assert sorted(again.read_text().splitlines()) == sorted(out.read_text().splitlines())


def test_export_csv_has_header_and_reimports(db: Path, corpus: Path, tmp_path: Path):
    cli(db, "import", str(corpus))
    r = cli(db, "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 30 and rows[0]["title"]
    assert {"id", "is_enforcement", "topics", "vendors", "case_key"} <= set(rows[0])
    path = tmp_path / "export.csv"
    path.write_text(r.stdout)
    assert "30 unchanged" in cli(db, "import", str(path)).output


def test_reprocess_all_and_only_outdated(db: Path, corpus: Path):
    cli(db, "import", str(corpus))
    with Store(db) as s:
        s.db.execute("UPDATE actions SET version = 'old', is_enforcement = 0 WHERE rowid <= 5")
        s.db.execute("DELETE FROM hits")
    r = cli(db, "reprocess", "--only-outdated")
    assert r.exit_code == 0, r.output
    assert "reprocessed 5 entries" in r.output and "5 actions changed" in r.output
    with Store(db) as s:
        assert s.count_outdated(EXTRACTOR_VERSION) == 0
        assert s.count("hits") > 0  # re-matched
        hits_before = s.count("hits")
    full = cli(db, "reprocess")
    assert "reprocessed 30 entries; 0 actions changed" in full.output
    with Store(db) as s:
        assert s.count("hits") > hits_before and s.count("alerts") == 0


def test_classify_uses_database_vendors_or_watchlist_file(db: Path, corpus: Path, tmp_path: Path):
    line = corpus.read_text().splitlines()[0]
    r = cli(db, "classify", "-", input=line + "\n")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["id"] == "d001" and "WW International" in out["watchlist_hits"]
    none = cli(tmp_path / "absent.db", "classify", "-", input=line + "\n")
    assert json.loads(none.stdout)["watchlist_hits"] == []
    assert not (tmp_path / "absent.db").exists()
    listed = cli(
        tmp_path / "absent.db",
        "classify",
        "--watchlist",
        str(CORPUS / "watchlist.toml"),
        str(corpus),
    )
    assert len(listed.stdout.splitlines()) == 30
    bad = cli(db, "classify", "-", input=line + "\nnot json\n")
    assert bad.exit_code == 2 and "line 2" in bad.output
