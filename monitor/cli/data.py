"""`regwatch classify | import | export | reprocess`: entries in and out, and re-extraction."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import IO, Any

import click

from monitor.cli.context import App, pass_app
from monitor.errors import InputError

BATCH = 1000  # entries per transaction: one commit per batch, not one per entry
ACTION_KEYS = (
    "is_enforcement", "topics", "regulator", "targets", "amount_usd", "action_stage", "case_key",
    "score", "version",
)  # fmt: skip
EXPORT_COLUMNS = (
    "id", "source", "title", "summary", "body", "link", "published", "source_name", "entry_id",
    *ACTION_KEYS, "vendors",
)  # fmt: skip


@contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on a terminal (stderr); silent in a pipe. Yields ``advance(n)``."""
    if not sys.stderr.isatty():
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of up to ``size`` items."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


# --- classify -------------------------------------------------------------------------------------


@click.command()
@click.option("--watchlist", type=click.Path(exists=True, dir_okay=False), help="TOML/CSV file.")
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@pass_app
def classify(app: App, watchlist: str | None, file: IO[str]) -> None:
    """Classify JSONL entries (FILE or -): one JSON line of extraction results per entry."""
    from monitor.classify import classify_stream
    from monitor.watchlist import Matcher, load_watchlist

    if watchlist:
        vendors = load_watchlist(watchlist)
    elif app.database.exists():
        from monitor.cli.history import reader

        vendors = reader(app).vendors()  # read-only: classify never writes the database
    else:
        vendors = []
    matcher = Matcher(vendors) if vendors else None
    classify_stream(file, sys.stdout, matcher)


# --- import ---------------------------------------------------------------------------------------


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, row) from a JSONL file, or a CSV file with a header (an export)."""
    from monitor.classify import _parse  # the classify input check, so both commands agree

    with path.open(encoding="utf-8-sig", newline="") as fh:
        if path.suffix.lower() == ".csv":
            reader = csv.DictReader(fh)
            for row in reader:
                if not (row.get("title") or "").strip():
                    raise InputError(f"{path}: line {reader.line_num}: missing title")
                yield reader.line_num, row
            return
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield n, _parse(line, n)
                except InputError as exc:
                    exc.message = f"{path}: {exc.message}"
                    raise


def row_entry(row: dict[str, Any], source: str | None) -> Any:
    """An import row as a stored Entry: source name given (else the row's, else ``import``)."""
    from monitor.classify import row_to_entry

    name = source or row.get("source_name") or "import"
    guid = row.get("id")
    published = row.get("published") or None
    entry = row_to_entry(row)
    return dataclasses.replace(
        entry, source=str(name), guid=str(guid) if guid not in (None, "") else None,
        published_at=str(published) if published else None,
    )  # fmt: skip


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--source", "source_name", help="Source name for the entries [default: import].")
@click.option("--alert", is_flag=True, help="Queue alerts for what is imported (off by default).")
@pass_app
def import_(app: App, file: Path, source_name: str | None, alert: bool) -> None:
    """Import entries (classify-shape JSONL, or an export) through extract → match → store."""
    from monitor.pipeline import channels_of, extract_batches, process_entry
    from monitor.runtime import import_config_watchlist
    from monitor.store import utcnow

    total = sum(1 for _ in read_rows(file))  # checks every line before anything is written
    store = app.store
    import_config_watchlist(app.config, store)
    channels = channels_of(app.config) if alert else []
    counts = {"new": 0, "updated": 0, "same": 0, "enforcement": 0, "alerts": 0}
    now = utcnow()
    batches = (
        [row_entry(row, source_name) for _, row in chunk]
        for chunk in batched(read_rows(file), BATCH)
    )
    with progress(total, f"importing {file.name}") as advance:
        # Extraction and matching run in worker processes; this process only stores.
        for entries, results in extract_batches(batches, store.vendors()):
            with store.transaction():
                for entry, extracted in zip(entries, results, strict=True):
                    status = store.save_entry(entry, now)
                    counts[status] += 1
                    if status == "same":
                        continue
                    action, _, queued = process_entry(
                        store, entry, None, channels, now, alert=alert, extracted=extracted
                    )
                    counts["enforcement"] += action.is_enforcement
                    counts["alerts"] += queued
            advance(len(entries))
    click.echo(
        f"imported {total} entries from {file}: {counts['new']} new, {counts['updated']} updated, "
        f"{counts['same']} unchanged; {counts['enforcement']} enforcement actions, "
        f"{counts['alerts']} alerts queued",
        err=True,
    )


# --- export ---------------------------------------------------------------------------------------


def export_record(r: dict[str, Any]) -> dict[str, Any]:
    """One stored entry in the import shape, with its action and vendors."""
    from monitor.models import canonical_link

    guid = (r["guid"] or "").strip()
    key = guid or (canonical_link(r["url"]) if r["url"] else r["title"].strip())
    action = None
    if r["version"] is not None:
        action = {k: r[k] for k in ACTION_KEYS}
        action["amount_original"] = r["amount_original"]
    return {
        "id": key,  # the entry's identity key: re-imported with its source name it dedupes
        "source": r["publisher"],
        "title": r["title"],
        "summary": r["summary"],
        "body": r["body"],
        "link": r["url"],
        "published": r["published_at"],
        "source_name": r["source"],
        "entry_id": r["id"],
        "action": action,
        "vendors": r["vendors"],
    }


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-")
@pass_app
def export(app: App, fmt: str, output: IO[str]) -> None:
    """Export every stored entry with its action and vendors (JSONL or CSV)."""
    records = (export_record(r) for r in app.store.iter_export_rows(BATCH))
    if fmt == "jsonl":
        for rec in records:
            output.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return
    w = csv.writer(output)
    w.writerow(EXPORT_COLUMNS)
    for rec in records:
        flat = {**rec, **(rec["action"] or {})}
        w.writerow(
            "; ".join(map(str, v)) if isinstance(v, list) else "" if v is None else v
            for v in (flat.get(c) for c in EXPORT_COLUMNS)
        )


# --- reprocess ------------------------------------------------------------------------------------


def outdated_entries(store: Any, version: str) -> Iterator[Any]:
    """Stored entries whose action is missing or from another extractor version."""
    after = 0
    while ids := store.outdated_entry_ids(version, after, BATCH):
        for rowid, eid in ids:
            after = rowid
            entry = store.entry_by_id(eid)
            if entry is not None:
                yield eid, entry


@click.command()
@click.option("--only-outdated", is_flag=True, help="Only entries from another extractor version.")
@click.option("--alert", is_flag=True, help="Queue alerts for what changes (off by default).")
@pass_app
def reprocess(app: App, only_outdated: bool, alert: bool) -> None:
    """Re-run extraction and matching over stored entries (fetching nothing)."""
    from monitor.extract import EXTRACTOR_VERSION
    from monitor.pipeline import channels_of, extract_batches, process_entry
    from monitor.store import utcnow

    store = app.store
    channels = channels_of(app.config) if alert else []
    if only_outdated:
        total = store.count_outdated(EXTRACTOR_VERSION)
        items: Iterable[Any] = outdated_entries(store, EXTRACTOR_VERSION)
    else:
        total = store.count("entries")
        items = ((e.id, e) for e in store.iter_entries(BATCH))
    done = changed = 0
    now = utcnow()
    batches = ([entry for _, entry in chunk] for chunk in batched(items, BATCH))
    with progress(total, "reprocessing") as advance:
        for entries, results in extract_batches(batches, store.vendors()):
            with store.transaction():
                for entry, extracted in zip(entries, results, strict=True):
                    old = store.action_for(entry.id)
                    action, _, _ = process_entry(
                        store, entry, None, channels, now, alert=alert, extracted=extracted
                    )
                    changed += old is None or _decision(old) != _decision(action)
            done += len(entries)
            advance(len(entries))
    click.echo(f"reprocessed {done} entries; {changed} actions changed", err=True)


def _decision(action: Any) -> tuple:
    return (
        action.is_enforcement,
        tuple(action.topics),
        action.regulator,
        tuple(action.targets),
        action.action_stage,
        action.case_key,
        action.amount_usd,
    )
