"""Shared output helpers: tables fitted to the terminal, JSON and CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

SHORT_COLUMNS = {
    "id", "published", "date", "status", "stage", "errors", "attempts", "enabled", "kind",
    "regulator", "amount_usd", "created_at", "last_poll", "last_success", "next_poll", "until",
}  # fmt: skip


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return str(value)


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str | None = None):
    """A rich table on a terminal; tab-separated text in a pipe."""
    if not sys.stdout.isatty():
        print("\t".join(columns))
        for r in rows:
            print("\t".join(_cell(r.get(c)).replace("\t", " ") for c in columns))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False, expand=False)
    for c in columns:
        # Short fixed-shape columns never wrap; free text folds to fit the terminal.
        short = c in SHORT_COLUMNS
        table.add_column(c, overflow="fold", no_wrap=short, min_width=None if short else 8)
    for r in rows:
        # Text(), not str: feed text must never be read as rich markup ("[link=…]").
        table.add_row(*(Text(_cell(r.get(c))) for c in columns), end_section=False)
    Console().print(table)


def print_json(rows: Any) -> None:
    """One JSON document."""
    print(json.dumps(rows, indent=2, ensure_ascii=False, default=str))


def print_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """CSV with a header row; lists joined with ``;``."""
    w = csv.writer(sys.stdout)
    w.writerow(columns)
    for r in rows:
        w.writerow(
            [
                "; ".join(map(str, r.get(c) or []))
                if isinstance(r.get(c), list)
                else ("" if r.get(c) is None else r.get(c))
                for c in columns
            ]
        )
