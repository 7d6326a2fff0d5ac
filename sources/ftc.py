"""FTC press-release RSS feeds; each new release's page is fetched for its body text."""

from __future__ import annotations

from collections.abc import Mapping

from bs4 import BeautifulSoup

from monitor.config import SourceConfig
from monitor.errors import FetchError
from monitor.fetch import Fetcher
from monitor.models import Entry
from sources import PollResult, SourceState, fetch_main, one_line, result, rss

# A first poll of a long feed must not turn into hundreds of page fetches.
MAX_ARTICLES_PER_POLL = 50
MAX_BODY_CHARS = 100_000
# ftc.gov (Drupal) puts the release text in the body field; the rest are fallbacks for redesigns.
_BODY_SELECTORS = (
    ".node--type-press-release .field--name-body",
    ".field--name-body",
    "article .node__content",
    "main article",
    "main",
    "[role=main]",
    "body",
)
_NOISE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg")


def parse(body: bytes, url: str, headers: Mapping[str, str], source: SourceConfig) -> list[Entry]:
    """Entries of an FTC RSS feed (without article bodies); raises ParseError."""
    return rss.parse(body, url, headers, source)


def article_text(page: bytes, content_type: str = "") -> str:
    """The release text of an ftc.gov press-release page, as plain text."""
    charset = content_type.partition("charset=")[2].split(";")[0].strip() or None
    soup = BeautifulSoup(page, "lxml", from_encoding=charset)
    for tag in soup(_NOISE):
        tag.decompose()
    node = next((n for sel in _BODY_SELECTORS if (n := soup.select_one(sel)) is not None), soup)
    lines = (" ".join(line.split()) for line in node.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)[:MAX_BODY_CHARS]


def _fetch_body(fetcher: Fetcher, url: str, source: SourceConfig) -> str:
    """The article text at ``url``; raises FetchError (BlockedURLError) with the reason."""
    page = fetcher.get_linked(url, feed_url=source.url, allowed_hosts=source.full_text_hosts)
    content_type = page.headers.get("content-type", "")
    if "html" not in content_type.lower():
        raise FetchError(f"{url}: not an HTML page ({content_type or 'no Content-Type'})")
    return article_text(page.body, content_type)


def poll(fetcher: Fetcher, source: SourceConfig, state: SourceState) -> PollResult:
    """Fetch the feed, then the page of every release not seen before (a failure is a warning)."""
    response = fetch_main(fetcher, source, state)
    if response.status == 304:
        return result(response, [], [])
    entries, warnings = rss.parse_feed(response.body, response.url, response.headers, source)
    if source.full_text:
        new = [(e, e.url) for e in entries if e.url and not state.known(e.id)]
        for entry, url in new[:MAX_ARTICLES_PER_POLL]:
            try:
                entry.body = _fetch_body(fetcher, url, source)
            except FetchError as exc:
                warnings.append(f"article {one_line(exc.message)}")
        if len(new) > MAX_ARTICLES_PER_POLL:
            skipped = len(new) - MAX_ARTICLES_PER_POLL
            warnings.append(f"articles: {skipped} pages not fetched (limit per poll)")
    return result(response, entries, warnings)
