"""Routing: which vendors of an action a channel should be told about (pure)."""

from __future__ import annotations

from monitor.config import ChannelConfig
from monitor.models import Action, Hit


def route(channel: ChannelConfig, action: Action, hits: list[Hit]) -> list[str | None]:
    """The vendors (alerting hits) this channel wants for this action, after its filters.

    ``[None]`` means "the action itself, no vendor" (an ``only_watchlist = false`` channel and an
    alertworthy action naming no watchlist vendor); ``[]`` means nothing to send.
    """
    if not channel.enabled or not action.alertworthy:
        return []
    if channel.topics and not set(channel.topics) & set(action.topics):
        return []
    if channel.regulators:
        wanted = {r.casefold() for r in channel.regulators}
        if (action.regulator or "").casefold() not in wanted:
            return []
    if action.score < channel.min_score:
        return []
    vendors: list[str] = []
    for h in hits:
        if h.alerts and h.vendor not in vendors:
            vendors.append(h.vendor)
    if channel.vendors is not None:
        wanted = {v.casefold() for v in channel.vendors}
        return [v for v in vendors if v.casefold() in wanted]
    if vendors:
        return list(vendors)
    return [] if channel.only_watchlist else [None]
