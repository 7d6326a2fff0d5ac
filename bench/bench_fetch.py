"""Fetch/parse benchmark (run by hand): PYTHONPATH=. python bench/bench_fetch.py [--feeds 2000]

(a) one poll cycle of N small RSS feeds from one local server, 16 workers, one shared Fetcher;
(b) the second cycle with ETags (every answer a 304);
(c) sources.rss.parse of a 10,000-item feed against bare feedparser.parse.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import multiprocessing
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import feedparser

from monitor.config import HttpConfig, SourceConfig
from monitor.fetch import Fetcher
from sources import PollResult, SourceState, poll_source, rss


def feed_xml(n: int, items: int = 10) -> bytes:
    """A small RSS 2.0 feed, distinct per ``n``."""
    rows = "".join(
        f"<item><title>Feed {n} item {i}: FTC orders Acme AI to delete models</title>"
        f"<link>https://example.org/{n}/{i}</link><guid>{n}-{i}</guid>"
        f"<description>&lt;p&gt;Item {i} of feed {n}: data &amp; algorithms.&lt;/p&gt;"
        f"</description><pubDate>Wed, 01 May 2024 10:{i % 60:02d}:00 GMT</pubDate></item>"
        for i in range(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Feed {n}</title><link>https://example.org/{n}</link>{rows}</channel></rss>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real server would

    def do_GET(self) -> None:
        n = int(self.path.rsplit("/", 1)[-1].split(".")[0])
        body = feed_xml(n)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def serve(port_queue: multiprocessing.Queue) -> None:
    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer.request_queue_size = 256
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_queue.put(server.server_address[1])
    server.serve_forever()


def cycle(fetcher: Fetcher, sources: list[SourceConfig], states: list[SourceState], workers: int):
    """Poll every source once; returns (seconds, results, failures)."""
    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        futures = [
            pool.submit(poll_source, fetcher, s, st) for s, st in zip(sources, states, strict=True)
        ]
        results: list[PollResult | None] = []
        failures = 0
        for future in futures:
            try:
                results.append(future.result())
            except Exception as exc:  # a benchmark counts failures of any kind
                failures += 1
                results.append(None)
                if failures <= 3:
                    print("  failure:", exc)
    return time.perf_counter() - start, results, failures


def bench_cycles(n_feeds: int, workers: int) -> None:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(queue,), daemon=True)
    server.start()
    port = queue.get(timeout=10)
    sources = [
        SourceConfig(name=f"feed-{n}", kind="rss", url=f"http://127.0.0.1:{port}/feed/{n}.xml")
        for n in range(n_feeds)
    ]
    try:
        with Fetcher(HttpConfig(timeout_seconds=30)) as fetcher:
            states = [SourceState() for _ in sources]
            secs, results, failed = cycle(fetcher, sources, states, workers)
            entries = sum(len(r.entries) for r in results if r)
            print(
                f"(a) cycle 1: {n_feeds} feeds, {workers} workers: {secs:.2f} s "
                f"({n_feeds / secs:.0f} feeds/s), {entries} entries, {failed} failed"
            )
            states = [
                SourceState(etag=r.etag, last_modified=r.last_modified, first_poll=False)
                if r
                else SourceState()
                for r in results
            ]
            secs, results, failed = cycle(fetcher, sources, states, workers)
            not_modified = sum(1 for r in results if r and r.not_modified)
            print(
                f"(b) cycle 2 with ETags: {secs:.2f} s ({n_feeds / secs:.0f} feeds/s), "
                f"{not_modified}/{n_feeds} answered 304, {failed} failed"
            )
    finally:
        server.terminate()


def bench_parse(items: int, repeat: int) -> None:
    body = feed_xml(0, items)
    url = "https://example.org/big.xml"
    headers = {"content-type": "application/rss+xml", "content-location": url}
    source = SourceConfig(name="big", kind="rss", url=url)

    def best(fn) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return min(times)

    bare = best(lambda: feedparser.parse(io.BytesIO(body), response_headers=headers))
    ours = best(lambda: rss.parse(body, url, headers, source))
    print(
        f"(c) {items} items, {len(body) / 1e6:.1f} MB: feedparser {bare:.2f} s, "
        f"sources.rss.parse {ours:.2f} s, ratio {ours / bare:.2f}x (best of {repeat})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=16)
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    bench_cycles(args.feeds, args.workers)
    bench_parse(args.items, args.repeat)


if __name__ == "__main__":
    main()
