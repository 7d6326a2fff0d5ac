"""monitor.fetch against real local servers: validators, redirects, limits, faults, SSRF rule."""

from __future__ import annotations

import gzip
import random
import socket
import time
import tracemalloc
import zlib
from email.utils import formatdate

import pytest
from pytest_httpserver import HTTPServer

from monitor.config import HttpConfig
from monitor.errors import BlockedURLError, FetchError
from monitor.fetch import Fetcher, backoff_delay, retry_after_seconds
from tests.slowserver import SlowServer

UA = "regwatch-test/1.0 (+mailto:test@example.com)"


@pytest.fixture
def fetcher():
    http = HttpConfig(user_agent=UA, timeout_seconds=1.0, max_bytes=1_000_000)
    with Fetcher(http) as f:
        yield f


@pytest.fixture(scope="session")
def gzip_bomb() -> bytes:
    """200 MB of zeros, gzip-compressed to under 1 MB."""
    comp = zlib.compressobj(1, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    return b"".join([comp.compress(zeros) for _ in range(200)] + [comp.flush()])


def test_get_sends_user_agent_and_returns_validators(httpserver: HTTPServer, fetcher: Fetcher):
    httpserver.expect_oneshot_request("/feed.xml", headers={"User-Agent": UA}).respond_with_data(
        "<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 May 2024 10:00:00 GMT"}
    )
    r = fetcher.get(httpserver.url_for("/feed.xml"))
    assert (r.status, r.body, r.etag) == (200, b"<rss/>", '"v1"')
    assert r.last_modified == "Wed, 01 May 2024 10:00:00 GMT"
    assert r.headers["etag"] == '"v1"'  # lower-case names


def test_validators_are_sent_back_and_304_has_no_body(httpserver: HTTPServer, fetcher: Fetcher):
    lm = "Wed, 01 May 2024 10:00:00 GMT"
    httpserver.expect_oneshot_request(
        "/feed.xml", headers={"If-None-Match": '"v1"', "If-Modified-Since": lm}
    ).respond_with_data("", status=304)
    r = fetcher.get(httpserver.url_for("/feed.xml"), etag='"v1"', last_modified=lm)
    assert (r.status, r.body) == (304, b"")
    assert (r.etag, r.last_modified) == ('"v1"', lm)  # kept when the 304 omits them


def test_file_url_reads_and_answers_304_when_unchanged(tmp_path, fetcher: Fetcher):
    path = tmp_path / "feed.xml"
    path.write_bytes(b"<rss version='2.0'/>")
    first = fetcher.get(path.as_uri())
    assert (first.status, first.body) == (200, b"<rss version='2.0'/>")
    assert first.last_modified == formatdate(path.stat().st_mtime, usegmt=True)
    again = fetcher.get(path.as_uri(), last_modified=first.last_modified)
    assert (again.status, again.body) == (304, b"")
    with pytest.raises(FetchError, match=r"^.*missing\.xml: cannot read"):
        fetcher.get((tmp_path / "missing.xml").as_uri())


def test_redirects_are_followed(httpserver: HTTPServer, fetcher: Fetcher):
    for i in range(5):
        httpserver.expect_request(f"/r{i}").respond_with_data(
            "", status=302, headers={"Location": f"/r{i + 1}"}
        )
    httpserver.expect_request("/r5").respond_with_data("done")
    r = fetcher.get(httpserver.url_for("/r0"))
    assert (r.url, r.body) == (httpserver.url_for("/r5"), b"done")


def test_redirect_loop_fails_with_reason(httpserver: HTTPServer, fetcher: Fetcher):
    httpserver.expect_request("/a").respond_with_data("", 301, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", 301, headers={"Location": "/a"})
    url = httpserver.url_for("/a")
    with pytest.raises(FetchError) as err:
        fetcher.get(url)
    assert str(err.value).startswith(f"fetch: {url}: more than 5 redirects")
    assert len(httpserver.log) == 6


@pytest.mark.parametrize(("status", "reason"), [(500, "INTERNAL SERVER ERROR"), (404, "NOT FOUND")])
def test_http_errors(httpserver: HTTPServer, fetcher: Fetcher, status: int, reason: str):
    httpserver.expect_request("/feed.xml").respond_with_data("oops", status=status)
    url = httpserver.url_for("/feed.xml")
    with pytest.raises(FetchError) as err:
        fetcher.get(url)
    assert str(err.value).lower() == f"fetch: {url}: http {status} {reason}".lower()
    assert err.value.retry_after is None and "\n" not in str(err.value)


def test_429_and_503_carry_retry_after(httpserver: HTTPServer, fetcher: Fetcher):
    httpserver.expect_oneshot_request("/a").respond_with_data(
        "slow down", 429, headers={"Retry-After": "120"}
    )
    when = formatdate(time.time() + 600, usegmt=True)
    httpserver.expect_oneshot_request("/b").respond_with_data(
        "", 503, headers={"Retry-After": when}
    )
    with pytest.raises(FetchError, match="HTTP 429") as err:
        fetcher.get(httpserver.url_for("/a"))
    assert err.value.retry_after == 120
    with pytest.raises(FetchError, match="HTTP 503") as err:
        fetcher.get(httpserver.url_for("/b"))
    assert 590 <= err.value.retry_after <= 600


@pytest.mark.parametrize("mode", ["silent", "drip_headers", "drip_body"])
def test_whole_request_deadline(fetcher: Fetcher, mode: str):
    # The drip sends a byte every 0.2 s: a per-read timeout of 1 s would never trip.
    with SlowServer(mode, interval=0.2) as server:
        start = time.monotonic()
        with pytest.raises(FetchError) as err:
            fetcher.get(server.url)
        elapsed = time.monotonic() - start
    assert str(err.value).startswith(f"fetch: {server.url}: timed out")
    # the deadline is 1 s; the upper bound leaves room for a loaded machine (a drip without a
    # whole-request deadline would run until the server gives up, far longer)
    assert 0.9 <= elapsed < 3.0
    if mode != "silent":
        assert server.bytes_sent >= 3  # it really was dripping


def test_endless_body_is_capped_and_memory_bounded(fetcher: Fetcher):
    with SlowServer("endless") as server:
        tracemalloc.start()
        try:
            with pytest.raises(FetchError, match=r"body larger than max_bytes=1000000$"):
                fetcher.get(server.url)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 6_000_000
    assert server.bytes_sent < 20_000_000  # stopped reading long before 60 MB


def test_declared_60mb_body_is_refused_before_reading(fetcher: Fetcher):
    server = SlowServer("endless", declare=60_000_000)
    with server, pytest.raises(FetchError, match="body larger than max_bytes"):
        fetcher.get(server.url)


def test_gzip_bomb_is_stopped_at_the_cap(fetcher: Fetcher, gzip_bomb: bytes):
    head = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n"
    # A raw socket server, so that the peak below measures the client, not a server's copies.
    with SlowServer("raw", payload=head % len(gzip_bomb) + gzip_bomb) as server:
        tracemalloc.start()
        try:
            with pytest.raises(FetchError, match="max_bytes=1000000 after decompression"):
                fetcher.get(server.url)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 5_000_000  # the 200 MB never exist


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),  # with the zlib header, as the RFC says
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw, as some servers send it
    ],
)
def test_compressed_bodies_are_decoded(httpserver: HTTPServer, fetcher: Fetcher, encoding, encode):
    body = b"<rss>" + b"item " * 1000 + b"</rss>"
    httpserver.expect_request("/z").respond_with_data(
        encode(body), headers={"Content-Encoding": encoding}
    )
    assert fetcher.get(httpserver.url_for("/z")).body == body


def test_corrupt_gzip_fails_with_reason(httpserver: HTTPServer, fetcher: Fetcher):
    httpserver.expect_request("/z").respond_with_data(
        b"\x1f\x8b\x08\x00garbage-garbage", headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(FetchError, match="corrupt gzip body"):
        fetcher.get(httpserver.url_for("/z"))


def test_connection_refused_is_a_fetch_error(fetcher: Fetcher):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}/feed.xml"
    with pytest.raises(FetchError) as err:
        fetcher.get(url)
    assert str(err.value).startswith(f"fetch: {url}: ConnectError")


# --- links found inside feeds (SSRF rule) ---------------------------------------------------


def test_linked_page_on_the_feeds_own_host_is_fetched(httpserver: HTTPServer, fetcher: Fetcher):
    httpserver.expect_request("/article").respond_with_data("<p>text</p>")
    feed = httpserver.url_for("/feed.xml")
    assert fetcher.get_linked(httpserver.url_for("/article"), feed_url=feed).body == b"<p>text</p>"


@pytest.mark.parametrize(
    ("link", "allowed", "why"),
    [
        ("http://localhost:{port}/secret", (), "neither the feed's nor in full_text_hosts"),
        ("http://localhost:{port}/secret", ("localhost",), "private address 127.0.0.1"),
        ("http://169.254.169.254/latest/meta-data/", ("169.254.169.254",), "private address"),
        ("http://10.0.0.8/", ("10.0.0.8",), "private address 10.0.0.8"),
        ("file:///etc/passwd", ("",), "scheme 'file'"),
    ],
)
def test_links_are_blocked(httpserver: HTTPServer, fetcher: Fetcher, link, allowed, why):
    link = link.format(port=httpserver.port)
    with pytest.raises(BlockedURLError) as err:
        fetcher.get_linked(link, feed_url=httpserver.url_for("/feed.xml"), allowed_hosts=allowed)
    assert str(err.value).startswith(f"fetch: {link}: blocked (")
    assert why in str(err.value)
    assert httpserver.log == []  # nothing was requested


def test_redirects_of_links_are_rechecked(httpserver: HTTPServer, fetcher: Fetcher):
    target = f"http://localhost:{httpserver.port}/secret"
    httpserver.expect_request("/article").respond_with_data("", 302, headers={"Location": target})
    with pytest.raises(BlockedURLError, match="blocked"):
        fetcher.get_linked(
            httpserver.url_for("/article"),
            feed_url=httpserver.url_for("/feed.xml"),
            allowed_hosts=["localhost"],
        )
    assert [req.path for req, _ in httpserver.log] == ["/article"]


def test_operator_urls_are_trusted_even_when_private(httpserver: HTTPServer, fetcher: Fetcher):
    httpserver.expect_request("/feed.xml").respond_with_data("ok")
    assert fetcher.get(f"http://localhost:{httpserver.port}/feed.xml").body == b"ok"


# --- backoff -----------------------------------------------------------------------------


def test_backoff_grows_is_capped_jittered_and_never_gives_up():
    rng = random.Random(7)
    interval, cap = 1800.0, 6 * 3600.0
    assert backoff_delay(0, interval, None, cap, rng) == interval
    delays = [backoff_delay(n, interval, None, cap, rng) for n in range(1, 8)]
    assert 0.8 * interval <= delays[0] <= interval
    assert 1.6 * interval <= delays[1] <= 2 * interval
    assert all(0.8 * cap <= d <= cap for d in delays[4:])
    assert 0.8 * cap <= backoff_delay(10_000, interval, None, cap, rng) <= cap
    jittered = {round(backoff_delay(3, interval, None, cap, random.Random(s))) for s in range(5)}
    assert len(jittered) > 1


def test_backoff_honours_retry_after_within_the_cap():
    assert backoff_delay(1, 60, 900, 3600, random.Random(1)) == 900
    assert backoff_delay(1, 60, 10 * 86400, 3600, random.Random(1)) == 3600
    # A daily source is never polled more often than daily because it failed.
    assert backoff_delay(3, 86400, None, 3600, random.Random(1)) >= 0.8 * 86400


def test_retry_after_parsing():
    assert retry_after_seconds("30") == 30
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(formatdate(time.time() - 60, usegmt=True)) == 0
