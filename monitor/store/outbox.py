"""The outbox (``alerts`` table) and silences.

An alert is written in the same transaction as the entry that caused it and marked sent only
after the peer accepted it; the unique ``key`` makes a repeat impossible.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

STATUSES = ("pending", "sent", "failed", "suppressed")


def _iso(dt: datetime) -> str:
    from monitor.store import iso

    return iso(dt)


def alert_key(kind: str, channel: str, subject: str, vendor: str | None, stage: str | None) -> str:
    """The dedup key: one alert per (case or entry, vendor, channel, stage)."""
    return "|".join((kind, channel, subject, vendor or "", stage or ""))


class OutboxMixin:
    db: Any

    def _one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:  # pragma: no cover
        raise NotImplementedError

    def enqueue_alert(
        self,
        *,
        kind: str,
        channel: str,
        payload: dict[str, Any],
        now: datetime,
        subject: str,
        entry_id: str | None = None,
        vendor: str | None = None,
        case_key: str | None = None,
        stage: str | None = None,
        status: str = "pending",
    ) -> bool:
        """Queue one alert for one channel; returns False when the same alert already exists."""
        key = alert_key(kind, channel, subject, vendor, stage)
        cur = self.db.execute(
            """INSERT OR IGNORE INTO alerts (key, kind, channel, entry_id, vendor, case_key, stage,
                 status, next_attempt_at, created_at, payload)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                key,
                kind,
                channel,
                entry_id,
                vendor,
                case_key,
                stage,
                status,
                _iso(now),
                _iso(now),
                json.dumps(payload, default=str),
            ],
        )
        return cur.rowcount > 0

    def due_alerts(
        self, now: datetime, channel: str | None = None, *, include_failed: bool = False
    ) -> list[dict[str, Any]]:
        """Alerts to try now, oldest first. ``include_failed`` also retries permanent failures
        and ignores backoff (``regwatch alerts retry``)."""
        where = ["status IN ('pending', 'failed')" if include_failed else "status = 'pending'"]
        params: list[Any] = []
        if not include_failed:
            where.append("next_attempt_at <= ?")
            params.append(_iso(now))
        if channel:
            where.append("channel = ?")
            params.append(channel)
        sql = f"SELECT * FROM alerts WHERE {' AND '.join(where)} ORDER BY id"
        return [_decode(r) for r in self.db.query(sql, params)]

    def alert_rows(self, status: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """The outbox, newest first, optionally one status only (0 = no limit)."""
        sql = "SELECT * FROM alerts"
        params: list[Any] = []
        if status:
            sql += " WHERE status = ?"
            params.append(status)
        sql += " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [_decode(r) for r in self.db.query(sql, params)]

    def alerts_for_entry(self, entry_id: str) -> list[dict[str, Any]]:
        """Every alert an entry caused."""
        return [
            _decode(r)
            for r in self.db.query(
                "SELECT * FROM alerts WHERE entry_id = ? ORDER BY id", [entry_id]
            )
        ]

    def mark_sent(self, alert_id: int, now: datetime, ref: str | None, thread_ref: str | None):
        """The peer accepted the alert."""
        self.db.execute(
            """UPDATE alerts SET status = 'sent', sent_at = ?, ref = ?, thread_ref = ?,
                 attempts = attempts + 1, last_error = NULL WHERE id = ?""",
            [_iso(now), ref, thread_ref, alert_id],
        )

    def mark_retry(self, alert_id: int, error: str, next_attempt: datetime) -> None:
        """A retryable failure: try again at ``next_attempt``."""
        self.db.execute(
            """UPDATE alerts SET status = 'pending', attempts = attempts + 1, last_error = ?,
                 next_attempt_at = ? WHERE id = ?""",
            [error[:1000], _iso(next_attempt), alert_id],
        )

    def mark_failed(self, alert_id: int, error: str) -> None:
        """A permanent failure, shown by ``regwatch alerts list``."""
        self.db.execute(
            """UPDATE alerts SET status = 'failed', attempts = attempts + 1, last_error = ?
               WHERE id = ?""",
            [error[:1000], alert_id],
        )

    def mark_suppressed(self, alert_id: int, reason: str) -> None:
        """Not to be sent (silenced, or folded into a digest)."""
        self.db.execute(
            "UPDATE alerts SET status = 'suppressed', last_error = ? WHERE id = ?",
            [reason[:1000], alert_id],
        )

    def thread_ref(self, channel: str, case_key: str | None) -> str | None:
        """The reference of the first message sent on this channel about this case."""
        if not case_key:
            return None
        row = self._one(
            """SELECT ref FROM alerts WHERE channel = ? AND case_key = ? AND status = 'sent'
                 AND ref IS NOT NULL ORDER BY sent_at, id LIMIT 1""",
            [channel, case_key],
        )
        return row["ref"] if row else None

    def channels_backing_off(self, now: datetime) -> set[str]:
        """Channels with an alert waiting out a retry backoff: their later alerts wait too, so a
        channel keeps its order and a broken peer gets one probe per backoff, not one per alert."""
        rows = self.db.query(
            """SELECT DISTINCT channel FROM alerts WHERE status = 'pending' AND attempts > 0
                 AND next_attempt_at > ?""",
            [_iso(now)],
        )
        return {r["channel"] for r in rows}

    def outbox_counts(self) -> dict[tuple[str, str], int]:
        """Alerts per (channel, status)."""
        rows = self.db.query("SELECT channel, status, count(*) AS n FROM alerts GROUP BY 1, 2")
        return {(r["channel"], r["status"]): r["n"] for r in rows}

    def oldest_pending(self, held_channels: list[str] | tuple[str, ...] = ()) -> str | None:
        """Creation time of the oldest pending alert, leaving out the ``kind = 'alert'`` rows
        of ``held_channels`` (digest channels hold those on purpose)."""
        marks = ", ".join("?" for _ in held_channels) or "''"
        row = self._one(
            "SELECT min(created_at) AS t FROM alerts WHERE status = 'pending' "
            f"AND NOT (kind = 'alert' AND channel IN ({marks}))",
            list(held_channels),
        )
        return row["t"] if row else None

    # --- silences ------------------------------------------------------------------------------

    def add_silence(
        self,
        vendor: str | None,
        case_key: str | None,
        until: str | None,
        reason: str | None,
        now: datetime,
    ) -> int:
        """Mute a vendor or a case until a date (None = for ever); returns the silence id."""
        cur = self.db.execute(
            "INSERT INTO silences (vendor, case_key, until, reason, created_at) VALUES (?,?,?,?,?)",
            [vendor, case_key, until, reason, _iso(now)],
        )
        return int(cur.lastrowid)

    def silences(self) -> list[dict[str, Any]]:
        """Every silence, active or expired."""
        return list(self.db.query("SELECT * FROM silences ORDER BY id"))

    def remove_silence(self, silence_id: int) -> bool:
        """Remove a silence; False when there was none with that id."""
        return self.db.execute("DELETE FROM silences WHERE id = ?", [silence_id]).rowcount > 0

    def silenced(self, vendor: str | None, case_key: str | None, now: datetime) -> bool:
        """Whether an active silence covers this vendor or case."""
        row = self._one(
            """SELECT 1 AS x FROM silences WHERE (until IS NULL OR until > ?)
                 AND ((vendor IS NOT NULL AND vendor = ? COLLATE NOCASE)
                   OR (case_key IS NOT NULL AND case_key = ?)) LIMIT 1""",
            [_iso(now), vendor or "", case_key or ""],
        )
        return row is not None


def _decode(r: dict[str, Any]) -> dict[str, Any]:
    r = dict(r)
    r["payload"] = json.loads(r["payload"]) if r.get("payload") else {}
    return r
