"""Pipeline benchmark (run by hand): PYTHONPATH=. python bench/bench_pipeline.py [--feeds 2000]

(a) one poll cycle of N feeds from one local server through the whole pipeline
    (fetch → parse → dedupe → extract → match → store, one transaction per source);
(b) the second cycle: every source answers 304, nothing parsed, no entry written;
(c) parse + store of a 10,000-item feed against bare feedparser.parse of the same bytes,
    and the same with extraction and matching added.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

import feedparser

sys.path.insert(0, str(Path(__file__).parent))
from bench_fetch import feed_xml, serve  # noqa: E402

from monitor.config import Config, SourceConfig  # noqa: E402
from monitor.extract import extract  # noqa: E402
from monitor.runtime import Runtime  # noqa: E402
from monitor.store import Store, utcnow  # noqa: E402
from monitor.watchlist import Matcher  # noqa: E402
from sources import rss  # noqa: E402


def bench_cycles(n_feeds: int, workers: int) -> None:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(queue,), daemon=True)
    server.start()
    port = queue.get(timeout=10)
    sources = [
        SourceConfig(name=f"feed-{n}", kind="rss", url=f"http://127.0.0.1:{port}/feed/{n}.xml")
        for n in range(n_feeds)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        rt = Runtime(Config(source=sources), Path(tmp) / "bench.db")
        try:
            rt.prepare()
            for label in ("(a) cycle 1", "(b) cycle 2"):
                start = time.perf_counter()
                outcomes = rt.poll_all(sources, workers=workers)
                secs = time.perf_counter() - start
                ok = sum(o.ok for o in outcomes)
                new = sum(o.new for o in outcomes)
                nm = sum(o.not_modified for o in outcomes)
                print(
                    f"{label}: {n_feeds} sources, {workers} workers, whole pipeline: "
                    f"{secs:.2f} s ({n_feeds / secs:.0f} sources/s); "
                    f"{ok} ok, {new} new entries, {nm} not modified"
                )
            print(f"    entries stored: {rt.store().count('entries')}")
        finally:
            rt.close()
            server.terminate()


def bench_parse_store(items: int) -> None:
    body = feed_xml(0, items)
    url = "https://example.org/big.xml"
    headers = {"content-type": "application/rss+xml", "content-location": url}
    source = SourceConfig(name="big", kind="rss", url=url)
    start = time.perf_counter()
    feedparser.parse(io.BytesIO(body), response_headers=headers)
    bare = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "b.db")
        start = time.perf_counter()
        entries = rss.parse(body, url, headers, source)
        now = utcnow()
        with store.transaction():
            for e in entries:
                store.save_entry(e, now)
        ours = time.perf_counter() - start
        store2 = Store(Path(tmp) / "c.db")
        matcher = Matcher([])
        start = time.perf_counter()
        entries = rss.parse(body, url, headers, source)
        with store2.transaction():
            for e in entries:
                store2.save_entry(e, now)
                action = extract(e)
                store2.save_action(e.id, action, e.published_at, now)
                store2.save_hits(e.id, matcher.match(e, action))
        full = time.perf_counter() - start
    print(
        f"(c) {items} items ({len(body) / 1e6:.1f} MB): feedparser {bare:.2f} s; parse + store "
        f"{ours:.2f} s = {ours / bare:.2f}x; parse + extract + match + store {full:.2f} s = "
        f"{full / bare:.2f}x"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=16)
    ap.add_argument("--items", type=int, default=10_000)
    args = ap.parse_args()
    bench_cycles(args.feeds, args.workers)
    bench_parse_store(args.items)


if __name__ == "__main__":
    main()
