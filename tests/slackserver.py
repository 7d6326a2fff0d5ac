"""A local HTTP server speaking enough of Slack for tests and benchmarks.

- ``POST /api/chat.postMessage`` and ``POST /api/auth.test`` (Bearer token checked: a wrong one
  gets ``ok:false invalid_auth``), answering ``ts`` values usable as ``thread_ts``;
- ``POST <webhook_path>`` as a Slack incoming webhook (``ok`` / ``no_service``);
- ``POST /generic/...`` as a generic JSON webhook.

It enforces a rate per Slack channel (``interval`` seconds between messages, ~1 s like Slack),
answering 429 + Retry-After when exceeded, and can be scripted to fail the next requests
(``fail_next(500)``, ``fail_next(429, retry_after=1)``, ``fail_next(200, {"ok": False, ...})``).
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from typing import Any
from urllib.parse import parse_qs


class SlackServer:
    """Start with ``with SlackServer() as slack:``; read ``slack.messages`` afterwards."""

    def __init__(
        self,
        token: str = "xoxb-1111-2222-s3cr3tT0k3n",
        webhook_path: str = "/services/T0001/B0001/w3bh00kS3cr3t",
        interval: float = 1.0,
        fractional_retry_after: bool = False,
    ) -> None:
        self.token, self.webhook_path = token, webhook_path
        self.interval, self.fractional = interval, fractional_retry_after
        self.messages: list[dict[str, Any]] = []  # accepted posts, in order
        self.requests: list[dict[str, Any]] = []  # every request with the status answered
        self.rate_limited = 0
        self._script: deque[tuple[int, Any, dict[str, str]]] = deque()
        self._last: dict[str, float] = {}
        self._ts = 0
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), _handler(self))
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.api_url = self.url + "/api/"
        self.webhook_url = self.url + webhook_path
        self.generic_url = self.url + "/generic/h00kS3cr3t"
        self._thread: threading.Thread | None = None

    def __enter__(self) -> SlackServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def fail_next(
        self, status: int, body: Any = None, retry_after: float | None = None, times: int = 1
    ) -> None:
        """Answer the next ``times`` requests with ``status`` (and Retry-After, if given)."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        if body is None:
            body = {"ok": False, "error": "ratelimited" if status == 429 else "internal_error"}
        with self._lock:
            for _ in range(times):
                self._script.append((status, body, headers))

    # --- request handling (called from the handler threads) ----------------------------------

    def answer(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any, dict]:
        body = _decode(headers.get("content-type", ""), raw)
        with self._lock:
            record = {"path": path, "body": body, "auth": headers.get("authorization")}
            self.requests.append(record)
            status, reply, extra = self._route(path, headers, body)
            record["status"] = status
            return status, reply, extra

    def _route(self, path: str, headers: dict[str, str], body: dict) -> tuple[int, Any, dict]:
        if self._script:
            return self._script.popleft()
        if path.startswith("/api/"):
            if headers.get("authorization") != f"Bearer {self.token}":
                return 200, {"ok": False, "error": "invalid_auth"}, {}
            if path == "/api/auth.test":
                return 200, {"ok": True, "user": "regwatch", "team": "Test"}, {}
            if path != "/api/chat.postMessage":
                return 404, {"ok": False, "error": "unknown_method"}, {}
            return self._accept(str(body.get("channel")), body, {"ok": True})
        if path == self.webhook_path:
            return self._accept("webhook", body, "ok")
        if path.startswith("/generic/"):
            return self._accept("generic", body, {"ok": True})
        return 404, "no_service", {}

    def _accept(self, channel: str, body: dict, reply: Any) -> tuple[int, Any, dict]:
        now = time.monotonic()
        wait = self._last.get(channel, -1e9) + self.interval - now
        if wait > 0:
            self.rate_limited += 1
            after = f"{wait:.3f}" if self.fractional else str(max(1, math.ceil(wait)))
            return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": after}
        self._last[channel] = now
        self._ts += 1
        ts = f"1700000000.{self._ts:06d}"
        self.messages.append({**body, "_channel": channel, "_ts": ts, "_at": time.time()})
        if isinstance(reply, dict):
            reply = {**reply, "channel": "C0001", "ts": ts}
        return 200, reply, {}


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def server_bind(self) -> None:
        # HTTPServer.server_bind asks DNS for this host's name (socket.getfqdn): slow, unneeded.
        TCPServer.server_bind(self)
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]


def _decode(ctype: str, raw: bytes) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in ctype:
        return json.loads(raw)
    form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
    for key in ("blocks",):
        if key in form:
            form[key] = json.loads(form[key])
    return form


def _handler(server: SlackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            raw = self.rfile.read(int(self.headers.get("content-length") or 0))
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, reply, extra = server.answer(self.path, headers, raw)
            data = reply.encode() if isinstance(reply, str) else json.dumps(reply).encode()
            self.send_response(status)
            ctype = "text/plain" if isinstance(reply, str) else "application/json"
            self.send_header("Content-Type", f"{ctype}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for k, v in extra.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    return Handler
