"""A generic JSON webhook: POSTs the alert payload with a rendered subject and text."""

from __future__ import annotations

import httpx

from monitor.notify.base import Sent, connection_failure, http_failure
from monitor.notify.render import compose, summary_line, text_lines


class WebhookNotifier:
    """POSTs ``{"kind", "subject", "text", "alert"}``; any 2xx is success."""

    min_interval = 0.0

    def __init__(self, name: str, url: str, timeout: float = 30.0) -> None:
        self.name, self._url = name, url
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            headers={"User-Agent": "regwatch"},
        )

    def send(self, payload: dict, thread_ref: str | None = None) -> Sent:
        """POST one alert."""
        m = compose(payload)
        body = {
            "kind": payload.get("kind", "alert"),
            "subject": m.headline,
            "text": "\n".join(text_lines(m)),
            "thread": thread_ref,
            "alert": payload,
        }
        return self._post(body)

    def send_digest(self, payloads: list[dict]) -> Sent:
        """POST every alert in one request."""
        body = {
            "kind": "digest",
            "subject": f"Regwatch digest: {len(payloads)} alerts",
            "text": "\n".join(summary_line(p) for p in payloads),
            "alerts": payloads,
        }
        return self._post(body)

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._client.close()

    def _post(self, body: dict) -> Sent:
        where = f"webhook {self.name}"
        try:
            resp = self._client.post(self._url, json=body)
        except httpx.TransportError as exc:  # connect, read, write errors and timeouts
            raise connection_failure(where, exc, [self._url]) from None
        if 200 <= resp.status_code < 300:
            return Sent()
        raise http_failure(where, resp.status_code, resp.text[:200], resp.headers, [self._url])
