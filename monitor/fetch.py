"""HTTP fetching: one shared httpx client with a whole-request deadline, a body cap, conditional
GET, Retry-After, and the SSRF rule for links found inside feeds (DESIGN.md "Fetching links").

httpx timeouts are per socket operation, so a server dripping a byte a second never trips them. The
client therefore runs on a network backend whose every read, write and connect is bounded by the
deadline of the request in hand (a context variable), and the same backend refuses, at connect
time, private addresses a feed's link resolves to (no DNS-rebinding gap between check and connect).
"""

from __future__ import annotations

import contextvars
import ipaddress
import mimetypes
import random
import socket
import time
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

import httpcore
import httpx

from monitor.config import HttpConfig
from monitor.errors import BlockedURLError, FetchError

REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("deadline", default=None)
_POLICY: contextvars.ContextVar[LinkPolicy | None] = contextvars.ContextVar("policy", default=None)


@dataclass
class Response:
    """A fetched resource: 200 with its body, or 304 with none."""

    url: str  # final URL after redirects
    status: int  # 200 or 304
    body: bytes  # b"" on 304
    headers: dict[str, str]  # lower-case names
    etag: str | None
    last_modified: str | None


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class LinkPolicy:
    """The SSRF rule for one feed: which hosts its links may name, and which may be private."""

    feed_host: str
    allowed_hosts: frozenset[str]

    def check_url(self, url: str) -> str:
        """Raise BlockedURLError unless ``url`` is http(s) on the feed's host or the allow-list."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme.lower() not in ("http", "https"):
            raise BlockedURLError(f"{url}: blocked (scheme {parts.scheme or 'none'!r})")
        if host != self.feed_host and host not in self.allowed_hosts:
            raise BlockedURLError(
                f"{url}: blocked (host {host!r} is neither the feed's nor in full_text_hosts)",
                "add the host to the source's full_text_hosts if it is trusted",
            )
        return host

    def vet(self, host: str, port: int, url: str | None = None) -> str:
        """The address to connect to; raises BlockedURLError for a private one off the feed host."""
        host = host.lower().strip("[]")
        if host == self.feed_host:
            return host
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise FetchError(f"{url or host}: cannot resolve host: {exc}") from exc
        addresses = [str(info[4][0]) for info in infos]
        for address in addresses:
            if not _is_public(address):
                raise BlockedURLError(f"{url or host}: blocked (private address {address})")
        return addresses[0]


def _remaining(timeout: float | None, exc_type: type[Exception]) -> float | None:
    """``timeout`` shortened to what is left of the request's deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise exc_type("whole-request deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        t = _remaining(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, t))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        policy = _POLICY.get()
        address = policy.vet(host, port) if policy else host
        t = _remaining(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(address, port, t, local_address, socket_options)
        return _DeadlineStream(stream)


def _guarded_transport() -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport(trust_env=False)
    # HTTPTransport takes no network backend, so rebuild its pool with ours (same options).
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=100,
        max_keepalive_connections=20,
        keepalive_expiry=5.0,
        network_backend=_GuardedBackend(),
    )
    return transport


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None when absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def backoff_delay(
    errors: int,
    interval_s: float,
    retry_after: float | None,
    cap_s: float,
    rng: random.Random | None = None,
) -> float:
    """Seconds until the next poll after ``errors`` consecutive failures (0: the interval)."""
    if errors <= 0:
        return interval_s
    cap = max(cap_s, interval_s)  # never poll a slow source more often because it failed
    delay = min(cap, interval_s * 2 ** min(errors - 1, 40))
    # Jitter downwards only, so the cap holds and failed sources do not retry in lockstep.
    delay *= 1 - 0.2 * (rng or random).random()
    if retry_after is not None:
        delay = max(delay, min(retry_after, cap))
    return delay


class _Inflater:
    """Bounded gzip/deflate decoding: never yields more than asked for, whatever the ratio."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._d: Any = None

    def feed(self, data: bytes, limit: int) -> bytes:
        if self.encoding == "identity":
            return data
        out = b""
        while data and len(out) < limit:
            if self._d is None:
                self._d = zlib.decompressobj(self._wbits(data))
            out += self._d.decompress(data, limit - len(out))
            data = self._d.unconsumed_tail
            if self._d.eof:  # concatenated gzip members
                data, self._d = self._d.unused_data, None
        return out

    def _wbits(self, first: bytes) -> int:
        if self.encoding == "gzip":
            return 16 + zlib.MAX_WBITS
        # Servers send "deflate" both with and without the zlib header.
        wrapped = len(first) >= 2 and first[0] & 0x0F == 8 and (first[0] << 8 | first[1]) % 31 == 0
        return zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS


def _response(url: str, status: int, body: bytes, headers: dict[str, str]) -> Response:
    return Response(url, status, body, headers, headers.get("etag"), headers.get("last-modified"))


class Fetcher:
    """The one HTTP client every source shares. Thread-safe; use as a context manager."""

    def __init__(self, http: HttpConfig, transport: httpx.BaseTransport | None = None) -> None:
        self.http = http
        self._client = httpx.Client(
            transport=transport or _guarded_transport(),
            # Only codings we can inflate with a bound; no brotli/zstd surprises.
            headers={"User-Agent": http.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(http.timeout_seconds, connect=http.connect_timeout_seconds),
            follow_redirects=False,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the pooled connections."""
        self._client.close()

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Response:
        """GET an operator-trusted source URL (any host, or file://); raises FetchError."""
        if url[:7].lower() == "file://":
            return self._get_file(url, last_modified)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        response = self._fetch(url, headers, None)
        if response.status == 304:
            response.etag = response.etag or etag
            response.last_modified = response.last_modified or last_modified
        return response

    def get_linked(self, url: str, *, feed_url: str, allowed_hosts: Sequence[str] = ()) -> Response:
        """GET a link found inside a feed, under the SSRF rule; raises BlockedURLError."""
        feed_host = (urlsplit(feed_url).hostname or "").lower()
        policy = LinkPolicy(feed_host, frozenset(h.lower().strip() for h in allowed_hosts))
        return self._fetch(url, {}, policy)

    def _fetch(self, url: str, headers: dict[str, str], policy: LinkPolicy | None) -> Response:
        limit = self.http.timeout_seconds
        deadline = time.monotonic() + limit
        tokens = (_DEADLINE.set(deadline), _POLICY.set(policy))
        current = url
        try:
            for _ in range(self.http.max_redirects + 1):
                if policy:
                    policy.vet(policy.check_url(current), urlsplit(current).port or 443, current)
                with self._client.stream("GET", current, headers=headers) as resp:
                    location = resp.headers.get("location")
                    if resp.status_code in REDIRECTS and location:
                        current = urljoin(current, location.strip())
                        continue
                    return self._finish(current, resp, deadline)
            raise FetchError(
                f"{url}: more than {self.http.max_redirects} redirects (last {current})",
                "the server redirects in a loop; check the URL in a browser",
            )
        except httpx.TimeoutException as exc:
            raise FetchError(
                f"{url}: timed out (no complete answer within {limit:g} s)",
                "the server is slow or unreachable; it is retried with backoff",
            ) from exc
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
        finally:
            _DEADLINE.reset(tokens[0])
            _POLICY.reset(tokens[1])

    def _finish(self, url: str, resp: httpx.Response, deadline: float) -> Response:
        headers = {k.lower(): v for k, v in resp.headers.items()}
        status = resp.status_code
        if status == 304:
            return _response(url, 304, b"", headers)
        if status in (429, 503):
            wait = retry_after_seconds(headers.get("retry-after"))
            raise FetchError(
                f"{url}: HTTP {status} {resp.reason_phrase}",
                "the server asked us to slow down; the next poll waits as asked",
                retry_after=wait,
            )
        if not 200 <= status < 300:
            hint = "check the source URL" if 400 <= status < 500 else "retried with backoff"
            raise FetchError(f"{url}: HTTP {status} {resp.reason_phrase}", hint)
        body = self._read_capped(url, resp, headers, deadline)
        return _response(url, status, body, headers)

    def _read_capped(
        self, url: str, resp: httpx.Response, headers: dict[str, str], deadline: float
    ) -> bytes:
        cap = self.http.max_bytes
        encoding = headers.get("content-encoding", "identity").strip().lower() or "identity"
        encoding = {"x-gzip": "gzip"}.get(encoding, encoding)
        if encoding not in ("identity", "gzip", "deflate"):
            raise FetchError(f"{url}: unsupported Content-Encoding {encoding!r}")
        too_big = FetchError(
            f"{url}: body larger than max_bytes={cap}"
            + (" after decompression" if encoding != "identity" else ""),
            "raise [http] max_bytes if this source is really that large",
        )
        declared = headers.get("content-length", "")
        if encoding == "identity" and declared.isdigit() and int(declared) > cap:
            raise too_big
        inflater = _Inflater(encoding)
        body = bytearray()
        try:
            for chunk in resp.iter_raw(_CHUNK):
                # A transport without our backend (tests) still gets the deadline between chunks.
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("whole-request deadline passed")
                body += inflater.feed(chunk, cap + 1 - len(body))
                if len(body) > cap:
                    raise too_big
        except zlib.error as exc:
            raise FetchError(f"{url}: corrupt {encoding} body: {exc}") from exc
        return bytes(body)

    def _get_file(self, url: str, last_modified: str | None) -> Response:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise FetchError(f"{url}: file:// URLs must name a local path")
        path = Path(url2pathname(parts.path))
        try:
            stat = path.stat()
            modified = formatdate(stat.st_mtime, usegmt=True)
            if last_modified == modified:
                return Response(url, 304, b"", {"last-modified": modified}, None, modified)
            if stat.st_size > self.http.max_bytes:
                raise FetchError(f"{url}: body larger than max_bytes={self.http.max_bytes}")
            with path.open("rb") as fh:
                body = fh.read(self.http.max_bytes)
        except OSError as exc:
            raise FetchError(f"{url}: cannot read: {exc.strerror or exc}") from exc
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        headers = {"content-type": ctype, "last-modified": modified}
        return Response(url, 200, body, headers, None, modified)
