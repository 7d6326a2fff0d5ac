"""The watchlist as stored: one source of truth in the ``vendors`` table."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from monitor.models import Vendor


def _key(name: str) -> str:
    from monitor.watchlist import normalise

    return normalise(name) or name.strip().lower()


class VendorsMixin:
    db: Any

    def _one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:  # pragma: no cover
        raise NotImplementedError

    def vendors(self) -> list[Vendor]:
        """Every vendor on the watchlist, by name."""
        return [
            vendor_from_row(r)
            for r in self.db.query("SELECT * FROM vendors ORDER BY name COLLATE NOCASE")
        ]

    def vendor_by_name(self, name: str) -> Vendor | None:
        """A vendor by its name (or any spelling that normalises the same)."""
        row = self._one("SELECT * FROM vendors WHERE name = ? OR key = ?", [name, _key(name)])
        return vendor_from_row(row) if row else None

    def save_vendor(self, vendor: Vendor, origin: str = "cli") -> None:
        """Add or replace one vendor."""
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.db.execute(
            "DELETE FROM vendors WHERE key = ? AND name != ?", [_key(vendor.name), vendor.name]
        )
        self.db.execute(
            """INSERT INTO vendors (name, key, aliases, related, domains, match, origin, added_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(name) DO UPDATE SET key = excluded.key, aliases = excluded.aliases,
                 related = excluded.related, domains = excluded.domains, match = excluded.match,
                 origin = excluded.origin""",
            [
                vendor.name,
                _key(vendor.name),
                json.dumps(vendor.aliases),
                json.dumps(vendor.related),
                json.dumps(vendor.domains),
                vendor.match,
                origin,
                stamp,
            ],
        )

    def remove_vendor(self, name: str) -> bool:
        """Remove a vendor; returns False when there was none of that name."""
        cur = self.db.execute("DELETE FROM vendors WHERE name = ? OR key = ?", [name, _key(name)])
        return cur.rowcount > 0

    def replace_config_vendors(self, vendors: list[Vendor]) -> None:
        """Make the vendors from the config file exactly these; CLI-added ones stay."""
        names = {v.name for v in vendors}
        for row in list(self.db.query("SELECT name FROM vendors WHERE origin = 'config'")):
            if row["name"] not in names:
                self.db.execute("DELETE FROM vendors WHERE name = ?", [row["name"]])
        for v in vendors:
            self.save_vendor(v, origin="config")


def vendor_from_row(r: dict[str, Any]) -> Vendor:
    """A Vendor from a ``vendors`` row."""
    from monitor.models import Vendor  # lazy: query start-up

    return Vendor(
        name=r["name"],
        aliases=json.loads(r["aliases"]),
        related=json.loads(r["related"]),
        domains=json.loads(r["domains"]),
        match=r["match"],
    )
