"""Slack: Block Kit rendering (pure) and two notifiers, Web API (threads) and incoming webhook.

slack-sdk's own retry handlers are off (``retry_handlers=[]``): the delivery loop owns retries.
Feed text goes into mrkdwn escaped (``&``, ``<``, ``>``) or into plain_text, so a title saying
``<!channel>`` pings nobody; block size limits are respected.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from monitor.errors import DeliveryError
from monitor.notify.base import Sent, connection_failure, http_failure, retry_after_of, scrub
from monitor.notify.render import Message, clip, compose, summary_line

HEADER_MAX, SECTION_MAX, FIELD_MAX, BLOCKS_MAX, TEXT_MAX = 150, 3000, 2000, 50, 3000
# Slack error codes worth retrying; every other ok:false (invalid_auth, channel_not_found, …)
# is permanent until someone fixes the configuration.
RETRYABLE_ERRORS = {"ratelimited", "internal_error", "fatal_error", "service_unavailable",
                    "request_timeout", "team_added_to_org"}  # fmt: skip


def mrkdwn(text: str) -> str:
    """Text made inert for Slack mrkdwn: exactly ``&``, ``<`` and ``>`` escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mrkdwn_clip(text: str, limit: int) -> str:
    """Escaped text cut to ``limit`` characters without splitting an ``&…;`` entity."""
    out = mrkdwn(text)
    if len(out) <= limit:
        return out
    out = out[: limit - 1]
    amp = out.rfind("&", max(len(out) - 5, 0))
    if amp >= 0 and ";" not in out[amp:]:
        out = out[:amp]
    return out + "…"


def slack_link(url: str, label: str) -> str:
    """``<url|label>`` with the URL unable to close the link early or smuggle another one."""
    safe = quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")
    return f"<{mrkdwn(safe)}|{mrkdwn_clip(label, 1000)}>"


def _plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text, limit) or " ", "emoji": True}


def _blocks(m: Message) -> list[dict[str, Any]]:
    title = f"*{slack_link(m.link, m.title)}*" if m.link else f"*{mrkdwn_clip(m.title, 1500)}*"
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": _plain(m.headline, HEADER_MAX)},
        {"type": "section", "text": {"type": "mrkdwn", "text": title}},
    ]
    if m.facts:
        fields = [
            {"type": "mrkdwn", "text": f"*{k}*\n{mrkdwn_clip(v, FIELD_MAX - len(k) - 4)}"}
            for k, v in m.facts[:10]
        ]
        blocks.append({"type": "section", "fields": fields})
    if m.evidence:
        text = "*Evidence*\n>" + mrkdwn_clip(m.evidence, SECTION_MAX - 20)
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": text}})
    if m.questions:
        qs = "\n".join(f"{i}. {mrkdwn(q)}" for i, q in enumerate(m.questions, 1))
        text = clip("*Questions to put to the vendor*\n" + qs, SECTION_MAX)
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": text}})
    if m.footer:
        footer = {"type": "mrkdwn", "text": mrkdwn_clip(m.footer, FIELD_MAX)}
        blocks.append({"type": "context", "elements": [footer]})
    return blocks


def slack_message(payload: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """The ``text`` fallback (escaped: Slack parses it as mrkdwn too) and the blocks."""
    m = compose(payload)
    return mrkdwn_clip(f"{m.headline}: {m.title}", TEXT_MAX), _blocks(m)


def slack_digest(payloads: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """One message listing every alert, packed into sections within Slack's limits."""
    n = len(payloads)
    head = f"Regwatch digest: {n} alert{'s' * (n != 1)}"
    blocks: list[dict[str, Any]] = [{"type": "header", "text": _plain(head, HEADER_MAX)}]
    current = ""
    shown = 0
    for p in payloads:
        m = compose(p)
        label = mrkdwn_clip(m.title, 300)
        title = slack_link(m.link, clip(m.title, 300)) if m.link else label
        line = f"• *{mrkdwn_clip(m.headline, 300)}*: {title}"
        if current and len(current) + len(line) + 1 > SECTION_MAX:
            if len(blocks) >= BLOCKS_MAX - 2:
                break
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": current}})
            current = ""
        current = f"{current}\n{line}" if current else line
        shown += 1
    if current:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": current}})
    if shown < n:
        rest = f"…and {n - shown} more: see `regwatch alerts list`"
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": rest}]})
    text = mrkdwn_clip(head + ": " + "; ".join(summary_line(p) for p in payloads[:20]), TEXT_MAX)
    return text, blocks


class SlackNotifier:
    """Posts with a bot token through ``chat.postMessage``; later stages of a case go in its
    thread."""

    min_interval = 1.0  # Slack allows about one message per second per channel

    def __init__(
        self, name: str, token: str, channel: str, api_url: str, timeout: float = 30.0
    ) -> None:
        self.name, self.channel, self._token = name, channel, token
        base = api_url if api_url.endswith("/") else api_url + "/"
        self._client = WebClient(
            token=token, base_url=base, timeout=int(max(timeout, 1)), retry_handlers=[]
        )

    def send(self, payload: dict, thread_ref: str | None = None) -> Sent:
        """Post one alert (into ``thread_ref``'s thread when given)."""
        text, blocks = slack_message(payload)
        return self._post(text, blocks, thread_ref)

    def send_digest(self, payloads: list[dict]) -> Sent:
        """Post one digest message."""
        text, blocks = slack_digest(payloads)
        return self._post(text, blocks, None)

    def check(self) -> str:
        """``auth.test``: the bot's identity, or a DeliveryError."""
        try:
            resp = self._client.auth_test()
        except SlackApiError as exc:
            raise self._api_error("auth.test", exc) from None
        except OSError as exc:  # URLError, refused, reset and timeouts are all OSErrors
            raise connection_failure(f"slack {self.name}", exc, [self._token]) from None
        return f"{resp.get('user')} in {resp.get('team')}"

    def _post(self, text: str, blocks: list[dict], thread_ref: str | None) -> Sent:
        try:
            resp = self._client.chat_postMessage(
                channel=self.channel,
                text=text,
                blocks=blocks,
                thread_ts=thread_ref,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as exc:
            raise self._api_error("chat.postMessage", exc) from None
        except OSError as exc:  # URLError, refused, reset and timeouts are all OSErrors
            raise connection_failure(f"slack {self.name}", exc, [self._token]) from None
        return Sent(ref=resp.get("ts"))

    def _api_error(self, method: str, exc: SlackApiError) -> DeliveryError:
        resp = exc.response
        status = getattr(resp, "status_code", 0) or 0
        data = resp.data if isinstance(getattr(resp, "data", None), dict) else {}
        code = str(data.get("error") or "")
        where = f"slack {self.name}: {method}"
        if status == 429 or status >= 500:
            return http_failure(where, status, code, resp.headers, [self._token])
        retryable = code in RETRYABLE_ERRORS
        return DeliveryError(
            scrub(f"{where}: {code or f'HTTP {status}'}", [self._token]),
            "the alert will be retried"
            if retryable
            else "check the channel's token_env, channel and scopes (chat:write); "
            "`regwatch alerts retry` resends it",
            retryable=retryable,
            retry_after=retry_after_of(resp.headers) if retryable else None,
        )


class SlackWebhookNotifier:
    """Posts to an incoming webhook: no threads, no ``ts`` back."""

    min_interval = 1.0

    def __init__(self, name: str, url: str, timeout: float = 30.0) -> None:
        self.name, self._url = name, url
        self._client = WebhookClient(url, timeout=int(max(timeout, 1)), retry_handlers=[])

    def send(self, payload: dict, thread_ref: str | None = None) -> Sent:
        """Post one alert (webhooks cannot thread)."""
        text, blocks = slack_message(payload)
        return self._post(text, blocks)

    def send_digest(self, payloads: list[dict]) -> Sent:
        """Post one digest message."""
        text, blocks = slack_digest(payloads)
        return self._post(text, blocks)

    def _post(self, text: str, blocks: list[dict]) -> Sent:
        body = {"text": text, "blocks": blocks, "unfurl_links": False, "unfurl_media": False}
        try:
            # WebhookClient.send never raises on an HTTP error: check the answer ourselves.
            resp = self._client.send_dict(body)
        except OSError as exc:  # URLError, refused, reset and timeouts are all OSErrors
            raise connection_failure(f"slack {self.name}", exc, [self._url]) from None
        if resp.status_code == 200 and resp.body.strip() in ("ok", ""):
            return Sent()
        detail = resp.body if len(resp.body) < 200 else json.dumps(resp.body[:200])
        status = resp.status_code if resp.status_code != 200 else 400
        raise http_failure(f"slack {self.name}", status, detail, resp.headers, [self._url])
