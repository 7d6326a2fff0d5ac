"""The Federal Register documents API (JSON): ``results[]`` and ``next_page_url``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from monitor.config import SourceConfig
from monitor.errors import FetchError, ParseError
from monitor.fetch import Fetcher
from monitor.models import Entry
from sources import PollResult, SourceState, fetch_main, html_to_text, one_line, result


def parse_page(
    body: bytes, url: str, headers: Mapping[str, str], source: SourceConfig
) -> tuple[list[Entry], str | None]:
    """Entries of one API page and the next page's URL; raises ParseError."""
    try:
        data = json.loads(body)
    except ValueError as exc:  # includes undecodable bytes
        ctype = headers.get("content-type", "no Content-Type")
        raise ParseError(
            f"{url}: not JSON ({ctype}): {one_line(exc, 80)}",
            "the API answered something else (an error page?); check the URL in a browser",
        ) from exc
    results = data.get("results", []) if isinstance(data, dict) else None
    if not isinstance(results, list):
        raise ParseError(f"{url}: JSON without a results[] list", "is this the documents API?")
    entries = [e for e in (_entry(r, source) for r in results) if e is not None]
    next_url = data.get("next_page_url")
    return entries, next_url if isinstance(next_url, str) and next_url else None


def _entry(doc: Any, source: SourceConfig) -> Entry | None:
    if not isinstance(doc, dict) or not isinstance(doc.get("title"), str):
        return None
    agencies = [
        a.get("name") or a.get("raw_name") for a in doc.get("agencies") or [] if isinstance(a, dict)
    ]
    raw = {k: doc.get(k) for k in ("document_number", "type", "publication_date") if doc.get(k)}
    raw["agencies"] = [a for a in agencies if a]
    date = doc.get("publication_date")
    return Entry(
        source=source.name,
        publisher=source.publisher or "federal-register",
        guid=str(doc["document_number"]) if doc.get("document_number") else None,
        url=doc.get("html_url") or None,
        title=html_to_text(doc["title"]),
        summary=html_to_text(doc.get("abstract") or ""),
        published_at=date if isinstance(date, str) and date else None,
        raw=raw,
    )


def parse(body: bytes, url: str, headers: Mapping[str, str], source: SourceConfig) -> list[Entry]:
    """Entries of one documents.json page; raises ParseError."""
    return parse_page(body, url, headers, source)[0]


def poll(fetcher: Fetcher, source: SourceConfig, state: SourceState) -> PollResult:
    """Fetch the newest page; on the first poll follow next_page_url up to max_pages."""
    response = fetch_main(fetcher, source, state)
    if response.status == 304:
        return result(response, [], [])
    entries, next_url = parse_page(response.body, response.url, response.headers, source)
    warnings: list[str] = []
    pages = 1
    while state.first_poll and next_url and pages < source.max_pages:
        # The next URL comes from the response, so it is a link under the SSRF rule.
        try:
            page = fetcher.get_linked(
                next_url, feed_url=source.url, allowed_hosts=source.full_text_hosts
            )
            more, next_url = parse_page(page.body, page.url, page.headers, source)
        except (FetchError, ParseError) as exc:
            warnings.append(f"page {one_line(exc.message)}")
            break
        entries.extend(more)
        pages += 1
    return result(response, entries, warnings)
