"""Structured logs: one line per event, JSON in a container, ``key=value`` text on a terminal.

Pass fields with ``extra={"source": …, "entry": …}``. Anything that looks like a secret is redacted
before it is written, whatever the caller passed.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime

FIELDS = ("source", "entry", "vendor", "channel", "alert", "case", "count", "error", "duration_ms")
_SECRETS = [
    re.compile(r"xox[abposr]-[A-Za-z0-9-]+"),  # Slack tokens
    re.compile(r"https://hooks\.slack(?:-gov)?\.com/services/[A-Za-z0-9/_-]+"),
    re.compile(
        r"(?i)(password|passwd|token|secret|authorization)([\"']?\s*[:=]\s*[\"']?)[^\s\"',;]+"
    ),
]
_extra_secrets: set[str] = set()


def register_secret(value: str | None) -> None:
    """Redact this exact value everywhere (tokens and passwords read from the environment)."""
    if value and len(value) >= 4:
        _extra_secrets.add(value)


def redact(text: str) -> str:
    """The text with secrets replaced by ``***``."""
    for value in _extra_secrets:
        text = text.replace(value, "***")
    text = _SECRETS[0].sub("xox?-***", text)
    text = _SECRETS[1].sub("https://hooks.slack.com/services/***", text)
    return _SECRETS[2].sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "time": datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": redact(record.getMessage()),
        }
        for key in FIELDS:
            if hasattr(record, key):
                value = getattr(record, key)
                out[key] = redact(value) if isinstance(value, str) else value
        if record.exc_info:
            out["exc"] = redact(self.formatException(record.exc_info))
        return json.dumps(out, default=str)


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        stamp = datetime.fromtimestamp(record.created, UTC).strftime("%H:%M:%S")
        parts = [f"{stamp} {record.levelname.lower():7} {redact(record.getMessage())}"]
        for key in FIELDS:
            if hasattr(record, key):
                parts.append(f"{key}={redact(str(getattr(record, key)))}")
        line = " ".join(parts)
        if record.exc_info:
            line += "\n" + redact(self.formatException(record.exc_info))
        return line


def setup_logging(fmt: str | None = None, verbose: bool = False) -> None:
    """Log to stdout; JSON unless stdout is a terminal (or ``fmt`` says otherwise)."""
    if fmt is None:
        fmt = "text" if sys.stdout.isatty() else "json"
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("httpx", "httpcore", "apscheduler", "slack_sdk", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
