"""Routing per channel: topics, regulators, vendors, minimum score, only_watchlist."""

from __future__ import annotations

import pytest

from monitor.config import ChannelConfig
from monitor.models import Action, Hit
from monitor.notify.routing import route


def action(**kw) -> Action:
    base = {"is_enforcement": True, "topics": ["model_deletion"], "regulator": "FTC", "score": 0.8}
    return Action(**{**base, **kw})


def hit(vendor: str, role: str = "target") -> Hit:
    return Hit(vendor, vendor, "title", 0, len(vendor), role, "name")


HITS = [hit("Clarifai"), hit("Amazon", "related"), hit("Google", "mention"), hit("Clarifai")]


def chan(**kw) -> ChannelConfig:
    return ChannelConfig(name="c", kind="console", **kw)


@pytest.mark.parametrize(
    ("channel", "act", "hits", "expected"),
    [
        (chan(), action(), HITS, ["Clarifai", "Amazon"]),  # mentions never alert; no repeats
        (chan(), action(is_enforcement=False), HITS, []),
        (chan(), action(topics=["privacy"]), HITS, []),
        (chan(), action(), [], []),  # only_watchlist (default): no vendor, no alert
        (chan(only_watchlist=False), action(), [], [None]),
        (chan(only_watchlist=False), action(), [hit("Google", "mention")], [None]),
        (chan(only_watchlist=False), action(is_enforcement=False), [], []),
        (chan(topics=["data_sourcing"]), action(), HITS, []),
        (chan(topics=["data_sourcing", "model_deletion"]), action(), HITS, ["Clarifai", "Amazon"]),
        (chan(regulators=["ftc", "ICO"]), action(), HITS, ["Clarifai", "Amazon"]),
        (chan(regulators=["ICO"]), action(), HITS, []),
        (chan(regulators=["ICO"]), action(regulator=None), HITS, []),
        (chan(vendors=["amazon"]), action(), HITS, ["Amazon"]),
        (chan(vendors=["Rite Aid"], only_watchlist=False), action(), [], []),
        (chan(min_score=0.9), action(), HITS, []),
        (chan(min_score=0.8), action(), HITS, ["Clarifai", "Amazon"]),
        (chan(enabled=False), action(), HITS, []),
    ],
)
def test_route(channel, act, hits, expected):
    assert route(channel, act, hits) == expected
