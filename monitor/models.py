"""The values that flow through the pipeline. Pure data, no I/O.

Entry   a normalised feed item (what a source adapter returns)
Action  what extraction found in an entry (monitor/extract.py)
Hit     a watchlist vendor the action concerns (monitor/watchlist.py)
Vendor  one watchlist row
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from monitor.vocab import STAGES, TOPICS  # noqa: F401 - re-exported

# Hit roles: only targets and related parties raise alerts by default.
ROLES = ("target", "related", "mention")


def canonical_link(url: str) -> str:
    """The link as identity: lower-cased scheme and host, no fragment, no ``utm_*`` parameters."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit  # lazy: CLI start-up

    parts = urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.startswith("utm_")
    ]
    netloc = parts.netloc.lower()
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


def entry_id(source: str, guid: str | None, url: str | None, title: str = "") -> str:
    """Stable id of an entry: a hash of its source and its guid, else its canonical link."""
    import hashlib  # lazy: query commands never hash

    key = guid.strip() if guid and guid.strip() else canonical_link(url) if url else title.strip()
    return hashlib.sha256(f"{source}\x00{key}".encode()).hexdigest()[:16]


@dataclass
class Entry:
    """A normalised feed item. ``source`` is the configured source name, ``publisher`` its kind."""

    source: str
    title: str
    url: str | None = None
    guid: str | None = None
    summary: str = ""
    body: str = ""
    published_at: str | None = None  # ISO 8601, UTC; a date alone when that is all the feed gives
    publisher: str = "news"
    raw: dict[str, Any] | None = None

    @cached_property
    def id(self) -> str:
        # Cached (so no slots here): a stored entry's id is asked for several times (dedupe,
        # action, hits, alerts); source, guid and url do not change once an adapter made it.
        return entry_id(self.source, self.guid, self.url, self.title)

    def content_hash(self) -> str:
        """Hash of what extraction reads: a changed body makes an update, not a new entry."""
        import hashlib

        text = "\x00".join((self.title, self.summary, self.body))
        return hashlib.sha256(text.encode()).hexdigest()[:16]


class Evidence(NamedTuple):
    """A phrase that decided a field; ``where`` is title, summary or body, the span is into it.

    A named tuple, immutable: a frozen dataclass's __init__ cost 1.6 us against 0.5, and
    extraction makes ~10 of these per entry (5% of classify's time)."""

    field: str
    text: str
    where: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        # Hand-written: dataclasses.asdict deep-copies and showed up in import profiles.
        return {
            "field": self.field,
            "text": self.text,
            "where": self.where,
            "start": self.start,
            "end": self.end,
        }


@dataclass(slots=True)
class Action:
    """What extraction found in one entry."""

    is_enforcement: bool
    topics: list[str] = field(default_factory=list)
    regulator: str | None = None
    targets: list[str] = field(default_factory=list)
    amount_usd: float | None = None
    amount_original: dict[str, Any] | None = None  # {"value": n, "currency": "EUR"}
    action_stage: str = "none"
    case_key: str | None = None
    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    version: str = ""

    @property
    def alertworthy(self) -> bool:
        """Enforcement about one of our topics: the only kind of action that may alert."""
        return self.is_enforcement and any(t in TOPICS for t in self.topics)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["evidence"] = [e.as_dict() for e in self.evidence]
        return data


@dataclass(slots=True)
class Vendor:
    """A watchlist row. ``match`` is ``auto`` (strict for common words), ``strict`` or ``loose``."""

    name: str
    aliases: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    match: str = "auto"


@dataclass(slots=True, frozen=True)
class Hit:
    """A watchlist vendor an entry concerns, and why."""

    vendor: str
    matched: str  # the text as it stands in the entry
    field: str  # title | summary | body | target
    start: int
    end: int
    role: str  # target | related | mention
    why: str  # name | alias | related

    @property
    def alerts(self) -> bool:
        return self.role in ("target", "related")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
