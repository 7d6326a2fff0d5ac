"""The notifier interface and the failure classification every notifier shares.

Notifiers only send and say whether a failure is worth retrying; the delivery loop
(``monitor/notify/deliver.py``) owns retries, backoff, pacing and the outbox.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Protocol, runtime_checkable

from monitor.errors import DeliveryError
from monitor.logs import redact

__all__ = ["DeliveryError", "Notifier", "Sent", "http_failure", "retry_after_of", "scrub"]

# Largest Retry-After we take at face value: a broken header must not park a channel for days.
MAX_RETRY_AFTER = 3600.0


@dataclass
class Sent:
    """What the peer gave back for an accepted message (Slack's ``ts``, used for threading)."""

    ref: str | None = None


@runtime_checkable
class Notifier(Protocol):
    """A channel that can send one alert or one digest. Raises DeliveryError on failure."""

    name: str

    def send(self, payload: dict, thread_ref: str | None = None) -> Sent:
        """Send one alert; ``thread_ref`` is the first message of the same case, if any."""
        ...

    def send_digest(self, payloads: list[dict]) -> Sent:
        """Send several alerts as one message."""
        ...


def scrub(text: str, secrets: Iterable[str | None] = ()) -> str:
    """Error text fit for logs and the outbox: known secrets and token-like strings removed."""
    for value in secrets:
        if value:
            text = text.replace(value, "***")
    return redact(text)


def retry_after_of(headers: Mapping[str, Any] | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date), capped; None if absent."""
    if not headers:
        return None
    value = None
    for key, v in headers.items():
        if str(key).lower() == "retry-after":
            value = v[0] if isinstance(v, list | tuple) and v else v
            break
    if value is None:
        return None
    text = str(value).strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            from datetime import UTC, datetime

            seconds = (parsedate_to_datetime(text) - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError):
            return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def http_failure(
    where: str,
    status: int,
    detail: str = "",
    headers: Mapping[str, Any] | None = None,
    secrets: Iterable[str | None] = (),
) -> DeliveryError:
    """A DeliveryError for an HTTP answer: 429 and 5xx are retryable, other 4xx are not."""
    retryable = status == 429 or status >= 500
    text = f"{where}: HTTP {status}" + (f" {detail.strip()[:200]}" if detail.strip() else "")
    hint = (
        "the peer is busy or down; the alert will be retried"
        if retryable
        else "check the channel's credentials and settings; `regwatch alerts retry` resends it"
    )
    return DeliveryError(
        scrub(text, secrets),
        hint,
        retryable=retryable,
        retry_after=retry_after_of(headers) if retryable else None,
    )


def connection_failure(where: str, exc: BaseException, secrets: Iterable[str | None] = ()):
    """A retryable DeliveryError for a refused, reset or timed-out connection."""
    reason = getattr(exc, "reason", None) or exc
    return DeliveryError(
        scrub(f"{where}: cannot reach the peer: {type(exc).__name__}: {reason}", secrets),
        "the peer is unreachable; the alert will be retried",
        retryable=True,
    )
