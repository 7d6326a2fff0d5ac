"""The console notifier: alerts printed to stdout (the default when no channel is configured)."""

from __future__ import annotations

import sys
from typing import TextIO

from monitor.notify.base import Sent
from monitor.notify.render import console_lines


class ConsoleNotifier:
    """Writes each alert as a block of lines; never fails for the peer's sake."""

    min_interval = 0.0

    def __init__(self, name: str = "console", stream: TextIO | None = None) -> None:
        self.name = name
        self._stream = stream

    def send(self, payload: dict, thread_ref: str | None = None) -> Sent:
        """Print one alert."""
        self._write(console_lines(payload))
        return Sent()

    def send_digest(self, payloads: list[dict]) -> Sent:
        """Print every alert, one block after another."""
        lines = [f"Regwatch digest: {len(payloads)} alerts"]
        for p in payloads:
            lines += ["-" * 60, *console_lines(p)]
        self._write(lines)
        return Sent()

    def _write(self, lines: list[str]) -> None:
        # Resolved at write time so pytest's capture (and a redirected stdout) sees it.
        stream = self._stream or sys.stdout
        stream.write("\n".join(["=" * 60, *lines, ""]) + "\n")
        stream.flush()
