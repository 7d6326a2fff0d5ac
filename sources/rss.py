"""Any RSS or Atom feed, through feedparser (EDPB, CNIL, ICO, AI Incident Database, Google News)."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from typing import Any

import feedparser

from monitor.config import SourceConfig
from monitor.errors import ParseError
from monitor.fetch import Fetcher
from monitor.models import Entry
from sources import PollResult, SourceState, fetch_main, html_to_text, iso_utc, one_line, result

_RAW_KEYS = ("id", "link", "published", "updated", "author")
# Google News marks the outlet after each headline of its description so ("<a>Headline</a>
# &nbsp;<font color="#6f6f6f">Lawfare</font>"): the outlet is no part of what the item says, and
# left in, it read as the organisation the item names
_OUTLET = re.compile(r"<font\b[^>]*>.*?</font\s*>", re.I | re.S)


def parse_feed(
    body: bytes, url: str, headers: Mapping[str, str], source: SourceConfig
) -> tuple[list[Entry], list[str]]:
    """Entries and warnings (feedparser's bozo flag) from a feed body; raises ParseError."""
    if not body.strip():
        raise ParseError(f"{url}: empty body", "the server answered 200 with nothing")
    response_headers = {k.lower(): v for k, v in headers.items()}
    response_headers["content-location"] = url  # base for relative links
    try:
        # Always a file object: given bytes or str, feedparser may treat the body as a path or URL.
        feed = feedparser.parse(io.BytesIO(body), response_headers=response_headers)
    except (ValueError, OverflowError, LookupError, TypeError) as exc:
        raise ParseError(f"{url}: feedparser failed: {one_line(exc)}") from exc
    problem = one_line(feed.get("bozo_exception", "")) if feed.get("bozo") else ""
    if not feed.entries and (problem or not feed.get("version")):
        raise ParseError(
            f"{url}: not a readable RSS/Atom feed" + (f": {problem}" if problem else ""),
            "open the URL in a browser; the feed may have moved or be truncated",
        )
    entries = [e for e in (to_entry(item, source) for item in feed.entries) if e is not None]
    return entries, [f"feed: bozo: {problem}"] if problem else []


def to_entry(item: Mapping[str, Any], source: SourceConfig) -> Entry | None:
    """One feedparser entry as an Entry; None when it has neither title nor link."""
    title = html_to_text(item.get("title"))
    link = item.get("link") or None
    if not title and not link:
        return None
    summary = item.get("summary") or ""
    if not summary and item.get("content"):
        summary = item["content"][0].get("value", "")
    # dict.get: FeedParserDict.get("updated") falls back to "published" with a DeprecationWarning.
    raw: dict[str, Any] = {k: dict.get(item, k) for k in _RAW_KEYS if dict.get(item, k)}
    if item.get("tags"):
        raw["tags"] = [t.get("term") for t in item["tags"] if t.get("term")]
    if item.get("source", {}).get("title"):  # Google News: the outlet behind the item
        raw["source_title"] = item["source"]["title"]
        summary = _OUTLET.sub(" ", summary)
    return Entry(
        source=source.name,
        publisher=source.publisher or "news",
        guid=item.get("id") or None,
        url=link,
        title=title,
        summary=html_to_text(summary),
        published_at=iso_utc(
            dict.get(item, "published_parsed") or dict.get(item, "updated_parsed")
        ),
        raw=raw,
    )


def parse(body: bytes, url: str, headers: Mapping[str, str], source: SourceConfig) -> list[Entry]:
    """Entries of an RSS/Atom feed body; raises ParseError."""
    return parse_feed(body, url, headers, source)[0]


def poll(fetcher: Fetcher, source: SourceConfig, state: SourceState) -> PollResult:
    """Fetch the feed (conditionally) and parse it."""
    response = fetch_main(fetcher, source, state)
    if response.status == 304:
        return result(response, [], [])
    entries, warnings = parse_feed(response.body, response.url, response.headers, source)
    return result(response, entries, warnings)
