"""`regwatch watchlist …` and `regwatch silence …` through the real CLI on a real database."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import main
from monitor.models import Entry
from monitor.pipeline import process_entry
from monitor.store import Store, utcnow
from monitor.watchlist import Matcher

ORDER = Entry(
    source="import",
    guid="x1",
    title="FTC orders Zentrix Analytics to delete algorithms built on location data",
    summary="The FTC said Zentrix Analytics, Inc. sold location data without consent; the order "
    "requires it to delete the data and any algorithms derived from it.",
    url="https://reg.test/zentrix",
    published_at="2024-03-01",
    publisher="ftc-press",
)


def cli(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)


def test_add_shows_stored_actions_that_concern_the_new_vendor(tmp_path: Path):
    db = tmp_path / "r.db"
    store = Store(db)
    with store.transaction():
        store.save_entry(ORDER, utcnow())
        process_entry(store, ORDER, Matcher([]), [], utcnow(), alert=False)
    res = cli(db, "watchlist", "add", "Zentrix Analytics", "--alias", "Zentrix")
    assert res.exit_code == 0
    assert "1 stored enforcement action(s) concern Zentrix Analytics" in res.stdout
    assert ORDER.title in res.stdout
    hits = Store(db).hits_for_entry(ORDER.id)
    assert [h.vendor for h in hits] == ["Zentrix Analytics"] and hits[0].role == "target"
    res = cli(db, "watchlist", "add", "Quillfeather")
    assert "no stored enforcement action concerns Quillfeather" in res.stdout


def test_import_export_round_trip_and_bad_file_imports_nothing(tmp_path: Path):
    db = tmp_path / "r.db"
    good = tmp_path / "wl.csv"
    good.write_text('name,aliases,related\nZentrix Analytics,"Zentrix; Zentrix Inc.",Geoflow\n')
    assert cli(db, "watchlist", "import", str(good)).exit_code == 0
    out = cli(db, "watchlist", "export", "--format", "toml").stdout
    assert 'name = "Zentrix Analytics"' in out and "Geoflow" in out
    bad = tmp_path / "bad.toml"
    bad.write_text('[[vendor]]\nname = "A"\n\n[[vendor]]\nname = "B"\n\n[[vendor]]\nname = "A"\n')
    res = CliRunner().invoke(main, ["--db", str(db), "watchlist", "import", str(bad)])
    assert res.exit_code == 2 and str(bad) in res.stderr
    assert [v.name for v in Store(db).vendors()] == ["Zentrix Analytics"]


def test_remove_unknown_vendor_exits_1(tmp_path: Path):
    res = CliRunner().invoke(main, ["--db", str(tmp_path / "r.db"), "watchlist", "remove", "X"])
    assert res.exit_code == 1 and "no vendor named 'X'" in res.stderr


def test_silence_add_list_remove_and_effect(tmp_path: Path):
    db = tmp_path / "r.db"
    res = cli(db, "silence", "add", "--vendor", "Zentrix Analytics", "--until", "2999-01-01")
    assert res.exit_code == 0
    assert Store(db).silenced("Zentrix Analytics", None, datetime.now(UTC))
    listed = cli(db, "silence", "list", "--format", "json").stdout
    assert "Zentrix Analytics" in listed and "2999-01-01T00:00:00Z" in listed
    bad = CliRunner().invoke(
        main, ["--db", str(db), "silence", "add", "--vendor", "Z", "--until", "soon"]
    )
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr
    assert cli(db, "silence", "remove", "1").exit_code == 0
    assert not Store(db).silenced("Zentrix Analytics", None, datetime.now(UTC))
    assert CliRunner().invoke(main, ["--db", str(db), "silence", "remove", "1"]).exit_code == 1
