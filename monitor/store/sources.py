"""Per-source state: validators, last poll, error count, next poll."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic is slow to import; queries never need it
    from monitor.config import SourceConfig


def _iso(dt: datetime) -> str:
    from monitor.store import iso

    return iso(dt)


class SourcesMixin:
    db: Any

    def _one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:  # pragma: no cover
        raise NotImplementedError

    def sync_sources(self, sources: list[SourceConfig]) -> None:
        """Make a row for every configured source; keep the state of ones already known."""
        for s in sources:
            self.db.execute(
                """INSERT INTO sources (name, kind, url, publisher) VALUES (?, ?, ?, ?)
                   ON CONFLICT(name) DO UPDATE SET kind = excluded.kind,
                     publisher = excluded.publisher,
                     url = excluded.url,
                     etag = CASE WHEN sources.url = excluded.url THEN sources.etag END,
                     last_modified = CASE WHEN sources.url = excluded.url
                                          THEN sources.last_modified END""",
                [s.name, s.kind, s.url, s.publisher],
            )

    def source_row(self, name: str) -> dict[str, Any] | None:
        """The stored state of one source."""
        return self._one("SELECT * FROM sources WHERE name = ?", [name])

    def source_rows(self) -> list[dict[str, Any]]:
        """The stored state of every source, by name."""
        return list(self.db.query("SELECT * FROM sources ORDER BY name"))

    def record_poll_success(
        self,
        name: str,
        now: datetime,
        next_poll: datetime,
        etag: str | None,
        last_modified: str | None,
        entries_seen: int,
    ) -> bool:
        """Record a good poll; returns True when the source had been marked broken."""
        row = self.source_row(name) or {}
        self.db.execute(
            """UPDATE sources SET last_poll_at = ?, last_success_at = ?, last_error = NULL,
                 error_count = 0, next_poll_at = ?, broken = 0,
                 etag = ?, last_modified = ?, entries_seen = entries_seen + ?
               WHERE name = ?""",
            [_iso(now), _iso(now), _iso(next_poll), etag, last_modified, entries_seen, name],
        )
        return bool(row.get("broken"))

    def record_poll_unchanged(self, name: str, now: datetime, next_poll: datetime) -> bool:
        """A 304: only the poll times change. Returns True when it had been marked broken."""
        row = self.source_row(name) or {}
        self.db.execute(
            """UPDATE sources SET last_poll_at = ?, last_success_at = ?, last_error = NULL,
                 error_count = 0, next_poll_at = ?, broken = 0 WHERE name = ?""",
            [_iso(now), _iso(now), _iso(next_poll), name],
        )
        return bool(row.get("broken"))

    def record_poll_failure(self, name: str, now: datetime, next_poll: datetime, error: str) -> int:
        """Record a failed poll; returns the number of failures in a row."""
        self.db.execute(
            """UPDATE sources SET last_poll_at = ?, last_error = ?, error_count = error_count + 1,
                 next_poll_at = ? WHERE name = ?""",
            [_iso(now), error[:1000], _iso(next_poll), name],
        )
        row = self.source_row(name) or {}
        return int(row.get("error_count") or 0)

    def mark_source_broken(self, name: str) -> None:
        """Remember that the "source broken" alert was raised."""
        self.db.execute("UPDATE sources SET broken = 1 WHERE name = ?", [name])
