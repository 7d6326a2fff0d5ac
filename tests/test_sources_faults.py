"""Hostile and broken bodies: each fails with a one-line ParseError or degrades to a warning."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from monitor.config import HttpConfig, SourceConfig
from monitor.errors import FetchError, ParseError
from monitor.fetch import Fetcher
from sources import SourceState, federal_register, html_list, poll_source, rss

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
EDPB = (FIXTURES / "edpb.xml").read_bytes()
URL = "https://feeds.example.org/feed.xml"
LOL = b"".join(
    b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1)) * 10 if i else b"lol") for i in range(10)
)


def rss_source(**extra) -> SourceConfig:
    return SourceConfig(name="faults", kind="rss", url=URL, **extra)


def parse_error(module, body: bytes, **kw) -> str:
    with pytest.raises(ParseError) as err:
        module.parse(body, URL, kw.pop("headers", {}), kw.pop("source", rss_source()))
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"parse: {URL}: ")
    return message


def test_truncated_before_any_item_is_an_error():
    assert "not a readable RSS/Atom feed" in parse_error(rss, EDPB[:300])


def test_truncated_mid_item_keeps_whole_items_and_warns():
    cut = EDPB.index(b"<title>Dutch") + 12
    entries, warnings = rss.parse_feed(EDPB[:cut], URL, {}, rss_source())
    assert [e.title for e in entries] == ["Italian SA fines Clearview AI EUR 20 million"]
    assert warnings[0].startswith("feed: bozo: ")


def test_invalid_encoding_is_a_warning_not_a_crash():
    body = EDPB.replace(b"Italian SA", b"Italian\xff\xfe SA")
    entries, warnings = rss.parse_feed(body, URL, {}, rss_source())
    assert len(entries) == 2
    assert warnings == ["feed: bozo: document declared as utf-8, but parsed as windows-1252"]


@pytest.mark.parametrize("ref", [b"&#99999999999;", b"&#x110000;"])
def test_bad_character_references_are_parse_errors(ref: bytes):
    assert "feedparser failed" in parse_error(rss, EDPB.replace(b"Italian", ref))


def test_xxe_reads_no_file(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-XXE")
    doctype = b'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>' % secret.as_uri().encode()
    body = EDPB.replace(b"<rss ", doctype + b"<rss ", 1).replace(b"Italian", b"&xxe;")
    entries, _ = rss.parse_feed(body, URL, {}, rss_source())
    assert entries and all("TOPSECRET" not in e.title + e.summary for e in entries)


def test_entity_expansion_is_not_performed():
    body = EDPB.replace(b"<rss ", b"<!DOCTYPE rss [" + LOL + b"]><rss ", 1)
    body = body.replace(b"Italian", b"&lol9;")
    start = time.monotonic()
    try:
        entries, _ = rss.parse_feed(body, URL, {}, rss_source())
    except ParseError:
        entries = []
    # an expanded billion laughs takes minutes and gigabytes; a loaded machine, a few seconds
    assert time.monotonic() - start < 5
    assert all(len(e.title) < 200 and "lollollol" not in e.title for e in entries)


def test_a_body_naming_a_file_is_not_read(tmp_path: Path):
    path = tmp_path / "feed.xml"
    path.write_bytes(EDPB)  # a real feed: parsing the path as a file would succeed
    assert "not a readable RSS/Atom feed" in parse_error(rss, str(path).encode())


@pytest.mark.parametrize("body", [b"", b"  \n", b"<html><body>Not found</body></html>"])
def test_empty_or_html_body_is_an_error(body: bytes):
    assert parse_error(rss, body)


def test_json_api_answering_html_is_an_error():
    src = SourceConfig(name="fr", kind="federal_register", url=URL)
    message = parse_error(
        federal_register,
        b"<!DOCTYPE html><html><body>Service Unavailable</body></html>",
        headers={"content-type": "text/html; charset=utf-8"},
        source=src,
    )
    assert "not JSON (text/html; charset=utf-8)" in message


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b'{"results": "nope"}', "without a results[] list"),
        (b"[1, 2]", "without a results[] list"),
        (b'{"results": [\xff]}', "not JSON"),
    ],
)
def test_json_api_odd_shapes(body: bytes, why: str):
    src = SourceConfig(name="fr", kind="federal_register", url=URL)
    assert why in parse_error(federal_register, body, source=src)


def test_json_api_without_results_means_no_documents():
    src = SourceConfig(name="fr", kind="federal_register", url=URL)
    assert federal_register.parse(b'{"count": 0, "description": "x"}', URL, {}, src) == []


@pytest.mark.parametrize(
    ("selectors", "why"),
    [
        ({"item": ".no-such-row", "title": "h2"}, "item selector '.no-such-row' matched nothing"),
        ({"item": "div[", "title": "h2"}, "bad CSS selector"),
    ],
)
def test_html_list_selector_problems(selectors: dict[str, str], why: str):
    src = SourceConfig(name="ag", kind="html_list", url=URL, selectors=selectors)
    body = (FIXTURES / "html_list.html").read_bytes()
    assert why in parse_error(html_list, body, source=src)


def test_poll_source_raises_the_sources_error(httpserver: HTTPServer):
    httpserver.expect_request("/feed.xml").respond_with_data("down", status=502)
    src = SourceConfig(name="down", kind="rss", url=httpserver.url_for("/feed.xml"))
    fetcher = Fetcher(HttpConfig(timeout_seconds=1))
    with fetcher, pytest.raises(FetchError, match="HTTP 502"):
        poll_source(fetcher, src, SourceState())
