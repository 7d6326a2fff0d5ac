"""SQLite storage. All SQL lives in this package; method names read like sentences.

One ``Store`` per thread: a sqlite3 connection is bound to the thread that opened it.
Writes of one poll happen inside ``with store.transaction():``: a crash leaves nothing
half-written.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.errors import StoreError
from monitor.store.history import HistoryMixin
from monitor.store.outbox import OutboxMixin
from monitor.store.sources import SourcesMixin
from monitor.store.vendors import VendorsMixin

if TYPE_CHECKING:  # imported where used: the read-only query path never needs them
    from monitor.models import Action, Entry, Hit


def utcnow() -> datetime:
    """Now, in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


@lru_cache(maxsize=64)  # a poll or an import stamps thousands of rows with one ``now``
def iso(dt: datetime) -> str:
    """A timestamp as stored: ISO 8601 UTC with a Z."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store(SourcesMixin, OutboxMixin, VendorsMixin, HistoryMixin):
    """The database: entries, actions, hits, vendors, sources, alerts."""

    def __init__(self, path: str | Path, *, migrate: bool = True) -> None:
        self.path = Path(path)
        # Imported here: sqlite-utils costs ~100 ms, and the read-only query path never needs it.
        from sqlite_utils import Database

        from monitor.store.schema import migrations

        try:
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=30)
            self.db = Database(conn, execute_plugins=False)
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.enable_wal()
            self.db.execute("PRAGMA synchronous = NORMAL")
            if migrate:
                migrations.apply(self.db)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(
                f"{self.path}: cannot open database: {exc}",
                "check --db / REGWATCH_DB points to a writable file",
            ) from exc

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes inside commit together or not at all.

        BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads first
        cannot upgrade to a writer once another connection has committed (SQLITE_BUSY_SNAPSHOT,
        which no busy timeout waits out), and pollers write concurrently.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():  # nested: a savepoint
                yield self
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def _one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        # Straight to sqlite3: db.query() wraps every read in a SAVEPOINT, three statements
        # where one does, on the hottest path of a poll or an import.
        cur = self.db.conn.execute(sql, params)
        row = cur.fetchone()
        return dict(zip([c[0] for c in cur.description], row, strict=True)) if row else None

    # --- entries -----------------------------------------------------------------------------

    def entry_hash(self, entry_id: str) -> str | None:
        """The stored content hash of an entry, or None when it is new."""
        row = self._one("SELECT content_hash FROM entries WHERE id = ?", [entry_id])
        return row["content_hash"] if row else None

    def entry_exists(self, entry_id: str) -> bool:
        """Whether an entry with this id is stored."""
        return self._one("SELECT 1 AS x FROM entries WHERE id = ?", [entry_id]) is not None

    def save_entry(self, entry: Entry, now: datetime) -> str:
        """Insert or update an entry; returns ``new``, ``updated`` or ``same``."""
        eid, digest = entry.id, entry.content_hash()
        old = self.entry_hash(eid)
        if old == digest:
            return "same"
        stamp = iso(now)
        row = {
            "source": entry.source,
            "publisher": entry.publisher,
            "guid": entry.guid,
            "url": entry.url,
            "title": entry.title,
            "summary": entry.summary,
            "body": entry.body,
            "published_at": entry.published_at,
            "updated_at": stamp,
            "content_hash": digest,
            "raw": json.dumps(entry.raw, default=str) if entry.raw else None,
        }
        if old is None:
            row.update(id=eid, fetched_at=stamp)
            cols = ", ".join(f'"{k}"' for k in row)
            marks = ", ".join(f":{k}" for k in row)
            self.db.execute(f"INSERT INTO entries ({cols}) VALUES ({marks})", row)
            return "new"
        sets = ", ".join(f'"{k}" = :{k}' for k in row)
        self.db.execute(f"UPDATE entries SET {sets} WHERE id = :id", {**row, "id": eid})
        return "updated"

    def save_action(self, entry_id: str, action: Action, published_at: str | None, now: datetime):
        """Store (or replace) the extraction result of an entry."""
        self.db.execute(
            """INSERT OR REPLACE INTO actions (entry_id, is_enforcement, topics, regulator, targets,
                 amount_usd, amount_original, action_stage, case_key, score, evidence, version,
                 published_at, extracted_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                entry_id,
                int(action.is_enforcement),
                json.dumps(action.topics),
                action.regulator,
                json.dumps(action.targets),
                action.amount_usd,
                json.dumps(action.amount_original) if action.amount_original else None,
                action.action_stage,
                action.case_key,
                action.score,
                json.dumps([e.as_dict() for e in action.evidence]),
                action.version,
                published_at,
                iso(now),
            ],
        )

    def save_hits(self, entry_id: str, hits: list[Hit]) -> None:
        """Replace the watchlist hits of an entry."""
        self.db.execute("DELETE FROM hits WHERE entry_id = ?", [entry_id])
        seen: set[tuple[str, str, int]] = set()
        for h in hits:
            if (h.vendor, h.field, h.start) in seen:
                continue
            seen.add((h.vendor, h.field, h.start))
            self.db.execute(
                'INSERT INTO hits (entry_id, vendor, matched, field, start, "end", role, why) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [entry_id, h.vendor, h.matched, h.field, h.start, h.end, h.role, h.why],
            )

    def action_for(self, entry_id: str) -> Action | None:
        """The stored action of an entry."""
        row = self._one("SELECT * FROM actions WHERE entry_id = ?", [entry_id])
        return action_from_row(row) if row else None

    def case_topics(self, case_key: str, except_entry: str | None = None) -> set[str]:
        """Topics of the stored enforcement actions of a case (for later stages, T4)."""
        from monitor.vocab import TOPICS

        # One EXISTS per topic: stops at the first match, however many stages a case has.
        found = set()
        for topic in TOPICS:
            row = self._one(
                "SELECT 1 AS x FROM actions WHERE case_key = ? AND is_enforcement = 1 "
                "AND entry_id != ? AND topics LIKE ? LIMIT 1",
                [case_key, except_entry or "", f'%"{topic}"%'],
            )
            if row:
                found.add(topic)
        return found

    def hits_for_entry(self, entry_id: str) -> list[Hit]:
        """The watchlist hits stored for an entry."""
        return [
            _models().Hit(
                r["vendor"], r["matched"], r["field"], r["start"], r["end"], r["role"], r["why"]
            )
            for r in self.db.query("SELECT * FROM hits WHERE entry_id = ?", [entry_id])
        ]

    def entry_by_id(self, entry_id: str) -> Entry | None:
        """One stored entry."""
        row = self._one("SELECT * FROM entries WHERE id = ?", [entry_id])
        return entry_from_row(row) if row else None

    def entries_matching(self, phrases: list[str], limit: int = 5000) -> list[str]:
        """Ids of entries whose text contains any of these phrases (full-text index)."""
        ids: list[str] = []
        for phrase in phrases:
            if not phrase.strip():
                continue
            q = self.db.quote_fts(phrase)
            ids.extend(
                r["id"]
                for r in self.db.query(
                    "SELECT e.id FROM entries_fts f JOIN entries e ON e.rowid = f.rowid "
                    "WHERE entries_fts MATCH ? LIMIT ?",
                    [q, limit],
                )
            )
        return list(dict.fromkeys(ids))

    def iter_entries(self, batch: int = 1000) -> Iterator[Entry]:
        """Every stored entry, in rowid order (for reprocess and export)."""
        last = 0
        while True:
            rows = list(
                self.db.query(
                    "SELECT rowid, * FROM entries WHERE rowid > ? ORDER BY rowid LIMIT ?",
                    [last, batch],
                )
            )
            if not rows:
                return
            for r in rows:
                yield entry_from_row(r)
            last = rows[-1]["rowid"]

    def count(self, table: str) -> int:
        """Rows in a table (tables are ours, never user input)."""
        row = self._one(f'SELECT count(*) AS n FROM "{table}"')
        return int(row["n"]) if row else 0

    # --- small state ---------------------------------------------------------------------------

    def set_state(self, key: str, value: str) -> None:
        """Set a key in the state table (heartbeat, digest marks)."""
        self.db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", [key, value])

    def state(self, key: str) -> str | None:
        """A value from the state table."""
        row = self._one("SELECT value FROM state WHERE key = ?", [key])
        return row["value"] if row else None


def entry_from_row(r: dict[str, Any]) -> Entry:
    """An Entry from an ``entries`` row."""
    return _models().Entry(
        source=r["source"],
        publisher=r["publisher"],
        guid=r["guid"],
        url=r["url"],
        title=r["title"],
        summary=r["summary"] or "",
        body=r["body"] or "",
        published_at=r["published_at"],
        raw=json.loads(r["raw"]) if r.get("raw") else None,
    )


def action_from_row(r: dict[str, Any]) -> Action:
    """An Action from an ``actions`` row."""
    m = _models()
    return m.Action(
        is_enforcement=bool(r["is_enforcement"]),
        topics=json.loads(r["topics"]),
        regulator=r["regulator"],
        targets=json.loads(r["targets"]),
        amount_usd=r["amount_usd"],
        amount_original=json.loads(r["amount_original"]) if r["amount_original"] else None,
        action_stage=r["action_stage"],
        case_key=r["case_key"],
        score=r["score"],
        evidence=[m.Evidence(**e) for e in json.loads(r["evidence"])],
        version=r["version"],
    )


def _models():  # type: ignore[no-untyped-def]
    import monitor.models

    return monitor.models
