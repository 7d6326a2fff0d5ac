"""Read queries over the stored history: actions by vendor/topic/regulator, search, cases, export.

Every method goes through ``_rows`` (``db.execute``), which a sqlite-utils ``Database`` and a plain
``sqlite3.Connection`` both provide, so the same SQL serves the Store and the fast read-only path.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.errors import StoreError
from monitor.store.outbox import OutboxMixin
from monitor.store.vendors import VendorsMixin, vendor_from_row

if TYPE_CHECKING:
    from monitor.models import Vendor

ALERTING_ROLES = ("target", "related")
SEARCH_WINDOW = 2000  # more matches than this: newest first, not ranked (see search_entries)
LATEST_INDEX = "hits_vendor_role"  # made by the newest migration (m003): the reader may run
_ROLES = "('target', 'related')"
_PHRASE = re.compile(r'"([^"]*)"|(\S+)')
_ACTION_COLS = """e.id, e.published_at AS published, e.source, e.publisher, e.title,
    e.url AS link, a.regulator, a.targets, a.topics, a.action_stage AS stage, a.amount_usd,
    a.case_key, a.is_enforcement, a.score, a.version"""


@dataclass(slots=True)
class HistoryFilter:
    """What ``history`` asks for. ``vendor`` is a watchlist name (hits) unless ``by_targets``."""

    vendor: str | None = None
    by_targets: bool = False  # a name not on the watchlist: match stored hits' text and targets
    topic: str | None = None
    regulator: str | None = None
    stage: str | None = None
    since: str | None = None  # inclusive lower bound on published_at (ISO text)
    until: str | None = None  # exclusive upper bound
    everything: bool = False  # every entry, not only enforcement actions
    limit: int = 50  # 0 = all


def fts_query(text: str) -> str:
    """User text as an FTS5 query: every word or "phrase" quoted, so no syntax reaches FTS5."""
    parts = []
    for phrase, word in _PHRASE.findall(text):
        bit = (phrase or word).strip()
        if re.search(r"\w", bit):
            parts.append('"' + bit.replace('"', '""') + '"')
    return " ".join(parts)


def like_pattern(name: str) -> str:
    """A LIKE pattern for ``name`` anywhere, with LIKE's wildcards escaped (ESCAPE '\\')."""
    escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _decode_action(row: dict[str, Any]) -> dict[str, Any]:
    for key in ("targets", "topics"):
        if isinstance(row.get(key), str):
            row[key] = json.loads(row[key])
        elif row.get(key) is None:
            row[key] = []
    if "is_enforcement" in row and row["is_enforcement"] is not None:
        row["is_enforcement"] = bool(row["is_enforcement"])
    return row


class HistoryMixin:
    db: Any
    vendor_by_name: Any  # from VendorsMixin
    vendors: Any

    def _rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    # --- vendors as the history knows them -----------------------------------------------------

    def watchlist_vendor(self, name: str) -> Vendor | None:
        """The watchlist vendor called ``name`` or having it as an alias, else None."""
        # Exact spelling first: it needs no name normalisation (and none of its imports).
        rows = self._rows("SELECT * FROM vendors WHERE name = ? COLLATE NOCASE", [name])
        if rows:
            return vendor_from_row(rows[0])
        vendor = self.vendor_by_name(name)
        if vendor is not None:
            return vendor
        from monitor.watchlist_text import normalise  # not monitor.watchlist: no automaton needed

        key = normalise(name)
        for v in self.vendors():
            if any(normalise(a) == key for a in v.aliases):
                return v
        return None

    def vendor_known(self, name: str) -> bool:
        """Whether a name (not on the watchlist) appears in stored hits or action targets."""
        found = self._rows(
            "SELECT 1 FROM hits WHERE vendor = :n COLLATE NOCASE OR matched = :n COLLATE NOCASE "
            "LIMIT 1",
            {"n": name},
        ) or self._rows(
            "SELECT 1 FROM actions a WHERE a.targets != '[]' AND EXISTS (SELECT 1 FROM "
            "json_each(a.targets) t WHERE t.value LIKE :p ESCAPE '\\') LIMIT 1",
            {"p": like_pattern(name)},
        )
        return bool(found)

    def _vendor_clause(self, f: HistoryFilter, params: dict[str, Any]) -> str:
        params["vendor"] = f.vendor
        if not f.by_targets:
            return f"h.vendor = :vendor AND h.role IN {_ROLES}"
        params["vpat"] = like_pattern(f.vendor or "")
        return (
            "(EXISTS (SELECT 1 FROM hits h WHERE h.entry_id = e.id AND h.role IN "
            f"{_ROLES} AND (h.vendor = :vendor COLLATE NOCASE "
            "OR h.matched = :vendor COLLATE NOCASE)) OR (a.targets != '[]' AND EXISTS "
            "(SELECT 1 FROM json_each(a.targets) t WHERE t.value LIKE :vpat ESCAPE '\\')))"
        )

    def history_rows(
        self, f: HistoryFilter, with_vendors: bool = True, with_matched: bool = False
    ) -> list[dict[str, Any]]:
        """Actions (every entry when ``f.everything``) matching the filter, newest first."""
        params: dict[str, Any] = {}
        where = [] if f.everything else ["a.is_enforcement = 1"]
        if f.vendor:
            where.append(self._vendor_clause(f, params))
        if f.topic:
            where.append("EXISTS (SELECT 1 FROM json_each(a.topics) WHERE value = :topic)")
            params["topic"] = f.topic
        if f.regulator:
            where.append("a.regulator = :regulator COLLATE NOCASE")
            params["regulator"] = f.regulator
        if f.stage:
            where.append("a.action_stage = :stage")
            params["stage"] = f.stage
        if f.since:
            where.append("e.published_at >= :since")
            params["since"] = f.since
        if f.until:
            where.append("e.published_at < :until")
            params["until"] = f.until
        # Ordering on the actions column lets the (is_enforcement, published_at) index serve it.
        order = "e.published_at" if f.everything else "a.published_at"
        join = "LEFT JOIN" if f.everything else "JOIN"
        source = f"entries e {join} actions a ON a.entry_id = e.id"
        by_hits = bool(f.vendor) and not f.by_targets
        if by_hits:  # start from the vendor's hits: 2-3x faster than testing every action
            source = (
                "hits h CROSS JOIN entries e ON e.id = h.entry_id "
                f"{join} actions a ON a.entry_id = e.id"
            )
        cols = _ACTION_COLS
        if with_matched and by_hits:  # the vendor's hits ride along: no second query
            cols += (
                ", json_group_array(json_object('text', h.matched, 'role', h.role, "
                "'why', h.why)) AS matched"
            )
        sql = (
            f"SELECT {cols} FROM {source}"
            + (" WHERE " + " AND ".join(where) if where else "")
            + (" GROUP BY e.id" if by_hits else "")
            + f" ORDER BY {order} DESC, e.id"
            + (" LIMIT :limit" if f.limit else "")
        )
        if f.limit:
            params["limit"] = f.limit
        rows = [_decode_action(r) for r in self._rows(sql, params)]
        if with_vendors:
            self._attach_vendors(rows)
        return rows

    def _attach_vendors(self, rows: list[dict[str, Any]]) -> None:
        """Give each row ``vendors``: the watchlist vendors its hits name as target or related."""
        by_id: dict[str, list[str]] = {r["id"]: [] for r in rows}
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for h in self._rows(
                f"SELECT DISTINCT entry_id, vendor FROM hits WHERE entry_id IN ({marks}) "
                f"AND role IN {_ROLES} ORDER BY vendor",
                chunk,
            ):
                by_id[h["entry_id"]].append(h["vendor"])
        for r in rows:
            r["vendors"] = by_id[r["id"]]

    # --- search -------------------------------------------------------------------------------

    def search_entries(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Entries matching ``query`` (user text, quoted), best first, with a snippet.

        bm25 reads the whole doclist of every term, so a query matching more than
        ``SEARCH_WINDOW`` entries is answered newest first instead (rank is then None).
        """
        match = fts_query(query)
        if not match:
            return []
        many = (
            self._rows(
                "SELECT count(*) AS n FROM (SELECT rowid FROM entries_fts "
                "WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT ?)",
                [match, SEARCH_WINDOW + 1],
            )[0]["n"]
            > SEARCH_WINDOW
        )
        order = "f.rowid DESC" if many else "f.rank"
        rows = self._rows(
            "SELECT e.id, e.published_at AS published, e.source, e.title, e.url AS link, "
            "snippet(entries_fts, -1, '[', ']', '…', 12) AS snippet, "
            f"{'NULL' if many else 'f.rank'} AS rank "
            "FROM entries_fts f JOIN entries e ON e.rowid = f.rowid "
            f"WHERE entries_fts MATCH :q ORDER BY {order} LIMIT :limit",
            {"q": match, "limit": limit or -1},
        )
        for r in rows:
            r["rank"] = None if r["rank"] is None else round(r["rank"], 3)
        return rows

    # --- one entry and its case ---------------------------------------------------------------

    def case_timeline(self, case_key: str) -> list[dict[str, Any]]:
        """Every entry of one case across sources, oldest first."""
        rows = self._rows(
            f"SELECT {_ACTION_COLS} FROM actions a JOIN entries e ON e.id = a.entry_id "
            "WHERE a.case_key = ? ORDER BY e.published_at, e.id",
            [case_key],
        )
        rows = [_decode_action(r) for r in rows]
        self._attach_vendors(rows)
        return rows

    def case_rows(self, vendor: HistoryFilter | None = None, limit: int = 50) -> list[dict]:
        """Cases (newest activity first) with their stages in order; a vendor's when given."""
        params: dict[str, Any] = {"limit": limit or -1}
        where = "a.case_key IS NOT NULL AND a.is_enforcement = 1"
        if vendor is not None:
            f = HistoryFilter(vendor=vendor.vendor, by_targets=vendor.by_targets, limit=0)
            keys = sorted({r["case_key"] for r in self.history_rows(f) if r["case_key"]})
            where += " AND a.case_key IN (SELECT value FROM json_each(:keys))"
            params["keys"] = json.dumps(keys)
        rows = self._rows(
            "SELECT a.case_key, count(*) AS entries, min(e.published_at) AS first, "
            "max(e.published_at) AS last, group_concat(DISTINCT a.regulator) AS regulators, "
            "(SELECT json_group_array(s) FROM (SELECT a3.action_stage AS s FROM actions a3 "
            "JOIN entries e3 ON e3.id = a3.entry_id WHERE a3.case_key = a.case_key "
            "ORDER BY e3.published_at)) AS stages "
            f"FROM actions a JOIN entries e ON e.id = a.entry_id WHERE {where} "
            "GROUP BY a.case_key ORDER BY last DESC LIMIT :limit",
            params,
        )
        for r in rows:
            r["stages"] = _stage_path(json.loads(r["stages"]))
            r["regulators"] = sorted(set((r["regulators"] or "").split(",")) - {""})
        return rows

    # --- the dossier --------------------------------------------------------------------------

    def vendor_names_in_history(self, name: str) -> list[str]:
        """Spellings of ``name`` that stored hits and targets use (for a vendor not listed)."""
        rows = self._rows(
            "SELECT DISTINCT matched AS n FROM hits WHERE matched = :n COLLATE NOCASE "
            "OR vendor = :n COLLATE NOCASE",
            {"n": name},
        )
        return sorted({r["n"] for r in rows})

    def dossier_rows(self, f: HistoryFilter) -> list[dict[str, Any]]:
        """Every enforcement action naming the vendor (or a related company), with its hits."""
        f = HistoryFilter(vendor=f.vendor, by_targets=f.by_targets, limit=0)
        if not f.by_targets:
            rows = self.history_rows(f, with_vendors=False, with_matched=True)
            for r in rows:
                r["matched"] = json.loads(r["matched"])
            return rows
        rows = self.history_rows(f, with_vendors=False)
        for r in rows:
            r["matched"] = []
        by_id = {r["id"]: r for r in rows}
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for h in self._rows(
                f"SELECT entry_id, matched, role, why FROM hits WHERE entry_id IN ({marks}) "
                "AND vendor = ? ORDER BY start",
                [*chunk, f.vendor],
            ):
                by_id[h["entry_id"]]["matched"].append(
                    {"text": h["matched"], "role": h["role"], "why": h["why"]}
                )
        return rows

    def mentions_count(self, vendor: str) -> int:
        """Stored entries that name the vendor only in passing (role ``mention``)."""
        rows = self._rows(
            "SELECT count(DISTINCT entry_id) AS n FROM hits WHERE vendor = ? AND role = 'mention'",
            [vendor],
        )
        return int(rows[0]["n"]) if rows else 0

    def coverage(self) -> dict[str, Any]:
        """What the store holds: since when, which sources and extractor versions (index-only)."""
        first = self._rows("SELECT fetched_at FROM entries ORDER BY rowid LIMIT 1")
        # min and max apart: SQLite answers a lone min() or max() from the index, both together
        # with a full scan.
        oldest = self._rows("SELECT min(published_at) AS x FROM entries")[0]["x"]
        newest = self._rows("SELECT max(published_at) AS x FROM entries")[0]["x"]
        return {
            "first_fetched": first[0]["fetched_at"] if first else None,
            "oldest": oldest,
            "newest": newest,
            "sources": self._distinct("entries", "source"),
            "versions": self._distinct("actions", "version"),
        }

    def _distinct(self, table: str, column: str) -> list[str]:
        # A skip-scan down the column's index: one seek per distinct value, not a full scan.
        rows = self._rows(
            f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM {table} UNION ALL "
            f"SELECT (SELECT min({column}) FROM {table} WHERE {column} > x) FROM v "
            "WHERE x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"
        )
        return [r["x"] for r in rows]

    # --- export and reprocess -----------------------------------------------------------------

    def iter_export_rows(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every entry with its action and alerting vendors, in storage order."""
        last = 0
        while True:
            rows = self._rows(
                "SELECT e.rowid AS _rowid, e.id, e.source, e.publisher, e.guid, e.url, e.title, "
                "e.summary, e.body, e.published_at, a.is_enforcement, a.topics, a.regulator, "
                "a.targets, a.amount_usd, a.amount_original, a.action_stage, a.case_key, a.score, "
                "a.version FROM entries e LEFT JOIN actions a ON a.entry_id = e.id "
                "WHERE e.rowid > ? ORDER BY e.rowid LIMIT ?",
                [last, batch],
            )
            if not rows:
                return
            rows = [_decode_action(r) for r in rows]
            self._attach_vendors(rows)
            for r in rows:
                if r["amount_original"]:
                    r["amount_original"] = json.loads(r["amount_original"])
                yield r
            last = rows[-1]["_rowid"]

    def outdated_entry_ids(self, version: str, after_rowid: int, batch: int) -> list[tuple]:
        """(rowid, id) of entries with no action or one from another extractor version."""
        rows = self._rows(
            "SELECT e.rowid AS r, e.id FROM entries e LEFT JOIN actions a ON a.entry_id = e.id "
            "WHERE e.rowid > ? AND (a.version IS NULL OR a.version != ?) ORDER BY e.rowid LIMIT ?",
            [after_rowid, version, batch],
        )
        return [(r["r"], r["id"]) for r in rows]

    def count_outdated(self, version: str) -> int:
        """How many entries ``reprocess --only-outdated`` would touch."""
        rows = self._rows(
            "SELECT count(*) AS n FROM entries e LEFT JOIN actions a ON a.entry_id = e.id "
            "WHERE a.version IS NULL OR a.version != ?",
            [version],
        )
        return int(rows[0]["n"])


def _stage_path(stages: list[str]) -> list[str]:
    """Stages in order with repeats collapsed: complaint, complaint, final_order → two steps."""
    path: list[str] = []
    for s in stages:
        if not path or path[-1] != s:
            path.append(s)
    return path


class _Conn:
    """A plain sqlite3 connection with the two calls the mixins use: ``execute``, ``query``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        cols = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(cols, row, strict=True))


class HistoryReader(HistoryMixin, VendorsMixin, OutboxMixin):
    """Read-only queries on a plain sqlite3 connection: no sqlite-utils, no migrations."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.db = _Conn(conn)

    def _one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        return next(iter(self.db.query(sql, params)), None)

    def close(self) -> None:
        """Close the connection."""
        self.db.conn.close()


def open_reader(path: Path) -> HistoryReader | None:
    """A reader on an up-to-date database; None when the schema lacks this version's indexes."""
    conn = sqlite3.connect(str(path), timeout=30)
    try:
        sql = "SELECT 1 FROM sqlite_master WHERE name = ?"
        found = conn.execute(sql, [LATEST_INDEX]).fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: not a Regwatch database: {exc}", "check --db") from exc
    if found is None:
        conn.close()
        return None
    return HistoryReader(conn)
