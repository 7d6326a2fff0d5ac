"""A tiny threaded socket server that misbehaves on purpose, for the fetch fault tests.

Modes: ``silent`` reads the request and never answers; ``drip_headers`` sends the status line, then
a header one byte per ``interval``; ``drip_body`` sends headers, then the body one byte per
``interval``; ``endless`` streams 64 KiB chunks until the client hangs up (``declare`` puts a
Content-Length on it); ``raw`` sends ``payload`` (a whole response, headers included) as is.
"""

from __future__ import annotations

import socket
import threading

CHUNK = b"x" * 65536


class SlowServer:
    """Context manager serving one misbehaviour on 127.0.0.1; ``url`` is its address."""

    def __init__(
        self, mode: str, interval: float = 0.2, declare: int | None = None, payload: bytes = b""
    ) -> None:
        self.mode = mode
        self.payload = payload
        self.interval = interval
        self.declare = declare
        self.bytes_sent = 0
        self._stop = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}/feed.xml"
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> SlowServer:
        self._spawn(self._accept)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=2)
        self._sock.close()

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        thread.start()
        self._threads.append(thread)

    def _accept(self) -> None:
        self._sock.settimeout(0.05)  # closing a socket does not wake accept(): poll the flag
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._spawn(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                conn.recv(65536)  # the request; its content does not matter
                getattr(self, f"_{self.mode}")(conn)
            except OSError:
                pass  # the client gave up, which is the point

    def _silent(self, conn: socket.socket) -> None:
        self._stop.wait(10)

    def _drip(self, conn: socket.socket, data: bytes) -> None:
        for byte in data:
            if self._stop.wait(self.interval):
                return
            conn.sendall(bytes([byte]))
            self.bytes_sent += 1

    def _drip_headers(self, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        self._drip(conn, b"X-Padding: " + b"a" * 1000 + b"\r\n\r\n")

    def _drip_body(self, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n")
        conn.sendall(b"Content-Length: 1000\r\n\r\n")
        self._drip(conn, b"<" * 1000)

    def _endless(self, conn: socket.socket) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nConnection: close\r\n"
        if self.declare is not None:
            head += b"Content-Length: %d\r\n" % self.declare
        conn.sendall(head + b"\r\n")
        while not self._stop.is_set():
            conn.sendall(CHUNK)
            self.bytes_sent += len(CHUNK)

    def _raw(self, conn: socket.socket) -> None:
        conn.sendall(self.payload)
        self.bytes_sent += len(self.payload)
