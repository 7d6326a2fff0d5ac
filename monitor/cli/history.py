"""`regwatch history | search | show | cases | vendor`: the stored history, for due diligence."""

from __future__ import annotations

import re
import sys
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import click

from monitor.cli.context import App, pass_app
from monitor.errors import NotFoundError
from monitor.vocab import STAGES, TOPICS

HISTORY_KEYS = (
    "id", "published", "source", "title", "link", "regulator", "targets", "topics", "stage",
    "amount_usd", "vendors", "case_key",
)  # fmt: skip
TABLE_KEYS = ("published", "regulator", "stage", "topics", "vendors", "title", "id")
DATE_FORMS = "YYYY-MM-DD, YYYY-MM, YYYY or an ISO datetime (2024-05-01T12:00:00Z)"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x9b]")


class DateBound(click.ParamType):
    """A date as the half-open range it names: (first instant, first instant after it)."""

    name = "date"

    def convert(self, value: Any, param: Any, ctx: Any) -> tuple[str, str]:
        if isinstance(value, tuple):
            return value
        text = str(value).strip()
        try:
            return date_range(text)
        except ValueError:
            self.fail(f"{text!r} is not a date; use {DATE_FORMS}", param, ctx)


def date_range(text: str) -> tuple[str, str]:
    """``2024`` → ("2024", "2025"); a day → (day, next day); a datetime → (it, it + 1 s)."""
    if re.fullmatch(r"\d{4}", text):
        return text, f"{int(text) + 1:04d}"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        y, m = map(int, text.split("-"))
        datetime(y, m, 1)  # validates the month
        return text, f"{y + m // 12:04d}-{m % 12 + 1:02d}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = datetime.strptime(text, "%Y-%m-%d")
        return text, (day + timedelta(days=1)).strftime("%Y-%m-%d")
    dt = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T"))
    dt = (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ"), (dt + timedelta(seconds=1)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )


def clean(text: Any) -> str:
    """Feed text safe for a terminal: no control characters or escape sequences."""
    return _CONTROL.sub("", "" if text is None else str(text))


def emit(rows: list[dict[str, Any]], fmt: str, keys: tuple[str, ...], table: tuple[str, ...]):
    """Rows as a table, one JSON array or CSV with a header."""
    from monitor.cli.output import print_csv, print_json, print_table

    rows = [{k: r.get(k) for k in keys} for r in rows]
    if fmt == "json":
        print_json(rows)
    elif fmt == "csv":
        print_csv(rows, keys)
    else:
        safe = clean
        if sys.stdout.isatty():  # rich reads [brackets] in cells as markup: feed text must not
            from rich.markup import escape

            safe = lambda v: escape(clean(v))  # noqa: E731
        shown = [{k: safe(v) if isinstance(v, str) else v for k, v in r.items()} for r in rows]
        for r in shown:
            r["published"] = (r.get("published") or "")[:10]
        print_table(shown, table)


def format_option(*choices: str) -> Any:
    """The shared --format option."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True
    )


def existing_database(app: App) -> Path:
    """The database path; a query never creates an empty database by mistake."""
    path = app.database
    if not path.exists():
        raise NotFoundError(
            f"no database at {path}", "pass --db (or REGWATCH_DB), or fill one with `regwatch run`"
        )
    return path


def reader(app: App) -> Any:
    """A fast read-only view of the database (the full Store when it must be migrated first)."""
    from monitor.store.history import open_reader

    found = open_reader(existing_database(app))
    if found is None:
        return app.store
    click.get_current_context().call_on_close(found.close)
    return found


def resolve_vendor(store: Any, name: str) -> tuple[str, bool]:
    """(name to filter on, by_targets): a watchlist vendor by name or alias, else a stored name."""
    vendor = store.watchlist_vendor(name)
    if vendor is not None:
        return vendor.name, False
    if store.vendor_known(name):
        return name, True
    raise NotFoundError(
        f"vendor {name!r} is not on the watchlist and no stored action names it",
        "check the spelling, or list vendors with `regwatch watchlist list`",
    )


@click.command()
@click.option("--vendor", help="A vendor: its watchlist name, an alias, or a name in targets.")
@click.option("--topic", type=click.Choice(TOPICS))
@click.option("--regulator", help="A regulator's short name (FTC, ICO, Texas AG…).")
@click.option("--stage", type=click.Choice(STAGES))
@click.option("--since", type=DateBound(), help=f"From this date: {DATE_FORMS}.")
@click.option("--until", type=DateBound(), help="Up to and including this date.")
@click.option("--all", "everything", is_flag=True, help="Every entry, not only enforcement.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="0 = all")
@format_option("table", "json", "csv")
@pass_app
def history(app: App, vendor, topic, regulator, stage, since, until, everything, limit, fmt):
    """Stored enforcement actions, newest first."""
    from monitor.store.history import HistoryFilter

    f = HistoryFilter(
        topic=topic,
        regulator=regulator,
        stage=stage,
        since=since[0] if since else None,
        until=until[1] if until else None,
        everything=everything,
        limit=limit,
    )
    store = reader(app)
    if vendor:
        f.vendor, f.by_targets = resolve_vendor(store, vendor)
    emit(store.history_rows(f), fmt, HISTORY_KEYS, TABLE_KEYS)


@click.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="0 = all")
@format_option("table", "json", "csv")
@pass_app
def search(app: App, query: str, limit: int, fmt: str):
    """Full-text search of stored entries (titles, summaries, bodies), best match first."""
    rows = reader(app).search_entries(query, limit)
    if not rows and fmt == "table":
        click.echo(f"no stored entry matches {clean(query)!r}", err=True)
        return
    keys = ("id", "published", "source", "title", "link", "snippet", "rank")
    emit(rows, fmt, keys, ("published", "title", "snippet", "id"))


@click.command()
@click.argument("entry_id")
@format_option("text", "json")
@pass_app
def show(app: App, entry_id: str, fmt: str):
    """One entry: its action and evidence, hits and why, its case, and its alert deliveries."""
    existing_database(app)
    store = app.store
    entry = store.entry_by_id(entry_id)
    if entry is None:
        raise NotFoundError(f"no stored entry with id {entry_id!r}", "ids come from `history`")
    action = store.action_for(entry_id)
    case = store.case_timeline(action.case_key) if action and action.case_key else []
    data = {
        "id": entry_id,
        "entry": {f.name: getattr(entry, f.name) for f in fields(entry) if f.name != "raw"},
        "action": action.as_dict() if action else None,
        "hits": [h.as_dict() for h in store.hits_for_entry(entry_id)],
        "case": [{k: r[k] for k in ("id", "published", "source", "stage", "title")} for r in case],
        "alerts": [
            {k: a.get(k) for k in ("channel", "vendor", "stage", "status", "attempts", "sent_at")}
            | {"error": a.get("last_error")}
            for a in store.alerts_for_entry(entry_id)
        ],
    }
    if fmt == "json":
        from monitor.cli.output import print_json

        print_json(data)
        return
    for line in show_lines(data):
        click.echo(clean(line))


def show_lines(d: dict[str, Any]) -> list[str]:
    """The text form of ``show``."""
    e, a = d["entry"], d["action"]
    out = [e["title"], f"id {d['id']} · {e['source']} ({e['publisher']}) · {e['published_at']}"]
    out += [e["url"] or "(no link)", "", e["summary"]]
    if a:
        out += ["", f"Action: enforcement={a['is_enforcement']} score={a['score']} "
                f"extractor {a['version']}"]  # fmt: skip
        for k in ("regulator", "targets", "topics", "action_stage", "amount_usd", "case_key"):
            out.append(f"  {k}: {a[k]}")
        out += [f"  evidence {ev['field']}: {ev['text']!r} ({ev['where']})" for ev in a["evidence"]]
    out += ["", f"Hits ({len(d['hits'])}):"]
    out += [f"  {h['vendor']}: {h['matched']!r} in {h['field']}, {h['role']} by {h['why']}"
            for h in d["hits"]]  # fmt: skip
    others = [c for c in d["case"] if c["id"] != d["id"]]
    if d["case"]:
        out += ["", f"Case {a['case_key']} ({len(others)} other entries):"]
        out += [f"  {(c['published'] or '')[:10]} {c['stage']}: {c['title']} [{c['id']}]"
                f"{'  ← this entry' if c['id'] == d['id'] else ''}" for c in d["case"]]  # fmt: skip
    out += ["", f"Alerts ({len(d['alerts'])}):"]
    out += [f"  {x['channel']} {x['vendor'] or ''} {x['stage'] or ''}: {x['status']} after "
            f"{x['attempts']} attempt(s){' — ' + x['error'] if x['error'] else ''}"
            for x in d["alerts"]]  # fmt: skip
    return out


@click.command()
@click.argument("key", required=False)
@click.option("--case", "case_key", help="Show one case's timeline (same as the argument).")
@click.option("--vendor", help="Only cases naming this vendor or a related company.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="0 = all")
@format_option("table", "json", "csv")
@pass_app
def cases(app: App, key, case_key, vendor, limit, fmt):
    """Cases with their stages across sources; with KEY, one case's timeline in order."""
    key = key or case_key
    if key:
        rows = reader(app).case_timeline(key)
        if not rows:
            raise NotFoundError(f"no stored case {key!r}", "list cases with `regwatch cases`")
        table = ("published", "stage", "regulator", "source", "title", "id")
        emit(rows, fmt, HISTORY_KEYS, table)
        return
    from monitor.store.history import HistoryFilter

    store = reader(app)
    f = None
    if vendor:
        name, by_targets = resolve_vendor(store, vendor)
        f = HistoryFilter(vendor=name, by_targets=by_targets)
    rows = store.case_rows(f, limit)
    keys = ("case_key", "first", "last", "entries", "regulators", "stages")
    emit(rows, fmt, keys, keys)


@click.command()
@click.argument("name")
@format_option("markdown", "json", "html")
@pass_app
def vendor(app: App, name: str, fmt: str):
    """A vendor's dossier: every action naming it or a related company, by case."""
    from monitor.dossier import RENDERERS, build_dossier
    from monitor.store.history import HistoryFilter

    store = reader(app)
    found, by_targets = resolve_vendor(store, name)
    listed = None if by_targets else store.watchlist_vendor(found)
    identity = {
        "name": found,
        "on_watchlist": listed is not None,
        "aliases": listed.aliases if listed else [],
        "related": listed.related if listed else [],
        "seen_as": store.vendor_names_in_history(found),
    }
    rows = store.dossier_rows(HistoryFilter(vendor=found, by_targets=by_targets))
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    mentions = 0 if by_targets else store.mentions_count(found)
    dossier = build_dossier(identity, rows, store.coverage(), mentions, now)
    click.echo(RENDERERS[fmt](dossier), nl=False)
