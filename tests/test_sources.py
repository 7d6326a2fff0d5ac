"""Source adapters: golden fixtures (feed in → entries out) and polls against a local server."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from monitor.config import SOURCE_KINDS, HttpConfig, SourceConfig
from monitor.fetch import Fetcher
from sources import REGISTRY, SourceState, federal_register, ftc, html_list, poll_source, rss

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
HTML_SELECTORS = {"item": ".views-row", "title": ".title", "date": ".date", "summary": ".teaser"}
# fixture, kind, the URL it is served from, extra config
GOLDEN: list[tuple[str, str, str, dict[str, Any]]] = [
    ("ftc_press.xml", "ftc", "https://www.ftc.gov/feeds/press-release.xml", {}),
    (
        "federal_register_page1.json",
        "federal_register",
        "https://www.federalregister.gov/api/v1/documents.json",
        {},
    ),
    ("atom.xml", "rss", "https://ico.example.org/action-weve-taken/enforcement/feed.atom", {}),
    ("edpb.xml", "rss", "https://www.edpb.europa.eu/feed/news_en", {"publisher": "edpb"}),
    ("google_news.xml", "rss", "https://news.google.com/rss/search?q=disgorgement", {}),
    (
        "html_list.html",
        "html_list",
        "https://www.texasattorneygeneral.gov/news",
        {"selectors": HTML_SELECTORS},
    ),
]


@pytest.fixture
def fetcher():
    with Fetcher(HttpConfig(timeout_seconds=2.0, max_bytes=2_000_000)) as f:
        yield f


def source(kind: str, url: str, **extra: Any) -> SourceConfig:
    return SourceConfig(name=f"test-{kind}", kind=kind, url=url, **extra)


def as_dicts(entries) -> list[dict[str, Any]]:
    return [dataclasses.asdict(e) for e in entries]


@pytest.mark.parametrize(("fixture", "kind", "url", "extra"), GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden(fixture: str, kind: str, url: str, extra: dict[str, Any]):
    body = (FIXTURES / fixture).read_bytes()
    entries = REGISTRY[kind].parse(body, url, {}, source(kind, url, **extra))
    expected = json.loads((FIXTURES / f"{fixture}.expected.json").read_text(encoding="utf-8"))
    assert as_dicts(entries) == expected


def test_registry_has_every_configurable_kind():
    assert set(REGISTRY) == set(SOURCE_KINDS)
    assert all(callable(m.parse) and callable(m.poll) for m in REGISTRY.values())


# --- polls against a local server ----------------------------------------------------------

PAGES = {
    "/news-events/news/press-releases/2023/05/": "ftc_release_ring.html",
    "/news-events/news/press-releases/2023/12/": "ftc_release_rite_aid.html",
    "/news-events/news/press-releases/2021/01/": "ftc_release_everalbum.html",
}


def serve_ftc(httpserver: HTTPServer, skip: tuple[str, ...] = ()) -> SourceConfig:
    """The FTC feed with its links pointing at the test server, and the release pages."""
    base = httpserver.url_for("/").rstrip("/")
    feed = (FIXTURES / "ftc_press.xml").read_text().replace("https://www.ftc.gov", base)
    httpserver.expect_request("/feeds/press-release.xml").respond_with_data(
        feed, content_type="application/rss+xml", headers={"ETag": '"f1"'}
    )
    for prefix, page in PAGES.items():
        if not any(s in page for s in skip):
            httpserver.expect_request(re.compile(f"^{prefix}")).respond_with_data(
                (FIXTURES / page).read_bytes(), content_type="text/html; charset=utf-8"
            )
    return source("ftc", httpserver.url_for("/feeds/press-release.xml"))


def test_ftc_poll_fetches_release_bodies(httpserver: HTTPServer, fetcher: Fetcher):
    src = serve_ftc(httpserver)
    result = poll_source(fetcher, src, SourceState())
    assert (result.not_modified, result.etag, result.warnings) == (False, '"f1"', [])
    bodies = {e.title.split()[0]: e.body for e in result.entries}
    assert "delete data products such as data, models, and algorithms" in bodies["FTC"]
    assert bodies["Rite"].startswith("Rite Aid will be prohibited from using facial recognition")
    assert "Everalbum to delete models and algorithms" in bodies["California"]
    for body in bodies.values():  # the page chrome is not the release
        assert "Skip to main content" not in body and "Pennsylvania Avenue" not in body
        assert "dataLayer" not in body and "Contact Information" not in body


def test_ftc_poll_skips_known_entries_and_keeps_failed_ones(httpserver: HTTPServer, fetcher):
    src = serve_ftc(httpserver, skip=("everalbum",))
    everalbum = "/news-events/news/press-releases/2021/01/"
    httpserver.expect_request(re.compile(f"^{everalbum}")).respond_with_data("gone", status=404)
    entries = ftc.parse(fetcher.get(src.url).body, src.url, {}, src)
    by_number = {e.guid.split()[0]: e for e in entries}  # guids are "94536 at <site>"
    known_id = by_number["94536"].id  # the Ring release
    result = ftc.poll(fetcher, src, SourceState(known=lambda eid: eid == known_id))
    by_number = {e.guid.split()[0]: e for e in result.entries}
    assert len(by_number) == 3 and by_number["94536"].body == ""
    assert by_number["88031"].body == ""  # the failed one is kept, without body
    assert by_number["95862"].body
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith(f"article {httpserver.url_for(everalbum)}")
    assert result.warnings[0].endswith("HTTP 404 NOT FOUND")
    paths = [req.path for req, _ in httpserver.log]
    assert not any("2023/05" in p for p in paths)  # the known release was not fetched


def test_ftc_poll_never_follows_links_off_the_feed_host(httpserver: HTTPServer, fetcher: Fetcher):
    evil = f"http://localhost:{httpserver.port}/admin"
    feed = (FIXTURES / "ftc_press.xml").read_text().replace("https://www.ftc.gov/news", evil)
    feed = feed.replace("<link>/news-events", f"<link>{evil}")
    httpserver.expect_request("/feed.xml").respond_with_data(feed, content_type="application/xml")
    src = source("ftc", httpserver.url_for("/feed.xml"), full_text_hosts=["localhost"])
    result = ftc.poll(fetcher, src, SourceState())
    assert len(result.entries) == 3 and all(e.body == "" for e in result.entries)
    assert len(result.warnings) == 3
    assert all("blocked (private address 127.0.0.1)" in w for w in result.warnings)
    assert [req.path for req, _ in httpserver.log] == ["/feed.xml"]


def test_ftc_poll_without_full_text_and_304(httpserver: HTTPServer, fetcher: Fetcher):
    feed = (FIXTURES / "ftc_press.xml").read_bytes()
    httpserver.expect_oneshot_request("/feed.xml").respond_with_data(feed, content_type="text/xml")
    src = source("ftc", httpserver.url_for("/feed.xml"), full_text=False)
    assert len(ftc.poll(fetcher, src, SourceState()).entries) == 3
    httpserver.expect_oneshot_request(
        "/feed.xml", headers={"If-None-Match": '"f1"'}
    ).respond_with_data("", status=304)
    again = ftc.poll(fetcher, src, SourceState(etag='"f1"', first_poll=False))
    assert (again.not_modified, again.entries, again.etag) == (True, [], '"f1"')


def serve_fr(httpserver: HTTPServer, next_host: str = "127.0.0.1") -> SourceConfig:
    page1 = (FIXTURES / "federal_register_page1.json").read_text()
    page1 = page1.replace(
        "https://www.federalregister.gov", f"http://{next_host}:{httpserver.port}"
    )
    first = httpserver.expect_request("/api/v1/documents.json", query_string={"order": "newest"})
    first.respond_with_data(page1, content_type="application/json")
    httpserver.expect_request("/api/v1/documents.json").respond_with_data(
        (FIXTURES / "federal_register_page2.json").read_bytes(), content_type="application/json"
    )
    return source("federal_register", httpserver.url_for("/api/v1/documents.json?order=newest"))


def test_federal_register_follows_next_page_on_first_poll_only(httpserver: HTTPServer, fetcher):
    src = serve_fr(httpserver)
    first = federal_register.poll(fetcher, src, SourceState())
    assert [e.guid for e in first.entries] == ["2024-04145", "2023-28223", "2021-00883"]
    later = federal_register.poll(fetcher, src, SourceState(first_poll=False))
    assert [e.guid for e in later.entries] == ["2024-04145", "2023-28223"]
    capped = federal_register.poll(fetcher, src.model_copy(update={"max_pages": 1}), SourceState())
    assert len(capped.entries) == 2
    assert len(httpserver.log) == 4


def test_federal_register_next_page_off_host_is_a_warning(httpserver: HTTPServer, fetcher):
    src = serve_fr(httpserver, next_host="localhost")
    result = federal_register.poll(fetcher, src, SourceState())
    assert len(result.entries) == 2
    assert result.warnings and "blocked" in result.warnings[0]
    assert result.warnings[0].startswith("page http://localhost:")


def test_file_url_source(fetcher: Fetcher):
    src = source("rss", (FIXTURES / "edpb.xml").as_uri(), publisher="edpb")
    result = rss.poll(fetcher, src, SourceState())
    assert [e.publisher for e in result.entries] == ["edpb", "edpb"]
    assert result.last_modified
    again = rss.poll(fetcher, src, SourceState(last_modified=result.last_modified))
    assert again.not_modified and again.entries == []


def test_html_list_poll_resolves_links_against_base(httpserver: HTTPServer, fetcher: Fetcher):
    page = (FIXTURES / "html_list.html").read_text()
    page = page.replace("<head>", '<head><base href="https://www.texasattorneygeneral.gov/">')
    httpserver.expect_request("/news").respond_with_data(page, content_type="text/html")
    src = source("html_list", httpserver.url_for("/news"), selectors=HTML_SELECTORS)
    entries = html_list.poll(fetcher, src, SourceState()).entries
    assert entries[0].url == (
        "https://www.texasattorneygeneral.gov/news/releases/"
        "attorney-general-ken-paxton-secures-1-4-billion-settlement-meta-over-its-unauthorized-capture"
    )
    assert [e.published_at for e in entries] == ["2024-07-30T17:00:00Z", "2022-10-20", "2024-05-15"]
