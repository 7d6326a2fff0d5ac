"""Schema migrations. A new column or table is a new function here, never an edit of an old one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("regwatch")


@migrations()
def m001_initial(db: Database) -> None:
    """The public tables named in DESIGN.md, plus silences and state."""
    db.executescript(
        """
        CREATE TABLE sources (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            url TEXT NOT NULL,
            publisher TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_poll_at TEXT,
            last_success_at TEXT,
            last_error TEXT,
            error_count INTEGER NOT NULL DEFAULT 0,
            next_poll_at TEXT,
            broken INTEGER NOT NULL DEFAULT 0,
            entries_seen INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE entries (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            publisher TEXT NOT NULL,
            guid TEXT,
            url TEXT,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            published_at TEXT,
            fetched_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            raw TEXT
        );
        CREATE INDEX entries_published ON entries (published_at DESC);
        CREATE INDEX entries_source ON entries (source);
        CREATE TABLE actions (
            entry_id TEXT PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
            is_enforcement INTEGER NOT NULL,
            topics TEXT NOT NULL,
            regulator TEXT,
            targets TEXT NOT NULL,
            amount_usd REAL,
            amount_original TEXT,
            action_stage TEXT NOT NULL,
            case_key TEXT,
            score REAL NOT NULL,
            evidence TEXT NOT NULL,
            version TEXT NOT NULL,
            published_at TEXT,
            extracted_at TEXT NOT NULL
        );
        CREATE INDEX actions_enf_published ON actions (is_enforcement, published_at DESC);
        CREATE INDEX actions_case ON actions (case_key);
        CREATE INDEX actions_regulator ON actions (regulator);
        CREATE TABLE hits (
            entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            vendor TEXT NOT NULL,
            matched TEXT NOT NULL,
            field TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            role TEXT NOT NULL,
            why TEXT NOT NULL,
            PRIMARY KEY (entry_id, vendor, field, start)
        );
        CREATE INDEX hits_vendor ON hits (vendor, entry_id);
        CREATE TABLE vendors (
            name TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            aliases TEXT NOT NULL DEFAULT '[]',
            related TEXT NOT NULL DEFAULT '[]',
            domains TEXT NOT NULL DEFAULT '[]',
            match TEXT NOT NULL DEFAULT 'auto',
            origin TEXT NOT NULL DEFAULT 'cli',
            added_at TEXT NOT NULL
        );
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'alert',
            channel TEXT NOT NULL,
            entry_id TEXT REFERENCES entries(id) ON DELETE SET NULL,
            vendor TEXT,
            case_key TEXT,
            stage TEXT,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            ref TEXT,
            thread_ref TEXT,
            payload TEXT NOT NULL
        );
        CREATE INDEX alerts_due ON alerts (status, next_attempt_at);
        CREATE INDEX alerts_case ON alerts (channel, case_key, status);
        CREATE TABLE silences (
            id INTEGER PRIMARY KEY,
            vendor TEXT,
            case_key TEXT,
            until TEXT,
            reason TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )
    db["entries"].enable_fts(
        ["title", "summary", "body"], create_triggers=True, tokenize="porter unicode61"
    )


@migrations()
def m002_history_indexes(db: Database) -> None:
    """History lookups: names in hits for vendors not on the watchlist; extractor versions."""
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS hits_vendor_nocase ON hits (vendor COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS actions_version ON actions (version);
        CREATE INDEX IF NOT EXISTS hits_matched_nocase ON hits (matched COLLATE NOCASE);
        """
    )


@migrations()
def m003_hits_by_role(db: Database) -> None:
    """A vendor's alerting hits without reading its (many more) passing mentions."""
    db.executescript(
        "CREATE INDEX IF NOT EXISTS hits_vendor_role ON hits (vendor, role, entry_id);"
    )
