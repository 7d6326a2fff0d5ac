"""Daemon memory benchmark (run by hand): PYTHONPATH=. python bench/bench_daemon_memory.py

Runs `regwatch run` against local copies of the eight built-in sources (3 FTC feeds with release
pages, the Federal Register API, 4 RSS feeds), every feed gaining new items each poll, with the
interval shortened so that `--cycles` polls (48 = a day at the default 30 minutes) happen in about
a minute. Samples the daemon's RSS (VmRSS) every second and prints the peak and the last value.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).parent.parent
WORDS = (
    "The Federal Trade Commission announced an order requiring the company to delete data it "
    "collected without consent and any models or algorithms derived from it. "
) * 12
started = time.monotonic()


def tick() -> int:
    """Which poll generation we are in: every 1.2 s a few items are new."""
    return int((time.monotonic() - started) / 1.2)


def rss(name: str, items: int = 25) -> bytes:
    g, now = tick(), datetime.now(UTC)
    rows = "".join(
        f"<item><title>{name} item {g - i}: FTC orders Vendor{(g - i) % 50} to delete models"
        "</title>"
        f"<link>http://127.0.0.1:{PORT}/page/{name}/{g - i}</link><guid>{name}-{g - i}</guid>"
        f"<description>{WORDS[:600]}</description>"
        f"<pubDate>{format_datetime(now - timedelta(minutes=i))}</pubDate></item>"
        for i in range(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>{rows}'
        "</channel></rss>"
    ).encode()


def federal_register() -> bytes:
    g = tick()
    results = [
        {
            "title": f"Vendor{(g - i) % 50}; Analysis of Proposed Consent Order {g - i}",
            "type": "Notice",
            "abstract": WORDS[:800],
            "document_number": f"2026-{g - i:05d}",
            "html_url": f"http://127.0.0.1:{PORT}/fr/{g - i}",
            "publication_date": datetime.now(UTC).strftime("%Y-%m-%d"),
            "agencies": [{"name": "Federal Trade Commission"}],
        }
        for i in range(20)
    ]
    return json.dumps({"count": 20, "results": results}).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path.startswith("/fr"):
            body, ctype = federal_register(), "application/json"
        elif self.path.startswith("/page/"):
            body = f"<html><body><main><p>{WORDS}</p></main></body></html>".encode()
            ctype = "text/html"
        else:
            body, ctype = rss(self.path.strip("/").split(".")[0]), "application/rss+xml"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


PORT = 0


def config(tmp: Path, port: int) -> Path:
    base = f"http://127.0.0.1:{port}"
    sources = [("ftc-press", "ftc"), ("ftc-cp", "ftc"), ("ftc-comp", "ftc")]
    sources += [("fr", "federal_register")]
    sources += [(n, "rss") for n in ("edpb", "aiid", "gnews1", "gnews2")]
    text = "[schedule]\ninterval_minutes = 0.02\njitter_seconds = 0\nheartbeat_seconds = 5\n"
    text += '[watchlist]\nfile = "wl.toml"\n'
    for name, kind in sources:
        path = "/fr" if kind == "federal_register" else f"/{name}.xml"
        text += f'[[source]]\nname = "{name}"\nkind = "{kind}"\nurl = "{base}{path}"\n'
    text += '[[channel]]\nname = "console"\nkind = "console"\n'
    (tmp / "wl.toml").write_text(
        "".join(f'[[vendor]]\nname = "Vendor{i}"\n\n' for i in range(0, 50, 5))
    )
    (tmp / "c.toml").write_text(text)
    return tmp / "c.toml"


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main() -> None:
    global PORT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cycles", type=int, default=48)
    args = ap.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    PORT = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as tmp:
        cfg = config(Path(tmp), PORT)
        env = dict(os.environ, REGWATCH_CONFIG=str(cfg), REGWATCH_DB=f"{tmp}/r.db")
        env["PYTHONPATH"] = str(ROOT)
        proc = subprocess.Popen(
            [sys.executable, "-m", "monitor", "run"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        samples = []
        try:
            for _ in range(int(args.cycles * 1.2) + 5):
                time.sleep(1)
                samples.append(rss_kb(proc.pid))
        finally:
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=15)
        import sqlite3

        conn = sqlite3.connect(f"{tmp}/r.db")
        entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        polls = conn.execute("SELECT sum(entries_seen) FROM sources").fetchone()[0]
    print(
        f"{args.cycles} cycles of 8 sources: {entries} entries stored ({polls} counted); "
        f"RSS peak {max(samples) / 1024:.1f} MB, last {samples[-1] / 1024:.1f} MB, "
        f"first {samples[1] / 1024:.1f} MB; exit {code}"
    )


if __name__ == "__main__":
    main()
