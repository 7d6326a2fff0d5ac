"""Listing pages without feeds (state AGs, CNIL sanctions), items picked by CSS selectors."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag
from soupsieve import SelectorSyntaxError

from monitor.config import HtmlSelectors, SourceConfig
from monitor.errors import ParseError
from monitor.fetch import Fetcher
from monitor.models import Entry
from sources import PollResult, SourceState, fetch_main, one_line, parse_date, result


def _text(node: Tag | None) -> str:
    return " ".join(node.get_text(" ").split()) if node is not None else ""


def _link(item: Tag, title: Tag, selectors: HtmlSelectors, base: str) -> str | None:
    """The item's absolute http(s) link: the link selector, else the title's or the first <a>."""
    node = item.select_one(selectors.link) if selectors.link else title
    if node is not None and node.name != "a":
        node = node.find("a", href=True) or (None if selectors.link else item.find("a", href=True))
    href = node.get("href") if node is not None else None
    if not isinstance(href, str) or not href.strip():
        return None
    url = urljoin(base, href.strip())
    return url if urlsplit(url).scheme in ("http", "https") else None


def _date(item: Tag, selector: str | None) -> tuple[str | None, str]:
    node = item.select_one(selector) if selector else None
    if node is None:
        return None, ""
    machine = node.get("datetime") or node.get("content")
    text = machine if isinstance(machine, str) and machine.strip() else _text(node)
    return parse_date(text), text


def parse(body: bytes, url: str, headers: Mapping[str, str], source: SourceConfig) -> list[Entry]:
    """Entries of a listing page by the source's selectors; raises ParseError."""
    selectors = source.selectors
    if selectors is None:
        raise ParseError(f"{source.name}: an html_list source needs [source.selectors]")
    ctype = headers.get("content-type", "")
    charset = ctype.partition("charset=")[2].split(";")[0].strip() or None
    soup = BeautifulSoup(body, "lxml", from_encoding=charset)
    base_tag = soup.find("base", href=True)
    base = urljoin(url, str(base_tag["href"])) if isinstance(base_tag, Tag) else url
    try:
        items = soup.select(selectors.item)
        entries = [_entry(item, selectors, base, source) for item in items]
    except SelectorSyntaxError as exc:
        raise ParseError(f"{url}: bad CSS selector: {one_line(exc, 120)}") from exc
    if not items:
        raise ParseError(
            f"{url}: item selector {selectors.item!r} matched nothing",
            "the page layout may have changed; update [source.selectors]",
        )
    return [e for e in entries if e is not None]


def _entry(item: Tag, selectors: HtmlSelectors, base: str, source: SourceConfig) -> Entry | None:
    title_node = item.select_one(selectors.title)
    title = _text(title_node)
    if title_node is None or not title:
        return None
    published, date_text = _date(item, selectors.date)
    summary = _text(item.select_one(selectors.summary)) if selectors.summary else ""
    return Entry(
        source=source.name,
        publisher=source.publisher or "news",
        url=_link(item, title_node, selectors, base),
        title=title,
        summary=summary,
        published_at=published,
        raw={"date_text": date_text} if date_text else {},
    )


def poll(fetcher: Fetcher, source: SourceConfig, state: SourceState) -> PollResult:
    """Fetch the listing page (conditionally) and pick its items."""
    response = fetch_main(fetcher, source, state)
    if response.status == 304:
        return result(response, [], [])
    return result(response, parse(response.body, response.url, response.headers, source), [])
