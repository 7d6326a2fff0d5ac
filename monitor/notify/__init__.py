"""Alert delivery: notifiers (Slack, e-mail, console, webhook), routing, rendering, the loop.

``build_notifiers(cfg)`` turns the ``[[channel]]`` tables into notifiers; ``deliver()`` in
``monitor.notify.deliver`` drains the outbox through them.
"""

from __future__ import annotations

from monitor.config import ChannelConfig, Config, secret
from monitor.errors import ConfigError
from monitor.logs import register_secret
from monitor.notify.base import DeliveryError, Notifier, Sent

__all__ = ["DeliveryError", "Notifier", "Sent", "build_notifier", "build_notifiers"]


def _required(chan: ChannelConfig, key: str, env: str | None) -> str:
    value = secret(env)
    if not value:
        raise ConfigError(
            f"channel {chan.name!r}: environment variable {env} ({key}) is not set",
            f"export {env}=… (or {env}_FILE=/path/to/file) before starting regwatch",
        )
    register_secret(value)
    return value


def build_notifier(chan: ChannelConfig) -> Notifier:
    """One notifier for one ``[[channel]]`` table; secrets read from the environment."""
    from monitor.notify.console import ConsoleNotifier
    from monitor.notify.email import EmailNotifier
    from monitor.notify.slack import SlackNotifier, SlackWebhookNotifier
    from monitor.notify.webhook import WebhookNotifier

    notifier: Notifier
    if chan.kind == "slack" and chan.token_env:
        token = _required(chan, "token_env", chan.token_env)
        notifier = SlackNotifier(
            chan.name, token, chan.channel or "", chan.api_url, chan.timeout_seconds
        )
    elif chan.kind == "slack":
        url = _required(chan, "webhook_url_env", chan.webhook_url_env)
        notifier = SlackWebhookNotifier(chan.name, url, chan.timeout_seconds)
    elif chan.kind == "email":
        user = _required(chan, "username_env", chan.username_env) if chan.username_env else None
        pwd = _required(chan, "password_env", chan.password_env) if chan.password_env else None
        notifier = EmailNotifier(
            chan.name,
            chan.smtp_host or "",
            chan.smtp_port,
            chan.from_ or "",
            chan.to,
            security=chan.security,
            username=user,
            password=pwd,
            timeout=chan.timeout_seconds,
        )
    elif chan.kind == "webhook":
        url = _required(chan, "url_env", chan.url_env) if chan.url_env else chan.url or ""
        notifier = WebhookNotifier(chan.name, url, chan.timeout_seconds)
    else:
        notifier = ConsoleNotifier(chan.name)
    # The delivery loop reads these: digest channels hold alerts until the digest is due.
    notifier.digest = chan.digest  # type: ignore[attr-defined]
    return notifier


def build_notifiers(cfg: Config) -> dict[str, Notifier]:
    """Notifiers for the enabled channels; one named ``console`` when none is configured."""
    chans = [c for c in cfg.channel if c.enabled] or [ChannelConfig(name="console", kind="console")]
    return {c.name: build_notifier(c) for c in chans}
