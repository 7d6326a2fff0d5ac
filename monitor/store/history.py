"""Read queries over the stored history: actions by vendor/topic/regulator, search, cases."""

from __future__ import annotations

from typing import Any


class HistoryMixin:
    db: Any
