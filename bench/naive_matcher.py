"""Throwaway watchlist matcher for measuring extraction (never imported by monitor/).

A vendor is a hit when one of the action's targets loosely equals its name, an alias or a related
name (the scorer's same_org rule). Replaced by monitor.watchlist.Matcher in the product.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from monitor.models import Action, Entry, Hit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus"))
from score_classify import same_org  # noqa: E402


class NaiveMatcher:
    """Target-only matcher: name/alias/related equality after normalising."""

    def __init__(self, path: str) -> None:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        self.vendors = [
            (v["name"], [v["name"], *v.get("aliases", [])], v.get("related", []))
            for v in data["vendor"]
        ]

    def match(self, entry: Entry, action: Action) -> list[Hit]:
        """Hits for vendors whose names equal a target."""
        hits = []
        for name, names, related in self.vendors:
            for t in action.targets:
                if any(same_org(t, n) for n in names) or any(same_org(t, r) for r in related):
                    hits.append(Hit(name, t, "target", 0, len(t), "target", "name"))
                    break
        return hits
